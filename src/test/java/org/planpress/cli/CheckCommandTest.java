package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.diag.Diagnostic;

/** Issue 7: {@code planpress check} reports every problem with file and line, sorted, without writing a site. */
class CheckCommandTest {

    static final String ALPHA = """
            = Alpha plan
            :plan-year: 2024
            :lang: en

            Intro.

            == Leading group

            [.roster]
            Group leader:: Wang Wu (Director
            Members:: ; Li Si

            == Stages

            [.timeline]
            Start:: Junetember 5
            Finish:: July

            See xref:beta.adoc#no-such-section[beta].

            See xref:gamma.adoc[gamma].

            image::missing.png[A missing picture]

            include::../../../etc/passwd[]
            """;

    static final String BETA = """
            = Beta plan
            :lang: en
            :plan-year: twenty

            == Stages

            [.timeline]
            Spring:: May 20 - 10

            [#dup]
            == First

            [#dup]
            == Second

            Text with {undefined-attribute}.
            """;

    /** Every problem of the broken plans, in the order check prints them. */
    static final List<String> EXPECTED = List.of(
            "content/plans/alpha.adoc:10: error: roster role \"Group leader\" has unbalanced parentheses",
            "content/plans/alpha.adoc:11: error: roster role \"Members\" has a roster item with no name",
            "content/plans/alpha.adoc:16: error: cannot read period \"Junetember 5\"",
            "content/plans/alpha.adoc:19: error: cross-reference to a missing anchor: beta.adoc#no-such-section",
            "content/plans/alpha.adoc:21: error: cross-reference to a missing plan: gamma.adoc",
            "content/plans/alpha.adoc:23: error: image not found: missing.png",
            "content/plans/alpha.adoc:25: error: include outside the content directory refused",
            // Asciidoctor reports a missing attribute without a line
            "content/plans/beta.adoc: warning: skipping reference to missing attribute: undefined-attribute",
            "content/plans/beta.adoc:3: error: plan-year must be a year such as 2024, not \"twenty\"",
            "content/plans/beta.adoc:8: error: cannot read period \"May 20 - 10\": it ends before it starts",
            "content/plans/beta.adoc:14: error: duplicate id",
            "content/plans/gamma.adoc:1: error: document has no title");

    private static Path brokenSource() throws Exception {
        Path src = Files.createTempDirectory("pp-check");
        Path plans = Files.createDirectories(src.resolve("content/plans"));
        Files.writeString(plans.resolve("alpha.adoc"), ALPHA);
        Files.writeString(plans.resolve("beta.adoc"), BETA);
        Files.writeString(plans.resolve("gamma.adoc"), "No title here.\n\n== Section\n\nText.\n");
        Files.writeString(src.resolve("jbake.properties"), "site.host=http://intranet/plans/\n");
        return src;
    }

    @Test
    void brokenPlansPrintEveryProblemSortedWithLinesAndExitOne() throws Exception {
        Path src = brokenSource();
        TestSites.Run r = TestSites.run("check", "--source", src.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(EXPECTED.size() + 1, lines.size(), r.out());
        for (int i = 0; i < EXPECTED.size(); i++) {
            assertTrue(lines.get(i).startsWith(EXPECTED.get(i)), "line " + (i + 1) + ": expected " + EXPECTED.get(i) + "\n got " + lines.get(i));
        }
        assertEquals("checked 2 plans: 11 errors, 1 warnings", lines.get(lines.size() - 1));
        assertFalse(Files.exists(src.resolve("target")), "check writes nothing");
    }

    @Test
    void jsonFormatParsesAndMatchesTheText() throws Exception {
        Path src = brokenSource();
        TestSites.Run r = TestSites.run("check", "--format", "json", "--source", src.toString());
        assertEquals(1, r.status());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(2, doc.get("plans").asInt());
        assertEquals(11, doc.get("errors").asInt());
        assertEquals(1, doc.get("warnings").asInt());
        List<String> shown = new ArrayList<>();
        for (JsonNode d : doc.get("diagnostics")) {
            Diagnostic x = new Diagnostic(d.get("file").asText(), d.get("line").asInt(),
                    Diagnostic.Severity.valueOf(d.get("severity").asText().toUpperCase(java.util.Locale.ROOT)), d.get("message").asText());
            shown.add(x.toString());
        }
        assertEquals(EXPECTED.size(), shown.size());
        for (int i = 0; i < EXPECTED.size(); i++) assertTrue(shown.get(i).startsWith(EXPECTED.get(i)), shown.get(i));
    }

    @Test
    void defaultContentPassesWithOnlyTheSummaryLineAndTheSiteHostWarning() {
        TestSites.Run r = TestSites.run("check", "--source", TestSites.repo().toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("jbake.properties:7: warning: site.host is not set"), lines.get(0));
        assertEquals("checked 3 plans: 0 errors, 1 warnings", lines.get(1));
        assertEquals("", r.err());
    }

    @Test
    void missingSourceIsAnErrorNotAStackTrace() throws Exception {
        Path empty = Files.createTempDirectory("pp-check-empty");
        TestSites.Run r = TestSites.run("check", "--source", empty.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("error: no content/ directory"), r.out());
        assertFalse((r.out() + r.err()).contains("\tat "));
    }
}
