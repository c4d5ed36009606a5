package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 2: the default content bakes into a browsable, self-contained site. */
class SiteBuildTest {
    static final Set<String> PLANS = Set.of("fuzhou-xiuzhai-safety-year", "chengchi-expressway-safety-year", "ejl1-safety-year");

    @Test
    void bakesThreePlanPagesAndTheIndexListsThem() throws Exception {
        Path site = TestSites.defaultSite();
        Set<String> pages = TestSites.files(site.resolve("plans"), ".html").stream()
                .map(p -> p.getFileName().toString().replace(".html", "")).collect(Collectors.toSet());
        assertEquals(PLANS, pages);
        Document index = TestSites.page(site, "index.html");
        Set<String> linked = index.select(".pp-plan-card h2 a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
        assertEquals(PLANS.stream().map(id -> "plans/" + id + ".html").collect(Collectors.toSet()), linked);
        Element card = index.select(".pp-plan-card:has(a[href=plans/chengchi-expressway-safety-year.html])").first();
        assertNotNull(card);
        assertTrue(card.text().contains("2011"), card.text());
        assertTrue(card.text().contains("Chengchi Expressway Preparatory Office"), card.text());
        assertFalse(card.select(".pp-description").text().isBlank());
    }

    @Test
    void planPageHasTitleBlockTocAndSelfLinkedSections() throws Exception {
        Document d = TestSites.page(TestSites.defaultSite(), "plans/fuzhou-xiuzhai-safety-year.html");
        assertEquals("Safety production year activity plan (1)", d.selectFirst("h1").text());
        assertTrue(d.selectFirst(".pp-titleblock").text().contains("China Railway Seventh Bureau"));
        List<Element> headings = d.select(".pp-body h2[id]");
        assertTrue(headings.size() >= 6, "sections: " + headings.size());
        for (Element h : headings) {
            assertNotNull(h.selectFirst("a.pp-self[href=#" + h.id() + "]"), "self-link on " + h.id());
            assertNotNull(d.selectFirst(".pp-toc a[href=#" + h.id() + "]"), "toc entry for " + h.id());
        }
        assertEquals("guiding-ideology", headings.get(0).id());
        assertNotNull(d.selectFirst("a.pp-skip[href=#main]"));
        assertNotNull(d.getElementById("main"));
    }

    @Test
    void everyInternalLinkResolvesAndNothingLeavesTheSite() throws Exception {
        Path site = TestSites.defaultSite();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path f : TestSites.files(site, ".html")) {
            Document d = TestSites.page(site, site.relativize(f).toString());
            for (Element el : d.select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.matches("(?i)^https?:.*") || url.startsWith("//")) {
                    problems.add(f + ": absolute URL " + url);
                    continue;
                }
                if (url.startsWith("mailto:") || url.startsWith("data:")) continue;
                checked++;
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                if (path.contains("?")) path = path.substring(0, path.indexOf('?'));
                Path target = path.isEmpty() ? f : f.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    problems.add(f + ": broken " + url);
                    continue;
                }
                if (url.contains("#") && target.toString().endsWith(".html")) {
                    String frag = URLDecoder.decode(url.substring(url.indexOf('#') + 1), StandardCharsets.UTF_8);
                    Document t = TestSites.page(site, site.relativize(target).toString());
                    if (!frag.isEmpty() && t.getElementById(frag) == null) problems.add(f + ": missing anchor " + url);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked > 100, "links checked: " + checked);
    }

    @Test
    void writesSitemapAnd404() throws Exception {
        Path site = TestSites.defaultSite();
        // without site.host no sitemap (its locations must be absolute): SitemapTest checks one with a host
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        Document nf = TestSites.page(site, "404.html");
        assertTrue(nf.text().contains("not found") || nf.text().contains("不存在"));
        assertTrue(nf.select("link[href]:not([href^=data:]), script[src]").isEmpty(), "404 must be self-contained");
    }

    @Test
    void stylesheetAndScriptShipInsideTheSite() throws Exception {
        Path site = TestSites.defaultSite();
        assertTrue(Files.size(site.resolve("css/planpress.css")) > 1000);
        assertTrue(Files.size(site.resolve("js/planpress.js")) > 500);
        String css = Files.readString(site.resolve("css/planpress.css"));
        assertFalse(css.contains("http://") || css.contains("https://"), "no remote resources in CSS");
    }
}
