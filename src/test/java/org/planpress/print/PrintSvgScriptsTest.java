package org.planpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planpress.model.Period;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;
import org.planpress.timeline.TimelineLabels;
import org.planpress.timeline.TimelineSvg;

class PrintSvgScriptsTest {
    static final String F = "Droid Sans Fallback";

    @Test
    void latinTextIsLeftAlone() {
        String svg = "<svg><text x=\"10\" y=\"5\" text-anchor=\"middle\">May</text></svg>";
        assertEquals(svg, SvgScripts.split(svg, F));
    }

    @Test
    void cjkRunsGetTheCjkFontAndDigitsKeepTheDefault() {
        String svg = "<svg><text x=\"10\" y=\"5\" font-size=\"11\">6月1日至6月30日</text></svg>";
        String out = SvgScripts.split(svg, F);
        assertEquals("<svg><text x=\"10\" y=\"5\" font-size=\"11\"><tspan>6</tspan><tspan font-family=\"Droid Sans Fallback\">月</tspan>"
                + "<tspan>1</tspan><tspan font-family=\"Droid Sans Fallback\">日至</tspan><tspan>6</tspan>"
                + "<tspan font-family=\"Droid Sans Fallback\">月</tspan><tspan>30</tspan>"
                + "<tspan font-family=\"Droid Sans Fallback\">日</tspan></text></svg>", out);
    }

    @Test
    void centredMixedTextIsStartAnchoredAtItsLeftEdge() {
        String svg = "<svg><text x=\"100\" y=\"5\" font-size=\"10\" text-anchor=\"middle\">5月</text></svg>";
        String out = SvgScripts.split(svg, F);
        assertFalse(out.contains("text-anchor"), out);
        // 0.55 em + 1 em at 10 px = 15.5; half of it left of 100
        assertTrue(out.contains("x=\"92.3\"") || out.contains("x=\"92.2\""), out);
    }

    @Test
    void pureCjkTextKeepsItsAnchor() {
        String svg = "<svg><text x=\"100\" y=\"5\" text-anchor=\"end\">阶段</text></svg>";
        String out = SvgScripts.split(svg, F);
        assertTrue(out.contains("text-anchor=\"end\""), out);
        assertTrue(out.contains("<tspan font-family=\"Droid Sans Fallback\">阶段</tspan>"), out);
    }

    @Test
    void aChineseTimelineStaysWellFormedWithEveryCjkCharacterInTheCjkFont() throws Exception {
        Timeline t = new Timeline("t", List.of(
                new Stage("动员部署阶段", new Period("5月下旬", LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 31), true, false), null),
                new Stage("全面实施 & 检查", new Period("6月1日至6月30日", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), true, false), null)));
        String out = SvgScripts.split(TimelineSvg.render(t, TimelineLabels.chinese()), F);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        assertTrue(texts.getLength() > 3);
        for (int i = 0; i < texts.getLength(); i++) {
            var runs = ((org.w3c.dom.Element) texts.item(i)).getElementsByTagName("tspan");
            for (int j = 0; j < runs.getLength(); j++) {
                var run = (org.w3c.dom.Element) runs.item(j);
                boolean cjk = run.getTextContent().codePoints().anyMatch(org.planpress.i18n.Scripts::cjk);
                assertEquals(cjk, F.equals(run.getAttribute("font-family")), run.getTextContent());
            }
        }
    }
}
