package org.planpress.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.planpress.model.Plan;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * The search index's stored documents, {@code search/d/N.js}, as a store step of one plan's files: a plan's
 * documents start a file of their own ({@link SearchIndex#firstDocs}) and the files name no number, so what a
 * plan's files hold depends on that plan alone. A rebuild after an edit writes the edited plan's files; after a
 * plan is added in the middle of the site it writes the added plan's and links every other plan's from the store
 * under their new numbers (before, every file after the added plan was written again: at 10,000 plans about
 * 10,000 files, 75 MB).
 */
public final class StoredDocuments implements Step<Integer, StoredDocuments.PlanFiles> {
    /** A plan's files, by their number among its own ("0", "1", ...; in the site when made now, in the store when taken from it), and their size. */
    public record PlanFiles(Map<String, Path> files, long bytes) {
    }

    private static final String FORMAT = "documents-3/" + SearchIndex.CHUNK + "/" + SearchIndex.STORED_TEXT;
    private final Path dir;
    private final List<Plan> plans;
    private final List<PlanDocs> docs;
    private final List<String> keys;
    /** The number of each plan's first document ({@link SearchIndex#firstDocs}). */
    private final int[] first;
    private final AtomicLong bytes = new AtomicLong();
    /** Whether the folder is known to be there (it is made once, not for each of 10,000 plans). */
    private volatile boolean folderMade;

    /**
     * The stored documents of {@code plans} ({@code docs}: each one's, in order) in {@code site}; {@code keys}:
     * what each plan's documents are made from (see {@link SearchIndex.Analysis.Plan}).
     */
    public StoredDocuments(Path site, List<Plan> plans, List<PlanDocs> docs, List<String> keys) {
        this.dir = site.resolve("search/d");
        this.plans = plans;
        this.docs = docs;
        this.keys = keys;
        first = SearchIndex.firstDocs(docs.stream().map(PlanDocs::count).toList());
    }

    /** The plans' numbers, the step's items (a plan without documents has no files). */
    public List<Integer> plans() {
        return IntStream.range(0, docs.size()).boxed().toList();
    }

    /** The bytes of the files placed so far. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public String kind() {
        return "documents";
    }

    /** A plan's files hold its documents and its page, title and language. */
    @Override
    public String key(Integer p) {
        Plan plan = plans.get(p);
        return Store.key(FORMAT, keys.get(p), plan.id(), String.valueOf(plan.title()), String.valueOf(plan.lang()));
    }

    @Override
    public PlanFiles make(Integer p) throws IOException {
        folder();
        List<byte[]> json = SearchIndex.docFiles(docs.get(p).of(p), plans);
        Map<String, Path> made = new LinkedHashMap<>();
        long size = 0;
        for (int f = 0; f < json.size(); f++) {
            Path file = dir.resolve(name(p, f));
            size += SearchIndex.writeData(file, null, json.get(f));
            made.put(String.valueOf(f), file);
        }
        return new PlanFiles(made, size);
    }

    /** The name of plan {@code p}'s file {@code f}. */
    private String name(int p, int f) {
        return SearchIndex.docFile(first[p], f);
    }

    private void folder() throws IOException {
        if (folderMade) return;
        Files.createDirectories(dir);
        folderMade = true;
    }

    @Override
    public boolean inMemory() {
        return false; // the files are in the store; their paths are what it hands out
    }

    /** Kept with the files: how many there are and their size ("2 13072"). */
    @Override
    public Map<String, byte[]> encode(PlanFiles b) {
        return Map.of("files", (b.files().size() + " " + b.bytes()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, Path> files(PlanFiles b) {
        return b.files();
    }

    @Override
    public PlanFiles decode(Store.Entry e) {
        byte[] kept = e.parts().get("files");
        if (kept == null) return null;
        String[] n = new String(kept, StandardCharsets.UTF_8).split(" ");
        try {
            if (n.length != 2 || Integer.parseInt(n[0]) != e.files().size()) return null;
            for (int f = 0; f < e.files().size(); f++) if (!e.files().containsKey(String.valueOf(f))) return null;
            return new PlanFiles(e.files(), Long.parseLong(n[1]));
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /** Puts plan {@code p}'s files into the site: those taken from the store by links (those made now are there already). */
    public void place(int p, PlanFiles b) throws IOException {
        if (!b.files().isEmpty()) folder();
        for (int f = 0; f < b.files().size(); f++) {
            Path from = b.files().get(String.valueOf(f));
            Path target = dir.resolve(name(p, f));
            if (!target.equals(from)) Store.link(from, target);
        }
        bytes.addAndGet(b.bytes());
    }
}
