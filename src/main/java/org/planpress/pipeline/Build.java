package org.planpress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.planpress.bake.Baker;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.check.LinkCheck;
import org.planpress.data.DataFiles;
import org.planpress.link.BodyLinks;
import org.planpress.link.LinkMemo;
import org.planpress.internal.Workers;
import org.planpress.convert.ConvertedPlan;
import org.planpress.html.PageLinks;
import org.planpress.convert.PlanConverter;
import org.planpress.convert.XrefChecker;
import org.planpress.publish.OutputSwap;
import org.planpress.site.SiteModel;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.store.Store;

/**
 * The PlanPress pipeline, one stage after another, each with one job and plain data between them:
 * load sources, convert (parse and validate), link the bodies (html.HtmlTree), model the site and bake (JBake) while
 * the data files and search index are written beside them, print (PDF), check links, publish (swap the staging
 * directory in). {@link #check} runs the first two only. A serve rebuild that changed only a few plans' pages
 * writes the data files and search index after publishing instead ({@link Result#afterPublish}).
 */
public final class Build {

    /**
     * What to build. {@code pdfEditions}: the PDF editions to print ({@code a4}, {@code a3}, {@code summary},
     * comma-separated), or null for the source's {@code planpress.pdf.editions} (default all three).
     */
    public record Options(Path source, Path output, boolean pdf, int threads, String pdfEditions) {
        public Options {
            if (threads < 1) threads = 1;
        }

        public Options(Path source, Path output, boolean pdf, int threads) {
            this(source, output, pdf, threads, null);
        }

        public static Options defaults(Path source) {
            return new Options(source, null, true, Runtime.getRuntime().availableProcessors());
        }

        public Options withPdf(boolean on) {
            return new Options(source, output, on, threads, pdfEditions);
        }

        public Options withOutput(Path out) {
            return new Options(source, out, pdf, threads, pdfEditions);
        }
    }

    /**
     * What a build made. {@code afterPublish} is null, or work left for after the site is shown: a serve
     * rebuild publishes the edited pages with the previous data files and search index, then writes the new
     * ones with it.
     */
    public record Result(Path output, int plans, List<Diagnostic> warnings, Runnable afterPublish) {
        public Result(Path output, int plans, List<Diagnostic> warnings) {
            this(output, plans, warnings, null);
        }
    }

    private Build() {
    }

    /** Converts and validates every plan without writing anything; all problems go to {@code diagnostics}. */
    public static List<ConvertedPlan> check(Path source, Diagnostics diagnostics, int threads, Consumer<String> progress)
            throws BuildFailure {
        Workspace ws = Workspace.of(source, null);
        Properties config = ws.configuration();
        List<ConvertedPlan> plans = convert(ws, config, diagnostics, threads, progress, null, null, null, null).plans();
        org.planpress.print.Printer.warnWithoutCjkFont(ws.source(), config, plans, diagnostics);
        warnWithoutHost(ws, config, diagnostics);
        return plans;
    }

    /** {@code check}: a warning when {@code site.host} is empty (no sitemap.xml, no links in stages.ics) or invalid. */
    static void warnWithoutHost(Workspace ws, Properties config, Diagnostics diagnostics) {
        String host = config.getProperty("site.host", "").strip();
        if (org.planpress.site.SiteHost.normalize(host) != null) return;
        Path props = ws.source().resolve("jbake.properties");
        String why = host.isEmpty() ? "site.host is not set" : "site.host is not an absolute http(s) URL: \"" + host + "\"";
        diagnostics.warning(ws.display(props), lineOf(props, "site.host"), why + ", so sitemap.xml is not written and"
                + " the events of stages.ics have no URL; set it to the site's address, e.g. site.host=http://intranet/plans/");
    }

    /** The converted plans and the converter that made them (reused by the print stage). */
    private record Converted(List<ConvertedPlan> plans, PlanConverter converter, Map<ConvertedPlan, PageLinks> scans,
            Future<?> filing) {
    }

    /**
     * Loads and converts; {@code warmUp} (may be null) runs while JRuby starts, {@code onReady} (may be null)
     * gets the converter before the plans are converted.
     */
    private static Converted convert(Workspace ws, Properties config, Diagnostics diagnostics, int threads,
            Consumer<String> progress, ConversionCache cache, Store store, Runnable warmUp, Consumer<PlanConverter> onReady)
            throws BuildFailure {
        long t0 = System.nanoTime();
        // JRuby takes seconds to start: in a first build (or a check) it starts at once, on its own thread, while
        // the sources load; in a build with a store, once the store lacks a plan's conversion
        boolean first = store == null || cache != null || store.isEmpty(StoredConversions.KIND);
        Future<?> ready = first ? Workers.beside(threads, PlanConverter::asciidoctor) : null;
        List<PlanSource> sources;
        StoredConversions.Lookup stored;
        try {
            sources = SourceLoader.load(ws, diagnostics);
            stored = store == null || cache != null ? null : StoredConversions.lookup(store, ws, config, sources, threads);
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot read content: " + e.getMessage());
        }
        progress.accept(String.format("loaded %d plan sources in %s%s", sources.size(), secs(t0),
                stored == null ? "" : String.format(" (%d converted before)", sources.size() - stored.missing())));
        if (ready == null && stored.missing() > 0) ready = Workers.beside(threads, PlanConverter::asciidoctor);
        if (warmUp != null) warmUp.run();
        try {
            if (ready != null) Workers.join(ready);
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "Asciidoctor did not start: " + e.getMessage());
        }
        long t1 = System.nanoTime();
        if (ready != null) progress.accept(String.format("Asciidoctor ready after %s", secs(t0)));
        PlanConverter converter;
        try {
            converter = new PlanConverter(ws.source(), ws.content(),
                    Boolean.parseBoolean(config.getProperty("planpress.allow-passthrough", "false")));
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot read section kinds: " + e.getMessage());
        }
        if (onReady != null) onReady.accept(converter);
        List<ConvertedPlan> plans;
        Future<?> filing = null;
        try {
            if (stored != null) {
                StoredConversions.Lookup.Converted c = stored.convert(converter, diagnostics, threads);
                plans = c.plans();
                filing = c.filing();
            } else {
                plans = cache != null ? cache.convertAll(converter, ws, config, sources, diagnostics, threads)
                        : converter.convertAll(sources, diagnostics, threads);
            }
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot use the build's store: " + e.getMessage());
        }
        progress.accept(String.format("converted %d plans in %s", plans.size(), secs(t1)));
        long t2 = System.nanoTime();
        Map<ConvertedPlan, PageLinks> scans = XrefChecker.check(plans, diagnostics, cache == null ? null : cache.scans, threads);
        progress.accept(String.format("checked cross-references in %s", secs(t2)));
        return new Converted(plans, converter, scans, filing);
    }

    /** Runs the whole pipeline; on failure the previous output is left exactly as it was. */
    public static Result run(Options o, Consumer<String> progress) throws BuildFailure {
        return run(o, progress, null);
    }

    /**
     * Runs the whole pipeline, reusing from {@code cache} (may be null) the conversions of plans that did
     * not change since the cache's last build ({@code planpress serve}).
     */
    public static Result run(Options o, Consumer<String> progress, ConversionCache cache) throws BuildFailure {
        long start = System.nanoTime();
        Workspace ws = Workspace.of(o.source(), o.output());
        Properties config = ws.configuration();
        Diagnostics diagnostics = new Diagnostics();
        // a serve rebuild runs in a warm JVM: nothing to warm up
        // the help page's guide converts beside the plans (it is needed only when the pages are written)
        HelpPage[] help = {null};
        Store store = Store.beside(ws.output());
        Converted converted = convert(ws, config, diagnostics, o.threads(), progress, cache, store,
                cache != null && cache.lastSite != null ? null : warmUp(o),
                converter -> help[0] = HelpPage.prepare(ws, config, converter, diagnostics, o.threads(), store));
        List<ConvertedPlan> plans = converted.plans();
        diagnostics.throwIfErrors();
        config.setProperty("planpress.pdf", String.valueOf(o.pdf()));
        List<String> editions = pdfEditions(o, ws, config);

        // In a serve session, an edit that changes nothing other pages show re-renders only the edited pages.
        long tCompare = System.nanoTime();
        String fingerprint = cache == null ? null : SiteFingerprint.of(ws.source(), config, plans, cache.fingerprintParts, o.threads());
        Map<String, String> bodies = cache == null ? null : bodies(plans, cache.bodyDigests, o.threads());
        Set<String> changed = cache == null ? null : changedPlans(cache, ws, fingerprint, bodies);
        if (cache != null) progress.accept(String.format("compared with the last build in %s", secs(tCompare)));

        OutputSwap swap = OutputSwap.prepare(ws.output());
        Path theme = null;
        Future<?> feeds = null;
        Runnable afterPublish = null;
        boolean done = false;
        try {
            theme = Files.createTempDirectory("planpress-theme");
            ws.composeTheme(theme);
            long t = System.nanoTime();
            BodyLinks.Linked linked = BodyLinks.link(plans, converted.scans(), changed,
                    cache == null ? null : cache.linkMemo, fingerprint, o.threads());
            progress.accept(String.format("linked %d plans in %s", changed == null ? plans.size() : changed.size(), secs(t)));
            // the data files and the search index need only the linked plans: they are written while the site is
            // modelled and the pages bake; a serve rebuild of a few plans shows those first (with the last build's
            // data files and index) and writes the new data files and index just after
            boolean deferData = changed != null && Files.isDirectory(ws.output().resolve("search"));
            Path themeAssets = theme.resolve("assets");
            String host = org.planpress.site.SiteHost.of(config);
            long tFeeds = System.nanoTime();
            if (!deferData) {
                feeds = Workers.beside(o.threads(), () -> {
                    DataFiles.write(swap.staging(), themeAssets, linked, progress, cache == null ? null : cache.linkMemo,
                            o.threads(), host);
                    progress.accept(String.format("wrote data files in %s", secs(tFeeds)));
                    return null;
                });
            }
            t = System.nanoTime();
            // a rebuild that changed nothing other pages show has the same people, calendar and terms as the last
            Map<String, Object> site = SiteModel.build(plans, converted.converter().kinds(), config, linked.compareFragments(),
                    changed == null ? null : cache.lastModel);
            progress.accept(String.format("modelled the site in %s", secs(t)));
            t = System.nanoTime();
            Scope scope = Scope.of(linked, site, changed);
            Set<String> onlyPages = scope.rendered();
            int n = Baker.bake(ws.source(), theme, swap.staging(), config, scope.plans(), site, scope.pages(), o.threads());
            ws.copyContentFiles(swap.staging());
            if (help[0] != null) help[0].write(swap.staging());
            if (changed != null) {
                long tReuse = System.nanoTime();
                reuseUnchangedFiles(ws.output(), swap.staging(), changed, deferData);
                progress.accept(String.format("linked the unchanged files in %s", secs(tReuse)));
            }
            progress.accept(changed == null ? String.format("baked %d plans in %s", n, secs(t))
                    : String.format("baked %d changed plans in %s (%d pages reused)", n, secs(t), plans.size() - n));
            // the pages are scanned for the link check while the data files are still being written
            t = System.nanoTime();
            LinkCheck linkCheck = new LinkCheck(swap.staging(), linked.plans(), onlyPages);
            linkCheck.scan(o.threads());
            progress.accept(String.format("scanned the pages in %s", secs(t)));
            if (feeds != null) Workers.join(feeds);
            if (o.pdf()) {
                t = System.nanoTime();
                int made = org.planpress.print.Printer.print(converted.converter(), plans, swap.staging(),
                        store,
                        o.threads(), editions, diagnostics, progress);
                diagnostics.throwIfErrors();
                progress.accept(String.format("printed %d PDFs (%d plans unchanged) in %s", made,
                        plans.size() - made / editions.size(), secs(t)));
            }
            t = System.nanoTime();
            linkCheck.run(diagnostics, o.threads());
            progress.accept(String.format("checked links in %s", secs(t)));
            diagnostics.throwIfErrors();
            t = System.nanoTime();
            // a deferred search index: the last one is carried over until the new one is written
            swap.commit(cache != null, deferData ? List.of("search") : List.of());
            done = true;
            progress.accept(String.format("published in %s", secs(t)));
            if (deferData) {
                Path published = ws.output();
                LinkMemo memo = cache.linkMemo;
                int threads = o.threads();
                afterPublish = () -> replaceDataFiles(published, linked, progress, memo, threads, host);
            }
            if (cache != null) {
                cache.lastSite = new ConversionCache.LastSite(ws.output(), fingerprint, bodies);
                cache.lastModel = site;
            }
        } catch (IOException e) {
            throw BuildFailure.of(ws.output().toString(), "cannot write the site: " + e.getMessage());
        } finally {
            if (feeds != null && !feeds.isDone()) {
                try {
                    feeds.get();
                } catch (Exception ignored) {
                    // the build has failed already; this only waits for the writer before the staging goes
                }
            }
            if (!done) swap.abort();
            OutputSwap.deleteTree(theme);
        }
        if (converted.filing() != null) {
            try {
                Workers.join(converted.filing()); // the new conversions are in the store
            } catch (IOException e) {
                progress.accept("conversions not kept in the store: " + e.getMessage());
            }
        }
        progress.accept(String.format("built %s in %s", ws.display(ws.output()), secs(start)));
        return new Result(ws.output(), plans.size(),
                diagnostics.sorted().stream().filter(d -> !d.isError()).toList(), afterPublish);
    }

    /**
     * The plans whose pages must be rendered again, or null when everything must (no previous build in this
     * session, another output, a different set of plans, or a change other pages show).
     */
    private static Set<String> changedPlans(ConversionCache cache, Workspace ws, String fingerprint, Map<String, String> now) {
        ConversionCache.LastSite last = cache.lastSite;
        if (last == null || !last.output().equals(ws.output()) || !Files.isDirectory(ws.output())
                || !last.fingerprint().equals(fingerprint)) return null;
        if (!now.keySet().equals(last.bodies().keySet())) return null;
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(last.bodies().get(e.getKey()))) changed.add(e.getKey());
        }
        return changed;
    }

    /** Each plan's body digest by plan id; {@code memo} keeps them from one serve build to the next. */
    private static Map<String, String> bodies(List<ConvertedPlan> plans, org.planpress.convert.PlanMemo<String> memo, int threads) {
        Map<ConvertedPlan, String> digests = memo.of(plans, threads, SiteFingerprint::body);
        Map<String, String> m = new LinkedHashMap<>();
        for (ConvertedPlan c : plans) m.put(c.plan().id(), digests.get(c));
        return m;
    }

    /**
     * Hard-links (or copies) into the staging site every file of the previous output that this build did not
     * write and will not rewrite: the unchanged plan pages and site-wide pages, PDFs aside (the print stage
     * reuses those itself) and the search index (written again, or carried over whole by the commit). The data
     * files are left out unless {@code withDataFiles} (they are then replaced after publishing, by a rename),
     * so the previous output is never modified through a shared link.
     */
    private static void reuseUnchangedFiles(Path previous, Path staging, Set<String> changed, boolean withDataFiles)
            throws IOException {
        Set<String> skip = new java.util.HashSet<>(withDataFiles ? List.of() : List.of("plans.json", "stages.ics"));
        for (String id : changed) skip.add("plans/" + id + ".html");
        Files.walkFileTree(previous, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                Path rel = previous.relativize(dir);
                boolean own = rel.getNameCount() == 1 && (rel.toString().equals("search") || rel.toString().equals("pdf"));
                return own ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) throws IOException {
                if (!a.isRegularFile()) return java.nio.file.FileVisitResult.CONTINUE;
                String rel = previous.relativize(p).toString().replace('\\', '/');
                Path t = staging.resolve(rel);
                if (skip.contains(rel) || Files.exists(t)) return java.nio.file.FileVisitResult.CONTINUE;
                Files.createDirectories(t.getParent());
                try {
                    Files.createLink(t, p);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(p, t);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    private static long lastCpu;

    /**
     * Writes new data files and a new search index for the published {@code site} beside it, then renames them
     * into place: each data file over the old one, the search directory in place of the old one (a serve
     * session's own output: nothing else writes there meanwhile).
     */
    private static void replaceDataFiles(Path site, BodyLinks.Linked linked, Consumer<String> progress, LinkMemo memo,
            int threads, String host) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(site.toAbsolutePath().getParent(), "." + site.getFileName() + ".data-");
            long t = System.nanoTime();
            DataFiles.writeDataFiles(tmp, linked, host);
            progress.accept(String.format("wrote data files in %s", secs(t)));
            DataFiles.writeSearchIndex(tmp, site, linked, progress, memo, threads);
            for (String name : List.of("plans.json", "stages.ics")) {
                Files.move(tmp.resolve(name), site.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(site.resolve("search"))) {
                Files.move(site.resolve("search"), tmp.resolve("old"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp.resolve("search"), site.resolve("search"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            progress.accept("data files and search index not updated: " + e.getMessage());
            memo.clear(); // the next rebuild writes everything again
        } finally {
            if (tmp != null) OutputSwap.deleteTree(tmp);
        }
    }

    /** What runs while JRuby starts: the warm-up and, for a build with PDFs, loading asciidoctor-pdf beside it. */
    private static Runnable warmUp(Options o) {
        if (!o.pdf()) return WarmUp::run;
        // asciidoctor-pdf takes seconds to load, on one thread: it loads while the HTML is converted
        return () -> {
            Workers.beside(o.threads(), org.planpress.print.Printer::prepare);
            WarmUp.run();
        };
    }

    /** The PDF editions to print (from the options or jbake.properties), also recorded in {@code config}. */
    private static List<String> pdfEditions(Options o, Workspace ws, Properties config) throws BuildFailure {
        String key = org.planpress.print.Printer.EDITIONS_PROPERTY;
        List<String> editions;
        if (o.pdfEditions() != null) {
            config.setProperty(key, o.pdfEditions());
            editions = org.planpress.print.Printer.editions(config, "--pdf-editions", 0);
        } else {
            Path props = ws.source().resolve("jbake.properties");
            editions = org.planpress.print.Printer.editions(config, ws.display(props), lineOf(props, key));
        }
        config.setProperty(key, String.join(",", editions));
        return editions;
    }

    /**
     * What this build renders: every plan and site page, or in a serve rebuild that only changed some plans'
     * own pages, those pages and the compare pages of the section kinds they changed ({@code rendered}: their
     * paths, null for everything).
     */
    private record Scope(List<ConvertedPlan> plans, List<Map<String, String>> pages, Set<String> rendered) {
        @SuppressWarnings("unchecked")
        static Scope of(BodyLinks.Linked linked, Map<String, Object> site, Set<String> changed) {
            if (changed == null) return new Scope(linked.plans(), null, null);
            List<ConvertedPlan> plans = linked.plans().stream().filter(c -> changed.contains(c.plan().id())).toList();
            // the compare pages of the kinds whose sections changed; the others are reused like unchanged plan pages
            Set<String> kinds = linked.changedKinds();
            List<Map<String, String>> compare = ((List<Map<String, String>>) site.get("pages")).stream()
                    .filter(pg -> "compare".equals(pg.get("type")) && (kinds == null || kinds.contains(pg.get("kind"))))
                    .toList();
            Set<String> rendered = new TreeSet<>(List.of("index.html", "sitemap.xml", "404.html"));
            for (String id : changed) rendered.add(SiteModel.planUrl(id));
            for (Map<String, String> pg : compare) rendered.add(pg.get("uri"));
            return new Scope(plans, compare, rendered);
        }
    }

    /** The line of {@code file} setting {@code key}, or 0. */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key) && l.substring(key.length()).strip().matches("^[=:].*")) return i + 1;
            }
        } catch (IOException e) {
            // no file: the bundled default
        }
        return 0;
    }


    static String secs(long startNanos) {
        String s = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
        if (Boolean.getBoolean("planpress.cpu")) {
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            s += String.format(java.util.Locale.ROOT, " [cpu %.1f s]", (cpu - lastCpu) / 1e9);
            lastCpu = cpu;
        }
        return s;
    }
}
