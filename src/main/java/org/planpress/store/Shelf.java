package org.planpress.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.planpress.internal.Trees;

/**
 * The entries of one kind on disk: their bytes one after another in a few pack files ({@code pack-<id>}), and an
 * index ({@code index}: a line per entry, its key, pack, offset and length) saying where each is. A build appends
 * the entries it makes to a pack of its own and saves the index when a stage is done; a build that prunes also
 * drops the entries it did not use and rewrites the packs that became mostly unused.
 *
 * <p>Packs rather than a file per entry: creating a file costs this machine's ext4 far more than writing to one
 * (inode allocation among freshly deleted inodes: a fifth of a cold build's samples under {@code perf} here), and a
 * cold build filed four to five entries a plan. A cold 1,000-plan build, four alternating pairs against a file
 * per entry: 16.6-18.1 s against 16.1-22.3 s (medians 17.3 and 20.2 s), system time 4.6-5.9 s against 3.4-9.5 s,
 * 3,086 files in the store instead of 9,130 (most of them now the hard links of pages and search documents).
 *
 * <p>An entry is found only through the index and checked against its record (its key is in its header, each
 * part has a CRC-32), so a torn pack, a stale or truncated index or a pack of another build cannot hand out
 * wrong bytes: the entry is made again. Packs are appended to and never written in place, so a {@link Store.Slice}
 * into one stays right until a prune rewrites or deletes that pack.
 */
final class Shelf {
    private static final String INDEX = "index";
    private static final String INDEX_HEADER = "planpress-store-index";
    /** A pack no index names (a build stopped before it saved one) is deleted once it is this old. */
    private static final long ORPHAN_AGE_MS = 3_600_000;
    /** More packs than this and the small ones are merged at the next prune. */
    private static final int MAX_PACKS = 8;

    /** Where an entry is: its pack (a file name in the kind's folder), offset and length; an empty entry has no pack. */
    record Loc(String pack, long offset, int length) {
    }

    private final Path dir;
    private final Map<String, Loc> locs = new ConcurrentHashMap<>();
    private final Map<String, FileChannel> readers = new ConcurrentHashMap<>();
    /** The packs an index this shelf read or saved named (those it may delete once unused). */
    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;
    /** The pack this shelf appends to (null until it files an entry), and where its next entry goes. */
    private Path pack;
    private FileChannel out;
    private long end;
    /** Whether the kind's folder is known to be there. */
    private volatile boolean made;

    private Shelf(Path dir) {
        this.dir = dir;
    }

    /** The kind in folder {@code dir}, its index read (none, or one that cannot be read: an empty kind). */
    static Shelf open(Path dir) {
        Shelf s = new Shelf(dir);
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(INDEX), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return s;
        }
        if (lines.isEmpty() || !lines.get(0).equals(INDEX_HEADER)) return s;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) continue; // cut short: whatever it named is made again
            try {
                s.locs.put(f[0], new Loc(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3])));
                if (!f[1].isEmpty()) s.named.add(f[1]);
            } catch (NumberFormatException e) {
                // as above
            }
        }
        return s;
    }

    /** The kind's folder, made if it is not there yet (once: entries are filed thousands at a time). */
    Path folder() throws IOException {
        if (!made) {
            Files.createDirectories(dir);
            made = true;
        }
        return dir;
    }

    /** The keys of the entries filed. */
    Set<String> keys() {
        return locs.keySet();
    }

    boolean isEmpty() {
        return locs.isEmpty();
    }

    /** Entry {@code key}'s bytes, with the pack they are in; null when there is no such entry or it cannot be read. */
    Filed get(String key) {
        Loc loc = locs.get(key);
        if (loc == null) return null;
        if (loc.pack().isEmpty()) return new Filed(null, 0, new byte[0]);
        try {
            FileChannel ch = readers.computeIfAbsent(loc.pack(), p -> {
                try {
                    return FileChannel.open(dir.resolve(p), StandardOpenOption.READ);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ByteBuffer b = ByteBuffer.allocate(loc.length());
            while (b.hasRemaining()) {
                if (ch.read(b, loc.offset() + b.position()) < 0) throw new EOFException();
            }
            return new Filed(dir.resolve(loc.pack()), loc.offset(), b.array());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An entry's bytes and where they are: {@code pack} (null for an empty entry) at {@code offset}. */
    record Filed(Path pack, long offset, byte[] bytes) {
    }

    /** Files {@code bytes} as entry {@code key}, replacing any; returns where they went (see {@link #get}). */
    Filed put(String key, byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            locs.put(key, new Loc("", 0, 0));
            changed = true;
            return new Filed(null, 0, bytes);
        }
        FileChannel ch;
        Path p;
        long at;
        synchronized (this) {
            if (out == null) {
                pack = folder().resolve("pack-" + Long.toString(System.currentTimeMillis(), 36) + "-"
                        + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16));
                out = FileChannel.open(pack, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                end = 0;
            }
            ch = out;
            p = pack;
            at = end; // the writes themselves go on side by side
            end += bytes.length;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) ch.write(b, at + b.position());
        locs.put(key, new Loc(p.getFileName().toString(), at, bytes.length));
        changed = true;
        return new Filed(p, at, bytes);
    }

    /** Saves the index when entries were filed since it was read or saved (written whole, then renamed into place). */
    synchronized void save() {
        if (!changed) return;
        changed = false;
        StringBuilder sb = new StringBuilder(INDEX_HEADER).append('\n');
        for (Map.Entry<String, Loc> e : locs.entrySet()) {
            Loc l = e.getValue();
            sb.append(e.getKey()).append('\t').append(l.pack()).append('\t').append(l.offset()).append('\t').append(l.length()).append('\n');
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder(), ".index.", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, dir.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            changed = true; // tried again when the next stage is done
            Trees.delete(tmp);
        }
    }

    /**
     * Keeps the entries {@code keep} names and deletes the rest: their kept files ({@code <key>-<n>}), the packs no
     * entry is in any more, and, rewriting their entries into a new pack first, the packs mostly unused (and, beyond
     * {@value #MAX_PACKS} packs, all but the largest). Returns whether a pack was rewritten (what was read from it
     * must be read again). Closes the pack it appended to: the next build starts its own.
     */
    synchronized boolean retain(Set<String> keep) {
        made = false; // looked at again by the next build (someone may delete the store between two)
        if (locs.keySet().retainAll(keep)) changed = true;
        closeOut();
        Map<String, Long> live = new HashMap<>();
        for (Loc l : locs.values()) if (!l.pack().isEmpty()) live.merge(l.pack(), (long) l.length(), Long::sum);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        } catch (IOException e) {
            save();
            return false;
        }
        Map<String, Long> size = new HashMap<>();
        long now = System.currentTimeMillis();
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (n.startsWith("pack-")) {
                try {
                    size.put(n, Files.size(f));
                    if (!live.containsKey(n) && now - Files.getLastModifiedTime(f).toMillis() > ORPHAN_AGE_MS) dropPack(n);
                } catch (IOException e) {
                    // gone already
                }
            } else if (n.startsWith(".index.")) {
                try {
                    if (now - Files.getLastModifiedTime(f).toMillis() > ORPHAN_AGE_MS) Trees.delete(f); // a save cut short
                } catch (IOException e) {
                    // gone already
                }
            } else if (n.indexOf('-') > 0 && !keep.contains(n.substring(0, n.indexOf('-')))) {
                Trees.delete(f); // an unused entry's kept file
            }
        }
        // an index's packs that no entry is in any more (the unnamed ones wait, see ORPHAN_AGE_MS)
        for (String n : new ArrayList<>(size.keySet())) {
            if (!live.containsKey(n) && named.contains(n)) {
                dropPack(n);
                size.remove(n);
            }
        }
        String largest = live.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Set<String> rewrite = new java.util.HashSet<>();
        for (Map.Entry<String, Long> e : live.entrySet()) {
            Long total = size.get(e.getKey());
            if (total != null && e.getValue() * 2 < total) rewrite.add(e.getKey());
            else if (live.size() > MAX_PACKS && !e.getKey().equals(largest)) rewrite.add(e.getKey());
        }
        boolean rewritten = !rewrite.isEmpty() && rewrite(rewrite);
        save();
        return rewritten;
    }

    /**
     * Copies the entries in {@code packs} into a new pack, then deletes those packs; false (the packs kept) when it
     * could not. An entry that cannot be read any more is dropped: it is made again when needed.
     */
    private boolean rewrite(Set<String> packs) {
        List<String> moving = locs.entrySet().stream().filter(e -> packs.contains(e.getValue().pack()))
                .map(Map.Entry::getKey).toList();
        try {
            for (String key : moving) {
                Filed f = get(key);
                if (f == null) locs.remove(key);
                else put(key, f.bytes());
            }
        } catch (IOException e) {
            closeOut();
            return false; // the entries not moved yet are still where they were
        }
        closeOut();
        for (String p : packs) dropPack(p);
        return true;
    }

    private void dropPack(String n) {
        FileChannel r = readers.remove(n);
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                // deleted anyway
            }
        }
        Trees.delete(dir.resolve(n));
    }

    private void closeOut() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            // its entries were written; a pack cut short is caught by their checks
        }
        named.add(pack.getFileName().toString());
        out = null;
        pack = null;
    }

    /** Closes the packs it reads. */
    void closeReaders() {
        for (String n : new ArrayList<>(readers.keySet())) {
            FileChannel r = readers.remove(n);
            try {
                if (r != null) r.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }
}
