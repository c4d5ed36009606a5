package org.planpress.print;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.html.Html;
import org.planpress.internal.Workers;
import org.planpress.model.Plan;
import org.planpress.convert.ConvertedPlan;
import org.planpress.i18n.Messages;
import org.planpress.convert.PlanConverter;
import org.planpress.publish.OutputSwap;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * The print stage: prints three PDFs per plan with asciidoctor-pdf into the site's {@code pdf/} directory:
 * {@code <id>.pdf} (A4), {@code <id>-a3.pdf} (notice-board edition, A3, larger type) and
 * {@code <id>-summary.pdf} (title, objectives, roster and timeline on one A4 page). A {@link Step}: the
 * pipeline takes the PDFs printed before from the same inputs from its store, and prints the others.
 */
public final class Printer implements Step<ConvertedPlan, Printer.Printed>, AutoCloseable {
    /** Bump when the print stage changes what it makes from the same source and theme. */
    static final String FORMAT = "planpress-print-2"; // 2: metadata and /Lang
    /** System property: the number of PDFs printed at a time (default: see {@link #threads}). */
    static final String THREADS_PROPERTY = "planpress.print.threads";
    /** Type scales tried, in order, until the summary fits one page (70 %: the smallest readable size). */
    static final double[] SUMMARY_SCALES = {1.0, 0.9, 0.8, 0.7};
    private static final Pattern PAGES = Pattern.compile("/Type\\s*/Pages\\s*/Count\\s+(\\d+)");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    /** Setting (jbake.properties) and {@code build --pdf-editions}: the editions to print, comma-separated. */
    public static final String EDITIONS_PROPERTY = "planpress.pdf.editions";

    /**
     * The editions {@code config} asks for, as their names ({@code a4}, {@code a3}, {@code summary}) in that
     * order; all three when unset. An unknown name fails the build, reported at {@code file} and {@code line}.
     */
    public static List<String> editions(java.util.Properties config, String file, int line) throws BuildFailure {
        String value = config.getProperty(EDITIONS_PROPERTY, "a4,a3,summary");
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            if (Edition.named(name) == null) {
                throw new BuildFailure(org.planpress.diag.Diagnostic.error(file, line, "unknown PDF edition '"
                        + part.strip() + "' in " + EDITIONS_PROPERTY + " (use a4, a3 and/or summary)"));
            }
            asked.add(name);
        }
        if (asked.isEmpty()) {
            throw new BuildFailure(org.planpress.diag.Diagnostic.error(file, line,
                    EDITIONS_PROPERTY + " names no PDF edition (use a4, a3 and/or summary)"));
        }
        List<String> out = new ArrayList<>();
        for (Edition e : Edition.values()) if (asked.contains(e.name)) out.add(e.name);
        return out;
    }

    /** The three editions of a plan. */
    enum Edition {
        FULL("", "planpress", "full", "a4"), A3("-a3", "planpress-a3", "a3", "a3"),
        SUMMARY("-summary", "planpress-summary", "summary", "summary");

        final String suffix;
        final String theme;
        final String key;
        /** Its name in {@link #EDITIONS_PROPERTY}. */
        final String name;

        Edition(String suffix, String theme, String key, String name) {
            this.suffix = suffix;
            this.theme = theme;
            this.key = key;
            this.name = name;
        }

        static Edition named(String name) {
            for (Edition e : values()) if (e.name.equals(name)) return e;
            return null;
        }

        String file(String planId) {
            return planId + suffix + ".pdf";
        }
    }

    /**
     * A plan's PDFs by file name ({@code <id>.pdf}, ...; in the site when printed now, in the store when taken
     * from it) and what printing them found (warnings, or errors).
     */
    public record Printed(Map<String, Path> pdfs, List<Diagnostic> diagnostics) {
    }

    /** What the store keeps of a plan's printing besides its PDFs. */
    private record Findings(List<Diagnostic> diagnostics) {
    }

    private final PlanConverter converter;
    private final List<Edition> editions;
    private final Path themeDir;
    private final PdfTheme theme;
    private final Path pdfDir;
    private final String common;
    private final String[] summaryThemes = new String[SUMMARY_SCALES.length];
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong totalNanos = new AtomicLong();
    private final AtomicLong rendered = new AtomicLong();
    private final long start = System.nanoTime();
    /** Set on the first plan printed: asciidoctor-pdf, the theme's fonts and their coverage. */
    private volatile Ready ready;

    /**
     * What printing needs once per build: the gem loaded, the theme's fonts checked, what they can draw and
     * whether one of them is a CJK font (read from the font files once, not for every plan: with Droid Sans
     * Fallback 0.1-0.2 s a plan, a tenth of the print stage's profile samples).
     */
    private record Ready(Asciidoctor asciidoctor, List<String> fonts, String cjkFont, GlyphCoverage coverage, boolean cjk) {
    }

    private Printer(PlanConverter converter, List<Edition> editions, Path themeDir, PdfTheme theme, Path pdfDir, String common) {
        this.converter = converter;
        this.pdfDir = pdfDir;
        this.editions = editions;
        this.themeDir = themeDir;
        this.theme = theme;
        this.common = common;
    }

    /**
     * The print stage's work on one plan: the editions named in {@code editionNames} ({@code <id>.pdf} A4,
     * {@code <id>-a3.pdf}, {@code <id>-summary.pdf}), keyed by the plan's source, the PDF theme and fonts, the
     * files every plan may include, the editions and PlanPress's version; it prints into {@code site/pdf/}.
     * Close it to delete its composed theme.
     */
    public static Printer open(PlanConverter converter, Path source, List<ConvertedPlan> plans, List<String> editionNames,
            Path site) throws BuildFailure {
        Path themeDir = null;
        try {
            themeDir = Files.createTempDirectory("planpress-pdf-theme");
            PdfTheme theme = PdfTheme.compose(source, themeDir);
            String common = commonHash(theme, source, plans) + ":" + String.join(",", editionNames);
            Path pdfDir = Files.createDirectories(site.resolve("pdf"));
            return new Printer(converter, editionNames.stream().map(Edition::named).toList(), themeDir, theme, pdfDir, common);
        } catch (IOException e) {
            org.planpress.internal.Trees.delete(themeDir);
            throw BuildFailure.of(PdfTheme.DIR, "cannot read the PDF theme: " + PdfTheme.describe(e), e);
        } catch (BuildFailure | RuntimeException e) {
            org.planpress.internal.Trees.delete(themeDir);
            throw e;
        }
    }

    @Override
    public String kind() {
        return "pdf";
    }

    @Override
    public boolean inMemory() {
        return false; // a serve session prints again from the files
    }

    @Override
    public String key(ConvertedPlan cp) {
        return planKey(common, cp.source());
    }

    @Override
    public Printed make(ConvertedPlan cp) throws IOException {
        Diagnostics local = new Diagnostics();
        Ready r;
        try {
            r = ready();
            checkGlyphs(List.of(cp), theme, r.coverage(), r.cjk(), local);
        } catch (BuildFailure f) {
            return new Printed(Map.of(), f.diagnostics());
        }
        if (local.hasErrors()) return new Printed(Map.of(), local.sorted());
        // printed beside the site's PDFs, then moved in whole: a summary may take several tries
        Path dir = Files.createTempDirectory(pdfDir, ".printing-");
        try {
            Run run = new Run(this, r, dir, local);
            // the summary first: it may take several tries
            if (editions.contains(Edition.SUMMARY)) run.summary(cp);
            for (Edition e : editions) if (e != Edition.SUMMARY) run.edition(cp, e);
            Map<String, Path> pdfs = new java.util.LinkedHashMap<>();
            if (!local.hasErrors()) {
                for (Edition e : editions) {
                    String name = e.file(cp.source().id());
                    pdfs.put(name, Files.move(dir.resolve(name), pdfDir.resolve(name), StandardCopyOption.REPLACE_EXISTING));
                }
            }
            return new Printed(pdfs, local.sorted());
        } finally {
            org.planpress.internal.Trees.delete(dir);
        }
    }

    private Ready ready() throws BuildFailure {
        Ready r = ready;
        if (r != null) return r;
        synchronized (this) {
            if (ready == null) {
                List<String> fonts = theme.check(List.of(Edition.FULL.theme, Edition.A3.theme, Edition.SUMMARY.theme));
                // a theme of the user's own may name its CJK font itself
                boolean cjk = theme.cjkFont() != null || fonts.stream().anyMatch(f -> !f.startsWith("uri:") && CjkFont.usable(Path.of(f)));
                ready = new Ready(prepare(), fonts, theme.fallbackFont(Edition.FULL.theme), coverage(fonts), cjk);
            }
            return ready;
        }
    }

    @Override
    public boolean keep(Printed p) {
        return p.diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    @Override
    public Map<String, byte[]> encode(Printed p) throws IOException {
        return Map.of(FINDINGS, JSON.writeValueAsBytes(new Findings(p.diagnostics())));
    }

    @Override
    public Map<String, Path> files(Printed p) {
        return p.pdfs();
    }

    @Override
    public Printed decode(Store.Entry e) {
        if (!e.parts().containsKey(FINDINGS) || e.files().size() != editions.size()) return null;
        try {
            return new Printed(e.files(), JSON.readValue(e.parts().get(FINDINGS), Findings.class).diagnostics());
        } catch (IOException | RuntimeException x) {
            return null;
        }
    }

    /**
     * Puts one plan's PDFs into the site's {@code pdf/} (those printed now are there already; one taken from
     * the store keeps the time it was printed: Last-Modified, ETag) and their findings into {@code diagnostics}.
     */
    public void write(Printed p, Diagnostics diagnostics) throws IOException {
        diagnostics.addAll(p.diagnostics());
        for (Map.Entry<String, Path> f : p.pdfs().entrySet()) {
            Path file = pdfDir.resolve(f.getKey());
            if (!file.equals(f.getValue())) Store.link(f.getValue(), file);
        }
    }

    /** Reports how long printing took, when anything was printed. */
    public void report(Consumer<String> progress) {
        if (rendered.get() == 0) return;
        progress.accept(String.format(Locale.ROOT, "printing: first PDF after %.1f s, %.1f s per PDF",
                firstNanos.get() / 1e9, totalNanos.get() / 1e9 / rendered.get()));
    }

    /** The number of editions printed per plan. */
    public int editions() {
        return editions.size();
    }

    @Override
    public void close() {
        org.planpress.internal.Trees.delete(themeDir);
    }

    /** The summary theme at the i-th scale, written on first use. */
    private synchronized String summaryTheme(int i) throws BuildFailure {
        if (summaryThemes[i] == null) {
            summaryThemes[i] = SUMMARY_SCALES[i] == 1.0 ? Edition.SUMMARY.theme : theme.scaled(Edition.SUMMARY.theme, SUMMARY_SCALES[i]);
        }
        return summaryThemes[i];
    }

    /**
     * Plans to print at a time: {@code threads} (the build's, by default the number of cores);
     * the system property {@value #THREADS_PROPERTY} overrides it. JRuby runs conversions truly in parallel,
     * but they share the JVM heap and JIT: on a busy 2-core machine two at a time printed 9 PDFs 10 to 20 %
     * faster than one, in some runs slower.
     */
    public static int threads(int threads) {
        return Math.max(1, Integer.getInteger(THREADS_PROPERTY, threads));
    }

    /**
     * The shared Asciidoctor instance with asciidoctor-pdf loaded and the print tree processor registered
     * (done once; a build starts it early, on a side thread, beside the HTML conversion).
     */
    public static Asciidoctor prepare() {
        return PdfGem.prepare();
    }

    /** What {@code fonts} can draw together. */
    private static GlyphCoverage coverage(List<String> fonts) throws BuildFailure {
        try {
            return GlyphCoverage.of(fonts);
        } catch (IOException e) {
            throw BuildFailure.of(PdfTheme.DIR, "cannot read the fonts of the PDF theme: " + PdfTheme.describe(e), e);
        }
    }

    /**
     * Stops plans the theme's fonts cannot print ({@code coverage}: what they draw; {@code cjk}: whether one is a
     * CJK font): a plan with CJK text when this machine has no CJK font (one error at its first line, saying what
     * to install), or any character no font draws (at its line).
     */
    static void checkGlyphs(List<ConvertedPlan> plans, PdfTheme theme, GlyphCoverage coverage, boolean cjk,
            Diagnostics diagnostics) {
        for (ConvertedPlan cp : plans) {
            String file = cp.source().displayPath();
            if (!cjk && chinese(cp)) {
                diagnostics.error(file, 1, "cannot print this plan's Chinese text: no usable CJK font (TrueType) was"
                        + " found on this machine; " + CjkFont.INSTALL_HINT + " (build --no-pdf builds the site without PDFs)");
                continue;
            }
            GlyphCoverage.Missing m = coverage.firstMissing(cp.source().text());
            if (m != null) {
                diagnostics.error(file, m.line(), "cannot print the character " + m.shown() + ": no font of the PDF"
                        + " theme has a glyph for it (" + String.join(", ", coverage.names()) + ")"
                        + (org.planpress.i18n.Scripts.cjk(m.codePoint()) && theme.cjkFont() == null ? "; " + CjkFont.INSTALL_HINT
                        : "; write it another way, or put a TrueType font that has it in " + CjkFont.FONTS_DIR_KEY
                        + " (on Debian/Ubuntu fonts-wqy-zenhei has ℃, ① and the other signs of Chinese plans, and is then"
                        + " preferred to Droid Sans Fallback)"));
            }
        }
    }

    /**
     * A warning for each plan with CJK text when this machine has no CJK font to print it with ({@code check}
     * prints nothing, but tells what {@code build} would stop at).
     */
    public static void warnWithoutCjkFont(Path source, java.util.Properties config, List<ConvertedPlan> plans,
            Diagnostics diagnostics) {
        List<ConvertedPlan> chinese = plans.stream().filter(Printer::chinese).toList();
        if (chinese.isEmpty() || CjkFont.find(source, config, source.resolve(PdfTheme.DIR)).isPresent()) return;
        for (ConvertedPlan cp : chinese) {
            diagnostics.warning(cp.source().displayPath(), 1, "no usable CJK font (TrueType) was found on this"
                    + " machine, so this plan's PDFs cannot be printed; " + CjkFont.INSTALL_HINT);
        }
    }

    /** The source directory: the plan's file with its display path (relative to the source directory) taken off. */
    static Path sourceRoot(PlanSource src) {
        Path file = src.file().toAbsolutePath().normalize();
        Path shown = Path.of(src.displayPath());
        if (!shown.isAbsolute() && file.endsWith(shown) && file.getNameCount() > shown.getNameCount()) {
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - shown.getNameCount()));
        }
        Path p = file.getParent();
        while (p != null && !Files.isDirectory(p.resolve("content"))) p = p.getParent();
        return p == null ? file.getParent() : p;
    }

    /** Theme, version and the content every plan may include (files under content/ that are not plans). */
    private static String commonHash(PdfTheme theme, Path source, List<ConvertedPlan> plans) throws IOException {
        List<byte[]> md = new ArrayList<>();
        PdfTheme.add(md, "format", (FORMAT + "/" + version() + "/" + Store.codeVersion()).getBytes(StandardCharsets.UTF_8));
        PdfTheme.add(md, "theme", theme.hash().getBytes(StandardCharsets.UTF_8));
        Path content = source.resolve("content");
        for (Path p : SourceLoader.sharedFiles(content, plans.stream().map(ConvertedPlan::source).toList())) {
            PdfTheme.add(md, content.relativize(p).toString(), Files.readAllBytes(p));
        }
        return Store.key(md.toArray(new byte[0][]));
    }

    private static String planKey(String common, PlanSource src) {
        return Store.key(common, src.displayPath(), src.digest());
    }

    /** PlanPress's version (the project version in org/planpress/version.properties), "dev" when unknown. */
    static String version() {
        try (java.io.InputStream in = Printer.class.getResourceAsStream("/org/planpress/version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) return v.strip();
            }
        } catch (IOException e) {
            // fall through
        }
        String v = Printer.class.getPackage() == null ? null : Printer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }


    private static final String FINDINGS = "findings.json";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The number of pages of a PDF written by asciidoctor-pdf: the {@code /Count} of its page tree, which Prawn
     * writes uncompressed as {@code << /Type /Pages /Count n ...}. (Counting page objects would also count
     * the unused first page asciidoctor-pdf leaves in the file.)
     */
    static int pageCount(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return PAGES.matcher(s).results().mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** True when a plan should be set as Chinese: its language is zh or its text has Han characters. */
    static boolean chinese(ConvertedPlan cp) {
        String lang = cp.plan().lang();
        return (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh")) || HAN.matcher(cp.source().text()).find();
    }

    /** The printing of one plan's editions into a folder. */
    private static final class Run {
        final Printer printer;
        final PlanConverter converter;
        final Asciidoctor asciidoctor;
        final PdfTheme theme;
        final String cjkFont;
        final Path pdfDir;
        final Diagnostics diagnostics;

        Run(Printer printer, Ready ready, Path pdfDir, Diagnostics diagnostics) {
            this.printer = printer;
            this.converter = printer.converter;
            this.asciidoctor = ready.asciidoctor();
            this.theme = printer.theme;
            this.cjkFont = ready.cjkFont();
            this.pdfDir = pdfDir;
            this.diagnostics = diagnostics;
        }

        void edition(ConvertedPlan cp, Edition e) {
            render(cp, e, e.theme, pdfDir.resolve(e.file(cp.source().id())));
        }

        /** The summary, with the type shrunk step by step until it fits one page; warns when shrunk. */
        void summary(ConvertedPlan cp) {
            Path target = pdfDir.resolve(Edition.SUMMARY.file(cp.source().id()));
            int pages = 0;
            for (int i = 0; i < SUMMARY_SCALES.length; i++) {
                String themeName;
                try {
                    themeName = printer.summaryTheme(i);
                } catch (BuildFailure f) {
                    for (Diagnostic d : f.diagnostics()) diagnostics.add(d);
                    return;
                }
                if (!render(cp, Edition.SUMMARY, themeName, target)) return;
                try {
                    pages = pageCount(target);
                } catch (IOException ex) {
                    diagnostics.error(cp.source().displayPath(), 0, "cannot read back " + target.getFileName() + ": " + ex.getMessage());
                    return;
                }
                if (pages <= 1) {
                    if (i > 0) {
                        warn(cp, "the one-page summary does not fit one A4 page at full type size: printed at "
                                + percent(SUMMARY_SCALES[i]) + " type size");
                    }
                    return;
                }
            }
            warn(cp, "the one-page summary does not fit one A4 page even at " + percent(SUMMARY_SCALES[SUMMARY_SCALES.length - 1])
                    + " type size (the smallest readable): it has " + pages + " pages; shorten the objectives or the roster"
                    + " (nothing is cut)");
        }

        private static String percent(double s) {
            return Math.round(s * 100) + " %";
        }

        private void warn(ConvertedPlan cp, String message) {
            diagnostics.warning(cp.source().displayPath(), 0, message);
        }

        /** Converts one plan to one PDF; false (with an error in diagnostics) when it cannot. */
        boolean render(ConvertedPlan cp, Edition edition, String themeName, Path target) {
            PlanSource src = cp.source();
            long t = System.nanoTime();
            Options options = converter.options(src, "pdf", attributes(cp, edition, themeName));
            options.setStandalone(true); // else Asciidoctor sets notitle and the title is not printed
            Diagnostics local = new Diagnostics();
            // a stream, not to_file: SAFE mode keeps output files inside the plan's directory
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                options.setToStream(out);
                String text = src.text();
                if (edition != Edition.SUMMARY && !cp.terms().isEmpty()) {
                    // asciidoctor-pdf's own index, from the same ((terms)) as the site's terms page
                    text = text + "\n\n[index]\n== " + Messages.forLang(cp.plan().lang()).get("pdf.index") + "\n";
                }
                String printed = text;
                converter.inContext(src, local, () -> asciidoctor.convert(printed, options));
            } catch (RuntimeException ex) {
                local.error(src.displayPath(), 0, "cannot print " + target.getFileName() + ": " + firstLine(ex));
            } catch (IOException ex) {
                local.error(src.displayPath(), 0, "cannot write " + target.getFileName() + ": " + PdfTheme.describe(ex));
            }
            // findings the HTML conversion already reported are equal and collapse in diagnostics
            diagnostics.addAll(local);
            if (local.hasErrors() || !Files.isRegularFile(target)) {
                if (!local.hasErrors()) diagnostics.error(src.displayPath(), 0, "cannot print " + target.getFileName());
                return false;
            }
            long took = System.nanoTime() - t;
            printer.firstNanos.compareAndSet(0, System.nanoTime() - printer.start);
            printer.totalNanos.addAndGet(took);
            printer.rendered.incrementAndGet();
            return true;
        }

        Map<String, Object> attributes(ConvertedPlan cp, Edition edition, String themeName) {
            Plan plan = cp.plan();
            Messages msg = Messages.forLang(plan.lang());
            boolean zh = "zh-CN".equals(msg.lang());
            Map<String, Object> a = new HashMap<>();
            a.put("pdf-themesdir", theme.dir().toString());
            a.put("pdf-theme", themeName);
            a.put("pdf-fontsdir", theme.fontsDirAttribute());
            a.put(PrintTreeprocessor.EDITION, edition.key);
            a.put(PrintTreeprocessor.TITLEBLOCK, titleBlock(plan, cp.attributes(), msg, zh));
            // the running content and the info dictionary read AsciiDoc-formatted text: the plain values escaped once
            a.put("pp-issuer", plan.issuer() == null ? "" : Html.escape(plan.issuer()));
            a.put("pp-page-prefix", zh ? "第 " : "Page ");
            a.put("pp-page-middle", zh ? " 页，共 " : " of ");
            a.put("pp-page-suffix", zh ? " 页" : "");
            a.put("outfilesuffix", ".pdf");
            a.put(PrintTreeprocessor.SVG_CJK_FONT, cjkFont);
            if (chinese(cp)) a.put("scripts", "cjk");
            // the document information dictionary (asciidoctor-pdf's build_pdf_info) and, through pdf_catalog.rb,
            // the catalog's /Lang
            if (plan.issuer() != null) a.put("author", Html.escape(plan.issuer()));
            if (plan.description() != null) a.put("subject", Html.escape(plan.description()));
            String keywords = keywords(cp);
            if (!keywords.isEmpty()) a.put("keywords", keywords);
            a.put("publisher", "PlanPress " + version());
            a.put("lang", plan.lang() == null || plan.lang().isBlank() ? "en" : plan.lang());
            return a;
        }

        /** The plan's own {@code :keywords:}, else its index terms, comma-separated (by semicolons if a term has a comma). */
        static String keywords(ConvertedPlan cp) {
            String own = cp.attributes().get("keywords");
            if (own != null && !own.isBlank()) return own.strip();
            boolean comma = cp.terms().keySet().stream().anyMatch(t -> t.contains(","));
            return String.join(comma ? "; " : ", ", cp.terms().keySet());
        }

        /** The line under the title: issuer, year, and the document number and date of issue when the plan has them. */
        static String titleBlock(Plan plan, Map<String, String> attributes, Messages msg, boolean zh) {
            String sep = zh ? "：" : ": ";
            List<String> parts = new ArrayList<>();
            if (plan.issuer() != null) parts.add(msg.get("plan.issuer") + sep + Html.escape(plan.issuer()));
            if (plan.year() != null) parts.add(msg.get("plan.year") + sep + plan.year());
            for (String name : List.of("number", "date")) {
                String value = attributes.get("plan-" + name);
                if (value != null && !value.isBlank()) parts.add(msg.get("plan." + name) + sep + Html.escape(value.strip()));
            }
            return String.join(zh ? "　" : " · ", parts);
        }

        private static String firstLine(Throwable e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = m.indexOf('\n');
            return nl > 0 ? m.substring(0, nl) : m;
        }
    }
}
