package org.planpress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanConverter;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.i18n.Scripts;
import org.planpress.store.Store;

/**
 * The authoring guide ({@code <source>/docs/authoring.adoc}) as the site's help page, {@value #FILE}: converted like a
 * plan, framed by the site's page layout, linked from every page's navigation. Not made when the site sets its
 * own {@code planpress.help} or has no guide; problems in the guide are warnings, never a failed build. A guide
 * converted before by the same PlanPress is taken from the build's {@link Store} (the guide is the longest
 * document of the default content: converting it was the last thing a small build waited for).
 */
final class HelpPage {
    /** The page's path in the site. */
    static final String FILE = "help.html";
    /** The guide's path in the source directory. */
    static final String GUIDE = "docs/authoring.adoc";

    /** The converted guide. */
    record Memo(String title, String lang, String body) {
    }

    private static final String KIND = "help";
    private static final String ENTRY = "help.json";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final java.util.concurrent.Future<Memo> page;

    private HelpPage(java.util.concurrent.Future<Memo> page) {
        this.page = page;
    }

    /**
     * Sets {@code planpress.help} in {@code config} when there is a guide, and starts beside the build to
     * take it from {@code store} or else convert it (it is only needed when the pages are written); returns null
     * when no help page is made.
     */
    static HelpPage prepare(Workspace ws, Properties config, PlanConverter converter, Diagnostics diagnostics,
            int threads, Store store) {
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
        return new HelpPage(org.planpress.internal.Workers.beside(threads, () -> {
            String key = Store.key(KIND + "-1", text, String.valueOf(converter.kinds().all()), StoredConversions.codeVersion());
            Memo kept = read(store.read(KIND, key));
            if (kept != null) return kept;
            Memo m = convert(guide, shown, text, converter, diagnostics, store, key);
            store.retain(KIND, java.util.Set.of(key));
            return m;
        }));
    }

    private static Memo read(java.util.Map<String, byte[]> entry) {
        if (entry == null || !entry.containsKey(ENTRY)) return null;
        try {
            return JSON.readValue(entry.get(ENTRY), Memo.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The guide converted; if it cannot be, its text as it is (the warnings say why). */
    private static Memo convert(Path guide, String shown, String text, PlanConverter converter,
            Diagnostics diagnostics, Store store, String key) throws IOException {
        Diagnostics own = new Diagnostics();
        ConvertedPlan c = converter.convert(new PlanSource("help", guide, shown, text), own);
        for (Diagnostic d : own.sorted()) diagnostics.warning(d.file(), d.line(), "help page: " + d.message());
        if (c == null) return new Memo("Help", "en", "<pre>" + org.planpress.html.Html.escape(text) + "</pre>");
        Memo m = new Memo(c.plan().title(), c.plan().lang(), c.bodyHtml());
        if (own.sorted().isEmpty()) store.write(KIND, key, java.util.Map.of(ENTRY, JSON.writeValueAsBytes(m)));
        return m;
    }

    /**
     * Gives each run of Chinese text in an English guide (its examples) its language, {@code <span lang="zh-CN">},
     * so screen readers and fonts treat it as Chinese.
     */
    static void markChinese(Element root) {
        List<org.jsoup.nodes.TextNode> texts = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && t.getWholeText().codePoints().anyMatch(Scripts::cjk)) texts.add(t);
        });
        for (org.jsoup.nodes.TextNode t : texts) {
            String s = t.getWholeText();
            List<org.jsoup.nodes.Node> parts = new java.util.ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                boolean han = Scripts.cjk(s.codePointAt(i));
                int j = i;
                while (j < s.length() && Scripts.cjk(s.codePointAt(j)) == han) j += Character.charCount(s.codePointAt(j));
                String run = s.substring(i, j);
                parts.add(han ? new Element("span").attr("lang", "zh-CN").appendText(run) : new org.jsoup.nodes.TextNode(run));
                i = j;
            }
            for (org.jsoup.nodes.Node n : parts) t.before(n);
            t.remove();
        }
    }


    /** Writes the page into the baked site, framed like the site's index page. */
    void write(Path site) throws IOException {
        Memo page = org.planpress.internal.Workers.join(this.page);
        Path index = site.resolve("index.html");
        Document d = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8), "");
        Element main = d.getElementById("main");
        if (main == null) main = d.body();
        main.empty();
        Element article = main.appendElement("article").addClass("pp-help").attr("lang", page.lang());
        article.appendElement("h1").text(page.title());
        Element body = article.appendElement("div").addClass("pp-body").html(page.body());
        if (!page.lang().startsWith("zh")) markChinese(body);
        String old = d.title();
        int dot = old.lastIndexOf(" · ");
        d.title(page.title() + (dot >= 0 ? old.substring(dot) : ""));
        d.body().attr("class", "pp-help-page");
        for (Element a : d.select("a[href=" + FILE + "]")) a.attr("aria-current", "page");
        d.outputSettings().prettyPrint(false);
        Files.writeString(site.resolve(FILE), d.outerHtml(), StandardCharsets.UTF_8);
    }
}
