package org.planpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.diag.Diagnostics;

/** Generated HTML goes through Asciidoctor as a placeholder and comes back in place. */
class ConversionPartsTest {

    @Test
    void placeholdersAreReplacedInOrderAndOnlyTheirOwn() {
        ConversionContext ctx = new ConversionContext("p.adoc", new Diagnostics(), null, false);
        assertEquals("<b>x</b>", ctx.part("<b>x</b>"), "not deferred: the HTML itself");
        ctx.deferParts = true;
        String a = ctx.part("<div>roster</div>");
        String b = ctx.part("<figure>timeline</figure>");
        assertTrue(a.startsWith("<!--") && a.length() < 60, a);
        String converted = "<p>before</p>\n" + a + "\n<p>&lt;!--pp-part 0 1--&gt;</p>\n" + b + "\n<p>after</p>";
        assertEquals("<p>before</p>\n<div>roster</div>\n<p>&lt;!--pp-part 0 1--&gt;</p>\n<figure>timeline</figure>\n<p>after</p>",
                ctx.fillParts(converted));
        assertEquals("<p>only</p>" + "<figure>timeline</figure>", ctx.fillParts("<p>only</p>" + b),
                "a part whose block was dropped is skipped");
    }

    @Test
    void noPlaceholderIsLeftInTheDefaultSite() throws Exception {
        Path site = TestSites.defaultSite();
        int cards = 0;
        for (Path page : TestSites.files(site.resolve("plans"), ".html")) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertFalse(html.contains("pp-part"), page.toString());
            if (html.contains("class=\"pp-roster")) cards++;
        }
        int rosters = 0;
        for (Path src : TestSites.files(TestSites.repo().resolve("content/plans"), ".adoc")) {
            if (Files.readString(src, StandardCharsets.UTF_8).contains("[.roster]")) rosters++;
        }
        assertTrue(rosters >= 2, "the default content has roster lists");
        assertEquals(rosters, cards, "every plan with a roster list shows its roster card");
    }
}
