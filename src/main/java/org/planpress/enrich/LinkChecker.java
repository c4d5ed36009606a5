package org.planpress.enrich;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planpress.diag.Diagnostics;
import org.planpress.parse.ConvertedPlan;

/**
 * Checks every internal href and src of the baked site: the file must exist and a #fragment must be an id
 * on the target page. A broken link in a plan body is reported at the plan's source; one in a template at
 * the templates folder.
 */
final class LinkChecker {
    private LinkChecker() {
    }

    static void check(Path site, Map<String, Document> pages, Map<String, ConvertedPlan> plans, Diagnostics diagnostics) {
        Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            java.util.Set<String> set = new java.util.HashSet<>();
            for (Element el : e.getValue().select("[id]")) set.add(el.id());
            ids.put(e.getKey(), set);
        }
        java.util.Set<Path> existing = new java.util.HashSet<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            for (Element el : e.getValue().select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.isEmpty() || url.startsWith("mailto:") || url.startsWith("tel:") || url.startsWith("data:")) continue;
                if (url.startsWith("javascript:")) {
                    report(diagnostics, plans.get(page), page, "link with a javascript: URL: " + url);
                    continue;
                }
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) continue; // external links authors write
                String path = url;
                String frag = null;
                int hash = url.indexOf('#');
                if (hash >= 0) {
                    path = url.substring(0, hash);
                    frag = URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
                }
                int q = path.indexOf('?');
                if (q >= 0) path = path.substring(0, q);
                Path base = site.resolve(page).getParent();
                Path target = path.isEmpty() ? site.resolve(page) : base.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site)) {
                    report(diagnostics, plans.get(page), page, "link leaves the site: " + url);
                    continue;
                }
                if (!existing.contains(target)) {
                    if (Files.isDirectory(target)) target = target.resolve("index.html");
                    if (Files.exists(target)) existing.add(target);
                }
                if (!existing.contains(target)) {
                    report(diagnostics, plans.get(page), page, "broken link to " + url);
                    continue;
                }
                if (frag != null && !frag.isEmpty()) {
                    String rel = site.relativize(target).toString().replace('\\', '/');
                    java.util.Set<String> t = ids.get(rel);
                    if (t != null && !t.contains(frag)) {
                        report(diagnostics, plans.get(page), page, "link to a missing anchor: " + url);
                    }
                }
            }
        }
    }

    private static void report(Diagnostics d, ConvertedPlan plan, String page, String message) {
        if (plan != null) d.error(plan.source().displayPath(), 0, message + " (in " + page + ")");
        else d.error("templates", 0, message + " (in " + page + ")");
    }
}
