package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.source.Workspace;

/** The hint that starts JRuby early: which files count, and that a rebuild after an edit starts it. */
class SourceChangesTest {
    @Test
    void aFileConversionsReadNewerThanTheLastBuildIsAChange() throws Exception {
        Path src = Files.createTempDirectory("pp-changes");
        Files.createDirectories(src.resolve("content/plans"));
        Files.createDirectories(src.resolve("templates/i18n"));
        Path plan = Files.writeString(src.resolve("content/plans/a.adoc"), "= A\n");
        Path layout = Files.writeString(src.resolve("templates/layout.ftl"), "<#-- -->");
        Path labels = Files.writeString(src.resolve("templates/i18n/messages.properties"), "a=b\n");
        Path config = Files.writeString(src.resolve("jbake.properties"), "site.host=\n");
        long old = System.currentTimeMillis() - 60_000;
        for (Path p : new Path[] {plan, layout, labels, config}) Files.setLastModifiedTime(p, FileTime.fromMillis(old));
        Workspace ws = Workspace.of(src, null);
        long built = old + 1000;
        assertTrue(SourceChanges.since(ws, 0, null), "no build known: a change");
        assertFalse(SourceChanges.since(ws, built, null));
        Files.setLastModifiedTime(layout, FileTime.fromMillis(built + 1000));
        assertFalse(SourceChanges.since(ws, built, null), "a template is not read by conversions");
        for (Path p : new Path[] {plan, labels, config}) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(built + 1000));
            assertTrue(SourceChanges.since(ws, built, null), p.toString());
            Files.setLastModifiedTime(p, FileTime.fromMillis(old));
        }
        Path jar = Files.writeString(src.resolve("planpress.jar"), "code");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(old));
        assertFalse(SourceChanges.since(ws, built, jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(built + 1000));
        assertTrue(SourceChanges.since(ws, built, jar), "PlanPress itself changed");
        Files.writeString(src.resolve("content/plans/b.adoc"), "= B\n");
        assertTrue(SourceChanges.since(ws, built, null), "a new plan");
    }

    @Test
    void aRebuildAfterAnEditStartsJRubyBeforeConvertingAndOneWithoutChangesDoesNot() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path out = Files.createTempDirectory("pp-changes-out").resolve("site");
        String[] build = {"build", "--no-pdf", "--threads", "2", "--source", src.toString(), "--output", out.toString()};
        assertEquals(0, TestSites.run(build).status());
        TestSites.Run same = TestSites.run(build);
        assertEquals(0, same.status(), same.err());
        assertFalse(same.out().contains("Asciidoctor ready"), same.out());
        Path plan;
        try (var s = Files.list(src.resolve("content/plans"))) {
            plan = s.filter(p -> p.toString().endsWith(".adoc")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(plan, Files.readString(plan) + "\nOne more sentence.\n");
        TestSites.Run edited = TestSites.run(build);
        assertEquals(0, edited.status(), edited.err());
        assertTrue(edited.out().contains("Asciidoctor ready"), "started early: " + edited.out());
        assertTrue(edited.out().contains("3 plans: 1 converted"), edited.out());
    }
}
