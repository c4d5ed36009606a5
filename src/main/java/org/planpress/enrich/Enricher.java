package org.planpress.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.diag.Diagnostics;
import org.planpress.model.Plan;
import org.planpress.parse.ConvertedPlan;
import org.planpress.search.SearchDoc;
import org.planpress.search.SearchIndex;

/**
 * Stage 5, beside the bake (it needs no baked page): writes the site's data files (plans.json, stages.ics,
 * the search index) and, last of all, checks every internal link of the finished site. (The links inside plan
 * bodies were added before the bake by {@link BodyLinks}.)
 */
public final class Enricher {
    private Enricher() {
    }

    /**
     * Writes the data files and the search index; the returned link check covers {@code onlyPages} (the pages
     * this build rendered, in a serve session that reused the others unchanged), or every page when null.
     * Needs no baked page, so it can run while the pages bake: {@code assets} is the folder the site's assets
     * come from. {@code memo} (may be null) keeps the analysed search documents of a serve session. With
     * {@code deferred} nothing is written: a serve rebuild shows the edited page first and then writes them
     * with {@link #writeDataFiles} and {@link #writeSearchIndex}.
     */
    public static LinkCheck enrich(Path site, Path assets, BodyLinks.Linked linked, Consumer<String> progress,
            java.util.Set<String> onlyPages, EnrichMemo memo, boolean deferred) throws IOException {
        if (!deferred) {
            writeDataFiles(site, linked);
            writeSearchIndex(site, assets, linked, progress, memo);
        }
        return new LinkCheck(site, linked.plans(), onlyPages);
    }

    /** Writes plans.json and stages.ics into {@code site} (replacing what is there). */
    public static void writeDataFiles(Path site, BodyLinks.Linked linked) throws IOException {
        DataFeeds.write(site, linked.plans());
    }

    /** Writes the search index into {@code site/search/} (replacing what is there). */
    public static void writeSearchIndex(Path site, Path assets, BodyLinks.Linked linked, Consumer<String> progress,
            EnrichMemo memo) throws IOException {
        long t0 = System.nanoTime();
        List<Plan> models = new ArrayList<>();
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < linked.plans().size(); i++) {
            models.add(linked.plans().get(i).plan());
            docs.addAll(linked.searchDocs().get(i));
        }
        progress.accept(SearchIndex.write(site, assets, models, docs, t0, memo == null ? null : memo.searchIndex).line());
    }

    /** The last check, once every file of the site (PDFs too) is written. */
    public static final class LinkCheck {
        private final Path site;
        private final List<ConvertedPlan> plans;
        private final java.util.Set<String> only;

        LinkCheck(Path site, List<ConvertedPlan> plans, java.util.Set<String> only) {
            this.site = site;
            this.plans = plans;
            this.only = only;
        }

        /** Checks every internal href and src of every page; broken ones are errors. */
        public void run(Diagnostics diagnostics, int threads) throws IOException {
            LinkChecker.check(site, plans, diagnostics, threads, only);
        }
    }
}
