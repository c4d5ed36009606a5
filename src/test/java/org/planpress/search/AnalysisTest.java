package org.planpress.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planpress.store.Store;

/** A plan's search analysis as the store keeps it: read back as it was made, and a damaged one not at all. */
class AnalysisTest {
    static List<SearchDoc> docs() {
        List<SearchDoc> out = new ArrayList<>();
        out.add(new SearchDoc(SearchDoc.Kind.PLAN, 0, "", "安全生产月活动方案", "县安委会", "为深入贯彻落实安全生产法，提高全民安全意识", ""));
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 300; i++) longText.append("inspection drill number ").append(i).append(' ');
        out.add(new SearchDoc(SearchDoc.Kind.SECTION, 0, "measures", "Work measures", "", longText.toString(), "Safety month"));
        out.add(new SearchDoc(SearchDoc.Kind.PERSON, 0, "roster", "Wang Jinxuan", "Group leader", "", "Safety month"));
        out.add(new SearchDoc(SearchDoc.Kind.STAGE, 0, "stages", "Mobilization", "June", "", "Safety month"));
        return out;
    }

    @Test
    void readBackAsMadeAndDamagedIsNotRead() throws Exception {
        SearchIndex.Analysis step = new SearchIndex.Analysis();
        SearchIndex.Analysed made = step.make(new SearchIndex.Analysis.Plan("k", PlanDocs.of(docs())));
        assertEquals(4, made.docs().size());
        assertTrue(made.terms().length > 300, "a term for each number: " + made.terms().length);
        Store store = Store.at(Files.createTempDirectory("pp-analysis"));
        String key = step.key(new SearchIndex.Analysis.Plan("k", PlanDocs.of(docs())));
        Map<String, byte[]> parts = step.encode(made);
        store.write(step.kind(), key, parts, Map.of(), p -> false);
        SearchIndex.Analysed back = step.decode(store.read(step.kind(), key));
        assertNotNull(back);
        assertArrayEquals(made.terms(), back.terms());
        for (int d = 0; d < made.docs().size(); d++) {
            assertArrayEquals(made.docs().get(d).terms(), back.docs().get(d).terms());
            assertArrayEquals(made.docs().get(d).tf10(), back.docs().get(d).tf10());
            assertEquals(made.docs().get(d).length(), back.docs().get(d).length());
        }

        byte[] bytes = parts.values().iterator().next();
        String name = parts.keySet().iterator().next();
        assertNull(step.decode(entry(name, java.util.Arrays.copyOf(bytes, bytes.length - 1))), "cut short");
        assertNull(step.decode(entry(name, java.util.Arrays.copyOf(bytes, bytes.length + 1))), "a byte too many");
        byte[] wrongTerm = step.encode(new SearchIndex.Analysed(new String[] {"a"},
                List.of(new SearchIndex.Analysed.Doc(new int[] {1}, new int[] {10}, 1)))).get(name);
        assertNull(step.decode(entry(name, wrongTerm)), "a term number past the plan's terms");
        assertNull(step.decode(entry("analysed.json", bytes)), "another format's part");
    }

    static Store.Entry entry(String part, byte[] b) {
        return new Store.Entry(Map.of(part, b), Map.of(), Map.of());
    }
}
