package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planpress.TestSites;
import org.planpress.bench.PlanGenerator;
import org.planpress.diag.Diagnostics;

/** The HTML PlanPress generates (roster cards, timeline figures) comes out of Asciidoctor in place. */
class ConversionPartsTest {

    @Test
    void everyRosterListOfTheDefaultSiteIsACard() throws Exception {
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

    /**
     * The roster cards, timelines and cross-links PlanPress writes into plan pages carry their punctuation
     * ("–" in dates, "›" in link titles) as character references: the pages of English plans are Latin-1
     * throughout (half the memory in the build), and read exactly as before.
     */
    @Test
    void generatedPartsOfEnglishPlanPagesStayInLatin1(@TempDir Path tmp) throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("src/content/plans"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(plans.resolve("plan-" + i + ".adoc"), PlanGenerator.plan(i), StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.run("build", "--no-pdf", "--source", tmp.resolve("src").toString(),
                "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        for (int i = 1; i <= 3; i++) {
            String html = Files.readString(out.resolve("plans/plan-" + i + ".html"), StandardCharsets.UTF_8);
            String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
            assertTrue(main.contains("class=\"pp-roster") && main.contains("class=\"pp-timeline")
                    && main.contains("pp-same"), "a page with a roster, a timeline and cross-links");
            for (int k = 0; k < main.length(); k++) {
                int at = k;
                String page = "plan-" + i;
                assertTrue(main.charAt(k) <= 0xff, () -> page + ": " + main.substring(Math.max(0, at - 60), at + 10));
            }
            String text = TestSites.page(out, "plans/plan-" + i + ".html").select("main").text();
            assertTrue(text.contains(" \u2013 ") && text.contains(" \u203a "), "dates and link titles read as before");
        }
    }
}
