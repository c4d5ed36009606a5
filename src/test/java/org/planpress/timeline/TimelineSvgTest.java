package org.planpress.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.planpress.model.ModelException;
import org.planpress.period.PeriodParser;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class TimelineSvgTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> BASIC_ELEMENTS = Set.of("svg", "title", "desc", "g", "a", "rect", "line", "text");

    /** The EJL1 seed plan's timeline: no plan year. */
    private static Timeline ejl1() throws ModelException {
        return new Timeline("implementation-steps", List.of(
            stage("Mobilization and deployment", "before May 10", null, "_mobilization"),
            stage("Comprehensive implementation", "May 10 - the end of October", null, "_implementation"),
            stage("Summary and improvement", "November 1 - the end of December", null, null)));
    }

    private static Stage stage(String name, String period, Integer year, String anchor) throws ModelException {
        return new Stage(name, PeriodParser.parse(period, year), anchor);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document render(Timeline timeline, TimelineLabels labels) throws Exception {
        return parse(TimelineSvg.render(timeline, labels));
    }

    private static List<Element> all(Node root) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = ((root instanceof Document d) ? d.getDocumentElement() : (Element) root).getElementsByTagNameNS("*", "*");
        if (root instanceof Document d) out.add(d.getDocumentElement());
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    private static List<Element> byClass(Node root, String cls) {
        return all(root).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
    }

    private static List<String> texts(Node root, String cls) {
        return byClass(root, cls).stream().map(Node::getTextContent).toList();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void isWellFormedAccessibleSvg() throws Exception {
        Timeline timeline = ejl1();
        Document doc = render(timeline, TimelineLabels.english());
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(SVG_NS, svg.getNamespaceURI());
        // decoration beside the page's list of stages (issue 20): hidden, its links out of the tab order
        assertEquals("true", svg.getAttribute("aria-hidden"));
        assertEquals("", svg.getAttribute("role"));
        NodeListCheck.links(svg);

        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        assertEquals(4, viewBox.length);
        assertEquals(svg.getAttribute("width"), viewBox[2]);
        assertEquals(svg.getAttribute("height"), viewBox[3]);
        assertTrue(Double.parseDouble(viewBox[3]) > 100);

        String[] labelledBy = ids(doc).split(" ");
        Element title = (Element) svg.getElementsByTagNameNS(SVG_NS, "title").item(0);
        Element desc = (Element) svg.getElementsByTagNameNS(SVG_NS, "desc").item(0);
        assertEquals(svg, title.getParentNode());
        assertEquals(svg, desc.getParentNode());
        assertEquals(labelledBy[0], title.getAttribute("id"));
        assertEquals(labelledBy[1], desc.getAttribute("id"));
        assertEquals("implementation-steps-svg-title", title.getAttribute("id"));
        assertEquals(TimelineLabels.english().ariaLabel(), title.getTextContent());
        assertEquals(TimelineText.describe(timeline, TimelineLabels.english()), desc.getTextContent());
    }

    @Test
    void drawsOneBarPerStageWithItsDates() throws Exception {
        Document doc = render(ejl1(), TimelineLabels.english());
        List<Element> stages = byClass(doc, "pp-stage");
        assertEquals(3, stages.size());
        String[][] expected = {{"2000-05-01", "2000-05-10"}, {"2000-05-10", "2000-10-31"}, {"2000-11-01", "2000-12-31"}};
        for (int i = 0; i < stages.size(); i++) {
            Element g = stages.get(i);
            assertEquals("g", g.getLocalName());
            assertEquals(expected[i][0], g.getAttribute("data-start"));
            assertEquals(expected[i][1], g.getAttribute("data-end"));
            List<Element> bars = byClass(g, "pp-bar");
            assertEquals(1, bars.size(), "one bar in stage " + i);
            assertEquals("rect", bars.get(0).getLocalName());
            assertEquals(TimelineSvg.BAR_FILL, bars.get(0).getAttribute("fill"));
        }
        assertEquals(3, byClass(doc, "pp-bar").size());
        assertEquals("true", stages.get(0).getAttribute("data-open-start"));
        assertFalse(stages.get(1).hasAttribute("data-open-start"));
        assertEquals(List.of("Mobilization and deployment", "Comprehensive implementation", "Summary and improvement"),
            texts(doc, "pp-stage-name"));
        assertEquals(List.of("before May 10", "May 10 - the end of October", "November 1 - the end of December"),
            texts(doc, "pp-stage-period"));
    }

    @Test
    void approximateAndTentativeStagesAreMarked() throws Exception {
        Timeline t = new Timeline("t", List.of(
            new Stage("动员", PeriodParser.parse("9月18日左右", 2015), null),
            new Stage("实施", PeriodParser.parse("10月（暂定）", 2015), null),
            new Stage("总结", PeriodParser.parse("11月", 2015), null)));
        Document doc = render(t, TimelineLabels.chinese());
        List<Element> stages = byClass(doc, "pp-stage");
        assertEquals("true", stages.get(0).getAttribute("data-approximate"));
        assertFalse(stages.get(0).hasAttribute("data-tentative"));
        assertEquals("true", stages.get(1).getAttribute("data-tentative"));
        assertFalse(stages.get(2).hasAttribute("data-approximate") || stages.get(2).hasAttribute("data-tentative"));
        assertEquals(List.of("≈ 9月18日左右", "10月（暂定）", "11月"), texts(doc, "pp-stage-period"));
        assertTrue(byClass(stages.get(1), "pp-bar").get(0).getAttribute("class").contains("pp-tentative"));
        assertTrue(byClass(stages.get(1), "pp-bar").get(0).hasAttribute("stroke-dasharray"));
        assertEquals("动员：9月18日左右（≈ 2015年9月18日）。实施：10月（暂定）（2015年10月1日至10月31日，暂定）。"
            + "总结：11月（2015年11月1日至11月30日）。", TimelineText.describe(t, TimelineLabels.chinese()));
    }

    @Test
    void barsArePlacedOnTheAxisByDate() throws Exception {
        Document doc = render(ejl1(), TimelineLabels.english());
        Element svg = doc.getDocumentElement();
        double plotX = num(svg, "data-plot-x");
        double plotEnd = plotX + num(svg, "data-plot-width");
        List<Element> bars = byClass(doc, "pp-bar");
        Element first = bars.get(0);
        Element second = bars.get(1);
        Element third = bars.get(2);
        assertEquals(plotX, num(first, "x"), 0.05, "the first stage starts the axis");
        assertEquals(plotEnd, num(third, "x") + num(third, "width"), 0.15, "the last stage ends the axis");
        assertEquals(num(second, "x") + num(second, "width"), num(third, "x"), 0.15, "Oct 31 meets Nov 1");
        assertTrue(num(second, "width") > 5 * num(first, "width"));
        double y = -1;
        for (Element bar : bars) { // one row each, top to bottom
            assertTrue(num(bar, "y") > y);
            y = num(bar, "y");
        }
    }

    @Test
    void axisCoversWholeMonthsWithMonthNamesOnlyWhenNoYear() throws Exception {
        Document doc = render(ejl1(), TimelineLabels.english());
        Element svg = doc.getDocumentElement();
        assertEquals("2000-05-01", svg.getAttribute("data-axis-start"));
        assertEquals("2000-12-31", svg.getAttribute("data-axis-end"));
        assertEquals("false", svg.getAttribute("data-year-stated"));
        assertEquals(List.of("May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), texts(doc, "pp-month"));
        assertEquals(List.of(), texts(doc, "pp-year"));
        assertFalse(svg.getTextContent().contains("2000"), "the reference year is never shown");
    }

    @Test
    void showsTheYearNotStatedNoteOnlyWhenNoYear() throws Exception {
        Document noYear = render(ejl1(), TimelineLabels.english());
        assertEquals(List.of("Year not stated in the plan"), texts(noYear, "pp-note"));

        Timeline withYear = new Timeline(null, List.of(stage("Mobilization", "end of May", 2011, null),
            stage("Implementation", "May to November", 2011, null)));
        Document stated = render(withYear, TimelineLabels.english());
        assertEquals(List.of(), texts(stated, "pp-note"));
        assertEquals("true", stated.getDocumentElement().getAttribute("data-year-stated"));
        assertEquals(List.of("2011"), texts(stated, "pp-year"));
        assertEquals("2011-05-01", stated.getDocumentElement().getAttribute("data-axis-start"));
        assertEquals("2011-11-30", stated.getDocumentElement().getAttribute("data-axis-end"));
    }

    @Test
    void crossYearAxisLabelsEachYear() throws Exception {
        Timeline winter = new Timeline(null, List.of(stage("Winter safety", "November to February", 2011, null)));
        Document doc = render(winter, TimelineLabels.english());
        assertEquals("2011-11-01", doc.getDocumentElement().getAttribute("data-axis-start"));
        assertEquals("2012-02-29", doc.getDocumentElement().getAttribute("data-axis-end"));
        assertEquals(List.of("Nov", "Dec", "Jan", "Feb"), texts(doc, "pp-month"));
        assertEquals(List.of("2011", "2012"), texts(doc, "pp-year"));
    }

    @Test
    void chineseLabels() throws Exception {
        Timeline gangkou = new Timeline("steps", List.of(
            stage("动员部署阶段", "5月下旬", null, null),
            stage("全面实施阶段", "6月1日至6月30日", null, null),
            stage("总结提升阶段", "7月上旬", null, null)));
        Document doc = render(gangkou, TimelineLabels.chinese());
        assertEquals(List.of("5月", "6月", "7月"), texts(doc, "pp-month"));
        assertEquals(List.of("方案未注明年份"), texts(doc, "pp-note"));
        assertEquals(List.of("动员部署阶段", "全面实施阶段", "总结提升阶段"), texts(doc, "pp-stage-name"));
        Document stated = render(new Timeline(null, List.of(stage("动员部署阶段", "5月下旬", 2024, null))), TimelineLabels.chinese());
        assertEquals(List.of("2024年"), texts(stated, "pp-year"));
    }

    @Test
    void escapesHostileText() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" \u0001 ]]> <![CDATA[";
        Timeline timeline = new Timeline("id\"><script>", List.of(
            new Stage(hostile, PeriodParser.parse("June", null), "a\" onload=\"alert(1)"),
            new Stage("Plain", PeriodParser.parse("July", null), null)));
        String svg = TimelineSvg.render(timeline, new TimelineLabels(java.util.Locale.ENGLISH, "<b>note</b>", "<i>label</i>"));
        Document doc = parse(svg);
        assertTrue(all(doc).stream().noneMatch(e -> e.getLocalName().equals("script") || e.getLocalName().equals("b")
            || e.getLocalName().equals("i")));
        assertTrue(all(doc).stream().noneMatch(e -> e.hasAttribute("onload")));
        Element stageTitle = (Element) byClass(doc, "pp-stage").get(0).getElementsByTagNameNS(SVG_NS, "title").item(0);
        assertTrue(stageTitle.getTextContent().startsWith("<script>alert('x')</script> & \"quoted\"  ]]> <![CDATA[: June"),
            stageTitle.getTextContent());
        assertTrue(byClass(doc, "pp-stage-name").get(0).getTextContent().startsWith("<script>"));
        assertEquals("#a\" onload=\"alert(1)", ((Element) doc.getElementsByTagNameNS(SVG_NS, "a").item(0)).getAttribute("href"));
        assertEquals(List.of("<b>note</b>"), texts(doc, "pp-note"));
        assertTrue(doc.getDocumentElement().getTextContent().contains("<i>label</i>"));
        assertFalse(svg.contains("<script"), "no raw markup from the text survives");
    }

    @Test
    void wrapsBarsOfStagesWithAnchorsInLinks() throws Exception {
        Document doc = render(ejl1(), TimelineLabels.english());
        NodeList links = doc.getElementsByTagNameNS(SVG_NS, "a");
        assertEquals(2, links.getLength());
        assertEquals("#_mobilization", ((Element) links.item(0)).getAttribute("href"));
        assertEquals("#_implementation", ((Element) links.item(1)).getAttribute("href"));
        List<Element> stages = byClass(doc, "pp-stage");
        assertEquals(1, byClass(links.item(0), "pp-bar").size());
        assertEquals(stages.get(0), links.item(0).getParentNode());
        assertEquals(0, ((Element) stages.get(2)).getElementsByTagNameNS(SVG_NS, "a").getLength());
    }

    @Test
    void keepsToBasicSelfContainedSvg() throws Exception {
        String svg = TimelineSvg.render(ejl1(), TimelineLabels.english());
        Document doc = parse(svg);
        for (Element e : all(doc)) {
            assertTrue(BASIC_ELEMENTS.contains(e.getLocalName()), "unexpected element " + e.getLocalName());
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                Node a = e.getAttributes().item(i);
                if (a.getNodeName().equals("xmlns")) continue;
                assertFalse(a.getNodeValue().contains("url("), a.getNodeName());
                assertFalse(a.getNodeValue().contains("://"), a.getNodeName());
                assertFalse(a.getNodeName().startsWith("on"), a.getNodeName());
                if (a.getNodeName().equals("href")) assertTrue(a.getNodeValue().startsWith("#"));
            }
            if (e.getLocalName().equals("text")) {
                assertTrue(Integer.parseInt(e.getAttribute("font-size")) >= 10, "explicit font size");
                assertFalse(e.getAttribute("fill").isEmpty(), "text fill");
            }
            if (e.getLocalName().equals("rect")) assertTrue(e.getAttribute("fill").startsWith("#"), "rect fill colour");
            if (e.getLocalName().equals("line")) assertTrue(e.getAttribute("stroke").startsWith("#"), "line stroke colour");
        }
        assertTrue(doc.getDocumentElement().getAttribute("color").startsWith("#"), "currentColor resolves in PDF too");
        assertFalse(svg.contains("<style"));
        assertFalse(svg.contains("style="));
        assertFalse(svg.contains("foreignObject"));
        assertFalse(svg.contains("sans-serif"), "no generic family: PDFs fall back to the theme font");
    }

    @Test
    void hasAHiddenTodayLineForThePageScript() throws Exception {
        Document doc = render(ejl1(), TimelineLabels.english());
        List<Element> today = byClass(doc, "pp-today");
        assertEquals(1, today.size());
        assertEquals("line", today.get(0).getLocalName());
        assertEquals("none", today.get(0).getAttribute("display"));
        Element svg = doc.getDocumentElement();
        assertEquals(num(svg, "data-plot-x"), num(today.get(0), "x1"));
        assertTrue(num(svg, "data-plot-x") + num(svg, "data-plot-width") <= num(svg, "width"));
    }

    @Test
    void longNamesWrapAndShorten() throws Exception {
        String longName = "Comprehensive implementation of every measure listed in the activity plan across all participating "
            + "units along the entire expressway line during the construction season";
        Document doc = render(new Timeline(null, List.of(stage(longName, "June", 2011, null))), TimelineLabels.english());
        List<String> lines = texts(doc, "pp-stage-name");
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"));
        assertTrue(String.join(" ", lines).startsWith("Comprehensive implementation of every"));
        for (String line : lines) assertTrue(TimelineSvg.width(line, 13) <= TimelineSvg.LABEL_WIDTH, line);
        Element stageTitle = (Element) byClass(doc, "pp-stage").get(0).getElementsByTagNameNS(SVG_NS, "title").item(0);
        assertTrue(stageTitle.getTextContent().contains(longName), "the full name stays in the tooltip");

        List<String> cjk = TimelineSvg.wrap("全面实施阶段".repeat(4), TimelineSvg.LABEL_WIDTH, 13, 3);
        assertEquals(2, cjk.size(), "CJK text breaks between characters");
        assertEquals("全面实施阶段".repeat(4), String.join("", cjk));
    }

    @Test
    void longSpansKeepLabelsReadable() throws Exception {
        Timeline decades = new Timeline(null, List.of(stage("Programme", "2011 to 2030", null, null),
            stage("Review", "2025-06", null, null)));
        Document doc = render(decades, TimelineLabels.english());
        assertEquals(List.of(), texts(doc, "pp-month"));
        List<String> years = texts(doc, "pp-year");
        assertTrue(years.size() >= 3 && years.size() <= 20, years.toString());
        assertTrue(byClass(doc, "pp-grid").size() < 200);
    }

    /** The ids of the drawing's title and description. */
    static String ids(Document doc) {
        Element title = (Element) doc.getElementsByTagNameNS(SVG_NS, "title").item(0);
        Element desc = (Element) doc.getElementsByTagNameNS(SVG_NS, "desc").item(0);
        return title.getAttribute("id") + " " + desc.getAttribute("id");
    }

    /** Every link of the drawing is out of the tab order. */
    static final class NodeListCheck {
        static void links(Element svg) {
            var links = svg.getElementsByTagNameNS(SVG_NS, "a");
            assertTrue(links.getLength() > 0, "the stages link to their sections (in the PDF)");
            for (int i = 0; i < links.getLength(); i++) {
                assertEquals("-1", ((Element) links.item(i)).getAttribute("tabindex"));
            }
        }
    }

    @Test
    void emptyTimelineStillRenders() throws Exception {
        Document doc = render(new Timeline(null, List.of()), TimelineLabels.english());
        assertEquals("true", doc.getDocumentElement().getAttribute("aria-hidden"));
        assertNotNull(doc.getElementsByTagNameNS(SVG_NS, "title").item(0));
        assertEquals(0, byClass(doc, "pp-stage").size());
    }

    @Test
    void idsFollowTheTimelineOrItsContent() throws Exception {
        String a = ids(render(ejl1(), TimelineLabels.english()));
        Timeline anonymous = new Timeline(null, ejl1().stages());
        String b = ids(render(anonymous, TimelineLabels.english()));
        Timeline other = new Timeline(null, List.of(stage("Other", "June", null, null)));
        String c = ids(render(other, TimelineLabels.english()));
        assertTrue(a.startsWith("implementation-steps-svg-title"));
        assertTrue(b.startsWith("pp-timeline-"));
        assertFalse(b.equals(c));
        String odd = ids(render(new Timeline("1 bad id", other.stages()), TimelineLabels.english()));
        assertEquals("pp-1-bad-id-svg-title pp-1-bad-id-svg-desc", odd);
    }

    /** Coordinates are written with one decimal at most, as {@code %.1f} of the value rounded to tenths would. */
    @Test
    void numbersAreRoundedToTenths() {
        assertEquals("0", TimelineSvg.num(0));
        assertEquals("0", TimelineSvg.num(-0.04));
        assertEquals("3", TimelineSvg.num(2.96));
        assertEquals("-3", TimelineSvg.num(-3));
        assertEquals("12.5", TimelineSvg.num(12.46));
        assertEquals("-0.5", TimelineSvg.num(-0.5));
        assertEquals("-1.2", TimelineSvg.num(-1.25));
        java.util.Random r = new java.util.Random(42);
        for (int k = 0; k < 10_000; k++) {
            double v = (r.nextDouble() - 0.3) * 2000;
            double rounded = Math.round(v * 10) / 10.0;
            String expected = rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                    : String.format(java.util.Locale.ROOT, "%.1f", rounded);
            assertEquals(expected, TimelineSvg.num(v), "for " + v);
        }
    }
}
