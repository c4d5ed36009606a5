package org.planpress.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/**
 * A roster or timeline written as label lines in a paragraph (组长：王强), as plans print them, or a roster written
 * as a table (职务 | 姓名 | 职位), as Word documents hold it, reads as the description list would.
 */
class LabelLinesTest {
    private static Path source(String name, String plan) throws Exception {
        Path src = Files.createTempDirectory("pp-lines");
        Files.createDirectories(src.resolve("content/plans"));
        Files.writeString(src.resolve("content/plans/" + name + ".adoc"), plan);
        return src;
    }

    @Test
    void labelLinesInAParagraphAreARosterAndATimeline() throws Exception {
        Path src = source("lines", """
                = 安全生产月活动方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                组　长：王强（局长）
                副组长：李明（副局长）、
                张华（副局长）
                成　员：刘洋、陈静、赵 敏

                == 实施步骤

                [.timeline]
                宣传发动阶段：2024年3月中旬至4月底
                集中整治阶段：5月1日—6月30日
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        JsonNode plan = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0);
        JsonNode roster = plan.get("roster");
        assertEquals(6, roster.size(), roster.toString());
        assertEquals("leader", roster.get(0).get("kind").asText());
        assertEquals("王强", roster.get(0).get("name").asText());
        assertEquals("局长", roster.get(0).get("position").asText());
        assertEquals("张华", roster.get(2).get("name").asText(), "a wrapped line continues its role");
        assertEquals("deputy", roster.get(2).get("kind").asText());
        assertEquals("赵敏", roster.get(5).get("name").asText());
        assertEquals("2024-05-01", plan.get("stages").get(1).get("start").asText());
        Document page = TestSites.page(src.resolve("target/site"), "plans/lines.html");
        assertNotNull(page.selectFirst(".pp-roster"), "the roster card replaces the paragraph");
        assertNotNull(page.selectFirst("svg"), "the timeline figure replaces the paragraph");
        assertFalse(page.text().contains("组　长："), "the label lines are not shown as a paragraph as well");
    }

    @Test
    void aLineWithoutALabelOrAPeriodThatCannotBeReadIsAnErrorAtItsLine() throws Exception {
        Path src = source("bad", """
                = Water Safety Campaign
                :lang: en

                == Leading Group

                [.roster]
                John Smith and Mary Jones
                Leader: Peter Brown

                == Stages

                [.timeline]
                Preparation: March
                Inspection: sometime soon
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals(1, check.status(), check.out());
        String said = check.out() + check.err();
        assertTrue(said.contains("content/plans/bad.adoc:7: error: expected a roster role as \"label: text\""), said);
        assertTrue(said.contains("content/plans/bad.adoc:14: error: cannot read period \"sometime soon\""), said);
    }

    @Test
    void aRosterTableReadsAsTheListWithItsColumnsFoundByTheirHeader() throws Exception {
        Path src = source("table", """
                = 学校安全工作方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                |===
                |姓名 |职务 |工作单位及职务

                |王强 |组长 |校长
                |李明 |副组长 |副校长
                | |副组长 |分管副校长
                |刘洋 |成员 |教务主任
                |陈静 | |
                |===

                == Leading group

                [.roster]
                |===
                |Leader |John Smith |Principal
                |Members |Mary Jones |Teacher
                | |Tom Brown |
                |===
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        JsonNode roster = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0).get("roster");
        assertEquals(8, roster.size(), roster.toString());
        assertEquals("王强", roster.get(0).get("name").asText());
        assertEquals("校长", roster.get(0).get("position").asText());
        assertEquals("leader", roster.get(0).get("kind").asText());
        assertEquals("分管副校长", roster.get(2).get("name").asText(), "a post without a name");
        assertTrue(roster.get(2).get("group").asBoolean());
        assertEquals("陈静", roster.get(4).get("name").asText(), "a row without a role continues the role above");
        assertEquals("member", roster.get(4).get("kind").asText());
        assertEquals("John Smith", roster.get(5).get("name").asText(), "without a header: role, name, position");
        assertEquals("Principal", roster.get(5).get("position").asText());
        assertEquals("Tom Brown", roster.get(7).get("name").asText());
        assertEquals("member", roster.get(7).get("kind").asText());
        Document page = TestSites.page(src.resolve("target/site"), "plans/table.html");
        assertEquals(2, page.select(".pp-roster").size());
        assertTrue(page.select(".pp-body table").isEmpty(), "the tables are the roster cards now");
    }

    @Test
    void aScheduleTableMarkedAsATimelineGetsItsFigureAndStays() throws Exception {
        Path src = source("schedule", """
                = Riverside School Fire Safety Week
                :lang: en

                == Schedule

                [.timeline]
                |===
                |Content |Stage |Time

                |Check extinguishers and signs |Preparation |September 2-6, 2024
                |One drill per class |Drills |September 9-13
                |===

                == 实施步骤

                [.timeline]
                |===
                |宣传发动 |5月下旬
                |集中整治 |6月
                |===
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        JsonNode stages = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0).get("stages");
        assertEquals(4, stages.size(), stages.toString());
        assertEquals("Preparation", stages.get(0).get("name").asText(), "the columns found by their header");
        assertEquals("2024-09-02", stages.get(0).get("start").asText());
        assertEquals("2024-09-13", stages.get(1).get("end").asText(), "in the year of the stage above");
        assertEquals("宣传发动", stages.get(2).get("name").asText(), "without a header: stage, then time");
        Document page = TestSites.page(src.resolve("target/site"), "plans/schedule.html");
        assertEquals(2, page.select(".pp-body table").size(), "the tables stay");
        org.jsoup.nodes.Element figure = page.selectFirst(".pp-timeline");
        assertNotNull(figure);
        assertTrue(page.html().indexOf("pp-timeline") < page.html().indexOf("Check extinguishers"), "the figure comes first");
    }
}
