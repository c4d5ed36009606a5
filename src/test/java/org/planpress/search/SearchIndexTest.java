package org.planpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.planpress.model.Period;
import org.planpress.model.Person;
import org.planpress.model.Plan;
import org.planpress.model.Role;
import org.planpress.model.RoleKind;
import org.planpress.model.Roster;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The index builder: analysis, documents, escaping and the split into shards. */
class SearchIndexTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tokensAreLowerCasedAndPossessivesDropped() {
        assertEquals(List.of("ejl1", "resid", "offic", "year", "drill", "u.s.a", "3.5"),
                SearchAnalyzer.terms("EJL1 Resident Office's year’s DRILL, U.S.A. 3.5"));
        assertEquals(List.of("ejl1"), SearchAnalyzer.terms("ＥＪＬ１"), "full-width letters fold");
    }

    @Test
    void stemmingMakesInflectionsMeet() {
        assertEquals(List.of("inspect"), SearchAnalyzer.terms("inspections"));
        assertEquals(SearchAnalyzer.terms("inspection"), SearchAnalyzer.terms("Inspections"));
        assertEquals(SearchAnalyzer.terms("rectification"), SearchAnalyzer.terms("rectifications"));
        assertEquals(List.of("flood", "season"), SearchAnalyzer.terms("flooding seasons"));
    }

    @Test
    void stopWordsAreLeftOut() {
        assertEquals(List.of("who", "lead", "emerg", "team"), SearchAnalyzer.terms("who leads the emergency team"));
        assertEquals(List.of(), SearchAnalyzer.terms("the and of to it is"));
        assertTrue(SearchAnalyzer.stopWords().containsAll(List.of("the", "and", "of")));
    }

    @Test
    void chineseBecomesOverlappingBigramsWithoutASegmenter() {
        assertEquals(List.of("安全", "全生", "生产", "产月"), SearchAnalyzer.terms("安全生产月"));
        assertEquals(List.of("安全", "生产"), SearchAnalyzer.terms("安全 生产"), "no bigram across a space");
        assertEquals(List.of("库热", "热西", "买合", "合苏", "苏提"), SearchAnalyzer.terms("库热西·买合苏提"));
        assertEquals(List.of("2024", "年", "6", "月"), SearchAnalyzer.terms("2024年６月"), "lone characters stay");
        assertEquals(List.of("ejl1", "安全", "inspect"), SearchAnalyzer.terms("EJL1安全 inspections"), "mixed");
    }

    static final String PAGE = """
            <div class="pp-body" lang="en">
            <div id="preamble"><div class="sectionbody"><p>Intro about flood drills.</p></div></div>
            <div class="sect1"><h2 id="tasks">2. Tasks <a class="pp-self" href="#tasks">#</a></h2>
            <nav class="pp-same"><a href="x.html#y">Other plan › Tasks</a></nav>
            <div class="sectionbody"><p>Own task text.</p>
            <figure class="pp-timeline" id="timeline"><div class="pp-timeline-svg"><svg><text>svg words</text></svg></div>
            <ol class="pp-stages"><li class="pp-stage"><a href="#tasks">Mobilization</a><span class="pp-now" hidden> (current stage)</span></li></ol></figure>
            <div class="sect2"><h3 id="inspections">(1) Inspections <a class="pp-self" href="#inspections">#</a></h3>
            <p>Weekly inspections of the muster points.</p></div>
            </div></div>
            </div>""";

    static Plan plan(String title) throws Exception {
        Roster roster = new Roster("roster", List.of(new Role("Group leader", RoleKind.LEADER,
                List.of(new Person("Wang Jinxuan", "Project Manager")))));
        Timeline timeline = new Timeline("timeline", List.of(new Stage("Mobilization",
                org.planpress.period.PeriodParser.parse("June", 2024), "tasks")));
        return new Plan("drill", title, "Test Office", 2024, "A drill plan.", "en", null, List.of(roster),
                List.of(timeline), List.of());
    }

    @Test
    void documentsAreSectionsWithTheirOwnTextPersonsAndStages() throws Exception {
        List<SearchDoc> docs = SearchDocs.of(PAGE, plan("Flood drill plan"), 0);
        assertEquals(List.of(SearchDoc.Kind.PLAN, SearchDoc.Kind.SECTION, SearchDoc.Kind.SECTION,
                SearchDoc.Kind.PERSON, SearchDoc.Kind.STAGE), docs.stream().map(SearchDoc::kind).toList());
        SearchDoc intro = docs.get(0), tasks = docs.get(1), insp = docs.get(2), person = docs.get(3);
        assertEquals("A drill plan. Intro about flood drills.", intro.text());
        assertEquals("2. Tasks", tasks.title(), "the self-link is not part of the title");
        assertEquals("tasks", tasks.anchor());
        assertEquals("Own task text. Mobilization", tasks.text(), "no cross-links, drawings, hidden labels or subsections");
        assertEquals("(1) Inspections", insp.title());
        assertEquals("2. Tasks", insp.path());
        assertEquals("Weekly inspections of the muster points.", insp.text());
        assertEquals("Wang Jinxuan", person.title());
        assertEquals("Group leader", person.path());
        assertEquals("roster", person.anchor());
        assertEquals("tasks", docs.get(4).anchor());
        assertEquals("Flood drill plan", tasks.context());
    }

    /**
     * Reads a written index file back as JSON: it must be exactly ppSearchData("name", JSON); (a file of stored
     * documents ppSearchData(null, JSON);, as it names no number).
     */
    static JsonNode read(Path site, String name) throws Exception {
        String js = Files.readString(site.resolve("search/" + name + ".js"), StandardCharsets.UTF_8);
        String head = "ppSearchData(" + (name.startsWith("d/") ? "null" : "\"" + name + "\"") + ",";
        assertTrue(js.startsWith(head) && js.endsWith(");\n"), js.substring(0, Math.min(80, js.length())));
        return JSON.readTree(js.substring(head.length(), js.length() - 3));
    }

    static Path siteWithStemmer() throws Exception {
        Path site = Files.createTempDirectory("pp-index");
        Path stemmer = site.resolve(SearchIndex.STEMMER);
        Files.createDirectories(stemmer.getParent());
        Files.copy(Path.of("assets").resolve(SearchIndex.STEMMER), stemmer);
        return site;
    }

    @Test
    void markupInTitlesIsStoredAsTextAndCannotBreakOutOfTheData() throws Exception {
        String evil = "Drill <img src=x onerror=alert(1)> \"); alert(2); (\" </script>";
        String body = PAGE.replace("2. Tasks <a", "<b>bold</b> &lt;img src=x onerror=alert(1)&gt; <a");
        Path site = siteWithStemmer();
        SearchIndex.write(site, List.of(plan(evil)), SearchDocs.of(body, plan(evil), 0), System.nanoTime());
        JsonNode chunk = read(site, "d/0");
        assertEquals(evil, chunk.get("p").get(0).get(1).asText(), "the plan title, character for character");
        assertEquals("bold <img src=x onerror=alert(1)>", chunk.get("d").get(1).get(3).asText(),
                "a heading's markup is its text, not tags");
        JsonNode shard = read(site, "t/0");
        assertNotNull(shard.get("img"), "the words inside are searchable");
    }

    @Test
    void theStemmerShipsAsAClassicScript() throws Exception {
        Path site = siteWithStemmer();
        SearchIndex.write(site, List.of(), List.of(), System.nanoTime());
        String js = Files.readString(site.resolve("search/stemmer.js"));
        assertFalse(js.contains("export "), "no module syntax: file:// pages cannot load modules");
        assertTrue(js.contains("window.ppStemmer = stemmer;"));
    }

    /** A generated corpus big enough to split; a one-word query needs one small shard out of many. */
    @Test
    void theIndexSplitsSoAQueryLoadsOnlyItsShards() throws Exception {
        Random rnd = new Random(4);
        String[] vocab = new String[4000];
        for (int i = 0; i < vocab.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 4 + rnd.nextInt(6); k++) w.append((char) ('a' + rnd.nextInt(26)));
            vocab[i] = w.toString();
        }
        List<SearchDoc> docs = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            plans.add(new Plan("p" + p, "Plan " + p, null, null, null, "en", null, null, null, null));
            for (int s = 0; s < 15; s++) {
                StringBuilder text = new StringBuilder("safety ");
                for (int k = 0; k < 80; k++) text.append(vocab[(int) Math.abs(rnd.nextGaussian() * 800) % vocab.length]).append(' ');
                docs.add(new SearchDoc(SearchDoc.Kind.SECTION, p, "s" + s, "Section " + s, "", text.toString(), "Plan " + p));
            }
        }
        Path site = siteWithStemmer();
        SearchIndex.Stats stats = SearchIndex.write(site, plans, docs, System.nanoTime());
        JsonNode manifest = read(site, "manifest");
        List<String> bounds = new ArrayList<>();
        manifest.get("shards").forEach(b -> bounds.add(b.asText()));
        assertEquals(stats.shards(), bounds.size());
        assertTrue(bounds.size() >= 10, "shards: " + bounds.size());
        assertEquals("", bounds.get(0));
        Map<String, Integer> shardOf = new HashMap<>();
        long biggest = 0;
        for (int i = 0; i < bounds.size(); i++) {
            JsonNode shard = read(site, "t/" + i);
            biggest = Math.max(biggest, Files.size(site.resolve("search/t/" + i + ".js")));
            for (var it = shard.fieldNames(); it.hasNext();) {
                String term = it.next();
                shardOf.put(term, i);
                assertEquals(i, lookup(bounds, term), "the manifest sends " + term + " to its shard");
            }
        }
        assertEquals(stats.terms(), shardOf.size());
        long total = 0;
        try (var files = Files.list(site.resolve("search/t"))) {
            for (Path f : files.toList()) total += Files.size(f);
        }
        long oneWord = Files.size(site.resolve("search/t/" + lookup(bounds, "safeti") + ".js"));
        assertTrue(oneWord * 10 < total, "a one-word query loads " + oneWord + " of " + total + " bytes");
        assertTrue(biggest < SearchIndex.SHARD_CHARS * 2L, "shards stay small: " + biggest);
        // postings decode to every document, title hits outscore body hits
        int[] safety = SearchIndex.varints(read(site, "t/" + lookup(bounds, "safeti")).get("safeti").asText());
        assertEquals(1 + docs.size() * 2, safety.length);
        int[] section = SearchIndex.varints(read(site, "t/" + lookup(bounds, "section")).get("section").asText());
        assertEquals(section[0], safety[0], "same document frequency, same idf");
        assertTrue(section[2] > safety[2], "title weight: " + section[2] + " " + safety[2]);
        String rareTerm = shardOf.keySet().stream().sorted().filter(t -> {
            try {
                return SearchIndex.varints(read(site, "t/" + shardOf.get(t)).get(t).asText()).length <= 5;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        int[] rare = SearchIndex.varints(read(site, "t/" + shardOf.get(rareTerm)).get(rareTerm).asText());
        assertTrue(rare[0] > 10 * safety[0], "rare words weigh more");
    }

    @Test
    void postingsStringsRoundTrip() {
        long[] values = {0, 1, 31, 32, 33, 1023, 1024, 99_999, 3_000_000, Integer.MAX_VALUE};
        StringBuilder sb = new StringBuilder();
        for (long v : values) SearchIndex.varint(sb, v);
        assertTrue(sb.chars().allMatch(c -> SearchIndex.VARINT_DIGITS.indexOf(c) >= 0), "only JSON-safe digits: " + sb);
        int[] back = SearchIndex.varints(sb.toString());
        assertEquals(values.length, back.length);
        for (int i = 0; i < values.length; i++) assertEquals(values[i], back[i]);
        assertEquals("A", sbOf(0));
        assertEquals("f", sbOf(31));
        assertEquals("hA", sbOf(32), "32 is one continuation digit (1) and a last digit (0)");
    }

    private static String sbOf(long v) {
        StringBuilder sb = new StringBuilder();
        SearchIndex.varint(sb, v);
        return sb.toString();
    }

    /** The client's shard lookup (search.js shardOf), in Java. */
    static int lookup(List<String> bounds, String term) {
        int lo = 0, hi = bounds.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds.get(mid).compareTo(term) <= 0) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    @Test
    void periodTextIsTheStageContext() throws Exception {
        Period june = org.planpress.period.PeriodParser.parse("June", 2024);
        SearchDoc stage = SearchDocs.of(PAGE, plan("P"), 3).get(4);
        assertEquals(june.text(), stage.path());
        assertEquals(3, stage.plan());
    }
}
