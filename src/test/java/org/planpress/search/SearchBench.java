package org.planpress.search;

import org.planpress.Browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search figures for a baked site, printed as one line: what a browser fetches (gzip bytes of each file, as a
 * server would send it) to show the first page of results of a one-word query, and the time from the query to
 * the results painted in headless Chromium, cold (fresh page: stemmer, manifest, shard and documents loaded)
 * and warm (a second word on the same page).
 * Usage: {@code SearchBench SITE [WORD [SECOND_WORD [RUNS]]]} (test classpath: it drives Selenium).
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        String word = args.length > 1 ? args[1] : "safety";
        String second = args.length > 2 ? args[2] : "inspection";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        System.out.println(measure(site, word, second, runs));
    }

    /** Runs the measurement and returns the line of figures. */
    static String measure(Path site, String word, String second, int runs) throws Exception {
        List<Double> cold = new ArrayList<>(), idle = new ArrayList<>(), warm = new ArrayList<>();
        Set<String> fetched = new LinkedHashSet<>();
        int results = 0;
        ChromeDriver driver = Browser.start();
        try (Browser.Server server = new Browser.Server(site, "/bench/")) {
            for (int i = 0; i < runs; i++) {
                driver.get(server.base + "index.html");
                int before = ((Number) driver.executeScript(
                        "return performance.getEntriesByType('resource').length")).intValue();
                Map<?, ?> r = query(driver, word);
                cold.add(((Number) r.get("ms")).doubleValue());
                results = ((Number) r.get("results")).intValue();
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) driver.executeScript("return performance.getEntriesByType("
                        + "'resource').slice(arguments[0]).map(function (e) { return e.name; })", before);
                if (i == 0) {
                    fetched.add(server.base + "js/search.js");
                    for (String n : names) if (n.startsWith(server.base)) fetched.add(n.replaceFirst("[?#].*$", ""));
                }
                warm.add(((Number) query(driver, second).get("ms")).doubleValue());
                // a reader needs a moment to reach the box: by then the page has loaded the manifest and stemmer
                driver.get(server.base + "people.html");
                waitForIdlePreload(driver);
                Map<?, ?> ri = query(driver, word);
                idle.add(((Number) ri.get("ms")).doubleValue());
                if (System.getProperty("search.bench.phases") != null) {
                    System.err.println("idle query phases: " + ri + " " + driver.executeScript("return performance"
                            + ".getEntriesByType('resource').filter(function (e) { return /search\\/[td]\\//.test(e.name); })"
                            + ".map(function (e) { return e.name.replace(/.*search\\//, '') + ' ' + Math.round(e.startTime) + '+'"
                            + " + Math.round(e.duration); }).join(', ')"));
                }
            }
        } finally {
            driver.quit();
        }
        long gz = 0;
        for (String u : fetched) {
            String rel = URI.create(u).getPath().substring("/bench/".length());
            gz += gzip(Files.readAllBytes(site.resolve(rel)));
        }
        long disk = 0, diskGz = 0, files = 0;
        try (Stream<Path> s = Files.walk(site.resolve("search"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                disk += b.length;
                diskGz += gzip(b);
                files++;
            }
        }
        return String.format(Locale.ROOT, "search: \"%s\" -> %d results; first page fetched %d files, %.1f KB gzip "
                + "(with js/search.js); query to results painted: cold %.0f ms (typed as the page loads), %.0f ms (typed "
                + "once the page is idle), warm (\"%s\") %.0f ms, median of %d; index on disk %.1f MB in %d files "
                + "(%.1f MB gzip)", word, results, fetched.size(), gz / 1024.0, median(cold), median(idle), second,
                median(warm), runs, disk / 1048576.0, files, diskGz / 1048576.0);
    }

    /** Waits until the page has loaded the search manifest and stemmer on its own (when it was idle). */
    private static void waitForIdlePreload(ChromeDriver driver) {
        driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                (function wait() {
                  var names = performance.getEntriesByType('resource').map(function (e) { return e.name; }).join(' ');
                  if (names.indexOf('search/manifest.js') >= 0 && names.indexOf('search/stemmer.js') >= 0) {
                    setTimeout(done, 50);
                  } else {
                    setTimeout(wait, 10);
                  }
                })();""");
    }

    /** Types {@code q} at once (one input event) and waits for the results to be painted. */
    private static Map<?, ?> query(ChromeDriver driver, String q) {
        return (Map<?, ?>) driver.executeAsyncScript("""
                var q = arguments[0], done = arguments[arguments.length - 1], box = document.getElementById('pp-q');
                window.ppSearchLast = null;
                box.value = q;
                box.dispatchEvent(new Event('input'));
                (function wait() {
                  var l = window.ppSearchLast;
                  if (l && l.q === q) done({ ms: l.ms, results: l.results, run: l.run, docs: l.docs }); else setTimeout(wait, 2);
                })();""", q);
    }

    static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.size();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
