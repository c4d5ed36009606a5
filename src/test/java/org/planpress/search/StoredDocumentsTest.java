package org.planpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planpress.model.Plan;
import org.planpress.store.Store;

/**
 * The stored documents as a store step, over several batches: what it writes is what the whole index writes, and
 * a second run after an edit makes only the batches the edit changed, yet writes the same files as a clean run.
 */
class StoredDocumentsTest {
    static final int PLANS = 90;

    /** Plan {@code p}'s documents: {@code n} of them, {@code word} in their text. */
    static List<SearchDoc> docs(int p, int n, String word) {
        List<SearchDoc> out = new ArrayList<>();
        out.add(new SearchDoc(SearchDoc.Kind.PLAN, 0, "", "Plan " + p, "Office " + p, "intro " + word, ""));
        for (int s = 1; s < n; s++) {
            out.add(new SearchDoc(s % 3 == 0 ? SearchDoc.Kind.PERSON : SearchDoc.Kind.SECTION, 0, "s" + s, "Section " + s,
                    "", "text of section " + s + " of plan " + p + " " + word, "Plan " + p));
        }
        return out;
    }

    record Site(List<Plan> plans, List<List<SearchDoc>> docs) {
        List<String> keys() {
            return docs.stream().map(d -> Store.key(d.toString())).toList();
        }

        List<PlanDocs> planDocs() {
            return docs.stream().map(PlanDocs::of).toList();
        }

        List<SearchDoc> all() {
            List<SearchDoc> out = new ArrayList<>();
            for (int p = 0; p < docs.size(); p++) out.addAll(PlanDocs.of(docs.get(p)).of(p));
            return out;
        }
    }

    static Site site(int editedPlan, int editedCount) {
        List<Plan> plans = new ArrayList<>();
        List<List<SearchDoc>> docs = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            plans.add(new Plan("p" + p, "Plan " + p, null, null, null, "en", null, null, null, null));
            boolean edited = p == editedPlan;
            docs.add(docs(p, edited ? editedCount : 7 + p % 40, edited ? "edited" : "safety"));
        }
        return new Site(plans, docs);
    }

    /** Runs the step through {@code store} into a new folder; returns its d/ files by name, and how many batches it made. */
    static Map.Entry<Map<String, String>, Integer> run(Store store, Site s) throws Exception {
        Path out = Files.createTempDirectory("pp-docs");
        StoredDocuments step = new StoredDocuments(out, s.plans(), s.planDocs(), s.keys());
        assertTrue(step.batches().size() >= 3, "several batches: " + step.batches().size());
        Store.Results<Void> r = store.each(step, step.batches(), 2, step::place);
        return Map.entry(files(out.resolve("search/d")), r.made());
    }

    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.readString(p));
        }
        return out;
    }

    /** What the whole index writes for {@code s}: its stored documents. */
    static Map<String, String> whole(Site s) throws Exception {
        Path site = Files.createTempDirectory("pp-whole");
        Path stemmer = site.resolve(SearchIndex.STEMMER);
        Files.createDirectories(stemmer.getParent());
        Files.copy(Path.of("assets").resolve(SearchIndex.STEMMER), stemmer);
        SearchIndex.write(site, s.plans(), s.all(), System.nanoTime());
        return files(site.resolve("search/d"));
    }

    @Test
    void aRebuildMakesTheBatchesAnEditChangesAndWritesWhatACleanRunWrites() throws Exception {
        Store store = Store.at(Files.createTempDirectory("pp-store"));
        Site before = site(-1, 0);
        var first = run(store, before);
        assertEquals(whole(before), first.getKey());
        int batches = new StoredDocuments(Path.of("x"), before.plans(), before.planDocs(), before.keys()).batches().size();
        assertEquals(batches, first.getValue(), "a first run makes every batch");

        var unchanged = run(store, before);
        assertEquals(first.getKey(), unchanged.getKey());
        assertEquals(0, unchanged.getValue(), "nothing changed, nothing made");

        // plan 40's text changes, its number of documents does not: one batch (two if it straddles their border)
        Site sameCount = site(40, 7 + 40 % 40);
        var edited = run(store, sameCount);
        assertEquals(whole(sameCount), edited.getKey());
        assertTrue(edited.getValue() >= 1 && edited.getValue() <= 2, "batches made: " + edited.getValue());

        // plan 40 gets more documents: every document after it moves, so its batch and every later one are made
        Site more = site(40, 30);
        var grown = run(store, more);
        assertEquals(whole(more), grown.getKey());
        assertTrue(grown.getValue() >= 2 && grown.getValue() < batches + 1, "batches made: " + grown.getValue());

        // the last plan edited: only the last batch
        Site last = site(PLANS - 1, 7 + (PLANS - 1) % 40);
        var atEnd = run(store, last);
        assertEquals(whole(last), atEnd.getKey());
        assertEquals(1, atEnd.getValue(), "only the last batch");
    }
}
