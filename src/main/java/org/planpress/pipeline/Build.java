package org.planpress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.planpress.bake.Baker;
import org.planpress.check.LinkCheck;
import org.planpress.convert.ConversionStep;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanConverter;
import org.planpress.convert.XrefChecker;
import org.planpress.data.DataFeeds;
import org.planpress.data.DataFiles;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.html.PageLinks;
import org.planpress.internal.Workers;
import org.planpress.link.BodyLinks;
import org.planpress.print.Printer;
import org.planpress.publish.OutputSwap;
import org.planpress.search.SearchIndex;
import org.planpress.search.StoredDocuments;
import org.planpress.site.HelpPage;
import org.planpress.site.SiteHost;
import org.planpress.site.SiteModel;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.store.Store;

/**
 * The PlanPress pipeline: load → convert → link → model → bake (the data files written beside those two) → print →
 * check → publish, each stage one call with plain data between them. The stages whose work is per item (a plan's
 * conversion, linking, search analysis and part of the data files, a page, a plan's PDFs) run it through the
 * build's {@link Store}, which takes what was made before
 * from the same inputs; a failed build leaves the previous output exactly as it was.
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

    /** What a build made: where, how many plans (how many of them converted now), and its warnings. */
    public record Result(Path output, int plans, int converted, List<Diagnostic> warnings) {
    }

    private Build() {
    }

    /** Converts and validates every plan without writing anything; all problems go to {@code diagnostics}. */
    public static List<ConvertedPlan> check(Path source, Diagnostics diagnostics, int threads, Consumer<String> progress)
            throws BuildFailure {
        Workspace ws = Workspace.of(source, null);
        Properties config = ws.configuration();
        Converted converted = convert(ws, config, load(ws, diagnostics), Store.none(), diagnostics, threads);
        Printer.warnWithoutCjkFont(ws.source(), config, converted.plans(), diagnostics);
        warnWithoutHost(ws, config, diagnostics);
        return converted.plans();
    }

    /** {@code check}: a warning when {@code site.host} is empty (no sitemap.xml, no links in stages.ics) or invalid. */
    private static void warnWithoutHost(Workspace ws, Properties config, Diagnostics diagnostics) {
        String host = config.getProperty("site.host", "").strip();
        if (SiteHost.normalize(host) != null) return;
        Path props = ws.source().resolve("jbake.properties");
        String why = host.isEmpty() ? "site.host is not set" : "site.host is not an absolute http(s) URL: \"" + host + "\"";
        diagnostics.warning(ws.display(props), Settings.lineOf(props, "site.host"), why + ", so sitemap.xml is not written and"
                + " the events of stages.ics have no URL; set it to the site's address, e.g. site.host=http://intranet/plans/");
    }

    /**
     * Starts what converting a plan needs and a build that converts nothing never starts: JRuby (2-3 s), and
     * with {@code o.pdf()} the PDF gem. A serve session calls it once its first build is done, so that its first
     * edit does not wait for them (10,000 plans: 5.4 s from saving a plan to its page served, 3.3 s with it).
     * Runs on the calling thread and returns when they are ready.
     */
    public static void prepare(Options o) {
        PlanConverter.warm();
        if (o.pdf()) Printer.prepare();
    }

    /** Runs the whole pipeline into {@code o.output()}, with the store beside it. */
    public static Result run(Options o, Consumer<String> progress) throws BuildFailure {
        Workspace ws = Workspace.of(o.source(), o.output());
        return run(o, Store.beside(ws.output()), progress);
    }

    /** Runs the whole pipeline, taking from {@code store} what was made before from the same inputs. */
    public static Result run(Options o, Store store, Consumer<String> progress) throws BuildFailure {
        Timer time = new Timer(progress);
        Workspace ws = Workspace.of(o.source(), o.output());
        Properties config = Settings.of(ws, o);
        Diagnostics diagnostics = new Diagnostics();
        int threads = o.threads();
        // JRuby starts while the sources load when plans are going to be converted: in a first build, or (with a
        // second thread to spare) when a file conversions read changed since the last build
        if (store.isEmpty("plan") || o.threads() > 1 && SourceChanges.since(ws, store.builtAt())) EarlyStart.start(o, progress);

        try {
            List<PlanSource> sources = time.stage("loaded plan sources", () -> load(ws, diagnostics));
            Converted converted = time.stage("converted", () -> convert(ws, config, sources, store, diagnostics, threads));
            progress.accept(String.format("%d plans: %d converted (%d converted before)", converted.plans().size(),
                    converted.made(), sources.size() - converted.made()));
            diagnostics.throwIfErrors();
            List<Map<String, String>> help = time.stage("converted the guide", () -> guide(ws, config, converted.step(), store, diagnostics, threads));
            BodyLinks.Linked linked = time.stage("linked", () -> link(converted, store, threads, progress));
            converted.release(); // the link stage has made its own
            try (OutputSwap swap = OutputSwap.prepare(ws.output()); Theme theme = Theme.compose(ws)) {
                // the data files need neither the site model nor a page: they are written beside both
                Future<Void> data = Workers.beside(threads, () -> time.stage("wrote data files", () ->
                        writeData(swap.staging(), theme, config, linked, store, threads, progress)));
                Map<String, LinkCheck.Page> pages;
                try {
                    Map<String, Object> site = time.stage("modelled the site", () ->
                            SiteModel.build(linked.plans(), converted.step().kinds(), config, linked.compareFragments()));
                    pages = time.stage("baked", () -> bake(ws, theme, swap.staging(), config, site, linked, help, store, threads, progress));
                    Workers.join(data);
                } finally {
                    Workers.settle(data); // the staging directory goes only once its writer is done
                }
                if (o.pdf()) time.task("printed", () -> print(ws, config, converted.step(), linked.plans(), swap.staging(), store, diagnostics, threads, progress));
                LinkCheck.Result checked = time.stage("checked links", () -> LinkCheck.run(swap.staging(), pages, linked.plans(), store, diagnostics, threads));
                progress.accept(String.format("%d pages: links of %d checked (%d checked before)", checked.pages(), checked.checked(),
                        checked.pages() - checked.checked()));
                diagnostics.throwIfErrors();
                time.task("published", swap::commit);
            }
            store.prune();
            time.done("built " + ws.display(ws.output()));
            return new Result(ws.output(), linked.plans().size(), converted.made(),
                    diagnostics.sorted().stream().filter(d -> !d.isError()).toList());
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.output()), "cannot write the site: " + e.getMessage());
        }
    }

    // ---- the stages' inputs and outputs, one method each

    private static List<PlanSource> load(Workspace ws, Diagnostics diagnostics) throws BuildFailure {
        try {
            return SourceLoader.load(ws, diagnostics);
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot read content: " + e.getMessage());
        }
    }

    /** The converted plans (in the sources' order), each one's scanned body, and the step that converted them. */
    private record Converted(List<ConvertedPlan> plans, List<PageLinks> scans, ConversionStep step, int made) {
        /** Lets the converted plans and their scans go once the link stage has made its own. */
        void release() {
            plans.clear();
            scans.clear();
        }
    }

    private static Converted convert(Workspace ws, Properties config, List<PlanSource> sources, Store store,
            Diagnostics diagnostics, int threads) throws BuildFailure {
        try {
            ConversionStep step = ConversionStep.of("plan", ws, config, sources);
            Store.Results<ConversionStep.Conversion> done = store.each(step, sources, threads);
            List<ConvertedPlan> plans = new ArrayList<>();
            List<PageLinks> scans = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                ConversionStep.Conversion c = done.values().get(i);
                diagnostics.addAll(c.diagnostics());
                if (c.plan() == null) continue;
                plans.add(c.of(sources.get(i), done.keys().get(i)));
                scans.add(c.links());
            }
            XrefChecker.check(plans, scans, diagnostics);
            return new Converted(plans, scans, step, done.made());
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot convert: " + e.getMessage());
        }
    }

    private static BodyLinks.Linked link(Converted converted, Store store, int threads, Consumer<String> progress)
            throws IOException {
        BodyLinks links = BodyLinks.of(converted.plans(), converted.scans());
        Store.Results<BodyLinks.Linking> done = store.each(links, converted.plans(), threads);
        progress.accept(String.format("%d plans: %d linked (%d linked before)", done.values().size(), done.made(),
                done.values().size() - done.made()));
        return BodyLinks.linked(converted.plans(), done.values());
    }

    private static List<Map<String, String>> guide(Workspace ws, Properties config, ConversionStep plans, Store store,
            Diagnostics diagnostics, int threads) throws IOException {
        List<PlanSource> guide = HelpPage.guide(ws, config, diagnostics);
        ConversionStep step = plans.of("guide", guide);
        return HelpPage.pages(guide, store.each(step, guide, threads).values(), diagnostics);
    }

    private static Void writeData(Path staging, Theme theme, Properties config, BodyLinks.Linked linked, Store store,
            int threads, Consumer<String> progress) throws IOException {
        SearchIndex.Terms terms = DataFiles.terms(linked); // each plan's analysis goes into it as it comes
        store.each(new SearchIndex.Analysis(), DataFiles.searchDocs(linked), threads, terms::add);
        List<DataFeeds.Part> feeds = store.each(new DataFeeds.Parts(SiteHost.of(config)), DataFeeds.order(linked.plans()), threads).values();
        StoredDocuments documents = DataFiles.documents(staging, linked);
        store.each(documents, documents.plans(), threads, documents::place);
        DataFiles.write(staging, theme.assets(), linked, feeds, terms, documents, progress, threads);
        return null;
    }

    /** Bakes the pages into {@code staging}; returns them for the link check, by path. */
    private static Map<String, LinkCheck.Page> bake(Workspace ws, Theme theme, Path staging, Properties config, Map<String, Object> site,
            BodyLinks.Linked linked, List<Map<String, String>> help, Store store, int threads, Consumer<String> progress)
            throws IOException, BuildFailure {
        try (Baker baker = Baker.open(ws.source(), theme.dir(), staging, config, site)) {
            List<Baker.Page> pages = baker.pages(linked.plans(), linked.compareFragments(), help);
            Baker.Baked[] made = new Baker.Baked[pages.size()];
            Store.Results<Void> baked = store.each(baker, pages, threads, (i, page) -> {
                baker.write(page);
                made[i] = page;
            });
            Map<String, LinkCheck.Page> links = new java.util.HashMap<>();
            for (int i = 0; i < made.length; i++) links.put(made[i].uri(), new LinkCheck.Page(made[i], baked.keys().get(i)));
            baker.copyAssets();
            progress.accept(String.format("%d pages: %d rendered (%d rendered before)", pages.size(), baked.made(),
                    pages.size() - baked.made()));
            ws.copyContentFiles(staging);
            return links;
        }
    }

    private static void print(Workspace ws, Properties config, ConversionStep step, List<ConvertedPlan> plans, Path staging, Store store,
            Diagnostics diagnostics, int threads, Consumer<String> progress) throws BuildFailure, IOException {
        List<String> editions = Settings.editions(config);
        try (Printer printer = Printer.open(step.converter(), ws.source(), plans, editions, staging)) {
            Store.Results<Void> printed = store.each(printer, plans, Printer.threads(threads),
                    (i, pdfs) -> printer.write(pdfs, diagnostics));
            printer.report(progress);
            progress.accept(String.format("printed %d PDFs (%d plans unchanged)", printed.made() * editions.size(),
                    plans.size() - printed.made()));
        }
        diagnostics.throwIfErrors();
    }

    /** JRuby's start ahead of the convert stage, and what runs beside it: the warm-up and, with PDFs, loading asciidoctor-pdf. */
    private static final class EarlyStart {
        static void start(Options o, Consumer<String> progress) {
            long t = System.nanoTime();
            Workers.beside(o.threads(), () -> {
                PlanConverter.asciidoctor();
                progress.accept(String.format(java.util.Locale.ROOT, "Asciidoctor ready after %.1f s", (System.nanoTime() - t) / 1e9));
                return null;
            });
            Workers.beside(o.threads(), () -> {
                if (o.pdf()) Workers.beside(o.threads(), Printer::prepare);
                WarmUp.run();
                return null;
            });
        }
    }
}
