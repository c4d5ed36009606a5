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

    /** Enriches the site baked in {@code site}; broken links go to {@code diagnostics} as errors. */
    public static Enriched enrich(Path site, List<ConvertedPlan> plans, Map<String, Object> model, Diagnostics diagnostics,
            java.util.function.Consumer<String> progress) throws IOException {
        Map<String, Document> pages = load(site);
        Map<String, ConvertedPlan> byUrl = new LinkedHashMap<>();
        for (ConvertedPlan c : plans) byUrl.put("plans/" + c.plan().id() + ".html", c);
        Map<ConvertedPlan, Document> planPages = new LinkedHashMap<>();
        for (Map.Entry<String, ConvertedPlan> e : byUrl.entrySet()) {
            Document d = pages.get(e.getKey());
            if (d != null) planPages.put(e.getValue(), d);
        }
        CrossLinks crossLinks = CrossLinks.index(planPages);
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
        progress.accept(org.planpress.search.SearchIndex.write(site, pages, plans).line());
        return new Enriched(site, pages, byUrl);
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
