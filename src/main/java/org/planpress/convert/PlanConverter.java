package org.planpress.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.planpress.i18n.Messages;
import org.planpress.diag.Diagnostics;
import org.planpress.internal.Workers;
import org.planpress.model.Plan;
import org.planpress.source.PlanSource;

/**
 * Stage 2: converts plan sources to HTML bodies and plain models, with one shared Asciidoctor instance in
 * SAFE mode, several documents at a time. Every problem goes to the given {@link Diagnostics} with its
 * file and line; nothing is thrown for bad input.
 */
public final class PlanConverter {
    private static final Pattern CONCEALED_TERM = Pattern.compile("\\(\\(\\((.+?)\\)\\)\\)");
    private static final Pattern VISIBLE_TERM = Pattern.compile("(?<!\\()\\(\\(([^()]+?)\\)\\)(?!\\))");
    private static final Pattern INLINE_PASS = Pattern.compile("pass:[a-z,]*\\[|(?<!\\+)\\+\\+\\+(?!\\+)|\\$\\$");
    private static volatile Asciidoctor shared;

    private final Path sourceRoot;
    private final Path contentRoot;
    private final Path contentRootReal;
    private final SectionKinds kinds;
    private final boolean allowPassthrough;

    /**
     * @param sourceRoot the source directory (for messages and the user's section kinds and labels)
     * @param contentRoot the content directory includes are confined to
     * @param allowPassthrough whether raw HTML passthrough is allowed (site configuration)
     */
    public PlanConverter(Path sourceRoot, Path contentRoot, boolean allowPassthrough) throws IOException {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.contentRootReal = this.contentRoot.toRealPath();
        this.kinds = SectionKinds.load(sourceRoot);
        this.allowPassthrough = allowPassthrough;
        Messages.useSource(sourceRoot);
    }

    /** The shared Asciidoctor instance, created on first use (JRuby start-up is the slow part). */
    public static Asciidoctor asciidoctor() {
        Asciidoctor a = shared;
        if (a == null) {
            synchronized (PlanConverter.class) {
                a = shared;
                if (a == null) {
                    a = Asciidoctor.Factory.create();
                    a.registerLogHandler(new ContextLogHandler());
                    defineExtensionKinds(a);
                    shared = a;
                }
            }
        }
        return a;
    }

    /**
     * Starts JRuby ({@link #asciidoctor}) and converts a small document once, so that the first plan converted
     * afterwards does not wait for Ruby to load Asciidoctor's parser and HTML converter.
     */
    public static void warm() {
        asciidoctor().convert("= Warm-up\n\n== Section\n\nA *paragraph* with a <<_section,link>>.\n\n"
                + "* item\n. step\n\n[cols=2]\n|===\n|a |b\n|===\n", Options.builder().safe(SafeMode.SECURE).build());
    }

    /**
     * AsciidoctorJ defines the Ruby constants of its extension kinds lazily, the first time a document
     * registers one: when two conversions did that at once, JRuby printed "warning: already initialized constant
     * AsciidoctorJ::Extensions::IncludeProcessor". They are defined here, once, before any conversion.
     */
    private static void defineExtensionKinds(Asciidoctor a) {
        try (java.io.InputStream in = PlanConverter.class.getResourceAsStream("extension_kinds.rb")) {
            a.rubyExtensionRegistry().loadClass(in);
        } catch (IOException | RuntimeException e) {
            // only a warning is at stake
        }
    }

    public SectionKinds kinds() {
        return kinds;
    }

    /** Converts all sources, {@code threads} at a time, keeping their order. */
    public List<ConvertedPlan> convertAll(List<PlanSource> sources, Diagnostics diagnostics, int threads) {
        asciidoctor();
        List<ConvertedPlan> out = new ArrayList<>();
        for (ConvertedPlan c : Workers.mapUnchecked(sources, threads, s -> convert(s, diagnostics))) {
            if (c != null) out.add(c);
        }
        return out;
    }

    /**
     * Converts one source (its {@code key} is null: see {@link ConversionStep}); returns null when it cannot be
     * converted (the reason is in diagnostics).
     */
    public ConvertedPlan convert(PlanSource src, Diagnostics diagnostics) {
        ConversionContext ctx = new ConversionContext(src.displayPath(), diagnostics, kinds, allowPassthrough);
        ctx.contentRoot = contentRoot;
        ctx.contentRootReal = contentRootReal;
        ctx.sourceRoot = sourceRoot;
        ctx.mainFile = realPath(src.file());
        ctx.sectionLinesNeeded = src.text().indexOf("((") >= 0; // see terms()
        scanSource(src, ctx);
        inlineImagesWithoutAlt(src, ctx);
        ctx.open();
        try {
            Document doc = asciidoctor().load(src.text(), options(src, "html5"));
            // getDoctitle() falls back to the first section title; only a real document title counts
            String title = doc.getAttribute("doctitle") == null ? null : doc.getDoctitle();
            if (title == null || title.isBlank()) {
                ctx.error(1, "document has no title: start the file with a line '= Plan title'");
                return null;
            }
            // getContent() is the body without the footnotes Asciidoctor's embedded output ends with: add them, or
            // every footnote mark links to nothing
            String body = (String) doc.getContent() + footnotes(doc);
            String lang = doc.getAttribute("lang") == null ? "en" : doc.getAttribute("lang").toString();
            body = checkMarks(body, Messages.forLang(lang));
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : doc.getAttributes().entrySet()) {
                if (e.getValue() != null && kept(e.getKey())) attrs.put(e.getKey(), e.getValue().toString());
            }
            String plainTitle = PlanTreeprocessor.plain(title);
            // header attribute values come back with their special characters escaped (header substitutions):
            // the model holds plain text, escaped once by whatever writes it (templates, search results, PDFs)
            Plan plan = new Plan(src.id(), plainTitle, plainAttribute(attrs.get("plan-issuer")), ctx.planYear,
                    plainAttribute(string(doc.getAttribute("description"))), lang, src.displayPath(),
                    ctx.rosters, ctx.timelines, ctx.sections);
            return new ConvertedPlan(src, plan, Body.of(body), terms(src, ctx), attrs, null, null);
        } catch (RuntimeException e) {
            ctx.error(0, "Asciidoctor failed: " + firstLine(e));
            return null;
        } finally {
            ctx.close();
        }
    }

    private static final Pattern CHECK_MARK = Pattern.compile("(<ul class=\"checklist\">|</li>)(\\s*<li>\\s*<p>)&#(10003|10063); ");

    /**
     * A checklist item's mark (Asciidoctor writes ✓ or ❏ before its text) says done or not done to a screen
     * reader, which would read "check mark" and "shadowed white square", or nothing.
     */
    static String checkMarks(String body, Messages msg) {
        if (!body.contains("<ul class=\"checklist\">")) return body;
        Matcher m = CHECK_MARK.matcher(body);
        StringBuilder sb = new StringBuilder(body.length() + 256);
        while (m.find()) {
            boolean done = m.group(3).equals("10003");
            String label = org.planpress.html.Html.escape(msg.get(done ? "check.done" : "check.open"));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2) + "<span class=\"pp-check\" role=\"img\" aria-label=\""
                    + org.planpress.html.Html.punctuationAsReferences(label) + "\">&#" + m.group(3) + ";</span> "));
        }
        return m.appendTail(sb).toString();
    }

    /** The footnotes block Asciidoctor's html5 converter writes after an embedded document's content. */
    static String footnotes(Document doc) {
        List<org.asciidoctor.ast.Footnote> notes = doc.getCatalog().getFootnotes();
        if (notes == null || notes.isEmpty() || doc.hasAttribute("nofootnotes")) return "";
        StringBuilder sb = new StringBuilder("\n<div id=\"footnotes\">\n<hr>\n");
        for (org.asciidoctor.ast.Footnote f : notes) {
            sb.append("<div class=\"footnote\" id=\"_footnotedef_").append(f.getIndex()).append("\">\n<a href=\"#_footnoteref_")
                    .append(f.getIndex()).append("\">").append(f.getIndex()).append("</a>. ").append(f.getText()).append("\n</div>\n");
        }
        return sb.append("</div>").toString();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Runs another stage's conversion of {@code src} (e.g. to PDF) with the PlanPress extensions active:
     * the roster and timeline become their print form and problems go to {@code diagnostics}.
     */
    public <T> T inContext(PlanSource src, Diagnostics diagnostics, java.util.function.Supplier<T> work) {
        ConversionContext ctx = new ConversionContext(src.displayPath(), diagnostics, kinds, allowPassthrough);
        ctx.contentRoot = contentRoot;
        ctx.contentRootReal = contentRootReal;
        ctx.sourceRoot = sourceRoot;
        ctx.open();
        try {
            return work.get();
        } finally {
            ctx.close();
        }
    }

    /** Options for converting a plan with the given backend. */
    public Options options(PlanSource src, String backend) {
        return options(src, backend, Map.of());
    }

    /** Options for converting a plan with the given backend and extra document attributes. */
    public Options options(PlanSource src, String backend, Map<String, Object> extra) {
        Path file = src.file().toAbsolutePath();
        Attributes attrs = Attributes.builder()
                .attribute("docfile", file.toString())
                .attribute("docdir", file.getParent().toString())
                .attribute("docname", src.id())
                .attribute("outfilesuffix", ".html")
                .attribute("lang", "en@")
                .attribute("attribute-missing", "warn")
                .attribute("max-include-depth", "16")
                .attribute("planpress", "")
                .attributes(captions(src.text()))
                .attributes(extra)
                .build();
        return Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .backend(backend)
                .baseDir(file.getParent().toFile())
                .attributes(attrs)
                .build();
    }

    private static final Pattern LANG_LINE = Pattern.compile("(?m)^:lang:[ \\t]*(\\S+)[ \\t]*$");
    /** Asciidoctor's labels (its attributes-zh_CN.adoc, with the words Chinese documents print), soft-set. */
    private static final Map<String, Object> CHINESE_CAPTIONS = Map.of("table-caption", "表@", "figure-caption", "图@",
            "example-caption", "示例@", "note-caption", "注@", "tip-caption", "提示@", "important-caption", "重要@",
            "warning-caption", "警告@", "caution-caption", "注意@", "appendix-caption", "附录@", "toc-title", "目录@");

    /**
     * The labels Asciidoctor writes (Table 1., Note, Important...) in the plan's language: the header's
     * {@code :lang:} is read from the text, as they are given to blocks while the document is parsed. An
     * attribute the plan sets itself wins.
     */
    static Map<String, Object> captions(String text) {
        int blank = text.indexOf("\n\n");
        Matcher m = LANG_LINE.matcher(blank < 0 ? text : text.substring(0, blank));
        return m.find() && m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? CHINESE_CAPTIONS : Map.of();
    }

    private static final Pattern INLINE_IMAGE = Pattern.compile("(?<![:\\w])image:(?!:)([^\\s\\[]+)\\[([^\\]]*)]");
    private static final Pattern DELIMITER = Pattern.compile("(-{4,}|\\.{4,}|/{4,}|\\+{4,})\\s*");

    /**
     * An inline image without alt text ({@code image:gauge.png[]}) is read out by its file name, as a block image
     * is (PlanTreeprocessor warns of those): the same warning, from the source text, as inline images are not
     * blocks. Lines inside listing, literal, comment and passthrough blocks are skipped.
     */
    private static void inlineImagesWithoutAlt(PlanSource src, ConversionContext ctx) {
        String text = src.text();
        if (text.indexOf("image:") < 0) return;
        String[] lines = text.split("\n", -1);
        String open = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (DELIMITER.matcher(l).matches()) {
                String d = l.strip();
                if (open == null) open = d;
                else if (open.equals(d)) open = null;
                continue;
            }
            if (open != null || l.startsWith("//")) continue;
            Matcher m = INLINE_IMAGE.matcher(l);
            while (m.find()) {
                String attrs = m.group(2).strip();
                String first = attrs.isEmpty() ? "" : attrs.split(",", -1)[0].strip();
                if (first.isEmpty() || first.contains("=")) {
                    ctx.warning(i + 1, "image " + m.group(1) + " has no alt text: a screen reader says its file name; write what it shows in"
                            + " the brackets, image:" + m.group(1) + "[what the image shows]");
                }
            }
        }
    }

    /** Checks the raw source for what only the text shows: inline passthroughs. */
    private void scanSource(PlanSource src, ConversionContext ctx) {
        if (allowPassthrough) return;
        String text = src.text();
        if (text.indexOf("pass:") < 0 && text.indexOf("+++") < 0 && text.indexOf("$$") < 0) return; // the usual case
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INLINE_PASS.matcher(lines[i]);
            if (m.find()) {
                ctx.error(i + 1, "raw HTML passthrough (" + m.group().replace("[", "") + "...) is not allowed"
                        + " (set planpress.allow-passthrough=true in jbake.properties to allow it)");
            }
        }
    }

    /**
     * The document attributes a plan keeps for the later stages: its own {@code plan-*} attributes (put on its
     * page for templates) and {@code keywords} (its PDFs'), not the eighty Asciidoctor sets on every document.
     */
    private static boolean kept(String name) {
        return name.startsWith("plan-") || name.equals("keywords");
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** An attribute value as plain text (its character references resolved), or null when blank. */
    private static String plainAttribute(String value) {
        String v = blankToNull(value);
        return v == null ? null : org.planpress.html.Html.unescape(v);
    }

    /** Index terms in the source, each with the ids of the sections using them, in document order. */
    private static Map<String, List<String>> terms(PlanSource src, ConversionContext ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (src.text().indexOf("((") < 0) return out; // no index terms: the usual case
        String[] lines = src.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf("((") < 0) continue;
            List<String> found = new ArrayList<>();
            Matcher c = CONCEALED_TERM.matcher(line);
            while (c.find()) found.add(c.group(1).split(",")[0].strip().replaceAll("^\"|\"$", ""));
            Matcher v = VISIBLE_TERM.matcher(CONCEALED_TERM.matcher(line).replaceAll(""));
            while (v.find()) found.add(v.group(1).strip());
            if (found.isEmpty()) continue;
            String section = sectionAt(ctx, i + 1);
            for (String t : found) {
                if (t.isEmpty()) continue;
                List<String> ids = out.computeIfAbsent(t, k -> new ArrayList<>());
                if (!ids.contains(section)) ids.add(section);
            }
        }
        return out;
    }

    private static String sectionAt(ConversionContext ctx, int line) {
        String id = "";
        int best = -1;
        for (int i = 0; i < ctx.sections.size(); i++) {
            int l = ctx.sectionLines.get(i);
            if (l <= line && l > best) {
                best = l;
                id = ctx.sections.get(i).id();
            }
        }
        return id;
    }

    /** Sends Asciidoctor's own messages to the diagnostics of the conversion on the same thread. */
    private static final class ContextLogHandler implements LogHandler {
        @Override
        public void log(LogRecord record) {
            ConversionContext ctx = ConversionContext.current();
            if (ctx == null) return;
            Severity sev = record.getSeverity();
            if (sev == Severity.DEBUG || sev == Severity.INFO || sev == Severity.UNKNOWN) return;
            String file = null;
            int line = 0;
            if (record.getCursor() != null) {
                file = record.getCursor().getPath() != null ? record.getCursor().getFile() : null;
                if (file != null && !file.startsWith("/")) file = null;
                line = record.getCursor().getLineNumber();
            }
            String msg = record.getMessage();
            boolean error = sev == Severity.ERROR || sev == Severity.FATAL || msg.contains("already in use");
            if (msg.contains("already in use")) msg = "duplicate id: " + msg;
            String shown = file == null ? ctx.displayPath : ctx.display(Path.of(file));
            if (error) ctx.diagnostics.error(shown, line, msg);
            else ctx.diagnostics.warning(shown, line, msg);
        }
    }
}
