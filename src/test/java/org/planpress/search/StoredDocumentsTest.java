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
 * The stored documents as a store step of one plan's files: what it writes is what the whole index writes, and a
 * second run after an edit, a plan added or a plan grown makes only that plan's files, yet writes the same files
 * as a clean run.
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

    /** The site's plans, plan {@code editedPlan} with {@code editedCount} documents and other words; with an extra plan after plan {@code addedAfter} (-1: none). */
    static Site site(int editedPlan, int editedCount, int addedAfter) {
        List<Plan> plans = new ArrayList<>();
        List<List<SearchDoc>> docs = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            plans.add(new Plan("p" + p, "Plan " + p, null, null, null, "en", null, null, null, null));
            boolean edited = p == editedPlan;
            docs.add(docs(p, edited ? editedCount : 7 + p % 40, edited ? "edited" : "safety"));
            if (p == addedAfter) {
                plans.add(new Plan("p" + p + "-added", "Plan added", null, null, null, "en", null, null, null, null));
                docs.add(docs(p, 21, "added"));
            }
        }
        return new Site(plans, docs);
    }

    static Site site(int editedPlan, int editedCount) {
        return site(editedPlan, editedCount, -1);
    }

    /** Runs the step through {@code store} into a new folder; returns its d/ files by name, and how many plans' files it made. */
    static Map.Entry<Map<String, String>, Integer> run(Store store, Site s) throws Exception {
        Path out = Files.createTempDirectory("pp-docs");
        StoredDocuments step = new StoredDocuments(out, s.plans(), s.planDocs(), s.keys());
        Store.Results<Void> r = store.each(step, step.plans(), 2, step::place);
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
    void aRebuildMakesThePlansAnEditChangesAndWritesWhatACleanRunWrites() throws Exception {
        Store store = Store.at(Files.createTempDirectory("pp-store"));
        Site before = site(-1, 0);
        var first = run(store, before);
        assertEquals(whole(before), first.getKey());
        assertEquals(PLANS, first.getValue(), "a first run makes every plan's files");

        var unchanged = run(store, before);
        assertEquals(first.getKey(), unchanged.getKey());
        assertEquals(0, unchanged.getValue(), "nothing changed, nothing made");

        // plan 40's text changes, its number of documents does not
        Site sameCount = site(40, 7 + 40 % 40);
        var edited = run(store, sameCount);
        assertEquals(whole(sameCount), edited.getKey());
        assertEquals(1, edited.getValue(), "only the edited plan's files");

        // plan 40 gets more documents, so every file after its own is numbered anew: they are linked, not made
        Site more = site(40, 30);
        var grown = run(store, more);
        assertEquals(whole(more), grown.getKey());
        assertEquals(1, grown.getValue(), "only the grown plan's files");
        assertTrue(grown.getKey().size() > first.getKey().size(), "the grown plan has more files");

        // a plan added in the middle: its files are made, the others' moved
        Site added = site(-1, 0, 44);
        var withAdded = run(store, added);
        assertEquals(whole(added), withAdded.getKey());
        assertEquals(1, withAdded.getValue(), "only the added plan's files");
    }

    @Test
    void aPlansDocumentsStartAFileOfTheirOwnAndTheNumbersLeftOverAreUnused() {
        int[] first = SearchIndex.firstDocs(List.of(3, 16, 17, 0, 1));
        assertEquals(List.of(0, 16, 32, 64, 64, 80), java.util.Arrays.stream(first).boxed().toList());
    }
}
