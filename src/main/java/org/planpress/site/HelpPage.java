package org.planpress.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.convert.ConversionStep;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.i18n.Scripts;

/**
 * The authoring guide ({@code <source>/docs/authoring.adoc}) as the site's help page, {@value #FILE}: converted like a
 * plan (by the convert stage's step, as its own kind), rendered by the bake stage with {@code help.ftl}, linked from
 * every page's navigation. Not made when the site sets its own {@code planpress.help} or has no guide; problems in
 * the guide are warnings, never a failed build.
 */
public final class HelpPage {
    /** The page's path in the site. */
    public static final String FILE = "help.html";
    /** The guide's path in the source directory. */
    static final String GUIDE = "docs/authoring.adoc";

    private HelpPage() {
    }

    /**
     * The guide as a source to convert, or an empty list when no help page is made; sets {@code planpress.help}
     * in {@code config} when there is one.
     */
    public static List<PlanSource> guide(Workspace ws, Properties config, Diagnostics diagnostics) {
        if (!config.getProperty("planpress.help", "").isBlank()) return List.of();
        Path guide = ws.source().resolve(GUIDE);
        if (!Files.isRegularFile(guide)) return List.of();
        String shown = ws.display(guide);
        String text;
        try {
            text = SourceLoader.decode(Files.readAllBytes(guide), shown, diagnostics);
        } catch (IOException e) {
            diagnostics.warning(shown, 0, "help page left out: cannot read the guide: " + e.getMessage());
            return List.of();
        }
        if (text == null) return List.of();
        config.setProperty("planpress.help", FILE);
        return List.of(new PlanSource("help", guide, shown, text));
    }

    /**
     * The help page for the site model's page list (type {@code help}) from the guide's conversion, whose findings
     * become warnings; the guide's text as it is when it could not be converted. Empty without a guide.
     */
    public static List<Map<String, String>> pages(List<PlanSource> guide, List<ConversionStep.Conversion> converted,
            Diagnostics diagnostics) {
        if (guide.isEmpty()) return List.of();
        ConversionStep.Conversion c = converted.get(0);
        for (Diagnostic d : c.diagnostics()) diagnostics.warning(d.file(), d.line(), "help page: " + d.message());
        String title = c.plan() == null ? "Help" : c.plan().title();
        String lang = c.plan() == null ? "en" : c.plan().lang();
        String body = c.plan() == null ? "<pre>" + org.planpress.html.Html.escape(guide.get(0).text()) + "</pre>" : c.body().html();
        if (!lang.startsWith("zh")) {
            Element root = Jsoup.parseBodyFragment(body).body();
            markChinese(root);
            root.ownerDocument().outputSettings().prettyPrint(false);
            body = root.html();
        }
        Map<String, String> page = new LinkedHashMap<>();
        page.put("type", "help");
        page.put("uri", FILE);
        page.put("title", title);
        page.put("rootpath", "");
        page.put("lang", lang);
        page.put("body", body);
        return List.of(page);
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


}
