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
}
