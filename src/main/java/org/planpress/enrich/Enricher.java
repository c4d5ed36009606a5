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
 * the search index); and, last of all, the check of every internal link of the finished site. (The links inside plan
 * bodies were added before the bake by {@link BodyLinks}.)
 */
public final class Enricher {
    private Enricher() {
    }

    /**
     * Writes the data files and the search index. Needs no baked page, so it can run while the pages bake:
     * {@code assets} is the folder the site's assets come from. {@code memo} (may be null) keeps the analysed
     * search documents of a serve session.
     */
    public static void enrich(Path site, Path assets, BodyLinks.Linked linked, Consumer<String> progress,
            EnrichMemo memo, String host) throws IOException {
        writeDataFiles(site, linked, host);
        writeSearchIndex(site, assets, linked, progress, memo);
    }

    /**
     * The link check of {@code site}: of {@code onlyPages} (the pages a serve rebuild rendered, the others
     * being reused unchanged), or of every page when null.
     */
    public static LinkCheck linkCheck(Path site, List<ConvertedPlan> plans, java.util.Set<String> onlyPages) {
        return new LinkCheck(site, plans, onlyPages);
    }

    /**
     * Writes plans.json and stages.ics into {@code site} (replacing what is there); {@code host} is the site's
     * absolute base URL or null (see {@link org.planpress.site.SiteHost}).
     */
    public static void writeDataFiles(Path site, BodyLinks.Linked linked, String host) throws IOException {
        DataFeeds.write(site, linked.plans(), host);
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

    /**
     * The last check: the pages are scanned once baked ({@link #scan}, which can run beside the data files and
     * PDFs), and their links resolved once every file of the site is written ({@link #run}).
     */
    public static final class LinkCheck {
        private final Path site;
        private final List<ConvertedPlan> plans;
        private final java.util.Set<String> only;
        private LinkChecker.Pages pages;

        LinkCheck(Path site, List<ConvertedPlan> plans, java.util.Set<String> only) {
            this.site = site;
            this.plans = plans;
            this.only = only;
        }

        /** Reads and scans the baked pages. */
        public void scan(int threads) throws IOException {
            pages = LinkChecker.scan(site, only, threads);
        }

        /** Checks every internal href and src of every page (scanning them first if not yet done); broken ones are errors. */
        public void run(Diagnostics diagnostics, int threads) throws IOException {
            if (pages == null) scan(threads);
            LinkChecker.check(site, pages, plans, diagnostics, threads);
        }
    }
}
