package org.planpress.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planpress.model.Plan;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * The search index's stored documents, {@code search/d/N.js} ({@link SearchIndex#CHUNK} documents a file, each file
 * with the plans it refers to), as a store step: {@link #FILES_PER_BATCH} files at a time, keyed by the plans whose documents
 * fall in them and where. A rebuild after one edit writes again the batch holding the plan edited (and every
 * batch after it when its number of documents changed) and links the rest from the store: at 10,000 plans, 64
 * of 20,708 files, where writing them all took 1-2 s and deleting the previous ones at publishing as long again.
 */
public final class StoredDocuments implements Step<Integer, StoredDocuments.Batch> {
    /** A batch's files, by name (in the site when made now, in the store when taken from it), and their size. */
    public record Batch(Map<String, Path> files, long bytes) {
    }

    /** Files of stored documents filed together. */
    public static final int FILES_PER_BATCH = 64;
    private static final String FORMAT = "documents-2/" + SearchIndex.CHUNK + "/" + SearchIndex.STORED_TEXT + "/" + FILES_PER_BATCH;
    private final Path dir;
    private final List<Plan> plans;
    private final List<PlanDocs> docs;
    private final List<String> keys;
    /** The number of each plan's first document, and of all at the end. */
    private final int[] first;
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The stored documents of {@code plans} ({@code docs}: each one's, in order) in {@code site}; {@code keys}:
     * what each plan's documents are made from (see {@link SearchIndex.Analysis.Plan}).
     */
    public StoredDocuments(Path site, List<Plan> plans, List<PlanDocs> docs, List<String> keys) {
        this.dir = site.resolve("search/d");
        this.plans = plans;
        this.docs = docs;
        this.keys = keys;
        first = new int[docs.size() + 1];
        for (int i = 0; i < docs.size(); i++) first[i + 1] = first[i] + docs.get(i).count();
    }

    /** The batches' numbers. */
    public List<Integer> batches() {
        int files = (first[docs.size()] + SearchIndex.CHUNK - 1) / SearchIndex.CHUNK;
        return java.util.stream.IntStream.range(0, (files + FILES_PER_BATCH - 1) / FILES_PER_BATCH).boxed().toList();
    }

    /** The bytes of the files placed so far. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public String kind() {
        return "documents";
    }

    @Override
    public String key(Integer batch) {
        int from = batch * FILES_PER_BATCH * SearchIndex.CHUNK;
        List<String> parts = new ArrayList<>(List.of(FORMAT, String.valueOf(Math.min(first[docs.size()], from + FILES_PER_BATCH * SearchIndex.CHUNK) - from)));
        for (int p : plansIn(batch)) parts.add(keys.get(p) + "@" + (first[p] - from));
        return Store.key(parts.toArray(String[]::new));
    }

    @Override
    public Batch make(Integer batch) throws IOException {
        int from = batch * FILES_PER_BATCH * SearchIndex.CHUNK;
        int to = Math.min(first[docs.size()], from + FILES_PER_BATCH * SearchIndex.CHUNK);
        List<SearchDoc> all = new ArrayList<>();
        for (int p : plansIn(batch)) {
            List<SearchDoc> own = docs.get(p).of(p);
            all.addAll(own.subList(Math.max(0, from - first[p]), Math.min(own.size(), to - first[p])));
        }
        Files.createDirectories(dir);
        Map<String, Path> made = new LinkedHashMap<>();
        long size = 0;
        for (int at = 0; at < all.size(); at += SearchIndex.CHUNK) {
            int c = (from + at) / SearchIndex.CHUNK;
            Path file = dir.resolve(c + ".js");
            size += SearchIndex.writeData(file, "d/" + c, SearchIndex.chunkJson(all.subList(at, Math.min(all.size(), at + SearchIndex.CHUNK)), plans));
            made.put(c + ".js", file);
        }
        return new Batch(made, size);
    }

    /** The plans with documents in {@code batch}, in order. */
    private List<Integer> plansIn(int batch) {
        int from = batch * FILES_PER_BATCH * SearchIndex.CHUNK;
        int to = from + FILES_PER_BATCH * SearchIndex.CHUNK;
        int p = java.util.Arrays.binarySearch(first, from);
        p = p >= 0 ? p : -p - 2; // the plan holding document number from
        List<Integer> out = new ArrayList<>();
        for (; p < docs.size() && first[p] < to; p++) {
            if (first[p + 1] > from) out.add(p);
        }
        return out;
    }

    @Override
    public boolean inMemory() {
        return false; // the files are in the store; their paths are what it hands out
    }

    /** Kept with the files: how many there are and their size ("20 131072"). */
    @Override
    public Map<String, byte[]> encode(Batch b) {
        return Map.of("files", (b.files().size() + " " + b.bytes()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, Path> files(Batch b) {
        return b.files();
    }

    @Override
    public Batch decode(Store.Entry e) {
        byte[] kept = e.parts().get("files");
        if (kept == null) return null;
        String[] n = new String(kept, StandardCharsets.UTF_8).split(" ");
        try {
            return n.length == 2 && Integer.parseInt(n[0]) == e.files().size() ? new Batch(e.files(), Long.parseLong(n[1])) : null;
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /** Puts a batch into the site: one taken from the store by links to its files (one made now is there already). */
    public void place(int number, Batch b) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Path> f : b.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            if (!target.equals(f.getValue())) Store.link(f.getValue(), target);
        }
        bytes.addAndGet(b.bytes());
    }
}
