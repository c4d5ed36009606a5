package org.planpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/**
 * PDFs on a machine as a new user has it: no system fonts at all (the font folders hidden with
 * {@code planpress.pdf.fonts-dir} pointing at an empty folder and {@code planpress.pdf.system-fonts=false}),
 * and with each kind of CJK font Debian ships (a TrueType file, a TrueType collection) when installed.
 */
class FontDiscoveryTest {
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final String ZH = "gangkou-anquan-2024";

    static Path noFonts;

    @BeforeAll
    static void emptyFontFolder() throws Exception {
        noFonts = Files.createTempDirectory("pp-no-fonts");
    }

    /** A source with the default plans (and {@code more} plans from the test resources), fonts hidden. */
    static Path source(String fontsDir, String... zhPlans) throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        for (String id : zhPlans) {
            Files.copy(TestSites.repo().resolve("src/test/resources/zh/content/plans/" + id + ".adoc"),
                    src.resolve("content/plans/" + id + ".adoc"));
        }
        Files.writeString(src.resolve("jbake.properties"), CjkFont.FONTS_DIR_KEY + "=" + fontsDir + "\n"
                + CjkFont.SYSTEM_FONTS_KEY + "=false\n", StandardCharsets.UTF_8);
        return src;
    }

    @Test
    void englishPlansPrintWithEveryGlyphOnAMachineWithoutFonts() throws Exception {
        Path src = source(noFonts.toString());
        Path out = Files.createTempDirectory("pp-fonts-out").resolve("site");
        TestSites.Run r = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        List<Path> pdfs = TestSites.files(out.resolve("pdf"), ".pdf");
        assertEquals(9, pdfs.size(), "three editions of the three default plans: " + pdfs);
        for (Path pdf : pdfs) {
            PdfCheck c = PdfCheck.read(pdf);
            assertTrue(c.drawn > 100, pdf + ": characters drawn " + c.drawn);
            assertEquals(List.of(), c.missingGlyphs, pdf + ": characters without a glyph");
            assertEquals(List.of(), c.unembedded, pdf + ": fonts not embedded");
            assertTrue(c.fonts.stream().noneMatch(f -> f.contains("Droid") || f.contains("WenQuanYi")), pdf + ": " + c.fonts);
        }
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void aChinesePlanWithoutACjkFontIsOneClearErrorAndBuildsWithoutPdfs() throws Exception {
        Path src = source(noFonts.toString(), ZH);
        Path out = Files.createTempDirectory("pp-fonts-out").resolve("site");
        TestSites.Run ok = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, ok.status(), "build --no-pdf builds the whole site: " + ok.err());
        assertTrue(Files.isRegularFile(out.resolve("plans/" + ZH + ".html")));
        String before = TestSites.treeDigest(out);

        TestSites.Run r = TestSites.run("build", "--source", src.toString(), "--output", out.toString());
        assertEquals(1, r.status(), r.out());
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errors.size(), "one error: " + r.err());
        String e = errors.get(0);
        assertTrue(e.startsWith("content/plans/" + ZH + ".adoc:1: error: "), e);
        for (String hint : List.of("fonts-droid-fallback", "Windows", "macOS", CjkFont.FONTS_DIR_KEY)) {
            assertTrue(e.contains(hint), "names " + hint + ": " + e);
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(before, TestSites.treeDigest(out), "previous output untouched");

        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("content/plans/" + ZH + ".adoc:1: warning: no usable CJK font"), check.out());
    }

    @Test
    void aCharacterNoFontDrawsIsAnErrorAtItsLine() throws Exception {
        Path src = source(noFonts.toString());
        Path plan = src.resolve("content/plans/fuzhou-xiuzhai-safety-year.adoc");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(plan));
        int at = lines.size();
        lines.add("");
        lines.add("A Tibetan letter \u0F40 no PDF font has.");
        Files.write(plan, lines);
        Path out = Files.createTempDirectory("pp-fonts-out").resolve("site");
        TestSites.Run r = TestSites.run("build", "--pdf-editions", "a4", "--source", src.toString(), "--output", out.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("content/plans/fuzhou-xiuzhai-safety-year.adoc:" + (at + 2)
                + ": error: cannot print the character '\u0F40' (U+0F40)"), r.err());
        assertFalse(Files.exists(out), "nothing published");
    }

    @Test
    void trueTypeFilesAndCollectionsAreUsableCffAndLatinFontsAreNot() throws Exception {
        assumeTrue(Files.isRegularFile(DROID) && Files.isRegularFile(WQY),
                "needs fonts-droid-fallback and fonts-wqy-zenhei (installed by .ci/run)");
        assertTrue(CjkFont.usable(DROID), "TrueType .ttf");
        assertTrue(CjkFont.usable(WQY), "TrueType collection .ttc (its first font)");
        Path latin = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(latin)) assertFalse(CjkFont.usable(latin), "no Han characters");
        Path dir = Files.createTempDirectory("pp-fonts-bad");
        Path truncated = dir.resolve("broken.ttf");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(DROID), 4000));
        assertFalse(CjkFont.usable(truncated), "truncated file skipped, not a crash");
        Path otf = dir.resolve("NotoSansCJK-Regular.otf");
        Files.write(otf, "OTTO not really a font".getBytes(StandardCharsets.US_ASCII));
        assertFalse(CjkFont.usable(otf), "CFF .otf skipped");
        Files.copy(WQY, dir.resolve("wqy-zenhei.ttc"));
        Properties config = new Properties();
        config.setProperty(CjkFont.FONTS_DIR_KEY, dir.toString());
        config.setProperty(CjkFont.SYSTEM_FONTS_KEY, "false");
        assertEquals(dir.resolve("wqy-zenhei.ttc"), CjkFont.find(dir, config, null).orElseThrow(),
                "the broken and CFF fonts beside it are skipped");
        config.setProperty(CjkFont.FONTS_DIR_KEY, noFonts.toString());
        assertTrue(CjkFont.find(dir, config, null).isEmpty(), "nothing found with the folders hidden");
    }

    @Test
    void chinesePlansPrintWithEveryGlyphInATrueTypeFileAndInACollection() throws Exception {
        for (Path font : List.of(DROID, WQY)) {
            assumeTrue(Files.isRegularFile(font), "needs " + font + " (installed by .ci/run)");
            Path src = source(font.getParent().toString(), ZH);
            Path out = Files.createTempDirectory("pp-fonts-out").resolve("site");
            TestSites.Run r = TestSites.run("build", "--pdf-editions", "a4", "--source", src.toString(), "--output", out.toString());
            assertEquals(0, r.status(), font + ": " + r.err());
            PdfCheck c = PdfCheck.read(out.resolve("pdf/" + ZH + ".pdf"));
            assertEquals(List.of(), c.missingGlyphs, font + ": characters without a glyph");
            assertEquals(List.of(), c.unembedded, font + ": fonts not embedded");
            String family = font.equals(DROID) ? "DroidSansFallback" : "WenQuanYi";
            assertTrue(c.fonts.stream().anyMatch(f -> f.contains(family)), font + ": " + c.fonts);
            assertTrue(c.squeezed().contains("领导小组") || c.squeezed().contains("组长"), font + ": Chinese text printed");
        }
    }

    /** A plan's signs beside its Han characters: ℃ and ① are in WenQuanYi Zen Hei, not in Droid Sans Fallback. */
    @Test
    void ofTwoCjkFontsTheOneWithTheSignsOfChinesePlansIsTaken() throws Exception {
        assumeTrue(Files.isRegularFile(DROID) && Files.isRegularFile(WQY),
                "needs fonts-droid-fallback and fonts-wqy-zenhei (installed by .ci/run)");
        Path both = Files.createTempDirectory("pp-fonts-both");
        Files.copy(DROID, both.resolve(DROID.getFileName()));
        Files.copy(WQY, both.resolve(WQY.getFileName()));
        Properties config = new Properties();
        config.setProperty(CjkFont.FONTS_DIR_KEY, both.toString());
        config.setProperty(CjkFont.SYSTEM_FONTS_KEY, "false");
        assertEquals(both.resolve(WQY.getFileName()), CjkFont.find(both, config, null).orElseThrow());
        assertTrue(CjkFont.signsDrawn(WQY) > CjkFont.signsDrawn(DROID), "signs drawn");

        String plan = "= 高温作业安全方案\n:lang: zh-CN\n:plan-year: 2025\n\n== 一、工作内容\n\n"
                + "①气温达到35℃以上时，停止露天作业；②〈高温作业规程〉张贴到班组。\n";
        Path src = source(both.toString());
        Files.writeString(src.resolve("content/plans/gaowen.adoc"), plan, StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("pp-fonts-out").resolve("site");
        TestSites.Run r = TestSites.run("build", "--pdf-editions", "a4", "--source", src.toString(), "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        PdfCheck c = PdfCheck.read(out.resolve("pdf/gaowen.pdf"));
        assertEquals(List.of(), c.missingGlyphs, "characters without a glyph");
        assertTrue(c.fonts.stream().anyMatch(f -> f.contains("WenQuanYi")), "" + c.fonts);
        assertTrue(c.squeezed().contains("35℃"), c.squeezed());

        Path droidOnly = Files.createTempDirectory("pp-fonts-droid");
        Files.copy(DROID, droidOnly.resolve(DROID.getFileName()));
        Path src2 = source(droidOnly.toString());
        Files.writeString(src2.resolve("content/plans/gaowen.adoc"), plan, StandardCharsets.UTF_8);
        Path out2 = Files.createTempDirectory("pp-fonts-out").resolve("site");
        TestSites.Run r2 = TestSites.run("build", "--pdf-editions", "a4", "--source", src2.toString(), "--output", out2.toString());
        assertEquals(1, r2.status(), r2.out());
        assertTrue(r2.err().contains("content/plans/gaowen.adoc:7: error: cannot print the character"), r2.err());
        assertTrue(r2.err().contains("fonts-wqy-zenhei"), r2.err());
        assertFalse(r2.err().contains("\tat "), "no stack trace: " + r2.err());
    }
}
