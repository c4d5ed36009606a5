package org.planpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    @TempDir
    Path src;

    @Test
    void anEditorsTemporaryFileRenamedOverAPlanIsNotReported() throws Exception {
        Path plans = Files.createDirectories(src.resolve("content/plans"));
        Path plan = Files.writeString(plans.resolve("a.adoc"), "= A\n");
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (SourceWatcher w = SourceWatcher.start(src, 300, batches::add)) {
            // as perl -i, sed -i and many editors save: a new file beside the plan, then renamed over it
            Path tmp = Files.writeString(plans.resolve("XXa1b2c3"), "= A, edited\n");
            Files.move(tmp, plan, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
            assertNotNull(batch, "the edit is reported");
            assertEquals(Set.of(Path.of("content/plans/a.adoc")), batch);
        }
    }

    @Test
    void aFileMadeAndGoneWithinABurstStartsNoRebuild() throws Exception {
        Path plans = Files.createDirectories(src.resolve("content/plans"));
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (SourceWatcher w = SourceWatcher.start(src, 300, batches::add)) {
            Path tmp = Files.writeString(plans.resolve("scratch"), "x");
            Files.delete(tmp);
            assertNull(batches.poll(2, TimeUnit.SECONDS), "nothing changed");
            // a plan that was there and is deleted is a change
            Path gone = Files.writeString(plans.resolve("b.adoc"), "= B\n");
            assertEquals(Set.of(Path.of("content/plans/b.adoc")), batches.poll(10, TimeUnit.SECONDS));
            Files.delete(gone);
            assertEquals(Set.of(Path.of("content/plans/b.adoc")), batches.poll(10, TimeUnit.SECONDS));
        }
    }
}
