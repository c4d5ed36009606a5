package org.planpress.check;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.planpress.internal.Workers;
import org.planpress.diag.Diagnostics;
import org.planpress.html.Html;
import org.planpress.convert.ConvertedPlan;
import org.planpress.html.PageLinks;

/**
 * Checks every internal href and src of the finished site: the file must exist and a #fragment must be an
 * id on the target page. A broken link in a plan page is reported at the plan's source; one elsewhere at
 * the templates folder. Pages are scanned, not parsed: every page PlanPress writes (Asciidoctor, the
 * templates) is well-formed enough for {@link PageLinks}.
 */
final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private LinkChecker() {
    }

    /** The pages of a site, scanned: its HTML files and the links and ids of each. */
    record Pages(List<Path> files, Map<String, PageLinks> links) {
    }

    /**
     * Reads and scans the pages to check; needs only the HTML pages, so it can run before the data files and
     * PDFs they link to are written.
     *
     * @param scanned the pages scanned already, by path
     */
    static Pages scan(Path site, Map<String, PageLinks> scanned, int threads) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
        }
        Map<String, PageLinks> pages = new ConcurrentHashMap<>();
        Workers.forEach(files, threads, f -> {
            PageLinks known = scanned.get(rel(site, f));
            pages.put(rel(site, f), known != null ? known : PageLinks.ofUtf8(Files.readAllBytes(f)));
        });
        return new Pages(files, pages);
    }

    /** Checks the links of the scanned {@code scanned} pages of {@code site}, once every file of the site is written. */
    static void check(Path site, Pages scanned, List<ConvertedPlan> plans, Diagnostics diagnostics, int threads)
            throws IOException {
        List<Path> files = scanned.files();
        Map<String, PageLinks> pages = scanned.links();
        Map<String, ConvertedPlan> byPage = new HashMap<>();
        for (ConvertedPlan c : plans) byPage.put("plans/" + c.plan().id() + ".html", c);
        Map<Path, PageLinks> byFile = new HashMap<>();
        for (Path f : files) byFile.put(f.normalize(), pages.get(rel(site, f)));
        Set<Path> existing = ConcurrentHashMap.newKeySet();
        // most links repeat on every page of a folder (navigation, stylesheets): check each distinct one once, by
        // folder (the bake hands each link text as one string, whose hash is worked out once)
        Map<String, Set<String>> good = new ConcurrentHashMap<>();
        Workers.forEach(files, threads, f -> {
            String page = rel(site, f);
            ConvertedPlan plan = byPage.get(page);
            String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            Set<String> goodHere = good.computeIfAbsent(folder, k -> ConcurrentHashMap.newKeySet());
            PageLinks own = pages.get(page);
            for (String raw : own.links()) {
                boolean local = raw.startsWith("#");
                if (local && plainFragment(raw) && own.ids().contains(raw.substring(1))) continue;
                if (!local && goodHere.contains(raw)) continue;
                String url = Html.unescapeAttribute(raw).strip();
                String lower = url.toLowerCase(java.util.Locale.ROOT);
                if (url.isEmpty() || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) continue;
                if (lower.startsWith("javascript:")) {
                    report(diagnostics, plan, page, "link with a javascript: URL: " + url);
                    continue;
                }
                if (SCHEME.matcher(url).matches() || url.startsWith("//")) continue; // external links authors write
                // 404.html is served for missing URLs at any depth: its links are absolute paths through site.host
                if (url.startsWith("/") && f.equals(site.resolve("404.html"))) continue;
                String path = url;
                String frag = null;
                int hash = url.indexOf('#');
                if (hash >= 0) {
                    path = url.substring(0, hash);
                    frag = URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
                }
                int q = path.indexOf('?');
                if (q >= 0) path = path.substring(0, q);
                Path target = path.isEmpty() ? f : f.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site)) {
                    report(diagnostics, plan, page, "link leaves the site: " + url);
                    continue;
                }
                if (!existing.contains(target)) {
                    if (Files.isDirectory(target)) target = target.resolve("index.html");
                    if (Files.exists(target)) existing.add(target);
                }
                if (!existing.contains(target)) {
                    report(diagnostics, plan, page, "broken link to " + url);
                    continue;
                }
                if (frag != null && !frag.isEmpty()) {
                    PageLinks t = local ? own : byFile.get(target);
                    if (t != null && !t.ids().contains(frag)) {
                        report(diagnostics, plan, page, "link to a missing anchor: " + url);
                        continue;
                    }
                }
                if (!local) goodHere.add(raw);
            }
        });
    }

    /**
     * Whether {@code raw} is "#" and an id that neither attribute unescaping nor URL decoding changes: most links
     * of a plan page (its contents, its cross-links bar) are such, and are looked up as they are.
     */
    private static boolean plainFragment(String raw) {
        if (raw.length() < 2) return false;
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' || c == '%' || c == '+' || c == '#' || Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static String rel(Path site, Path f) {
        return site.relativize(f).toString().replace('\\', '/');
    }

    private static void report(Diagnostics d, ConvertedPlan plan, String page, String message) {
        if (plan != null) d.error(plan.source().displayPath(), 0, message + " (in " + page + ")");
        else d.error("templates", 0, message + " (in " + page + ")");
    }
}
