package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * a roster of 43 people with long positions, cross-references between the plans, long section titles), baked as
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
