package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.roster.RosterParser;

/**
 * Issue 19: the seed text holds three plans one after another; {@code planpress import} splits it (automatically) into
 * them, and their titles, rosters and stages are those of content/plans/, which were made by hand; the imported plans
 * pass {@code planpress check}.
 */
class SeedImportTest {
    static final Path SEED = TestSites.repo().resolve("src/test/resources/seeds/seed-plans.txt");
    static final List<String> HAND_MADE = List.of("fuzhou-xiuzhai-safety-year", "chengchi-expressway-safety-year", "ejl1-safety-year");

    /** The [.roster] and [.timeline] lines of an AsciiDoc plan, normalised: role rank and people; stage and period. */
    static List<String> lists(String adoc) throws Exception {
        List<String> out = new ArrayList<>();
        String mode = null;
        for (String line : adoc.split("\n")) {
            if (line.equals("[.roster]") || line.equals("[.timeline]")) {
                mode = line;
                continue;
            }
            if (line.isBlank()) {
                mode = null;
                continue;
            }
            if (mode == null) continue;
            int at = line.indexOf(":: ");
            String term = line.substring(0, at), desc = line.substring(at + 3);
            if (mode.equals("[.roster]")) {
                var role = RosterParser.parseRole(term, desc);
                out.add("role " + role.kind() + ": " + role.people());
            } else {
                out.add("stage " + term + ": " + desc);
            }
        }
        return out;
    }

    static String title(String adoc) {
        return adoc.lines().findFirst().orElse("");
    }

    @Test
    void seedImportsAsItsThreePlansMatchingTheHandMadeOnesAndPassesCheck() throws Exception {
        Path src = Files.createTempDirectory("pp-seed");
        TestSites.Run r = TestSites.run("import", SEED.toString(), "--source", src.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<Path> written;
        try (Stream<Path> s = Files.list(src.resolve("content/plans"))) {
            written = s.sorted().toList();
        }
        assertEquals(3, written.size(), r.out());
        // the order of the seed: the report lists the files in that order
        List<String> order = r.out().lines().filter(l -> l.startsWith("content/plans/")).map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(3, order.size(), r.out());
        for (int i = 0; i < 3; i++) {
            String mine = Files.readString(src.resolve(order.get(i)), StandardCharsets.UTF_8);
            String theirs = Files.readString(TestSites.repo().resolve("content/plans/" + HAND_MADE.get(i) + ".adoc"), StandardCharsets.UTF_8);
            assertEquals(title(theirs), title(mine));
            assertEquals(lists(theirs), lists(mine), order.get(i) + " against " + HAND_MADE.get(i));
        }
        assertTrue(r.out().contains("9 roster people in 3 roles, 2 stages"), r.out());
        // every sentence of the seed's body is in the three plans (roster lines are measured by their words)
        StringBuilder all = new StringBuilder();
        for (String o : order) all.append(Files.readString(src.resolve(o), StandardCharsets.UTF_8));
        String flat = ImportCorpusTest.squash(AsciiDocWriter.plain(all.toString()));
        int sentences = 0, kept = 0, words = 0, wordsKept = 0;
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        for (String line : lines.subList(3, lines.size())) { // the first two lines are the website's
            if (line.isBlank()) continue;
            if (RosterText.roleLine(line, true) != null) {
                for (String w : line.split("[\\s?,;:.]+")) {
                    words++;
                    if (flat.contains(w)) wordsKept++;
                }
                continue;
            }
            for (String sent : Text.sentences(line)) {
                sentences++;
                if (flat.contains(ImportCorpusTest.squash(sent).replaceAll("[.;:]+$", ""))) kept++;
                else System.out.println("seed: not kept: " + sent);
            }
        }
        System.out.printf("corpus: seed           sentences kept %d/%d, roster words kept %d/%d%n", kept, sentences, wordsKept, words);
        assertEquals(sentences, kept);
        assertEquals(words, wordsKept);
        TestSites.Run c = TestSites.run("check", "--source", src.toString());
        assertEquals(0, c.status(), c.out() + c.err());
        assertTrue(c.out().contains("checked 3 plans: 0 errors"), c.out());
        assertTrue(c.out().lines().noneMatch(l -> l.startsWith("content/")), c.out());
    }

    @Test
    void noSplitKeepsOnePlan() throws Exception {
        Path src = Files.createTempDirectory("pp-seed1");
        TestSites.Run r = TestSites.run("import", SEED.toString(), "--no-split", "--dry-run", "--source", src.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("// ")).count(), r.out());
        assertTrue(!Files.exists(src.resolve("content")), "a dry run writes nothing");
    }
}
