package org.planpress.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A content-addressed store of build results, kept beside the output (never inside the published site):
 * files filed under the digest of everything they were made from, so a later build that would make them from
 * the same inputs takes them instead. Keys are digests, so an entry is right for whichever build finds it.
 * An entry is written whole or not at all, and one whose files do not match its record (truncated, edited,
 * half-written) is ignored, as is a store of another format. The store only saves work: where it cannot be
 * written (a read-only or full disk), builds go on without it.
 */
public final class Store {
    /** Bump when the layout of the store changes: a store of another format is not read. */
    static final String FORMAT = "store-1";
    private static final String RECORD = ".entry";

    private final Path root;

    private Store(Path root) {
        this.root = root;
    }

    /** The store of builds into {@code output}: {@code <output's parent>/.planpress/cache/}. */
    public static Store beside(Path output) {
        Path parent = output.toAbsolutePath().normalize().getParent();
        return new Store(parent.resolve(".planpress").resolve("cache").resolve(FORMAT));
    }

    /** A store at {@code root} (tests). */
    public static Store at(Path root) {
        return new Store(root.resolve(FORMAT));
    }

    /** The digest of {@code parts} in order, each framed by its length: the key of what was made from them. */
    public static String key(byte[]... parts) {
        MessageDigest md = sha256();
        for (byte[] p : parts) {
            md.update(String.valueOf(p.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) 0);
            md.update(p);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Like {@link #key(byte[]...)}, for text. */
    public static String key(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        return key(bytes);
    }

    /**
     * The contents of entry {@code key} of {@code kind} by file name, or null when there is no such entry or it
     * does not match its record (each file is read once and checked in memory).
     */
    public Map<String, byte[]> read(String kind, String key) {
        Path dir = entry(kind, key);
        Path record = dir.resolve(RECORD);
        if (!Files.isRegularFile(record)) return null;
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || f[0].contains("/") || f[0].contains("\\") || f[0].startsWith(".")) return null;
                byte[] bytes = Files.readAllBytes(dir.resolve(f[0]));
                if (!f[1].equals(key(bytes))) return null;
                files.put(f[0], bytes);
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Like {@link #read}, but the entry's files themselves (checked like that), for copying. */
    public Map<String, Path> get(String kind, String key) {
        Map<String, byte[]> files = read(kind, key);
        if (files == null) return null;
        Map<String, Path> paths = new LinkedHashMap<>();
        for (String name : files.keySet()) paths.put(name, entry(kind, key).resolve(name));
        return paths;
    }

    /** Files entry {@code key} of {@code kind} with {@code files} (name to contents), as {@link #put} does. */
    public void write(String kind, String key, Map<String, byte[]> files) {
        file(kind, key, files, Map.of());
    }

    /**
     * Files entry {@code key} of {@code kind} with copies of {@code files} (name to file, modification times kept),
     * replacing any; does nothing when the store cannot be written.
     */
    public void put(String kind, String key, Map<String, Path> files) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, FileTime> times = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Path> f : files.entrySet()) {
                contents.put(f.getKey(), Files.readAllBytes(f.getValue()));
                times.put(f.getKey(), Files.getLastModifiedTime(f.getValue()));
            }
        } catch (IOException e) {
            return; // not kept: the next build makes it again
        }
        file(kind, key, contents, times);
    }

    /** Writes an entry whole into a temporary directory, then renames it into place. */
    private void file(String kind, String key, Map<String, byte[]> files, Map<String, FileTime> times) {
        try {
            Path dir = entry(kind, key);
            Files.createDirectories(dir.getParent());
            Path tmp = Files.createTempDirectory(dir.getParent(), "." + key + ".");
            try {
                StringBuilder record = new StringBuilder();
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path file = Files.write(tmp.resolve(f.getKey()), f.getValue());
                    if (times.containsKey(f.getKey())) Files.setLastModifiedTime(file, times.get(f.getKey()));
                    record.append(f.getKey()).append('\t').append(key(f.getValue())).append('\n');
                }
                Files.writeString(tmp.resolve(RECORD), record, StandardCharsets.UTF_8);
                swapIn(tmp, dir);
            } finally {
                delete(tmp);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // not kept: the next build makes it again
        }
    }

    /** Puts a complete entry directory in place of {@code dir}. */
    private static void swapIn(Path tmp, Path dir) throws IOException {
        delete(dir);
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir);
        }
    }

    /** Whether the store holds no entry of {@code kind} (a first build). */
    public boolean isEmpty(String kind) {
        try (Stream<Path> s = Files.list(root.resolve(kind))) {
            return s.findAny().isEmpty();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Deletes the entries of {@code kind} whose keys are not in {@code keep} (what the last build did not use). */
    public void retain(String kind, Set<String> keep) {
        Path dir = root.resolve(kind);
        if (!Files.isDirectory(dir)) return;
        List<Path> gone = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> !keep.contains(p.getFileName().toString())).forEach(gone::add);
        } catch (IOException e) {
            return; // pruning is housekeeping
        }
        for (Path p : gone) delete(p);
    }

    private Path entry(String kind, String key) {
        if (!key.matches("[0-9a-f]{16,128}")) throw new IllegalArgumentException("not a digest: " + key);
        return root.resolve(kind).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException e) {
            // left for the next prune
        }
    }
}
