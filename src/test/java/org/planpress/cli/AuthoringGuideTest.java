package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.period.PeriodParser;

/** Issue 7: the authoring guide's example plan builds cleanly, its period table is true, and it is the site's help page. */
class AuthoringGuideTest {
    static Path guide() {
        return TestSites.repo().resolve("docs/authoring.adoc");
    }

    /** The example plan: the listing block with id example-plan. */
    static String example() throws Exception {
        List<String> lines = Files.readAllLines(guide());
        int at = lines.indexOf("[source,asciidoc,id=example-plan]");
        assertTrue(at >= 0, "the guide has the example block");
        String fence = lines.get(at + 1);
        int end = lines.subList(at + 2, lines.size()).indexOf(fence) + at + 2;
        assertTrue(end > at + 2);
        return String.join("\n", lines.subList(at + 2, end)) + "\n";
    }

    @Test
    void exampleBuildsCleanlyWithEveryPartAndTheGuideBecomesTheHelpPage() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Files.writeString(src.resolve("content/plans/harbor-safety-month-2026.adoc"), example());
        Files.createDirectories(src.resolve("docs"));
        Files.copy(guide(), src.resolve("docs/authoring.adoc"));
        Files.writeString(src.resolve("jbake.properties"), "site.host=http://intranet/plans/\n");

        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals("checked 4 plans: 0 errors, 0 warnings", check.out().strip());
        assertEquals(0, check.status());

        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        assertEquals("", build.err(), "no warnings from the example or the guide");
        Path site = src.resolve("target/site");
        Document page = TestSites.page(site, "plans/harbor-safety-month-2026.html");
        assertEquals("Harbor Safety Month 2026 Activity Plan", page.selectFirst("h1").text());
        assertEquals(3, page.select(".pp-roster .pp-role").size());
        assertEquals(4, page.select(".pp-stage-name").size());
        assertNotNull(page.getElementById("leading-group"), "explicit id");
        assertNotNull(page.getElementById("guiding-ideology"), "generated id without numbering");
        assertNotNull(page.selectFirst(".pp-kind-objectives #what-we-want-to-achieve"), "kind set with [kind=objectives]");
        assertNotNull(page.selectFirst("a[href=#leading-group]"), "in-plan xref");
        String terms = Files.readString(site.resolve("terms.html"));
        for (String t : new String[] {"Safety Month", "hidden danger", "publicity", "main responsibility"}) {
            assertTrue(terms.contains(t), "index term " + t);
        }
        assertFalse(page.selectFirst(".pp-body").text().contains("publicity) "), "concealed term not in the text");

        Document help = TestSites.page(site, "help.html");
        assertEquals("Writing plans for PlanPress", help.selectFirst("h1").text());
        assertNotNull(help.selectFirst("#example-plan"));
        assertNotNull(TestSites.page(site, "index.html").selectFirst("nav a[href=help.html]"), "Help in the navigation");
        assertNotNull(TestSites.page(site, "plans/ejl1-safety-year.html").selectFirst("nav a[href=../help.html]"));
    }

    @Test
    void everyPeriodFormInTheGuideParses() throws Exception {
        String text = Files.readString(guide());
        String table = text.substring(text.indexOf("=== Period forms"));
        table = table.substring(table.indexOf("|===") + 4);
        table = table.substring(0, table.indexOf("|==="));
        Pattern code = Pattern.compile("`([^`]+)`");
        List<String> forms = new ArrayList<>();
        for (String row : table.split("\n")) {
            if (!row.startsWith("|`")) continue;
            String cell = row.substring(1, row.indexOf(" |"));
            Matcher m = code.matcher(cell);
            while (m.find()) forms.add(m.group(1));
        }
        assertTrue(forms.size() > 40, "forms: " + forms);
        // with the issue date the table's rows of months counted from it give (本月底前, next month)
        for (String f : forms) PeriodParser.parse(f, 2026, java.time.LocalDate.of(2026, 6, 10), null);
        assertEquals(java.time.LocalDate.of(2026, 7, 10),
                PeriodParser.parse("下月初", 2026, java.time.LocalDate.of(2026, 6, 10), null).end());
        assertEquals(java.time.LocalDate.of(2026, 5, 10), PeriodParser.parse("before May 10", 2026).end());
        assertEquals(java.time.LocalDate.of(2026, 12, 31), PeriodParser.parse("before the end of December", 2026).end());
        assertEquals(java.time.LocalDate.of(2026, 5, 31), PeriodParser.parse("5月底前", 2026).end());
        assertEquals(java.time.LocalDate.of(2026, 5, 1), PeriodParser.parse("5月底前", 2026).start());
        // issue 18: what the table says of the new forms, in 2026
        assertEquals(java.time.LocalDate.of(2026, 5, 9), PeriodParser.parse("5月份第二个星期六", 2026).start());
        assertEquals(java.time.LocalDate.of(2026, 9, 14), PeriodParser.parse("9月第三周", 2026).start());
        assertEquals(java.time.LocalDate.of(2026, 2, 16), PeriodParser.parse("春节期间", 2026).start());
        assertEquals(java.time.LocalDate.of(2026, 2, 22), PeriodParser.parse("春节期间", 2026).end());
        assertEquals(java.time.LocalDate.of(2026, 9, 25), PeriodParser.parse("中秋节", 2026).start());
        assertEquals(java.time.LocalDate.of(2027, 2, 28), PeriodParser.parse("12月至次年2月", 2026).end());
        assertEquals(java.time.LocalDate.of(2026, 6, 15),
                PeriodParser.parse("即日起至9月30日", null, java.time.LocalDate.of(2026, 6, 15), null).start());
        assertTrue(PeriodParser.parse("9月18日左右", 2026).approximate());
        assertTrue(PeriodParser.parse("9月（暂定）", 2026).tentative());
    }

    @Test
    void theGuideAndThePlansAreConvertedAgainOnlyWhenTheyChange() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Files.createDirectories(src.resolve("docs"));
        Files.copy(guide(), src.resolve("docs/authoring.adoc"));
        Path help = src.resolve("target/site/help.html");

        TestSites.Run cold = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, cold.status(), cold.err());
        assertTrue(cold.out().contains("Asciidoctor ready"), cold.out());
        String first = Files.readString(help);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("(3 converted before)"), again.out());
        assertFalse(again.out().contains("Asciidoctor ready"), "nothing changed: Asciidoctor is not needed: " + again.out());
        assertEquals(first, Files.readString(help), "the same page");

        Files.writeString(src.resolve("docs/authoring.adoc"), "\nA paragraph added to the guide.\n",
                java.nio.file.StandardOpenOption.APPEND);
        TestSites.Run edited = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, edited.status(), edited.err());
        assertTrue(edited.out().contains("(3 converted before)"), "plans unchanged: " + edited.out());
        assertTrue(Files.readString(help).contains("A paragraph added to the guide."), "a changed guide is converted again");

        Files.writeString(help, first.replace("<h1>", "<h1>Stale "));
        Files.writeString(src.resolve("docs/authoring.adoc"), Files.readString(guide()));
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        assertEquals(first, Files.readString(help), "the page is made from the guide, never read back from the last output");
    }
}
