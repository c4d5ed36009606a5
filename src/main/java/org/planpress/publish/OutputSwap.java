package org.planpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.planpress.diag.BuildFailure;

/**
 * Builds go to a staging directory next to the output and replace the output only when complete, so a
 * failed build leaves the last good site exactly as it was and a reader never sees half a site.
 */
public final class OutputSwap {
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

    private static final java.util.concurrent.atomic.AtomicLong SWAPS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Replaces the output with the staging directory: rename the old away, rename the new in, delete the old
     * (with {@code deleteOldLater}, on a background thread once the new one is in place: a serve session, where
     * the reload should not wait for it). A previous site left behind by a process that ended meanwhile is
     * deleted by a later commit.
     *
     * @param carry directories of the old site (relative paths) moved as they are into the new one, which has
     *        none of its own: a serve rebuild keeps the search index of the last build this way until it has
     *        written the new one, instead of linking its thousands of files one by one. They are moved once
     *        the old site is out of sight, and back into it when the commit fails.
     */
    public void commit(boolean deleteOldLater, java.util.Collection<String> carry) throws BuildFailure {
        String prefix = "." + output.getFileName() + ".old-";
        Path old = output.resolveSibling(prefix + ProcessHandle.current().pid() + "-" + SWAPS.incrementAndGet());
        try {
            if (Files.exists(output)) Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            abort();
            throw BuildFailure.of(output.toString(), "cannot replace the output directory: " + describe(e));
        }
        List<String> carried = new java.util.ArrayList<>();
        try {
            for (String dir : carry) {
                if (!Files.isDirectory(old.resolve(dir)) || Files.exists(staging.resolve(dir))) continue;
                Files.createDirectories(staging.resolve(dir).getParent());
                Files.move(old.resolve(dir), staging.resolve(dir), StandardCopyOption.ATOMIC_MOVE);
                carried.add(dir);
            }
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
            carryBack(carried, old);
            try {
                if (Files.exists(old)) Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // the previous site stays in the .old directory; say so below
            }
            abort();
            throw BuildFailure.of(output.toString(), "cannot move the new site into place: " + describe(e));
        }
        if (!deleteOldLater) {
            deleteTree(old);
        } else {
            Thread t = new Thread(() -> deleteTree(old), "planpress-delete-old-site");
            t.setDaemon(true);
            t.start();
        }
        deleteLeftovers(prefix);
    }

    /** Moves carried directories back from the staging directory into the old {@code site} (best effort). */
    private void carryBack(List<String> carried, Path site) {
        for (String dir : carried) {
            try {
                Files.move(staging.resolve(dir), site.resolve(dir), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // left in the staging directory, which is then deleted: the next build writes it again
            }
        }
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
                deleteTree(p);
            }
        } catch (IOException | RuntimeException e) {
            // only housekeeping
        }
    }

    /** Removes the staging directory after a failed build; the output is untouched. */
    public void abort() {
        deleteTree(staging);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof java.nio.file.NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + ": " + f.getFile();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Deletes a directory tree, ignoring what cannot be deleted. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
