package org.planpress.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.convert.ConvertedPlan;
import org.planpress.link.BodyLinks;
import org.planpress.model.Plan;
import org.planpress.search.PlanDocs;
import org.planpress.search.SearchIndex;
import org.planpress.search.StoredDocuments;

/**
 * The write-data stage, beside the bake (it needs no baked page): the site's data files (plans.json, stages.ics)
 * and its search index, from the linked plans.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * Writes the data files, from the plans' parts of them ({@code feeds}, in {@link DataFeeds#order}), and the
     * search index but its stored documents (written by {@link #documents}). Needs no baked page, so it can run
     * while the pages bake: {@code assets} is the folder the site's assets come from.
     */
    public static void write(Path site, Path assets, BodyLinks.Linked linked, List<DataFeeds.Part> feeds,
            SearchIndex.Terms terms, StoredDocuments documents, Consumer<String> progress, int threads)
            throws IOException {
        long t0 = System.nanoTime();
        DataFeeds.write(site, feeds);
        StringBuilder kinds = new StringBuilder();
        for (PlanDocs d : linked.searchDocs()) kinds.append(d.kinds());
        progress.accept(SearchIndex.write(site, assets, linked.plans().size(), kinds.toString(), terms,
                documents.bytes(), t0, threads).line());
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

    /** The search index's stored documents in {@code site}, as a store step. */
    public static StoredDocuments documents(Path site, BodyLinks.Linked linked) {
        List<Plan> models = linked.plans().stream().map(ConvertedPlan::plan).toList();
        return new StoredDocuments(site, models, linked.searchDocs(), linked.docKeys());
    }
}
