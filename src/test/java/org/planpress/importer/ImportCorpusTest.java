package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planpress.importer.ImportedPlan.RoleLine;
import org.planpress.importer.ImportedPlan.StageLine;
import org.planpress.roster.RosterParser;

/**
 * Issue 19: the corpus plans in every format, made by real tools, imported; the share of body sentences kept and the
 * roster people and stages recognised are measured and printed (and held to a floor).
 */
class ImportCorpusTest {
    static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("pp-corpus");
    }

    /** Counts for one import. */
    record Score(int sentences, int kept, int people, int peopleWanted, int stages, int stagesWanted, int words, int wordsKept) {
    }

    static Score score(Corpus.Sample s, Path file) throws Exception {
        List<ImportedPlan> plans = new Importer().read(file, true);
        assertEquals(1, plans.size(), file + ": one plan");
        ImportedPlan p = plans.get(0);
        String adoc = AsciiDocWriter.plain(new AsciiDocWriter().write(p, "x"));
        String flat = squash(adoc);
        int sentences = 0, kept = 0;
        List<String> missing = new ArrayList<>();
        for (String line : s.bodyLines()) {
            for (String sent : Text.sentences(line)) {
                sentences++;
                String k = squash(sent).replaceAll("[。.；;！!？?：:]+$", "");
                if (flat.contains(k)) kept++;
                else missing.add(sent);
            }
        }
        int words = 0, wordsKept = 0;
        for (String line : s.rosterLines()) {
            for (String w : line.split("[\\s、，,；;：:（）()]+")) {
                if (w.isBlank()) continue;
                words++;
                if (flat.contains(squash(w))) wordsKept++;
                else missing.add("roster word " + w);
            }
        }
        int people = 0;
        for (RoleLine rl : p.roles()) people += RosterParser.parseRole(rl.label(), rl.people()).people().size();
        int stages = 0;
        List<String> labels = p.stages().stream().map(StageLine::label).toList();
        for (String want : s.stages()) if (labels.contains(want)) stages++;
        if (!missing.isEmpty() || people != s.people() || stages != s.stages().size())
            System.out.println(file.getFileName() + ": missing " + missing + "; people " + people + "/" + s.people() + "; stages " + labels);
        return new Score(sentences, kept, people, s.people(), stages, s.stages().size(), words, wordsKept);
    }

    static String squash(String s) {
        // typographic quotes are what a printed PDF holds for the source's straight ones
        return s.replaceAll("[\\s\\u3000]+", "").replace("{empty}", "").replace('’', '\'').replace('‘', '\'');
    }

    private static final Map<String, int[]> TOTALS = new LinkedHashMap<>();

    private static void add(String format, Score sc) {
        int[] t = TOTALS.computeIfAbsent(format, k -> new int[8]);
        int[] v = {sc.sentences(), sc.kept(), sc.people(), sc.peopleWanted(), sc.stages(), sc.stagesWanted(), sc.words(), sc.wordsKept()};
        for (int i = 0; i < 8; i++) t[i] += v[i];
    }

    private static String figures(String format) {
        int[] t = TOTALS.get(format);
        return String.format(Locale.ROOT, "%-14s sentences kept %d/%d (%.1f%%), roster words kept %d/%d, roster people %d/%d, stages %d/%d",
                format, t[1], t[0], 100.0 * t[1] / t[0], t[7], t[6], t[2], t[3], t[4], t[5]);
    }

    private void check(String format, double minKept, double minFound) {
        int[] t = TOTALS.get(format);
        System.out.println("corpus: " + figures(format));
        assertTrue(t[1] >= minKept * t[0], figures(format));
        assertTrue(t[2] + t[4] >= minFound * (t[3] + t[5]), figures(format));
    }

    @Test
    void utf8Text() throws Exception {
        for (Corpus.Sample s : Corpus.all()) add("txt-utf8", score(s, Make.text(s, dir, StandardCharsets.UTF_8)));
        check("txt-utf8", 0.99, 0.95);
    }

    @Test
    void gbkText() throws Exception {
        for (Corpus.Sample s : Corpus.all()) {
            if (s.lang().startsWith("zh")) add("txt-gbk", score(s, Make.text(s, dir, Charset.forName("GBK"))));
        }
        check("txt-gbk", 0.99, 0.95);
    }

    @Test
    void docx() throws Exception {
        for (Corpus.Sample s : Corpus.all()) add("docx", score(s, Make.docx(s, dir)));
        check("docx", 0.99, 0.95);
    }

    @Test
    void htmlWithSiteChrome() throws Exception {
        for (Corpus.Sample s : Corpus.all()) add("html", score(s, Make.html(s, dir)));
        check("html", 0.99, 0.95);
    }

    @Test
    void pdfFromPdfBox() throws Exception {
        for (Corpus.Sample s : Corpus.all()) if (s.lang().equals("en")) add("pdf-pdfbox", score(s, Make.pdfbox(s, dir)));
        check("pdf-pdfbox", 0.97, 0.9);
    }

    @Test
    void pdfFromChromium() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Make.has("chromium"), "chromium is not installed: the Chromium PDF test is skipped");
        for (Corpus.Sample s : Corpus.all()) add("pdf-chromium", score(s, Make.chromiumPdf(s, dir)));
        check("pdf-chromium", 0.95, 0.9);
    }

    @Test
    void docFromLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Make.has("soffice"), "LibreOffice (soffice) is not installed: the .doc test is skipped");
        for (Corpus.Sample s : Corpus.all()) add("doc", score(s, Make.doc(Make.docx(s, dir), dir)));
        check("doc", 0.99, 0.95);
    }
}
