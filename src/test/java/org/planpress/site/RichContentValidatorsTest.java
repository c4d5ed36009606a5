package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planpress.Browser;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/**
 * The validators of {@link ValidatorsTest} over plans with more of AsciiDoc than the other test sites hold
 * (src/test/resources/rich: tables with header rows, merged cells and 10 or 11 columns, images with and without
 * alt text, footnotes, admonitions, lists three deep, checklists, description lists, sidebars, example blocks,
 * literal and listing blocks with long lines, unbroken URLs and document numbers, quotes, a timeline of 25 stages,
 * a roster of 43 people with long positions, cross-references between the plans, long section titles; a table of
 * AsciiDoc cells holding lists and a nested table, a discrete heading two levels down, an inline image, callouts,
 * numbered sections and Asciidoctor's own toc::[]), baked as
 * an English site with {@code site.host} and PDFs and as a Chinese site without {@code site.host} or PDFs.
 */
class RichContentValidatorsTest {
    private static Path english;
    private static Path chinese;

    static synchronized Path english() throws Exception {
        if (english == null) english = ValidationSites.bake(source("site.host=" + ValidationSites.HOST + "\n"
                // the Chinese plans quote titles within titles (《关于印发〈……〉的通知》): Droid Sans Fallback has no 〈〉
                + "planpress.pdf.fonts-dir=/usr/share/fonts/truetype/wqy\nplanpress.pdf.editions=a4,summary\n"));
        return english;
    }

    static synchronized Path chinese() throws Exception {
        if (chinese == null) chinese = ValidationSites.bake(source("site.lang=zh-CN\n"), "--no-pdf");
        return chinese;
    }

    static Path source(String properties) throws Exception {
        Path src = Files.createTempDirectory("pp-rich");
        TestSites.copy(TestSites.repo().resolve("src/test/resources/rich/content"), src.resolve("content"));
        Files.writeString(src.resolve("jbake.properties"), properties);
        return src;
    }

    @BeforeAll
    static void start() throws Exception {
        ValidatorsTest.start();
    }

    @AfterAll
    static void stop() {
        ValidatorsTest.stop();
    }

    /** What the validators found on these plans before: each fault, checked on the page itself. */
    @Test
    void theFaultsFoundOnRichContentStayFixed() throws Exception {
        for (Path site : List.of(english(), chinese())) {
            Document zh = TestSites.page(site, "plans/rich-zh-dajiancha.html");
            Document gb = TestSites.page(site, "plans/rich-en-gb-schools.html");
            // footnotes: the marks linked to #_footnotedef_N, which getContent() had left out (the build failed)
            assertEquals(3, zh.select("#footnotes > .footnote[id^=_footnotedef_]").size());
            for (Element a : zh.select("a.footnote[href]")) assertNotNull(zh.getElementById(a.attr("href").substring(1)), a.outerHtml());
            assertNotNull(zh.getElementById("_footnoteref_1"));
            // Asciidoctor's labels in a Chinese plan are Chinese; an English plan keeps them
            assertEquals("表 1. 各行业领域检查责任分工表", zh.selectFirst("table.tableblock > caption").text());
            assertEquals(List.of("注", "重要"), zh.select(".admonitionblock td.icon .title").eachText());
            assertEquals(List.of("Warning", "Tip"), gb.select(".admonitionblock td.icon .title").eachText());
            // a discrete heading two levels under its section was an h4 after an h2 (vnu, axe heading-order)
            assertEquals("h3", TestSites.page(site, "plans/rich-en-gb-flood.html").selectFirst(".discrete").normalName());
            // a checklist's marks say done and not done, in the plan's language
            assertEquals(List.of("已完成", "已完成", "未完成", "未完成"), zh.select("ul.checklist .pp-check[role=img]").eachAttr("aria-label"));
            // a comma in unquoted alt text: the rest of it had become width="by district" (vnu: bad value)
            Element img = gb.selectFirst("img[src$=site-map-2025.png]");
            assertEquals("Map of the school sites of Northshire, by district", img.attr("alt"));
            assertFalse(img.hasAttr("width"), img.outerHtml());
            // "Referenced from" was an <aside> inside <main> (axe: landmark-complementary-is-top-level)
            assertTrue(gb.select("main aside").isEmpty(), gb.select("main aside").outerHtml());
            assertFalse(gb.select("p.pp-backlinks").isEmpty());
        }
    }

    /** At 1280 px a table of 11 columns scrolls inside the plan's column instead of running over the contents. */
    @Test
    void wideTablesStayInThePlansColumnAt1280AndScrollAt360() throws Exception {
        try (Browser.Server server = new Browser.Server(chinese(), ValidatorsTest.CONTEXT, true)) {
            for (int width : new int[] {1280, 360}) {
                ValidatorsTest.size(width);
                for (String rel : List.of("plans/rich-zh-dajiancha.html", "plans/rich-en-us-exercise.html")) {
                    ValidatorsTest.open(server.base + rel);
                    Object over = ValidatorsTest.driver.executeScript("var b = document.querySelector('.pp-body').getBoundingClientRect();"
                            + "return Array.from(document.querySelectorAll('.pp-body table, .pp-body img, .pp-body pre'))"
                            + ".filter(function (t) { return t.getBoundingClientRect().right > b.right + 1; }).length;");
                    assertEquals(0L, over, width + " " + rel + ": tables, images or code beyond the plan's column");
                    Object focusable = ValidatorsTest.driver.executeScript(""
                            + "return Array.from(document.querySelectorAll('.pp-body table.tableblock')).filter(function (t) {"
                            + " return t.scrollWidth > t.clientWidth + 1 && t.getAttribute('tabindex') !== '0'; }).length;");
                    assertEquals(0L, focusable, width + " " + rel + ": a table that scrolls takes the focus");
                }
                // a Chinese cell keeps a few characters a line on a phone (it broke to one or two)
                ValidatorsTest.open(server.base + "plans/rich-zh-dajiancha.html");
                Object narrowest = ValidatorsTest.driver.executeScript("return Math.min.apply(null, Array.from("
                        + "document.querySelectorAll('.pp-body table.tableblock td')).map(function (c) { return c.getBoundingClientRect().width; }));");
                assertTrue(((Number) narrowest).doubleValue() >= 60, width + ": narrowest cell " + narrowest + " px");
            }
        }
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        assertEquals(List.of(), ValidatorsTest.vnuErrors(List.of(english(), chinese())));
    }

    @Test
    void noAriaReferenceToAMissingIdOnAnyPage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path site : List.of(english(), chinese())) {
            for (String rel : ValidatorsTest.pages(site)) {
                for (String m : ValidatorsTest.missingReferences(TestSites.page(site, rel))) problems.add(rel + ": " + m);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void axeFindsNoViolationOnAnyPageAt1280And390() throws Exception {
        List<String> problems = new ArrayList<>();
        int runs = 0;
        for (Path site : List.of(english(), chinese())) {
            try (Browser.Server server = new Browser.Server(site, ValidatorsTest.CONTEXT, true)) {
                for (int width : new int[] {1280, 390}) {
                    ValidatorsTest.size(width);
                    for (String rel : ValidatorsTest.pages(site)) {
                        ValidatorsTest.open(server.base + rel);
                        for (String v : ValidatorsTest.axeViolations()) problems.add(width + " " + rel + ": " + v);
                        runs++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(runs > 20, "axe runs: " + runs);
    }

    @Test
    void noPageScrollsSidewaysOrDrawsTextUnder12PxAt360() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path site : List.of(english(), chinese())) {
            try (Browser.Server server = new Browser.Server(site, ValidatorsTest.CONTEXT, true)) {
                ValidatorsTest.size(360);
                for (String rel : ValidatorsTest.pages(site)) {
                    ValidatorsTest.open(server.base + rel);
                    for (String p : ValidatorsTest.layoutProblems()) problems.add(site.getParent().getParent().getFileName() + " " + rel + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
