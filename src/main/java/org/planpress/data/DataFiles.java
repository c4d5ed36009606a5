package org.planpress.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.link.BodyLinks;
import org.planpress.model.Plan;
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
     * Writes the data files and the search index. Needs no baked page, so it can run while the pages bake:
     * {@code assets} is the folder the site's assets come from; {@code host} is the site's absolute base URL or
     * null (see {@link org.planpress.site.SiteHost}).
     */
    public static void write(Path site, Path assets, BodyLinks.Linked linked, List<List<SearchIndex.Analysed>> analysed,
            Consumer<String> progress, int threads, String host) throws IOException {
        DataFeeds.write(site, linked.plans(), host);
        writeSearchIndex(site, assets, linked, analysed, progress, threads);
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
            List<List<SearchIndex.Analysed>> analysed, Consumer<String> progress, int threads) throws IOException {
        long t0 = System.nanoTime();
        List<Plan> models = new ArrayList<>();
        List<SearchDoc> docs = new ArrayList<>();
        List<SearchIndex.Analysed> all = new ArrayList<>();
        for (int i = 0; i < linked.plans().size(); i++) {
            models.add(linked.plans().get(i).plan());
            docs.addAll(linked.searchDocs().get(i));
            all.addAll(analysed.get(i));
        }
        progress.accept(SearchIndex.write(site, assets, models, docs, all, t0, threads).line());
    }
}
