package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 6: same sections across plans, compare pages, backlinks, terms and stable ids. */
class CrossLinksTest {
    static final List<String> PLANS = List.of("fuzhou-xiuzhai-safety-year", "chengchi-expressway-safety-year", "ejl1-safety-year");

    @Test
    void everyLeadingGroupSectionLinksToTheOtherTwo() throws Exception {
        Path site = TestSites.defaultSite();
        for (String id : PLANS) {
            Document d = TestSites.page(site, "plans/" + id + ".html");
            Element section = d.selectFirst(".pp-body .pp-kind-organization");
            assertNotNull(section, id + " has a leading-group section");
            Element nav = section.selectFirst("nav.pp-same");
            assertNotNull(nav, id);
            Set<String> targets = new HashSet<>();
            for (Element a : nav.select("a:not(.pp-compare-link)")) {
                String href = a.attr("href");
                targets.add(href.substring(0, href.indexOf(".html")));
                Document other = TestSites.page(site, "plans/" + href.substring(0, href.indexOf('#')));
                Element h = other.getElementById(href.substring(href.indexOf('#') + 1));
                assertNotNull(h, href);
                assertTrue(h.parent().hasClass("pp-kind-organization"), href);
            }
            Set<String> expected = new HashSet<>(PLANS);
            expected.remove(id);
            assertEquals(expected, targets, id);
        }
    }

    @Test
    void comparePagesExistForKindsInTwoPlansAndLinkBack() throws Exception {
        Path site = TestSites.defaultSite();
        Map<String, Set<String>> kindsToPlans = new HashMap<>();
        for (String id : PLANS) {
            for (Element e : TestSites.page(site, "plans/" + id + ".html").select(".pp-body [class*=pp-kind-]")) {
                for (String c : e.classNames()) {
                    if (c.startsWith("pp-kind-") && e.hasClass("sect1") || c.startsWith("pp-kind-") && e.className().contains("sect")) {
                        kindsToPlans.computeIfAbsent(c.substring(8), k -> new HashSet<>()).add(id);
                    }
                }
            }
        }
        int checked = 0;
        for (Map.Entry<String, Set<String>> e : kindsToPlans.entrySet()) {
            if (e.getValue().size() < 2) continue;
            Path page = site.resolve("compare/" + e.getKey() + ".html");
            assertTrue(Files.exists(page), page.toString());
            Document d = TestSites.page(site, "compare/" + e.getKey() + ".html");
            Set<String> linked = new HashSet<>();
            for (Element a : d.select(".pp-column > h2 > a")) {
                String href = a.attr("href");
                assertTrue(href.startsWith("../plans/"), href);
                String file = href.substring(3, href.indexOf('#'));
                linked.add(file.replace("plans/", "").replace(".html", ""));
                assertNotNull(TestSites.page(site, file).getElementById(href.substring(href.indexOf('#') + 1)), href);
            }
            assertEquals(e.getValue(), linked, e.getKey());
            checked++;
        }
        assertTrue(checked >= 3, "kinds compared: " + kindsToPlans);
    }

    @Test
    void sectionReferencedFromAnotherPlanListsABacklink() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path plan = src.resolve("content/plans/ejl1-safety-year.adoc");
        Files.writeString(plan, Files.readString(plan).replace("== IV. Work Requirements\n",
                "== IV. Work Requirements\n\nSee also xref:chengchi-expressway-safety-year.adoc#organizational-structure[the Chengchi leading group].\n"));
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        Document d = TestSites.page(src.resolve("target/site"), "plans/chengchi-expressway-safety-year.html");
        Element h = d.getElementById("organizational-structure");
        Element back = h.parent().selectFirst("p.pp-backlinks");
        assertNotNull(back);
        assertEquals("ejl1-safety-year.html#work-requirements", back.selectFirst("a").attr("href"));
        assertTrue(back.text().contains("Referenced from"));
    }

    @Test
    void termsPageListsMarkedTermsWithWorkingLinks() throws Exception {
        Path site = TestSites.defaultSite();
        Document d = TestSites.page(site, "terms.html");
        List<String> terms = d.select(".pp-terms dt").eachText();
        for (String t : List.of("one post, two responsibilities", "three categories of personnel", "Safety Production Year")) {
            assertTrue(terms.stream().anyMatch(x -> x.equalsIgnoreCase(t)), t + " in " + terms);
        }
        Element onePost = d.select(".pp-terms dt").stream().filter(e -> e.text().equalsIgnoreCase("one post, two responsibilities")).findFirst().orElseThrow();
        List<Element> links = onePost.nextElementSibling().select("a");
        assertTrue(links.size() >= 2, "used in two plans");
        for (Element a : links) {
            String href = a.attr("href");
            Document target = TestSites.page(site, href.substring(0, href.indexOf('#')));
            Element sectionHeading = target.getElementById(href.substring(href.indexOf('#') + 1));
            assertNotNull(sectionHeading, href);
            assertTrue(sectionHeading.parent().text().toLowerCase().contains("one post, two responsibilities"), href);
        }
    }

    @Test
    void addingASectionAtTheTopChangesNoOtherSectionId() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        List<String> before = TestSites.page(src.resolve("target/site"), "plans/chengchi-expressway-safety-year.html")
                .select(".pp-body h2[id], .pp-body h3[id]").eachAttr("id");
        Path plan = src.resolve("content/plans/chengchi-expressway-safety-year.adoc");
        String text = Files.readString(plan);
        int first = text.indexOf("\n== ");
        Files.writeString(plan, text.substring(0, first) + "\n== Background\n\nA new first section.\n\n=== (1) Strengthen organizational leadership\n\nA sub-section whose title repeats one further down.\n"
                + text.substring(first));
        assertEquals(0, TestSites.run("build", "--no-pdf", "--source", src.toString()).status());
        List<String> after = TestSites.page(src.resolve("target/site"), "plans/chengchi-expressway-safety-year.html")
                .select(".pp-body h2[id], .pp-body h3[id]").eachAttr("id");
        assertEquals(before, after.subList(2, after.size()));
        assertFalse(before.isEmpty());
    }
}
