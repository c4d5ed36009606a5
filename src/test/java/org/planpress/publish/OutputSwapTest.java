package org.planpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planpress.diag.BuildFailure;

/** The staging swap, with a directory carried over from the old site (a serve rebuild's search index). */
class OutputSwapTest {

    private static Path site() throws Exception {
        Path out = Files.createTempDirectory("pp-swap").resolve("site");
        Files.createDirectories(out.resolve("search"));
        Files.writeString(out.resolve("index.html"), "old page");
        Files.writeString(out.resolve("search/index.json"), "old index");
        return out;
    }

    /** The file's identity (device and inode on Linux), or null where the file system has none. */
    private static Object key(Path p) throws Exception {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void theNewSiteReplacesTheOldWhole() throws Exception {
        Path out = site();
        OutputSwap swap = OutputSwap.prepare(out);
        Files.writeString(swap.staging().resolve("index.html"), "new page");
        swap.commit();
        assertEquals("new page", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("search")), "nothing of the old site is left in the new one");
        try (var beside = Files.list(out.getParent())) {
            assertEquals(List.of("site"), beside.map(p -> p.getFileName().toString()).toList(), "no staging or old site left");
        }
    }

    @Test
    void aFailedCommitLeavesTheOldSiteWhole() throws Exception {
        Path out = site();
        OutputSwap swap = OutputSwap.prepare(out);
        Files.writeString(swap.staging().resolve("index.html"), "new page");
        System.setProperty("planpress.fault.swap", "true");
        try {
            assertThrows(BuildFailure.class, swap::commit);
        } finally {
            System.clearProperty("planpress.fault.swap");
        }
        assertEquals("old page", Files.readString(out.resolve("index.html")));
        assertEquals("old index", Files.readString(out.resolve("search/index.json")), "the old site is whole again");
        assertFalse(Files.exists(swap.staging()), "staging removed");
    }

    @Test
    void closingWithoutCommitDeletesTheStaging() throws Exception {
        Path out = site();
        Path staging;
        try (OutputSwap swap = OutputSwap.prepare(out)) {
            staging = swap.staging();
            Files.writeString(staging.resolve("index.html"), "new page");
        }
        assertFalse(Files.exists(staging));
        assertEquals("old page", Files.readString(out.resolve("index.html")));
    }
}
