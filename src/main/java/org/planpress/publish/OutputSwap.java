package org.planpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

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

    /** Replaces the output with the staging directory: rename the old away, rename the new in, delete the old. */
    public void commit() throws BuildFailure {
        Path old = output.resolveSibling("." + output.getFileName() + ".old-" + ProcessHandle.current().pid());
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
        deleteTree(old);
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
