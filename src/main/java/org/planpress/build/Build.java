package org.planpress.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.planpress.bake.Baker;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.enrich.Enricher;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.PlanConverter;
import org.planpress.parse.XrefChecker;
import org.planpress.publish.OutputSwap;
import org.planpress.site.SiteModel;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;

/**
 * The PlanPress pipeline, one stage after another, each with one job and plain data between them:
 * load sources, convert (parse and validate), model the site, bake (JBake), enrich (jsoup), print (PDF),
 * publish (swap the staging directory in). {@link #check} runs the first two only.
 */
public final class Build {

    /** What to build. */
    public record Options(Path source, Path output, boolean pdf, int threads) {
        public Options {
            if (threads < 1) threads = 1;
        }

        public static Options defaults(Path source) {
            return new Options(source, null, true, Runtime.getRuntime().availableProcessors());
        }

        public Options withPdf(boolean on) {
            return new Options(source, output, on, threads);
        }

        public Options withOutput(Path out) {
            return new Options(source, out, pdf, threads);
        }
    }

    /** What a build made. */
    public record Result(Path output, int plans, List<Diagnostic> warnings) {
    }

    private Build() {
    }

    /** Converts and validates every plan without writing anything; all problems go to {@code diagnostics}. */
    public static List<ConvertedPlan> check(Path source, Diagnostics diagnostics, int threads, Consumer<String> progress)
            throws BuildFailure {
        Workspace ws = Workspace.of(source, null);
        Properties config = ws.configuration();
        return convert(ws, config, diagnostics, threads, progress, null).plans();
    }

    /** The converted plans and the converter that made them (reused by the print stage). */
    private record Converted(List<ConvertedPlan> plans, PlanConverter converter) {
    }

    private static Converted convert(Workspace ws, Properties config, Diagnostics diagnostics, int threads,
            Consumer<String> progress, ConversionCache cache) throws BuildFailure {
        long t0 = System.nanoTime();
        List<PlanSource> sources;
        try {
            sources = SourceLoader.load(ws, diagnostics);
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot read content: " + e.getMessage());
        }
        progress.accept(String.format("loaded %d plan sources in %s", sources.size(), secs(t0)));
        long t1 = System.nanoTime();
        PlanConverter converter;
        try {
            converter = new PlanConverter(ws.source(), ws.content(),
                    Boolean.parseBoolean(config.getProperty("planpress.allow-passthrough", "false")));
        } catch (IOException e) {
            throw BuildFailure.of(ws.display(ws.content()), "cannot read section kinds: " + e.getMessage());
        }
        List<ConvertedPlan> plans = cache == null ? converter.convertAll(sources, diagnostics, threads)
                : cache.convertAll(converter, ws, config, sources, diagnostics, threads);
        XrefChecker.check(plans, diagnostics);
        progress.accept(String.format("converted %d plans in %s", plans.size(), secs(t1)));
        return new Converted(plans, converter);
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
        Converted converted = convert(ws, config, diagnostics, o.threads(), progress, cache);
        List<ConvertedPlan> plans = converted.plans();
        diagnostics.throwIfErrors();
        config.setProperty("planpress.pdf", String.valueOf(o.pdf()));
        HelpPage help = HelpPage.prepare(ws, config, converted.converter(), diagnostics);
        Map<String, Object> site = SiteModel.build(plans, converted.converter().kinds(), config);

        OutputSwap swap = OutputSwap.prepare(ws.output());
        Path theme = null;
        boolean done = false;
        try {
            theme = Files.createTempDirectory("planpress-theme");
            ws.composeTheme(theme);
            long t = System.nanoTime();
            int n = Baker.bake(ws.source(), ws.content(), theme, swap.staging(), config, plans, site);
            ws.copyContentFiles(swap.staging());
            if (help != null) help.write(swap.staging());
            progress.accept(String.format("baked %d plans in %s", n, secs(t)));
            t = System.nanoTime();
            Enricher.Enriched enriched = Enricher.enrich(swap.staging(), plans, site, diagnostics, progress);
            progress.accept(String.format("enriched %d pages in %s", n, secs(t)));
            if (o.pdf()) {
                t = System.nanoTime();
                int made = org.planpress.print.Printer.print(converted.converter(), plans, swap.staging(), ws.output(),
                        o.threads(), diagnostics, progress);
                diagnostics.throwIfErrors();
                progress.accept(String.format("printed %d PDFs (%d plans unchanged) in %s", made,
                        plans.size() - made / 3, secs(t)));
            }
            enriched.checkLinks(diagnostics);
            diagnostics.throwIfErrors();
            swap.commit();
            done = true;
        } catch (IOException e) {
            throw BuildFailure.of(ws.output().toString(), "cannot write the site: " + e.getMessage());
        } finally {
            if (!done) swap.abort();
            OutputSwap.deleteTree(theme);
        }
        progress.accept(String.format("built %s in %s", ws.display(ws.output()), secs(start)));
        return new Result(ws.output(), plans.size(),
                diagnostics.sorted().stream().filter(d -> !d.isError()).toList());
    }

    static String secs(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
