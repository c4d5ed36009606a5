package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 9: every optimisation on or off, the baked default content is byte-identical. */
class DeterminismTest {

    @Test
    void outputIsByteIdenticalWithParallelConversionOnAndOff() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        TestSites.copy(TestSites.repo().resolve("src/test/resources/zh/content"), src.resolve("content"));
        Path one = Files.createTempDirectory("pp-serial").resolve("site");
        Path two = Files.createTempDirectory("pp-parallel").resolve("site");
        // the --threads 1 build really runs on one thread: no worker or side thread of PlanPress appears
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean building = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (building.get()) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("planpress-")) seen.add(t.getName().replaceAll("-\\d+$", ""));
                }
                Thread.onSpinWait();
            }
        });
        sampler.start();
        try {
            assertEquals(0, TestSites.run("build", "--no-pdf", "--threads", "1", "--source", src.toString(), "--output", one.toString()).status());
        } finally {
            building.set(false);
            sampler.join();
        }
        assertEquals(Set.of(), seen, "threads a --threads 1 build started");
        building.set(true);
        Thread sampler2 = new Thread(() -> {
            while (building.get()) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("planpress-")) seen.add(t.getName().replaceAll("-\\d+$", ""));
                }
                Thread.onSpinWait();
            }
        });
        sampler2.start();
        try {
            assertEquals(0, TestSites.run("build", "--no-pdf", "--threads", "4", "--source", src.toString(), "--output", two.toString()).status());
        } finally {
            building.set(false);
            sampler2.join();
        }
        assertTrue(seen.contains("planpress-worker"), "the sampler sees the workers of a parallel build: " + seen);
        assertEquals(TestSites.treeDigest(one), TestSites.treeDigest(two));
    }

    @Test
    void userThemeFilesOverrideTheBundledOnes() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Files.writeString(src.resolve("jbake.properties"), "site.title=Harbour Office Plans\n");
        Files.createDirectories(src.resolve("templates/i18n"));
        Files.writeString(src.resolve("templates/i18n/messages.properties"), "people.title=Who is who\n");
        Path out = src.resolve("target/site");
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        assertEquals("Harbour Office Plans", TestSites.page(out, "index.html").selectFirst(".pp-brand").text());
        assertEquals("Who is who", TestSites.page(out, "people.html").selectFirst("h1").text());
        assertEquals("Calendar", TestSites.page(out, "calendar.html").selectFirst("h1").text(), "other labels stay bundled");
    }
}
