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
public final class StoredDocuments implements Step<Integer, Map<String, Path>> {
    /** Files of stored documents filed together. */
    public static final int FILES_PER_BATCH = 64;
    private static final String FORMAT = "documents-1/" + SearchIndex.CHUNK + "/" + SearchIndex.STORED_TEXT + "/" + FILES_PER_BATCH;
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

    /** The bytes of the files made and placed so far. */
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
    public Map<String, Path> make(Integer batch) throws IOException {
        int from = batch * FILES_PER_BATCH * SearchIndex.CHUNK;
        int to = Math.min(first[docs.size()], from + FILES_PER_BATCH * SearchIndex.CHUNK);
        List<SearchDoc> all = new ArrayList<>();
        for (int p : plansIn(batch)) {
            List<SearchDoc> own = docs.get(p).of(p);
            all.addAll(own.subList(Math.max(0, from - first[p]), Math.min(own.size(), to - first[p])));
        }
        Files.createDirectories(dir);
        Map<String, Path> made = new LinkedHashMap<>();
        for (int at = 0; at < all.size(); at += SearchIndex.CHUNK) {
            int c = (from + at) / SearchIndex.CHUNK;
            Path file = dir.resolve(c + ".js");
            bytes.addAndGet(SearchIndex.writeData(file, "d/" + c, SearchIndex.chunkJson(all.subList(at, Math.min(all.size(), at + SearchIndex.CHUNK)), plans)));
            made.put(c + ".js", file);
        }
        return made;
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

    @Override
    public Map<String, byte[]> encode(Map<String, Path> made) {
        return Map.of("files", String.valueOf(made.size()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, Path> files(Map<String, Path> made) {
        return made;
    }

    @Override
    public Map<String, Path> decode(Store.Entry e) {
        byte[] n = e.parts().get("files");
        return n != null && String.valueOf(e.files().size()).equals(new String(n, StandardCharsets.UTF_8)) ? e.files() : null;
    }

    /** Puts a batch taken from the store into the site (one made now is there already). */
    public void place(int batch, Map<String, Path> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            if (target.equals(f.getValue())) continue;
            Store.link(f.getValue(), target);
            bytes.addAndGet(Files.size(target));
        }
    }
}
