package org.planpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.planpress.TestSites;

/**
 * Builds one site with PDFs (an English plan with roster and timeline, and the Chinese test plan) through the
 * command line and reads the PDFs back with PDFBox; then breaks the theme and the font on copies, and
 * rebuilds unchanged and after an edit to see what is reprinted. PDFs are slow: one shared build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrintBuildTest {
    static final String EN = "fuzhou-xiuzhai-safety-year";
    static final String ZH = "gangkou-anquan-2024";
    static final List<String> PLANS = List.of(EN, ZH);
    static final String[] SUFFIXES = {"", "-a3", "-summary"};

    static Path src;
    static Path out;
    static TestSites.Run first;

    @BeforeAll
    static void build() throws Exception {
        src = Files.createTempDirectory("pp-print-src");
        Path plans = Files.createDirectories(src.resolve("content/plans"));
        Files.copy(TestSites.repo().resolve("content/plans/" + EN + ".adoc"), plans.resolve(EN + ".adoc"));
        // with a document number and a date of issue, which the title block prints
        String zh = Files.readString(TestSites.repo().resolve("src/test/resources/zh/content/plans/" + ZH + ".adoc"));
        Files.writeString(plans.resolve(ZH + ".adoc"), zh.replaceFirst("(?m)^:plan-year:",
                ":plan-number: 江港安委〔2024〕5号\n:plan-date: 2024年5月20日\n:plan-year:"));
        out = Files.createTempDirectory("pp-print-out").resolve("site");
        first = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, first.status(), first.err() + first.out());
    }

    /** The value of a header line of a plan's source. */
    static String header(String adoc, String prefix) {
        return adoc.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()).strip();
    }

    static Path pdf(String id, String suffix) {
        return out.resolve("pdf/" + id + suffix + ".pdf");
    }

    @Test
    @Order(1)
    void everyPlanHasThreePdfsLinkedFromItsPage() throws Exception {
        for (String id : PLANS) {
            Document page = TestSites.page(out, "plans/" + id + ".html");
            for (String suffix : SUFFIXES) {
                assertTrue(Files.isRegularFile(pdf(id, suffix)), id + suffix);
                String href = "../pdf/" + id + suffix + ".pdf";
                assertFalse(page.select(".pp-downloads a[href=" + href + "]").isEmpty(), "link " + href + " on " + id);
            }
        }
    }

    @Test
    @Order(2)
    void pageSizesAndTheSummaryIsOnePage() throws Exception {
        for (String id : PLANS) {
            PdfCheck a4 = PdfCheck.read(pdf(id, ""));
            assertEquals(595.3, a4.size.getWidth(), 1, id);
            assertEquals(841.9, a4.size.getHeight(), 1, id);
            PdfCheck a3 = PdfCheck.read(pdf(id, "-a3"));
            assertEquals(841.9, a3.size.getWidth(), 1, id);
            assertEquals(1190.6, a3.size.getHeight(), 1, id);
            PdfCheck summary = PdfCheck.read(pdf(id, "-summary"));
            assertEquals(595.3, summary.size.getWidth(), 1, id);
            assertEquals(1, summary.pages, id + " summary pages");
            assertEquals(1, Printer.pageCount(pdf(id, "-summary")), "Printer's own page count");
            assertEquals(a4.pages, Printer.pageCount(pdf(id, "")), "Printer's own page count");
        }
    }

    /** Title, issuer, every roster name, every stage with its period, in every edition. */
    @Test
    @Order(3)
    void everyEditionHasTitleRosterAndStages() throws Exception {
        for (String id : PLANS) {
            Document page = TestSites.page(out, "plans/" + id + ".html");
            List<String> expected = new ArrayList<>();
            expected.add(page.selectFirst("h1").text());
            expected.add(page.selectFirst(".pp-issuer").text().replaceFirst("^[^:：]+[:：]\\s*", ""));
            for (Element n : page.select(".pp-roster .pp-name")) expected.add(n.text());
            for (Element s : page.select("ol.pp-stages li.pp-stage")) {
                expected.add(s.selectFirst("a").text());
                expected.add(s.selectFirst(".pp-period").text());
            }
            assertTrue(expected.size() > 6, "the plan page lists roster and stages: " + expected);
            for (String suffix : SUFFIXES) {
                String text = PdfCheck.read(pdf(id, suffix)).squeezed();
                for (String e : expected) {
                    assertTrue(text.contains(PdfCheck.squeeze(e)), id + suffix + ".pdf lacks \"" + e + "\"");
                }
            }
        }
        String en = PdfCheck.read(pdf(EN, "")).squeezed();
        assertTrue(en.contains("Page1of"), "footer: page N of M");
        // asciidoctor-pdf's index, from the plan's ((terms)): the term and the page it is on
        String index = en.substring(en.lastIndexOf("Index"));
        assertTrue(index.contains("SafetyProductionYear,"), "index of terms: " + index);
        assertTrue(index.contains("specialrectification,"), "index of terms: " + index);
        assertFalse(PdfCheck.read(pdf(EN, "-summary")).squeezed().contains("SafetyProductionYear,"), "no index on the summary");
        assertTrue(PdfCheck.read(pdf(ZH, "")).squeezed().contains("索引"), "Chinese index heading");
        assertTrue(en.contains("Issuedby:"), "title block");
    }

    @Test
    @Order(4)
    void everyFontIsEmbeddedAndEveryGlyphExists() throws Exception {
        for (String id : PLANS) {
            for (String suffix : SUFFIXES) {
                PdfCheck c = PdfCheck.read(pdf(id, suffix));
                assertFalse(c.fonts.isEmpty(), id + suffix);
                assertEquals(List.of(), c.unembedded, id + suffix + ": fonts not embedded");
                assertTrue(c.drawn > 100, id + suffix + ": characters drawn " + c.drawn);
                assertEquals(List.of(), c.missingGlyphs, id + suffix + ": characters without a glyph");
                assertEquals(List.of(), c.unmapped, id + suffix + ": characters without text");
            }
        }
    }

    @Test
    @Order(5)
    void chinesePlanPrintsItsHeadingsNamesAndTimeline() throws Exception {
        for (String suffix : SUFFIXES) {
            PdfCheck c = PdfCheck.read(pdf(ZH, suffix));
            String text = c.squeezed();
            for (String s : List.of("江湾港务公司2024年", "安全生产月", "张建国", "库热西·买合苏提", "安全总监", "动员部署阶段",
                    "6月1日至6月30日")) {
                assertTrue(text.contains(s), ZH + suffix + " lacks " + s);
            }
            assertTrue(c.fonts.stream().anyMatch(f -> f.contains("DroidSansFallback") || f.contains("WenQuanYi")), "CJK font embedded: " + c.fonts);
            assertTrue(c.fonts.stream().anyMatch(f -> f.contains("NotoSerif")), "Latin font embedded: " + c.fonts);
        }
        PdfCheck a4 = PdfCheck.read(pdf(ZH, ""));
        String text = a4.squeezed();
        for (String h : List.of("一、指导思想", "二、工作目标", "三、组织领导", "四、工作内容", "五、实施步骤", "六、工作要求")) {
            assertTrue(text.contains(h), "heading " + h);
        }
        // the stage names are drawn twice: in the timeline drawing (SVG) and in the table of stages
        assertTrue(text.split("动员部署阶段", -1).length - 1 >= 3, "stage name in drawing, table and section");
        assertTrue(text.matches("(?s).*第1页，共\\d+页.*"), "Chinese footer");
        assertTrue(text.contains("发布单位：江湾港务公司安全生产委员会"), "title block");
        assertTrue(text.contains("文号：江港安委〔2024〕5号") && text.contains("发布日期：2024年5月20日"), "number and date in the title block");
        // the summary keeps the objectives, roster and timeline only
        String summary = PdfCheck.read(pdf(ZH, "-summary")).squeezed();
        assertTrue(summary.contains("二、工作目标"));
        assertFalse(summary.contains("六、工作要求"), "summary leaves out other sections");
    }

    @Test
    @Order(6)
    void everyPdfCarriesTheMetadataOfItsPlanAndItsLanguage() throws Exception {
        for (String id : PLANS) {
            String adoc = Files.readString(src.resolve("content/plans/" + id + ".adoc"));
            String title = header(adoc, "= ");
            String issuer = header(adoc, ":plan-issuer: ");
            String description = header(adoc, ":description: ");
            String lang = header(adoc, ":lang: ");
            for (String suffix : SUFFIXES) {
                PdfCheck c = PdfCheck.read(pdf(id, suffix));
                assertEquals(List.of(), c.metadataProblems(title, issuer, description, lang), id + suffix);
                assertFalse(c.tagged, "asciidoctor-pdf 2.3 cannot tag a PDF: if this starts to pass, say so in the README");
            }
        }
        PdfCheck zh = PdfCheck.read(pdf(ZH, ""));
        assertTrue(zh.keywords.contains("一岗双责"), "the index terms are the keywords: " + zh.keywords);
        assertTrue(zh.subject.startsWith("江湾港务公司2024年“安全生产月”活动"), zh.subject);
        // the check fails on a PDF whose metadata was stripped
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(EN, "").toFile())) {
            doc.getDocumentInformation().setAuthor(null);
            doc.getDocumentCatalog().setLanguage(null);
            PdfCheck planted = PdfCheck.read(doc);
            assertEquals(2, planted.metadataProblems(planted.title, "x", planted.subject, "en").size());
        }
    }

    @Test
    @Order(10)
    void unreadableThemeFailsAndLeavesThePreviousPdfs() throws Exception {
        Path src2 = copySource();
        Path theme = Files.createDirectories(src2.resolve("templates/pdf")).resolve("planpress-theme.yml");
        Files.writeString(theme, "extends: default\npage:\n  size: [A4\n  margin: {\n", StandardCharsets.UTF_8);
        Path out2 = copyOutput();
        String before = TestSites.treeDigest(out2);
        TestSites.Run r = TestSites.run("build", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("templates/pdf/planpress-theme.yml: error: cannot load the PDF theme"), r.err());
        assertEquals(before, TestSites.treeDigest(out2), "previous output untouched");
    }

    @Test
    @Order(11)
    void missingFontFailsAndLeavesThePreviousPdfs() throws Exception {
        Path src2 = copySource();
        Path empty = Files.createTempDirectory("pp-no-fonts");
        Files.writeString(src2.resolve("jbake.properties"), PdfTheme.FONTS_DIR_KEY + "=" + empty + "\n"
                + CjkFont.SYSTEM_FONTS_KEY + "=false\n", StandardCharsets.UTF_8);
        Path out2 = copyOutput();
        String before = TestSites.treeDigest(out2);
        TestSites.Run r = TestSites.run("build", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("content/plans/" + ZH + ".adoc:1: error: cannot print this plan's Chinese text: no usable CJK font"), r.err());
        assertTrue(r.err().contains("fonts-droid-fallback"), r.err());
        assertEquals(before, TestSites.treeDigest(out2), "previous output untouched");
    }

    @Test
    @Order(20)
    void unchangedRebuildPrintsNothing() throws Exception {
        Map<Path, Long> times = times();
        TestSites.Run r = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("printed 0 PDFs"), r.out());
        assertEquals(times, times(), "every PDF taken from the store");
        try (var files = Files.list(out.resolve("pdf"))) {
            assertEquals(List.of(), files.filter(p -> !p.toString().endsWith(".pdf")).toList(), "nothing but PDFs published");
        }
        assertTrue(Files.isDirectory(out.getParent().resolve(".planpress/cache")), "the store is beside the output");
    }

    @Test
    @Order(22)
    void aDamagedStoreEntryIsPrintedAgainNotTrusted() throws Exception {
        Path entries;
        try (var formats = Files.list(out.getParent().resolve(".planpress/cache"))) {
            entries = formats.filter(p -> p.getFileName().toString().startsWith("store-")).findFirst().orElseThrow().resolve("pdf");
        }
        try (var s = Files.list(entries)) {
            for (Path p : s.toList()) {
                byte[] b = Files.readAllBytes(p);
                Files.write(p, java.util.Arrays.copyOf(b, b.length / 2)); // truncated
            }
        }
        TestSites.Run r = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("printed 6 PDFs"), r.out());
        assertTrue(PdfCheck.read(pdf(EN, "-a3")).pages > 0, "a whole PDF again");
    }

    @Test
    @Order(21)
    void editingOnePlanReprintsOnlyItsThreePdfs() throws Exception {
        Map<Path, Long> times = times();
        Files.writeString(src.resolve("content/plans/" + EN + ".adoc"), "\nA late addition to the plan.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        TestSites.Run r = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("printed 3 PDFs"), r.out());
        Map<Path, Long> now = times();
        for (String suffix : SUFFIXES) {
            assertEquals(times.get(pdf(ZH, suffix)), now.get(pdf(ZH, suffix)), "unchanged plan reused");
            assertNotEquals(times.get(pdf(EN, suffix)), now.get(pdf(EN, suffix)), "edited plan reprinted");
        }
        assertTrue(PdfCheck.read(pdf(EN, "")).squeezed().contains("Alateadditiontotheplan."));
    }

    @Test
    @Order(30)
    void onlyTheEditionsAskedForArePrintedAndLinked() throws Exception {
        Path src2 = copySource();
        Path out2 = Files.createTempDirectory("pp-print-a4").resolve("site");
        TestSites.Run r = TestSites.run("build", "--pdf-editions", "a4", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("printed 2 PDFs"), r.out());
        for (String id : PLANS) {
            assertTrue(Files.isRegularFile(out2.resolve("pdf/" + id + ".pdf")), id);
            assertFalse(Files.exists(out2.resolve("pdf/" + id + "-a3.pdf")), id + " A3 not printed");
            assertFalse(Files.exists(out2.resolve("pdf/" + id + "-summary.pdf")), id + " summary not printed");
            Document page = TestSites.page(out2, "plans/" + id + ".html");
            assertEquals(1, page.select(".pp-downloads a").size(), "only the A4 link on " + id);
            assertEquals("../pdf/" + id + ".pdf", page.selectFirst(".pp-downloads a").attr("href"));
        }
        // the setting in jbake.properties (any order, spaces allowed)
        Files.writeString(src2.resolve("jbake.properties"), "site.lang=en\nplanpress.pdf.editions = summary, a4\n",
                StandardCharsets.UTF_8);
        r = TestSites.run("build", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(Files.isRegularFile(out2.resolve("pdf/" + EN + "-summary.pdf")));
        assertEquals(2, TestSites.page(out2, "plans/" + EN + ".html").select(".pp-downloads a").size());
        // an unknown edition: file:line error, nothing changed
        Files.writeString(src2.resolve("jbake.properties"), "site.lang=en\nplanpress.pdf.editions=a4,a5\n",
                StandardCharsets.UTF_8);
        String before = TestSites.treeDigest(out2);
        r = TestSites.run("build", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("jbake.properties:2: error: unknown PDF edition 'a5'"), r.err());
        assertEquals(before, TestSites.treeDigest(out2), "previous output untouched");
    }

    @Test
    @Order(31)
    void markupCharactersInTheIssuerAreMetadataAndTextOnce() throws Exception {
        Path s2 = Files.createTempDirectory("pp-print-markup");
        Files.createDirectories(s2.resolve("content/plans"));
        Files.copy(TestSites.repo().resolve("src/test/resources/validators/content/plans/harbour-drills-2025.adoc"),
                s2.resolve("content/plans/harbour-drills-2025.adoc"));
        Path o2 = s2.resolve("target/site");
        TestSites.Run r = TestSites.run("build", "--pdf-editions", "a4", "--source", s2.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        PdfCheck c = PdfCheck.read(o2.resolve("pdf/harbour-drills-2025.pdf"));
        assertEquals(List.of(), c.metadataProblems("Harbour Drills, Checks; and Reviews 2025", "Office <Safety> & Drills",
                "Plan of the \"Office <Safety> & Drills\" for drills, checks; reviews \\ and follow-up in 2025.", "en"));
        assertEquals("drills, harbour, safety", c.keywords, "the plan's own :keywords:");
        assertTrue(c.squeezed().contains("Office<Safety>&Drills"), "the title block shows the issuer as written");
        assertFalse(c.text.contains("&lt;") || c.text.contains("&amp;"), "no entity in the text");
    }

    /** Modification times in milliseconds (copies keep them, at the file system's precision). */
    private static Map<Path, Long> times() throws Exception {
        Map<Path, Long> m = new LinkedHashMap<>();
        for (Path p : TestSites.files(out.resolve("pdf"), ".pdf")) m.put(p, Files.getLastModifiedTime(p).toMillis());
        return m;
    }

    private static Path copySource() throws Exception {
        Path s = Files.createTempDirectory("pp-print-src2");
        TestSites.copy(src, s);
        return s;
    }

    private static Path copyOutput() throws Exception {
        Path o = Files.createTempDirectory("pp-print-out2").resolve("site");
        TestSites.copy(out, o);
        return o;
    }
}
