package org.planpress.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 8: trouble in the environment, and sizes, never cost the last good site. */
class HostileEnvironmentTest {

    @Test
    void unwritableOutputFailsClearly() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path file = Files.writeString(src.resolve("not-a-dir"), "x");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", file.resolve("site").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: output directory is not writable"), r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void outputInsideContentIsRefused() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", src.resolve("content/site").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: output directory must not be inside the content directory"), r.err());
        assertFalse(Files.exists(src.resolve("content/site")));
    }

    @Test
    void aDiskErrorDuringTheSwapKeepsThePreviousSite() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        Path out = src.resolve("target/site");
        String before = TestSites.treeDigest(out);
        Path plan = src.resolve("content/plans/ejl1-safety-year.adoc");
        Files.writeString(plan, Files.readString(plan).replace("= Annual Activity Plan", "= Changed Annual Activity Plan"));
        System.setProperty("planpress.fault.swap", "true");
        TestSites.Run r;
        try {
            r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        } finally {
            System.clearProperty("planpress.fault.swap");
        }
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cannot move the new site into place: simulated disk error"), r.err());
        assertEquals(before, TestSites.treeDigest(out), "previous site restored byte for byte");
        try (Stream<Path> s = Files.list(out.getParent())) {
            // the site and, beside it, the build's store
            assertEquals(java.util.List.of(".planpress", "site"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or old directories left behind");
        }
    }

    @Test
    void aFiveMegabytePlanBakes() throws Exception {
        Path src = Files.createTempDirectory("pp-big");
        Files.createDirectories(src.resolve("content/plans"));
        StringBuilder sb = new StringBuilder("= A very large plan\n:plan-year: 2024\n\n");
        int section = 0;
        while (sb.length() < 5_000_000) {
            sb.append("== ").append(++section).append(". Work content part ").append(section).append("\n\n");
            for (int p = 0; p < 20; p++) {
                sb.append("Strengthen the supervision and inspection of construction sites, item ").append(section).append('.')
                        .append(p).append(", and rectify hidden dangers promptly so that production safety improves steadily. ")
                        .append("Every unit reports its progress monthly and summarizes its experience at the end of the year.\n\n");
            }
        }
        Files.writeString(src.resolve("content/plans/big.adoc"), sb);
        long t = System.nanoTime();
        TestSites.Run r = assertTimeoutPreemptively(Duration.ofMinutes(4),
                () -> TestSites.run("build", "--no-pdf", "--source", src.toString()));
        System.out.printf("5 MB plan (%d sections) built in %.1f s%n", section, (System.nanoTime() - t) / 1e9);
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(src.resolve("target/site/plans/big.html")) > 5_000_000);
    }
}
