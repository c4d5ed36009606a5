package org.planpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.planpress.diag.BuildFailure;
import org.planpress.internal.Trees;

/**
 * Builds go to a staging directory next to the output and replace the output only when complete, so a
 * failed build leaves the last good site exactly as it was and a reader never sees half a site.
 */
public final class OutputSwap implements AutoCloseable {
    private final Path output;
    private final Path staging;

    private OutputSwap(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates a fresh staging directory beside {@code output}; fails clearly when that is not writable. */
    public static OutputSwap prepare(Path output) throws BuildFailure {
        Path parent = output.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + output.getFileName() + ".staging-");
            return new OutputSwap(output, staging);
        } catch (IOException e) {
            throw BuildFailure.of(output.toString(), "output directory is not writable: " + describe(e));
        }
    }

    public Path staging() {
        return staging;
    }

    private boolean committed;
    private static final java.util.concurrent.atomic.AtomicLong SWAPS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Replaces the output with the staging directory: rename the old away, rename the new in, delete the old.
     * A previous site left behind by a process that ended meanwhile is deleted by a later commit.
     */
    public void commit() throws BuildFailure {
        String prefix = "." + output.getFileName() + ".old-";
        Path old = output.resolveSibling(prefix + ProcessHandle.current().pid() + "-" + SWAPS.incrementAndGet());
        try {
            if (Files.exists(output)) Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            abort();
            throw BuildFailure.of(output.toString(), "cannot replace the output directory: " + describe(e));
        }
        try {
            if (Boolean.getBoolean("planpress.fault.swap")) {
                // fault injection for tests: a disk error between moving the old site away and moving the new one in
                throw new IOException("simulated disk error (planpress.fault.swap)");
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, output);
            }
        } catch (IOException e) {
            try {
                if (Files.exists(old)) Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // the previous site stays in the .old directory; say so below
            }
            abort();
            throw BuildFailure.of(output.toString(), "cannot move the new site into place: " + describe(e));
        }
        committed = true;
        Trees.delete(old);
        deleteLeftovers(prefix);
    }

    /** Deletes previous sites that a process which has ended left beside the output. */
    private void deleteLeftovers(String prefix) {
        Path parent = output.toAbsolutePath().getParent();
        try (java.util.stream.Stream<Path> s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix)) continue;
                String pid = name.substring(prefix.length()).replaceAll("-.*$", "");
                if (!pid.matches("\\d{1,18}")) continue;
                if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) continue;
                Trees.delete(p);
            }
        } catch (IOException | RuntimeException e) {
            // only housekeeping
        }
    }

    /** Removes the staging directory after a failed build; the output is untouched. */
    public void abort() {
        Trees.delete(staging);
    }

    /** Removes the staging directory unless it was committed (then it is the output). */
    @Override
    public void close() {
        if (!committed) abort();
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof java.nio.file.NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + ": " + f.getFile();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
