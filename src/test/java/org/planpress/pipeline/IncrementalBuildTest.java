package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planpress.TestSites;

/**
 * A {@code build} into the same output after an edit, with the store the previous build left beside it, makes
 * the same files, byte for byte, as a clean build of the edited source; and one whose store is damaged or
 * from another PlanPress is rebuilt, never trusted.
 */
class IncrementalBuildTest {
    static final String A = "content/plans/ejl1-safety-year.adoc";
    static final String B = "content/plans/fuzhou-xiuzhai-safety-year.adoc";
    static final String PARTIAL = "content/plans/_parts/contact.adoc";

    /** One kind of edit an author makes between two builds. */
    enum Edit {
        BODY_SENTENCE(src -> append(src, A, "\nOne more sentence in the body of the plan.\n")),
        TITLE(src -> replace(src, A, "= Annual Activity Plan for Production Safety (3)", "= Safety Year Plan, revised")),
        ROSTER_LINE(src -> replaceFirstRosterLine(src, B)),
        STAGE_PERIOD(src -> replace(src, A, "Summary and improvement:: November 1 - the end of December",
                "Summary and improvement:: November 15 - the end of December")),
        SECTION_HEADING_AND_ID(src -> replace(src, A, "== IV. Work Requirements", "[[requirements]]\n== IV. Requirements of the work")),
        XREF_TARGET_RENAMED(src -> {
            replace(src, B, "[[pp-contact]]", "[[pp-contact-office]]");
            replace(src, A, "<<fuzhou-xiuzhai-safety-year.adoc#pp-contact,", "<<fuzhou-xiuzhai-safety-year.adoc#pp-contact-office,");
        }),
        PLAN_ADDED(src -> Files.writeString(src.resolve("content/plans/new-plan.adoc"),
                "= A New Plan\n:plan-issuer: New Office\n:lang: en\n\n== 1. Purpose\n\nA new plan arrives.\n", StandardCharsets.UTF_8)),
        PLAN_DELETED(src -> Files.delete(src.resolve("content/plans/chengchi-expressway-safety-year.adoc"))),
        PARTIAL_INCLUDED_BY_TWO(src -> append(src, PARTIAL, "\nCall the duty office at any hour.\n")),
        CONFIGURATION(src -> Files.writeString(src.resolve("jbake.properties"), "site.title=Harbour Plans\n", StandardCharsets.UTF_8)),
        TEMPLATE(src -> {
            Path t = Files.createDirectories(src.resolve("templates"));
            String layout = Files.readString(TestSites.repo().resolve("templates/layout.ftl"), StandardCharsets.UTF_8);
            Files.writeString(t.resolve("layout.ftl"), layout.replace("</footer>", "<p>Printed copies are not controlled.</p></footer>"),
                    StandardCharsets.UTF_8);
        }),
        ASSET(src -> {
            Path css = Files.createDirectories(src.resolve("assets/css")).resolve("planpress.css");
            String bundled = Files.readString(TestSites.repo().resolve("assets/css/planpress.css"), StandardCharsets.UTF_8);
            Files.writeString(css, bundled + "\n.pp-roster { border-width: 2px; }\n", StandardCharsets.UTF_8);
        });

        final Change change;

        Edit(Change change) {
            this.change = change;
        }
    }

    interface Change {
        void apply(Path source) throws Exception;
    }

    /** The default plans, plus a partial both A and B include and a cross-reference from A into B. */
    static Path base() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Files.createDirectories(src.resolve(PARTIAL).getParent());
        Files.writeString(src.resolve(PARTIAL), "For questions, write to the safety office.\n", StandardCharsets.UTF_8);
        append(src, A, "\ninclude::_parts/contact.adoc[]\n\nSee also <<fuzhou-xiuzhai-safety-year.adoc#pp-contact,the contacts of Xiuzhai>>.\n");
        append(src, B, "\n[[pp-contact]]\n== V. Contacts\n\ninclude::_parts/contact.adoc[]\n");
        return src;
    }

    @ParameterizedTest
    @EnumSource(Edit.class)
    void aBuildAfterTheEditEqualsACleanBuildOfTheEditedSource(Edit edit) throws Exception {
        Path src = base();
        Path out = Files.createTempDirectory("pp-incr").resolve("site");
        TestSites.Run first = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, first.status(), first.err());
        edit.change.apply(src);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, again.status(), edit + ": " + again.err());
        Path clean = Files.createTempDirectory("pp-clean").resolve("site");
        TestSites.Run fresh = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", clean.toString());
        assertEquals(0, fresh.status(), fresh.err());
        assertEquals(TestSites.treeDigest(clean), TestSites.treeDigest(out), edit + ": incremental output differs from a clean build");
        assertEquals(fresh.err(), again.err(), edit + ": the same warnings");
    }

    /** The same for a serve session: its rebuild after the edit leaves the files a clean build makes. */
    @ParameterizedTest
    @EnumSource(Edit.class)
    void aServeRebuildAfterTheEditEqualsACleanBuildOfTheEditedSource(Edit edit) throws Exception {
        Path src = base();
        Path out = Files.createTempDirectory("pp-serve").resolve("site");
        StringBuffer console = new StringBuffer();
        try (org.planpress.serve.ServeSession s = org.planpress.serve.ServeSession.start(
                org.planpress.serve.ServeSession.Options.defaults(src).withOutput(out),
                line -> console.append(line).append('\n'), line -> console.append(line).append('\n'))) {
            assertTrue(s.lastGood(), console.toString());
            int before = s.builds();
            edit.change.apply(src);
            long until = System.nanoTime() + 90_000_000_000L;
            while (s.builds() == before && System.nanoTime() < until) Thread.sleep(50);
            // quiet: no further rebuild for a second (an edit may come as several file events)
            for (int seen = -1; seen != s.builds() && System.nanoTime() < until; ) {
                seen = s.builds();
                Thread.sleep(1000);
            }
            assertTrue(s.builds() > before && s.lastGood(), edit + ": " + console);
            Path clean = Files.createTempDirectory("pp-clean").resolve("site");
            TestSites.Run fresh = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", clean.toString());
            assertEquals(0, fresh.status(), fresh.err());
            assertEquals(TestSites.treeDigest(clean), TestSites.treeDigest(out), edit + ": serve's output differs from a clean build");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"BODY_SENTENCE", "TITLE"})
    void aDamagedOrForeignStoreIsRebuiltNotTrusted(Edit edit) throws Exception {
        Path src = base();
        Path out = Files.createTempDirectory("pp-incr").resolve("site");
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString()).status());
        Path store = out.getParent().resolve(".planpress/cache");
        try (Stream<Path> s = Files.walk(store)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(p);
                Files.write(p, java.util.Arrays.copyOf(b, b.length / 3)); // truncated
            }
        }
        // a store of another format beside it is not read
        Files.createDirectories(store.resolve("store-0/html/" + "0".repeat(64)));
        edit.change.apply(src);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("(0 converted before)"), again.out());
        Path clean = Files.createTempDirectory("pp-clean").resolve("site");
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", clean.toString()).status());
        assertEquals(TestSites.treeDigest(clean), TestSites.treeDigest(out));
    }

    /**
     * A sentence added to a plan's body renders its page (and the compare page of its section's kind) again; the
     * pages made of the plans' models only (the people, calendar and index pages) are taken from the store as they
     * were, with the time they were made.
     */
    @org.junit.jupiter.api.Test
    void aBodyEditLeavesThePagesOfThePlansModelsAsTheyWere() throws Exception {
        Path src = base();
        Path out = Files.createTempDirectory("pp-incr").resolve("site");
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString()).status());
        java.util.Map<String, Long> before = new java.util.TreeMap<>();
        for (String page : new String[] {"people.html", "calendar.html", "index.html", "terms.html"}) {
            before.put(page, Files.getLastModifiedTime(out.resolve(page)).toMillis());
        }
        String plan = "plans/" + A.replaceAll(".*/|\\.adoc$", "") + ".html";
        long planBefore = Files.getLastModifiedTime(out.resolve(plan)).toMillis();
        Thread.sleep(1100);
        Edit.BODY_SENTENCE.change.apply(src);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, again.status(), again.err());
        for (java.util.Map.Entry<String, Long> e : before.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(out.resolve(e.getKey())).toMillis(), e.getKey() + " rendered again: " + again.out());
        }
        assertTrue(Files.getLastModifiedTime(out.resolve(plan)).toMillis() > planBefore, "the edited plan's page is new");
        assertTrue(Files.readString(out.resolve(plan)).contains("One more sentence in the body"));
    }

    /**
     * A plan added in the middle of the site changes only the "same section" bars of the plans around it (each
     * bar names the twelve plans next to its own, no count of all plans): the twelve are linked again, every
     * other plan's page is taken from the store as it was.
     */
    @org.junit.jupiter.api.Test
    void aPlanAddedInTheMiddleRelinksOnlyItsNeighbours() throws Exception {
        Path src = Files.createTempDirectory("pp-incr-src");
        Files.createDirectories(src.resolve("content/plans"));
        for (int i = 10; i < 40; i++) Files.writeString(src.resolve("content/plans/plan-" + i + ".adoc"), plan(i), StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("pp-incr").resolve("site");
        TestSites.Run first = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, first.status(), first.err());
        String bar10 = bar(out, "plan-10");
        assertTrue(bar10.contains("plan-22.html#") && !bar10.contains("plan-23.html#"), "the twelve after the first: " + bar10);
        assertTrue(bar(out, "plan-39").contains("plan-27.html#") && !bar(out, "plan-39").contains("plan-26.html#"), "the twelve before the last");
        java.util.Map<String, Long> before = new java.util.TreeMap<>();
        try (var pages = Files.list(out.resolve("plans"))) {
            for (Path p : pages.toList()) before.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toMillis());
        }
        Thread.sleep(1100);
        // plan-245 sorts after plan-24: the 16th of 31
        Files.writeString(src.resolve("content/plans/plan-245.adoc"), plan(245), StandardCharsets.UTF_8);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("31 plans: 1 converted"), again.out());
        assertTrue(again.out().contains("31 plans: 13 linked"), "the new plan and the twelve around it: " + again.out());
        assertTrue(bar(out, "plan-245").contains("plan-19.html#") && bar(out, "plan-245").contains("plan-30.html#"));
        java.util.Set<String> neighbours = new java.util.TreeSet<>();
        for (int i = 19; i <= 30; i++) neighbours.add("plan-" + i + ".html");
        for (java.util.Map.Entry<String, Long> e : before.entrySet()) {
            long now = Files.getLastModifiedTime(out.resolve("plans").resolve(e.getKey())).toMillis();
            if (neighbours.contains(e.getKey())) {
                assertTrue(now > e.getValue(), e.getKey() + " names the new plan: rendered again");
                assertTrue(Files.readString(out.resolve("plans").resolve(e.getKey())).contains("plan-245.html#guiding-ideology"), e.getKey());
            } else {
                assertEquals(e.getValue(), now, e.getKey() + " rendered again: " + again.out());
            }
        }
    }

    /**
     * The link check looks again at a page that did not change when a page it links into lost the id it names:
     * a page of content/ (copied as it is) links to a section of plan B, whose id is then renamed.
     */
    @org.junit.jupiter.api.Test
    void aLinkBrokenByAnEditElsewhereIsFoundInAnUnchangedPage() throws Exception {
        Path src = base();
        Files.writeString(src.resolve("content/notes.html"), "<!DOCTYPE html><html lang=\"en\"><title>Notes</title>"
                + "<a href=\"plans/fuzhou-xiuzhai-safety-year.html#pp-contact\">Xiuzhai's contacts</a></html>", StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("pp-incr").resolve("site");
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString()).status());
        TestSites.Run same = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, same.status(), same.err());
        assertTrue(same.out().matches("(?s).*\\d+ pages: links of 0 checked.*"), "nothing changed, nothing checked: " + same.out());
        String pageBefore = Files.readString(out.resolve("plans/fuzhou-xiuzhai-safety-year.html"));
        IncrementalBuildTest.Edit.XREF_TARGET_RENAMED.change.apply(src);
        TestSites.Run again = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(1, again.status(), again.out());
        assertTrue(again.err().contains("link to a missing anchor: plans/fuzhou-xiuzhai-safety-year.html#pp-contact (in notes.html)"),
                again.err());
        assertEquals(pageBefore, Files.readString(out.resolve("plans/fuzhou-xiuzhai-safety-year.html")), "the last good output stays");
    }

    /** The first "same section" bar of a plan page. */
    private static String bar(Path out, String plan) throws Exception {
        String page = Files.readString(out.resolve("plans/" + plan + ".html"));
        int at = page.indexOf("<nav class=\"pp-same\"");
        assertTrue(at >= 0, plan + " has a bar");
        return page.substring(at, page.indexOf("</nav>", at));
    }

    private static String plan(int n) {
        return "= Safety Plan " + n + "\n:plan-issuer: Office " + n + "\n:lang: en\n\n== Guiding Ideology\n\nSafety first in unit "
                + n + ".\n\n== Work Measures\n\nInspect the sites of unit " + n + " every month.\n";
    }

    static void append(Path src, String file, String text) throws Exception {
        Files.writeString(src.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    static void replace(Path src, String file, String from, String to) throws Exception {
        String s = Files.readString(src.resolve(file), StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " has " + from);
        Files.writeString(src.resolve(file), s.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Changes the first person of the plan's roster list. */
    static void replaceFirstRosterLine(Path src, String file) throws Exception {
        String s = Files.readString(src.resolve(file), StandardCharsets.UTF_8);
        int roster = s.indexOf("[.roster]");
        assertTrue(roster >= 0, file + " has a roster");
        int line = s.indexOf("::", roster);
        int end = s.indexOf('\n', line);
        Files.writeString(src.resolve(file), s.substring(0, line) + ":: Wang Xiaoming (Director)" + s.substring(end),
                StandardCharsets.UTF_8);
    }
}
