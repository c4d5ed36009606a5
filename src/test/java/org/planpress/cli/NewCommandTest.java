package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 7: {@code planpress new} writes a complete plan that bakes, and never overwrites one. */
class NewCommandTest {

    @Test
    void writesAPlanThatBakesCleanlyAndRefusesToOverwriteIt() throws Exception {
        Path src = Files.createTempDirectory("pp-new");
        TestSites.Run r = TestSites.run("new", "Harbor Safety Month 2026", "--source", src.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("content/plans/harbor-safety-month-2026.adoc", r.out().strip());
        Path file = src.resolve("content/plans/harbor-safety-month-2026.adoc");
        String text = Files.readString(file);
        assertTrue(text.startsWith("= Harbor Safety Month 2026\n"), text);
        for (String part : new String[] {"== 1. Guiding ideology", "== 2. Work objectives", "[.roster]", "Group leader::",
                "== 4. Work content and tasks", "[.timeline]", "== 5. Implementation steps", "measures", ":lang: en"}) {
            assertTrue(text.contains(part), "missing " + part);
        }

        TestSites.Run again = TestSites.run("new", "Harbor Safety Month 2026", "--source", src.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("content/plans/harbor-safety-month-2026.adoc: error: the file already exists"), again.err());
        assertEquals(text, Files.readString(file), "the existing plan is untouched");

        Files.writeString(src.resolve("jbake.properties"), "site.host=http://intranet/plans/\n");
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals(0, check.status(), check.out());
        assertEquals("checked 1 plans: 0 errors, 0 warnings", check.out().strip());

        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        Document page = TestSites.page(src.resolve("target/site"), "plans/harbor-safety-month-2026.html");
        assertEquals("Harbor Safety Month 2026", page.selectFirst("h1").text());
        assertEquals(3, page.select(".pp-roster .pp-role").size(), page.select(".pp-roster").outerHtml());
        assertEquals(3, page.select(".pp-stage-name").size());
        assertNotNull(page.selectFirst("h2#guiding-ideology"));
    }

    @Test
    void chineseTitlesGetDateSlugsNumberedWhenTaken() throws Exception {
        Path src = Files.createTempDirectory("pp-new-zh");
        String day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        TestSites.Run first = TestSites.run("new", "港口安全生产月活动方案", "--source", src.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("content/plans/plan-" + day + ".adoc", first.out().strip());
        TestSites.Run second = TestSites.run("new", "港口消防安全活动方案", "--source", src.toString());
        assertEquals(0, second.status(), second.err());
        assertEquals("content/plans/plan-" + day + "-2.adoc", second.out().strip());
        String text = Files.readString(src.resolve("content/plans/plan-" + day + ".adoc"));
        assertTrue(text.contains(":lang: zh-CN"), "a Chinese title picks the Chinese template");
        assertTrue(text.contains("组长::") && text.contains("5月下旬"), text);

        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().isBlank(), "no warnings: " + build.err());
        Document page = TestSites.page(src.resolve("target/site"), "plans/plan-" + day + ".html");
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals(3, page.select(".pp-stage-name").size());
    }

    @Test
    void englishTemplateInChineseOnRequestAndBadOptionsRefused() throws Exception {
        Path src = Files.createTempDirectory("pp-new-lang");
        TestSites.Run r = TestSites.run("new", "Fire Drill Week", "--lang", "zh-CN", "--source", src.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(src.resolve("content/plans/fire-drill-week.adoc")).contains(":lang: zh-CN"));
        assertEquals(1, TestSites.run("new", "X", "--lang", "fr", "--source", src.toString()).status());
        assertEquals(1, TestSites.run("new", "X", "--id", "../escape", "--source", src.toString()).status());
        assertEquals(1, TestSites.run("new", "   ", "--source", src.toString()).status());
        TestSites.Run id = TestSites.run("new", "Anything", "--id", "my-plan", "--source", src.toString());
        assertEquals("content/plans/my-plan.adoc", id.out().strip());
    }

    @Test
    void slugs() {
        assertEquals("annual-plan-for-production-safety-3", org.planpress.source.PlanIds.slug("Annual Plan for Production Safety (3)"));
        assertEquals("securite-routiere-2026", org.planpress.source.PlanIds.slug("Sécurité routière 2026"));
        assertNull(org.planpress.source.PlanIds.slug("2024年安全生产月"));
        assertNull(org.planpress.source.PlanIds.slug("!!!"));
        String longSlug = org.planpress.source.PlanIds.slug("word ".repeat(40));
        assertTrue(longSlug.length() <= 60 && !longSlug.endsWith("-"), longSlug);
        assertFalse(org.planpress.source.PlanIds.slug("a/../b").contains("/"));
    }
}
