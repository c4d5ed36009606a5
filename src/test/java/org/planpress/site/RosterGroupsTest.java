package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planpress.diag.Diagnostics;
import org.planpress.data.DataFeeds;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanConverter;
import org.planpress.source.PlanSource;

/** Issue 18: groups in a roster (各村支部书记, "all team leaders") are on the card, not on the People page. */
class RosterGroupsTest {

    @Test
    void groupsAreLeftOutOfThePeopleAndFlaggedInPlansJson(@TempDir Path dir) throws Exception {
        String text = """
                = Plan
                :lang: zh-CN

                == 组织领导

                [.roster]
                组  长:: 张三 县长
                成  员:: 李四、各村支部书记、all team leaders
                """;
        Path file = Files.createDirectories(dir.resolve("content/plans")).resolve("p.adoc");
        Files.writeString(file, text);
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = new PlanConverter(dir, dir.resolve("content"), false)
                .convert(new PlanSource("p", file, "content/plans/p.adoc", text), diags);
        assertFalse(diags.hasErrors(), diags.sorted().toString());

        List<Map<String, Object>> people = SiteModel.people(List.of(c));
        assertEquals(List.of("张三", "李四"), people.stream().map(m -> m.get("name")).toList());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roster = (List<Map<String, Object>>) DataFeeds.entry(c).get("roster");
        assertEquals(4, roster.size());
        assertEquals(List.of("role", "kind", "name", "position"), List.copyOf(roster.get(0).keySet()), "people as before");
        assertEquals("县长", roster.get(0).get("position"));
        assertEquals(List.of("role", "kind", "name", "position", "group"), List.copyOf(roster.get(2).keySet()));
        assertEquals(true, roster.get(2).get("group"));
        assertEquals("各村支部书记", roster.get(2).get("name"));
        assertEquals(true, roster.get(3).get("group"));
        assertEquals("成员", roster.get(3).get("role"));
    }

    @Test
    void aPersonNamedWithATitleInOnePlanAndWithoutInAnotherIsOneFiledByTheName(@TempDir Path dir) throws Exception {
        ConvertedPlan a = convert(dir, "a", """
                = Flu Campaign
                :lang: en-GB

                == Leadership

                [.roster]
                Senior Responsible Officer:: Dr Priya Natarajan (Medical Director)
                Members:: Mr Tom O'Brien; Ann Lee
                """);
        ConvertedPlan b = convert(dir, "b", """
                = Winter Plan
                :lang: en-GB

                == Leadership

                [.roster]
                Chair:: Priya Natarajan
                Members:: Cllr Ben Adams
                """);
        List<Map<String, Object>> people = NameOrder.sort(SiteModel.people(List.of(a, b)),
                e -> org.planpress.roster.RosterParser.plainName(String.valueOf(e.get("name"))), "en");
        assertEquals(List.of("Ann Lee", "Cllr Ben Adams", "Dr Priya Natarajan", "Mr Tom O'Brien"),
                people.stream().map(m -> m.get("name")).toList(), "filed and sorted by the name, shown as first written");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roles = (List<Map<String, Object>>) people.get(2).get("roles");
        assertEquals(List.of("a", "b"), roles.stream().map(r -> r.get("plan_id")).toList(), "one person in both plans");
        assertEquals("person-priya-natarajan", people.get(2).get("id"));
    }

    private static ConvertedPlan convert(Path dir, String id, String text) throws Exception {
        Path file = Files.createDirectories(dir.resolve("content/plans")).resolve(id + ".adoc");
        Files.writeString(file, text);
        Diagnostics diags = new Diagnostics();
        ConvertedPlan c = new PlanConverter(dir, dir.resolve("content"), false)
                .convert(new PlanSource(id, file, "content/plans/" + id + ".adoc", text), diags);
        assertFalse(diags.hasErrors(), diags.sorted().toString());
        return c;
    }
}
