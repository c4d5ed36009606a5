package org.planpress.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.planpress.diag.Diagnostics;
import org.planpress.parse.ConvertedPlan;

/**
 * Stage 5: reads the baked pages with jsoup, adds what needs the whole site (self-links, cross-links
 * between plans, backlinks) and writes the data files (plans.json, stages.ics, the search index). The
 * check of every internal link runs last ({@link Enriched#checkLinks}), when the PDFs are there too.
 */
public final class Enricher {
    private Enricher() {
    }

    /** Enriches the whole site baked in {@code site}. */
    public static Enriched enrich(Path site, List<ConvertedPlan> plans, Map<String, Object> model, Diagnostics diagnostics,
            java.util.function.Consumer<String> progress) throws IOException {
        return enrich(site, plans, diagnostics, progress, null, null, null);
    }

    /**
     * Enriches the site baked in {@code site}.
     *
     * @param memo what the previous build of a serve session kept, or null
     * @param fingerprint the site fingerprint (see {@code build.SiteFingerprint}); with the memo's, cross-links are reused
     * @param onlyPlans ids of the plans whose pages were rendered again (the rest were reused unchanged), or null for all
     */
    public static Enriched enrich(Path site, List<ConvertedPlan> plans, Diagnostics diagnostics,
            java.util.function.Consumer<String> progress, EnrichMemo memo, String fingerprint, java.util.Set<String> onlyPlans)
            throws IOException {
        Map<String, Document> pages = onlyPlans == null ? load(site) : loadPlans(site, onlyPlans);
        Map<String, ConvertedPlan> byUrl = new LinkedHashMap<>();
        for (ConvertedPlan c : plans) byUrl.put("plans/" + c.plan().id() + ".html", c);
        Map<ConvertedPlan, Document> planPages = new LinkedHashMap<>();
        for (Map.Entry<String, ConvertedPlan> e : byUrl.entrySet()) {
            Document d = pages.get(e.getKey());
            if (d != null) planPages.put(e.getValue(), d);
        }
        CrossLinks crossLinks;
        if (onlyPlans != null && memo != null && memo.crossLinks != null && fingerprint != null && fingerprint.equals(memo.fingerprint)) {
            crossLinks = memo.crossLinks;
        } else {
            crossLinks = CrossLinks.index(planPages);
        }
        for (Map.Entry<ConvertedPlan, Document> e : planPages.entrySet()) {
            SelfLinks.add(e.getValue(), e.getKey());
            crossLinks.add(e.getValue(), e.getKey());
        }
        DataFeeds.write(site, plans);
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document d = e.getValue();
            d.outputSettings().prettyPrint(false);
            Files.writeString(site.resolve(e.getKey()), d.outerHtml(), StandardCharsets.UTF_8);
        }
        progress.accept(searchIndex(site, plans, planPages, memo).line());
        if (memo != null) {
            memo.fingerprint = fingerprint;
            memo.crossLinks = crossLinks;
        }
        return new Enriched(site, pages, byUrl);
    }

    private static org.planpress.search.SearchIndex.Stats searchIndex(Path site, List<ConvertedPlan> plans,
            Map<ConvertedPlan, Document> planPages, EnrichMemo memo) throws IOException {
        long t0 = System.nanoTime();
        List<org.planpress.model.Plan> models = new ArrayList<>();
        List<org.planpress.search.SearchDoc> docs = new ArrayList<>();
        for (ConvertedPlan c : plans) {
            Document page = planPages.get(c);
            List<org.planpress.search.SearchDoc> own;
            if (page != null) {
                org.jsoup.nodes.Element body = page.selectFirst("div.pp-body");
                if (body == null) continue;
                own = org.planpress.search.SearchDocs.of(body, c.plan(), models.size());
                if (memo != null) memo.searchDocs.put(c.plan().id(), own);
            } else {
                own = memo == null ? null : memo.searchDocs.get(c.plan().id());
                if (own == null || own.isEmpty() || own.get(0).plan() != models.size()) {
                    throw new IOException("no search documents kept for " + c.plan().id() + "; rebuild everything");
                }
            }
            docs.addAll(own);
            models.add(c.plan());
        }
        return org.planpress.search.SearchIndex.write(site, models, docs, t0);
    }

    private static Map<String, Document> loadPlans(Path site, java.util.Set<String> ids) throws IOException {
        Map<String, Document> pages = new LinkedHashMap<>();
        for (String id : new java.util.TreeSet<>(ids)) {
            String rel = "plans/" + id + ".html";
            Path f = site.resolve(rel);
            if (Files.exists(f)) pages.put(rel, Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), ""));
        }
        return pages;
    }

    /** The enriched pages, kept for the last check once every file of the site (PDFs too) is written. */
    public static final class Enriched {
        private final Path site;
        private final Map<String, Document> pages;
        private final Map<String, ConvertedPlan> plansByUrl;

        Enriched(Path site, Map<String, Document> pages, Map<String, ConvertedPlan> plansByUrl) {
            this.site = site;
            this.pages = pages;
            this.plansByUrl = plansByUrl;
        }

        /** Checks every internal href and src of the site; broken ones are errors. */
        public void checkLinks(Diagnostics diagnostics) {
            LinkChecker.check(site, pages, plansByUrl, diagnostics);
        }
    }

    static Map<String, Document> load(Path site) throws IOException {
        Map<String, Document> pages = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            String rel = site.relativize(f).toString().replace('\\', '/');
            pages.put(rel, Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), ""));
        }
        return pages;
    }
}
