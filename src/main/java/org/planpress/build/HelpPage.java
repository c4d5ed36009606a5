package org.planpress.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.PlanConverter;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;

/**
 * The authoring guide ({@code <source>/docs/authoring.adoc}) as the site's help page, {@value #FILE}: converted like a
 * plan, framed by the site's page layout, linked from every page's navigation. Not made when the site sets its
 * own {@code planpress.help} or has no guide; problems in the guide are warnings, never a failed build. A build
 * into an output whose help page was made from the same guide by the same PlanPress reuses it (the guide is
 * the longest document of the default content: converting it was the last thing a small build waited for).
 */
final class HelpPage {
    /** The page's path in the site. */
    static final String FILE = "help.html";
    /** The guide's path in the source directory. */
    static final String GUIDE = "docs/authoring.adoc";

    /** The converted guide; {@code digest} (null after warnings) says what it was made from. */
    private record Memo(String text, String title, String lang, String body, String digest) {
    }

    private static volatile Memo memo;

    private final java.util.concurrent.CompletableFuture<Memo> page;

    private HelpPage(java.util.concurrent.CompletableFuture<Memo> page) {
        this.page = page;
    }

    /**
     * Sets {@code planpress.help} in {@code config} when there is a guide, and starts on {@code executor} to
     * take it from the previous build's page or else convert it (it is only needed when the pages are
     * written); returns null when no help page is made.
     */
    static HelpPage prepare(Workspace ws, Properties config, PlanConverter converter, Diagnostics diagnostics,
            java.util.concurrent.Executor executor) {
        if (!config.getProperty("planpress.help", "").isBlank()) return null;
        Path guide = ws.source().resolve(GUIDE);
        if (!Files.isRegularFile(guide)) return null;
        String shown = ws.display(guide);
        String text;
        try {
            text = SourceLoader.decode(Files.readAllBytes(guide), shown, diagnostics);
        } catch (IOException e) {
            diagnostics.warning(shown, 0, "help page left out: cannot read the guide: " + e.getMessage());
            return null;
        }
        if (text == null) return null;
        config.setProperty("planpress.help", FILE);
        Memo m = memo;
        if (m != null && m.text().equals(text)) return new HelpPage(java.util.concurrent.CompletableFuture.completedFuture(m));
        Path last = ws.output() == null ? null : ws.output().resolve(FILE);
        // off the caller's thread, the previous page is looked at too: the plans convert meanwhile
        return new HelpPage(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            String digest = digest(text, converter);
            Memo kept = last == null ? null : previous(last, text, digest);
            return kept != null ? kept : convert(guide, shown, text, digest, converter, diagnostics);
        }, executor));
    }

    /**
     * What the converted guide depends on: its text, the section kinds and PlanPress itself (the jar or class
     * folder it runs from, by size and time).
     */
    private static String digest(String text, PlanConverter converter) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(text.getBytes(StandardCharsets.UTF_8));
            md.update(String.valueOf(converter.kinds().all()).getBytes(StandardCharsets.UTF_8));
            var code = HelpPage.class.getProtectionDomain().getCodeSource();
            if (code != null) {
                Path self = Path.of(code.getLocation().toURI());
                md.update((self + " " + Files.size(self) + " " + Files.getLastModifiedTime(self)).getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The guide as the previous build's help page holds it, if that page was made from the same guide by the
     * same PlanPress without warnings (the guide then need not be converted again), else null.
     */
    private static Memo previous(Path page, String text, String digest) {
        if (digest == null || !Files.isRegularFile(page)) return null;
        try {
            Document d = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "");
            d.outputSettings().prettyPrint(false);
            Element meta = d.selectFirst("meta[name=" + DIGEST_META + "]");
            Element article = d.selectFirst("article.pp-help");
            Element body = article == null ? null : article.selectFirst("> div.pp-body");
            Element h1 = article == null ? null : article.selectFirst("> h1");
            if (meta == null || !digest.equals(meta.attr("content")) || body == null || h1 == null) return null;
            return new Memo(text, h1.text(), article.attr("lang"), body.html(), digest);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The name of the help page's meta element that records {@link #digest}. */
    private static final String DIGEST_META = "planpress-guide";

    /** The guide converted; if it cannot be, its text as it is (the warnings say why). */
    private static Memo convert(Path guide, String shown, String text, String digest, PlanConverter converter,
            Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        ConvertedPlan c = converter.convert(new PlanSource("help", guide, shown, text), own);
        for (Diagnostic d : own.sorted()) diagnostics.warning(d.file(), d.line(), "help page: " + d.message());
        if (c == null) return new Memo(text, "Help", "en", "<pre>" + org.planpress.html.Html.escape(text) + "</pre>", null);
        Memo m = new Memo(text, c.plan().title(), c.plan().lang(), c.bodyHtml(), own.sorted().isEmpty() ? digest : null);
        if (own.sorted().isEmpty()) memo = m;
        return m;
    }

    /** A run of Chinese: Han characters with the CJK punctuation, digits and spaces between them. */
    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]*\\p{IsHan}(?:[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\d]*[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])?");

    /** Wraps the runs of Chinese in the (English) guide's text in {@code <span lang="zh-CN">}, for screen readers. */
    static void markChinese(Element root) {
        java.util.List<org.jsoup.nodes.TextNode> texts = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((n, depth) -> {
            if (n instanceof org.jsoup.nodes.TextNode t && CHINESE.matcher(t.getWholeText()).find()) texts.add(t);
        }, root);
        for (org.jsoup.nodes.TextNode t : texts) {
            Element p = t.parent();
            if (p != null && p.hasAttr("lang") && p.attr("lang").startsWith("zh")) continue;
            String s = t.getWholeText();
            java.util.regex.Matcher m = CHINESE.matcher(s);
            int at = 0;
            java.util.List<org.jsoup.nodes.Node> parts = new java.util.ArrayList<>();
            while (m.find()) {
                if (m.start() > at) parts.add(new org.jsoup.nodes.TextNode(s.substring(at, m.start())));
                parts.add(new Element("span").attr("lang", "zh-CN").text(m.group()));
                at = m.end();
            }
            if (at < s.length()) parts.add(new org.jsoup.nodes.TextNode(s.substring(at)));
            for (org.jsoup.nodes.Node part : parts) t.before(part);
            t.remove();
        }
    }

    /** Writes the page into the baked site, framed like the site's index page. */
    void write(Path site) throws IOException {
        Memo page = this.page.join();
        Path index = site.resolve("index.html");
        Document d = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8), "");
        Element main = d.getElementById("main");
        if (main == null) main = d.body();
        main.empty();
        Element article = main.appendElement("article").addClass("pp-help").attr("lang", page.lang());
        article.appendElement("h1").text(page.title());
        article.appendElement("div").addClass("pp-body").html(page.body());
        if (!page.lang().toLowerCase(java.util.Locale.ROOT).startsWith("zh")) markChinese(article);
        String old = d.title();
        int dot = old.lastIndexOf(" · ");
        d.title(page.title() + (dot >= 0 ? old.substring(dot) : ""));
        d.body().attr("class", "pp-help-page");
        if (page.digest() != null) d.head().appendElement("meta").attr("name", DIGEST_META).attr("content", page.digest());
        for (Element a : d.select("a[href=" + FILE + "]")) a.attr("aria-current", "page");
        d.outputSettings().prettyPrint(false);
        Files.writeString(site.resolve(FILE), d.outerHtml(), StandardCharsets.UTF_8);
    }
}
