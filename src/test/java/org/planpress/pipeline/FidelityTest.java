package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planpress.TestSites;

/**
 * Issue 2: the seed plans are published faithfully. At least 98% of each source plan's sentences
 * (whitespace-normalized) appear in the rendered text of its page.
 */
class FidelityTest {
    static final String[] TITLES = {
        "Safety production year activity plan (1)",
        "Activity Plan for the Year of Safety in Production (2)",
        "Annual Activity Plan for Production Safety (3)",
    };

    @ParameterizedTest
    @CsvSource({"0, fuzhou-xiuzhai-safety-year", "1, chengchi-expressway-safety-year", "2, ejl1-safety-year"})
    void atLeast98PercentOfSentencesAppear(int index, String id) throws Exception {
        String seed = Files.readString(TestSites.repo().resolve("src/test/resources/seeds/seed-plans.txt"), StandardCharsets.UTF_8);
        int start = seed.indexOf(TITLES[index]);
        int end = index + 1 < TITLES.length ? seed.indexOf(TITLES[index + 1]) : seed.length();
        List<String> sentences = sentences(seed.substring(start, end));
        Document page = TestSites.page(TestSites.defaultSite(), "plans/" + id + ".html");
        String rendered = normalize(page.selectFirst("h1").text() + " " + page.selectFirst(".pp-body").text());
        List<String> missing = new ArrayList<>();
        for (String s : sentences) if (!rendered.contains(s)) missing.add(s);
        double share = 1.0 - (double) missing.size() / sentences.size();
        assertTrue(sentences.size() > 50, "sentences: " + sentences.size());
        assertTrue(share >= 0.98, String.format("%.1f%% of %d sentences; missing:%n%s", share * 100, sentences.size(),
                String.join("\n", missing)));
    }

    /** Sentences of a plan: paragraphs split after full stops, the plans' own enumeration markers dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n\\s*\n")) {
            for (String s : para.strip().split("(?<=\\.)\\s+")) {
                String n = normalize(s.replaceFirst("^(\\(\\d+\\)|\\d+\\.|[IVX]+\\.)\\s*", ""));
                if (n.length() >= 3) out.add(n);
            }
        }
        return out;
    }

    /** Whitespace collapsed; typographic quotes and ellipses as Asciidoctor may render them; "?" list separators as ";". */
    static String normalize(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2026", "...").replace('\u00a0', ' ')
                .replaceAll("\\s*[?;]\\s+", "; ").replaceAll("\\s+", " ").strip();
    }
}
