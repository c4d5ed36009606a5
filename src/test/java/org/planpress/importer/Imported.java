package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planpress.importer.ImportedPlan.RoleLine;
import org.planpress.importer.ImportedPlan.StageLine;
import org.planpress.roster.RosterParser;

/** What importing one file gave, for the tests that import real documents: the plan, its AsciiDoc and the messages. */
record Imported(ImportedPlan plan, String adoc, List<String> notes) {

    /** Imports {@code f}, which must hold one plan. */
    static Imported of(Path f) throws Exception {
        List<ImportedPlan> plans = new Importer().read(f, true);
        assertEquals(1, plans.size(), f + ": one plan");
        ImportedPlan p = plans.get(0);
        return new Imported(p, new AsciiDocWriter().write(p, "x"), p.notes().stream().map(ImportedPlan.Note::message).toList());
    }

    /** Role labels and their numbers of people, in order: {@code roles("组长", 1, "成员", 3)}. */
    static Map<String, Integer> roles(Object... labelAndCount) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < labelAndCount.length; i += 2) out.put((String) labelAndCount[i], (Integer) labelAndCount[i + 1]);
        return out;
    }

    /** The number of people under each role label, in order. */
    Map<String, Integer> people() throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RoleLine rl : plan.roles()) out.merge(rl.label(), RosterParser.parseRole(rl.label(), rl.people()).people().size(), Integer::sum);
        return out;
    }

    List<String> stages() {
        return plan.stages().stream().map(StageLine::label).toList();
    }

    List<String> periods() {
        return plan.stages().stream().map(StageLine::period).toList();
    }

    /** The section headings, "== …" lines, in order. */
    List<String> headings() {
        return adoc.lines().filter(l -> l.startsWith("==")).toList();
    }

    void has(String... texts) {
        for (String t : texts) assertTrue(adoc.contains(t), "\"" + t + "\" should be in the plan:\n" + adoc);
    }

    void lacks(String... texts) {
        for (String t : texts) assertFalse(adoc.contains(t), "\"" + t + "\" should not be in the plan:\n" + adoc);
    }
}
