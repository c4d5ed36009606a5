package org.planpress.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.link.BodyLinks;
import org.planpress.model.Plan;
import org.planpress.internal.Workers;
import org.planpress.search.PlanDocs;
import org.planpress.search.SearchDoc;
import org.planpress.search.SearchIndex;

/**
 * The write-data stage, beside the bake (it needs no baked page): the site's data files (plans.json, stages.ics)
 * and its search index, from the linked plans.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * Writes the data files, from the plans' parts of them ({@code feeds}, in {@link DataFeeds#order}), and the
     * search index. Needs no baked page, so it can run while the pages bake: {@code assets} is the folder the
     * site's assets come from.
     */
    public static void write(Path site, Path assets, BodyLinks.Linked linked, List<DataFeeds.Part> feeds,
            SearchIndex.Terms terms, Consumer<String> progress, int threads) throws IOException {
        DataFeeds.write(site, feeds);
        writeSearchIndex(site, assets, linked, terms, progress, threads);
    }

    /** The gatherer of the terms of the documents of {@link #searchDocs}, a plan at a time. */
    public static SearchIndex.Terms terms(BodyLinks.Linked linked) {
        return new SearchIndex.Terms(linked.searchDocs().stream().map(PlanDocs::count).toList());
    }

    /** Each plan's search documents with the key they are made from, for {@link SearchIndex.Analysis}. */
    public static List<SearchIndex.Analysis.Plan> searchDocs(BodyLinks.Linked linked) {
        List<SearchIndex.Analysis.Plan> out = new ArrayList<>();
        for (int i = 0; i < linked.plans().size(); i++) {
            out.add(new SearchIndex.Analysis.Plan(linked.docKeys().get(i), linked.searchDocs().get(i)));
        }
        return out;
    }

    /** Writes the search index into {@code site/search/} (replacing what is there). */
    private static void writeSearchIndex(Path site, Path assets, BodyLinks.Linked linked,
            SearchIndex.Terms terms, Consumer<String> progress, int threads) throws IOException {
        long t0 = System.nanoTime();
        List<Plan> models = new ArrayList<>();
        for (int i = 0; i < linked.plans().size(); i++) models.add(linked.plans().get(i).plan());
        // each plan's documents read back from the store, as those of its number
        List<Integer> numbers = java.util.stream.IntStream.range(0, models.size()).boxed().toList();
        List<SearchDoc> docs = new ArrayList<>();
        for (List<SearchDoc> own : Workers.mapUnchecked(numbers, threads, i -> linked.searchDocs().get(i).of(i))) docs.addAll(own);
        progress.accept(SearchIndex.write(site, assets, models, docs, terms, t0, threads).line());
    }
}
