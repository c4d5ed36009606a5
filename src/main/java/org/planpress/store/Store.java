package org.planpress.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.planpress.internal.Trees;
import org.planpress.internal.Workers;

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
    static final String FORMAT = "store-6"; // 2: MurmurHash3 keys; 3: an entry is one file; 4: files kept by a link; 5: parts read when needed; 6: packs
    private static final String HEADER = "planpress-store-entry";

    private final Path root;
    /** A serve session's results of its last build, by kind and key; null in a one-off build. */
    private final Map<String, Map<String, Object>> memory;
    /** The keys each kind's steps used since the last {@link #prune}. */
    private final Map<String, Set<String>> used = new ConcurrentHashMap<>();
    /** Each kind's entries on disk, read when the kind is first used. */
    private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();

    private Store(Path root, boolean inMemory) {
        this.root = root;
        this.memory = inMemory ? new ConcurrentHashMap<>() : null;
    }

    /** The store of builds into {@code output}: {@code <output's parent>/.planpress/cache/}. */
    public static Store beside(Path output) {
        return new Store(besideRoot(output), false);
    }

    /**
     * The store of a serve session building into {@code output}: the same files as {@link #beside}, and the
     * results of the last build kept in memory too, so a rebuild does not read them back.
     */
    public static Store session(Path output) {
        return new Store(besideRoot(output), true);
    }

    private static Path besideRoot(Path output) {
        Path parent = output.toAbsolutePath().normalize().getParent();
        return parent.resolve(".planpress").resolve("cache").resolve(FORMAT);
    }

    /** A store that keeps nothing (a {@code check}, which writes nothing). */
    public static Store none() {
        return new Store(null, false);
    }

    /** A store at {@code root} (tests). */
    public static Store at(Path root) {
        return new Store(root.resolve(FORMAT), false);
    }

    /**
     * What {@link #each} returns: the results in the items' order, their keys, and how many were made rather
     * than found.
     */
    public record Results<O>(List<O> values, List<String> keys, int made) {
    }

    /** Receives each result as it is ready, on a worker thread, with its item's number. */
    @FunctionalInterface
    public interface Sink<O> {
        void accept(int item, O result) throws IOException;
    }

    /**
     * Runs {@code step} for each of {@code items} on at most {@code threads} threads: a result filed before
     * under the same key is taken, the others are made and filed. The results are in the items' order.
     */
    public <I, O> Results<O> each(Step<I, O> step, List<I> items, int threads) throws IOException {
        List<O> out = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
        Results<Void> r = each(step, items, threads, (i, o) -> {
            synchronized (out) {
                out.set(i, o);
            }
        });
        return new Results<>(out, r.keys(), r.made());
    }

    /**
     * Like {@link #each(Step, List, int)}, handing each result to {@code sink} as soon as it is ready instead of
     * keeping them all: a stage whose results are large (pages, PDFs) writes each one and lets it go.
     */
    public <I, O> Results<Void> each(Step<I, O> step, List<I> items, int threads, Sink<O> sink) throws IOException {
        Set<String> keys = used.computeIfAbsent(step.kind(), k -> ConcurrentHashMap.newKeySet());
        Map<String, Object> mem = memory == null || !step.inMemory() ? null
                : memory.computeIfAbsent(step.kind(), k -> new ConcurrentHashMap<>());
        AtomicInteger made = new AtomicInteger();
        List<String> itemKeys = Workers.map(items, threads, step::key);
        keys.addAll(itemKeys);
        Set<String> onDisk = root == null ? Set.of() : Set.copyOf(shelf(step.kind()).keys());
        try {
            Workers.forEach(toMakeFirst(onDisk, itemKeys, mem), threads,
                    i -> sink.accept(i, result(step, items.get(i), itemKeys.get(i), mem, onDisk, made)));
        } finally {
            if (root != null) shelf(step.kind()).save(); // what was made is kept even when the build fails later
        }
        return new Results<>(List.of(), itemKeys, made.get());
    }

    /**
     * The items' numbers, those with nothing filed under their key first: what has to be made (a plan's
     * conversion waits for JRuby to start, 2-3 s) is then under way while the other thread reads what was filed,
     * wherever the changed item is in the list (a plan added in the middle of 10,000 waited for 5,000 reads).
     */
    private List<Integer> toMakeFirst(Set<String> onDisk, List<String> itemKeys, Map<String, Object> mem) {
        List<Integer> missing = new ArrayList<>();
        List<Integer> filed = new ArrayList<>(itemKeys.size());
        for (int i = 0; i < itemKeys.size(); i++) {
            String key = itemKeys.get(i);
            boolean kept = (mem != null && mem.containsKey(key)) || onDisk.contains(key);
            (kept ? filed : missing).add(i);
        }
        missing.addAll(filed);
        return missing;
    }

    private Shelf shelf(String kind) {
        return shelves.computeIfAbsent(kind, k -> Shelf.open(root.resolve(k)));
    }

    /** One item's result: from memory, from the files, or made (and filed). */
    private <I, O> O result(Step<I, O> step, I in, String key, Map<String, Object> mem, Set<String> onDisk,
            AtomicInteger made) throws IOException {
        if (mem != null) {
            @SuppressWarnings("unchecked")
            O kept = (O) mem.get(key);
            if (kept != null) return kept;
        }
        if (step.passOnly()) return passed(step, in, key, onDisk, made);
        Entry entry = read(step.kind(), key);
        O o = entry == null ? null : step.decode(entry);
        if (o == null) {
            o = step.make(in);
            made.incrementAndGet();
            if (o != null && step.keep(o)) {
                Map<String, Slice> apart = write(step.kind(), key, step.encode(o), step.files(o), step::apart);
                if (apart != null && !apart.isEmpty()) o = step.filed(o, apart); // its large parts on disk now
            }
        }
        if (mem != null && o != null && step.keep(o)) mem.put(key, o);
        return o;
    }

    /** A {@link Step#passOnly} step's result: passed when its empty entry is there, else made (and marked when kept). */
    private <I, O> O passed(Step<I, O> step, I in, String key, Set<String> onDisk, AtomicInteger made) throws IOException {
        O o = onDisk.contains(key) ? step.decode(EMPTY) : null;
        if (o != null) return o;
        o = step.make(in);
        made.incrementAndGet();
        if (o != null && step.keep(o) && root != null) {
            checkKey(key);
            shelf(step.kind()).put(key, new byte[0]); // an index line, no bytes
        }
        return o;
    }

    private static final Entry EMPTY = new Entry(Map.of(), Map.of(), Map.of());

    /**
     * Deletes, for each kind used since the last prune, the entries its steps did not use (on disk and in
     * memory): called after a successful build, so the store holds what that build was made of.
     */
    public void prune() {
        for (Map.Entry<String, Set<String>> e : used.entrySet()) {
            boolean rewritten = retainKeys(e.getKey(), e.getValue());
            Map<String, Object> mem = memory == null ? null : memory.get(e.getKey());
            // results kept in memory may point into a pack rewritten now: they are read again
            if (mem != null) {
                if (rewritten) mem.clear();
                else mem.keySet().retainAll(e.getValue());
            }
        }
        used.clear();
        if (root == null) return;
        for (Shelf s : shelves.values()) s.closeReaders();
        // a store of an earlier PlanPress beside this one is never read again
        try (Stream<Path> formats = Files.list(root.getParent())) {
            for (Path f : formats.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith("store-") && !n.equals(FORMAT) && Files.isDirectory(f)) Trees.delete(f);
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping
        }
        try {
            // written, not given a time: the file system's clock (which may run a few milliseconds behind the
            // JVM's) then dates the mark as it dates the files edited after it
            Files.writeString(root.resolve(BUILT), "the last build finished at this file's time\n");
        } catch (IOException e) {
            // housekeeping: without the mark, the next build only guesses worse when JRuby is needed
        }
    }

    /**
     * When a build last finished with this store (the time of its {@link #prune}), in milliseconds; 0 when none
     * did or it is not known. Not part of any key: only a hint of whether anything changed since.
     */
    public long builtAt() {
        if (root == null) return 0;
        try {
            return Files.getLastModifiedTime(root.resolve(BUILT)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The file marking the last finished build (see {@link #builtAt}); not a kind's folder. */
    private static final String BUILT = "built";

    /**
     * PlanPress's own code, a part of every key: the digest of the jar it runs from (by size and time), or of
     * each class file of a class folder (tests). Worked out once: the code does not change while it runs.
     */
    public static String codeVersion() throws IOException {
        String v = codeVersion;
        if (v == null) codeVersion = v = digestOfCode();
        return v;
    }

    private static volatile String codeVersion;

    private static String digestOfCode() throws IOException {
        var code = Store.class.getProtectionDomain().getCodeSource();
        if (code == null) return "unknown";
        Path self;
        try {
            self = Path.of(code.getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return code.getLocation().toString();
        }
        List<Path> files;
        if (Files.isDirectory(self)) {
            try (Stream<Path> s = Files.walk(self)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(self);
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : files) {
            sb.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        }
        return key(sb.toString());
    }

    /**
     * The digest of {@code parts} in order, each framed by its length: the key of what was made from them. A
     * 128-bit MurmurHash3 (commons-codec), not SHA-256: in the launcher's JVM (C1 only, no SHA intrinsic)
     * SHA-256 hashed 155 MB/s here and took half of a 10,000-plan rebuild (1,071 of 2,172 profile samples);
     * MurmurHash3 hashes 1.5 GB/s. The keys guard against stale work, not against an
     * attacker: whoever could make two inputs collide could write either input directly.
     */
    public static String key(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += 4 + p.length;
        java.nio.ByteBuffer all = java.nio.ByteBuffer.allocate(n);
        for (byte[] p : parts) all.putInt(p.length).put(p);
        long[] h = org.apache.commons.codec.digest.MurmurHash3.hash128x64(all.array());
        return String.format("%016x%016x", h[0], h[1]);
    }

    /** Like {@link #key(byte[]...)}, for text. */
    public static String key(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        return key(bytes);
    }

    /**
     * An entry as filed: its parts by name, its files by name (paths to the store's own links to them), and the
     * parts kept apart (see {@link Step#apart}), by name: where they are in the store's files.
     */
    public record Entry(Map<String, byte[]> parts, Map<String, Path> files, Map<String, Slice> apart) {
    }

    /**
     * A part of an entry left in the store's files, to be read when needed ({@link #bytes}): large text a later
     * stage reads once, if at all. Packs are never written in place, so a slice stays right until a prune drops
     * its entry or rewrites its pack.
     */
    public record Slice(Path file, long offset, int length) {
        /** The part's bytes, read from the store's file. */
        public byte[] bytes() throws IOException {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(length);
                while (b.hasRemaining()) {
                    if (ch.read(b, offset + b.position()) < 0) throw new java.io.EOFException(file + ": a part is cut short");
                }
                return b.array();
            }
        }
    }

    /**
     * Entry {@code key} of {@code kind}, or null when there is no such entry or it does not match its record.
     * An entry is a header line (with its key), one line per part ({@code part} or {@code apart}, its name, length
     * and the CRC-32 of its bytes, tab-separated) and per kept file ({@code file}, its name, size and modification
     * time), an empty line, then the parts one after another, filed in one of the kind's packs (see {@link Shelf});
     * a kept file is {@code <key>-<n>} in the kind's folder. A part is checked by its CRC-32 (the JDK's, native:
     * 10,000 plans' rebuild read back 1.2 GB, and checking it with the 128-bit key hash took 14 % of that build's
     * profile samples); a kept file by its size and time, as ccache checks its hard-linked files: a file changed in
     * place on either side is not taken.
     */
    public Entry read(String kind, String key) {
        if (root == null) return null;
        checkKey(key);
        Shelf.Filed filed = shelf(kind).get(key);
        if (filed == null || filed.bytes().length == 0) return null;
        byte[] all = filed.bytes();
        Path dir = root.resolve(kind);
        try {
            int end = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII));
            if (end < 0) return null;
            String[] lines = new String(all, 0, end, StandardCharsets.UTF_8).split("\n");
            if (!lines[0].equals(HEADER + "\t" + key)) return null;
            Map<String, byte[]> parts = new LinkedHashMap<>();
            Map<String, Path> files = new LinkedHashMap<>();
            Map<String, Slice> apart = new LinkedHashMap<>();
            int at = end + 2;
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length != 4) return null;
                if (f[0].equals("file")) {
                    Path kept = keptFile(dir, key, files.size());
                    var a = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class);
                    if (a.size() != Long.parseLong(f[2]) || a.lastModifiedTime().toMillis() != Long.parseLong(f[3])) return null;
                    files.put(f[1], kept);
                    continue;
                }
                int length = Integer.parseInt(f[2]);
                if (!(f[0].equals("part") || f[0].equals("apart")) || length < 0 || at + length > all.length) return null;
                if (!f[3].equals(check(all, at, length))) return null;
                if (f[0].equals("apart")) apart.put(f[1], new Slice(filed.pack(), filed.offset() + at, length));
                else parts.put(f[1], java.util.Arrays.copyOfRange(all, at, at + length));
                at += length;
            }
            return at == all.length ? new Entry(parts, files, apart) : null;
        } catch (IOException | RuntimeException e) {
            return null; // not an entry of this shape, or a kept file gone
        }
    }

    /**
     * Files entry {@code key} of {@code kind} with {@code parts} (name to contents; names without tabs or line
     * breaks; those {@code apart} accepts left in the store's file when it is read back) and {@code files} (name
     * to a file, kept by a hard link to it, or a copy where the file system has none), replacing any: appended
     * to the kind's pack. Returns where the parts kept apart are, by name; null when the
     * store cannot be written (it does nothing then: the next build makes the entry again).
     */
    public Map<String, Slice> write(String kind, String key, Map<String, byte[]> parts, Map<String, Path> files,
            java.util.function.Predicate<String> apart) {
        if (root == null) return null;
        checkKey(key);
        Shelf shelf = shelf(kind);
        try {
            Path dir = shelf.folder();
            StringBuilder head = new StringBuilder(HEADER).append('\t').append(key).append('\n');
            int n = 0;
            for (Map.Entry<String, byte[]> f : parts.entrySet()) {
                head.append(apart.test(f.getKey()) ? "apart\t" : "part\t").append(name(f.getKey())).append('\t')
                        .append(f.getValue().length).append('\t').append(check(f.getValue(), 0, f.getValue().length)).append('\n');
                n += f.getValue().length;
            }
            int i = 0;
            for (Map.Entry<String, Path> f : files.entrySet()) {
                Path kept = keptFile(dir, key, i++);
                Files.deleteIfExists(kept);
                link(f.getValue(), kept);
                head.append("file\t").append(name(f.getKey())).append('\t').append(Files.size(kept)).append('\t')
                        .append(Files.getLastModifiedTime(kept).toMillis()).append('\n');
            }
            byte[] h = head.append('\n').toString().getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer all = java.nio.ByteBuffer.allocate(h.length + n).put(h);
            Map<String, Integer> at = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> f : parts.entrySet()) {
                if (apart.test(f.getKey())) at.put(f.getKey(), all.position());
                all.put(f.getValue());
            }
            Shelf.Filed filed = shelf.put(key, all.array());
            Map<String, Slice> keptApart = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> a : at.entrySet()) {
                keptApart.put(a.getKey(), new Slice(filed.pack(), filed.offset() + a.getValue(), parts.get(a.getKey()).length));
            }
            return keptApart;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Puts file {@code from} at {@code to} (which must not exist) as a hard link, or a copy with its time where
     * the file system has no links or they are on two: a page or PDF taken from the store costs a link, not a
     * read and a write (10,000 plans: 790 MB of pages each rebuild). Both names are one file then, so neither is
     * ever written in place: the store checks a kept file's size and time before it hands it out.
     */
    public static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static String name(String part) {
        if (part.matches(".*[\t\n].*")) throw new IllegalArgumentException("not a part name: " + part);
        return part;
    }

    private static Path keptFile(Path dir, String key, int n) {
        return dir.resolve(key + "-" + n);
    }

    private static String check(byte[] b, int from, int length) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, from, length);
        return Long.toHexString(crc.getValue());
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) if (in[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Whether the store holds no entry of {@code kind} (a first build). */
    public boolean isEmpty(String kind) {
        return root == null || shelf(kind).isEmpty();
    }

    /** Deletes the entries of {@code kind} whose keys are not in {@code keep} (what the last build did not use). */
    public void retain(String kind, Set<String> keep) {
        retainKeys(kind, keep);
    }

    /** {@link #retain}; true when a pack was rewritten, so what was read from it before must be read again. */
    private boolean retainKeys(String kind, Set<String> keep) {
        if (root == null || !Files.isDirectory(root.resolve(kind))) return false;
        return shelf(kind).retain(keep); // housekeeping: a failure leaves more than needed, never less
    }

    private static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile("[0-9a-f]{16,128}");

    private static void checkKey(String key) {
        if (!DIGEST.matcher(key).matches()) throw new IllegalArgumentException("not a digest: " + key);
    }
}
