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
    private static JsonNode stages(Path src) throws Exception {
        return new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0).get("stages");
    }

    @Test
    void aStageLineWithItsPeriodInBracketsIsReadInEveryForm() throws Exception {
        Path src = source("brackets", """
                = 安全生产月活动方案
                :lang: zh-CN
                :plan-year: 2024

                == 实施步骤

                [.timeline]
                第一阶段：宣传发动阶段（3月1日-3月15日）
                集中整治阶段（3月16日—4月30日）：开展隐患排查
                重点抽查，督促整改
                3.总结提升阶段（5月1日—5月15日）

                [.timeline]
                第一阶段:: 动员部署阶段（6月1日至6月10日）
                全面实施阶段（6月11日至6月30日）:: 召开推进会

                === （一）宣传发动阶段

                召开动员大会。

                == Stages

                [.timeline]
                * Phase 1: Preparation (1–15 March)
                * Phase 2 (16–31 March): Delivery
                * Review (April): lessons learnt
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src); // in document order
        assertEquals(8, stages.size(), stages.toString());
        assertEquals("第一阶段：宣传发动阶段", stages.get(0).get("name").asText());
        assertEquals("2024-03-01", stages.get(0).get("start").asText());
        assertEquals("2024-03-15", stages.get(0).get("end").asText());
        assertEquals("集中整治阶段", stages.get(1).get("name").asText());
        assertEquals("开展隐患排查 重点抽查，督促整改", stages.get(1).get("note").asText(), "the description, wrapped line and all");
        assertEquals("3.总结提升阶段", stages.get(2).get("name").asText(), "no colon: the line is the stage");
        assertEquals("2024-05-15", stages.get(2).get("end").asText());
        assertEquals("第一阶段：动员部署阶段", stages.get(3).get("name").asText(), "a list entry reads the same way");
        assertEquals("2024-06-10", stages.get(3).get("end").asText());
        assertEquals("全面实施阶段", stages.get(4).get("name").asText());
        assertEquals("召开推进会", stages.get(4).get("note").asText());
        assertEquals("Phase 1: Preparation", stages.get(5).get("name").asText());
        assertEquals("2024-03-15", stages.get(5).get("end").asText());
        assertEquals("Phase 2: Delivery", stages.get(6).get("name").asText(), "after numbering alone the colon's text is the name");
        assertEquals("2024-03-16", stages.get(6).get("start").asText());
        assertEquals("Review", stages.get(7).get("name").asText());
        assertEquals("lessons learnt", stages.get(7).get("note").asText());
        assertTrue(stages.get(0).get("url").asText().endsWith("#宣传发动阶段"), "the section after its numbering label: "
                + stages.get(0).get("url").asText());
    }

    @Test
    void aTimelineLineThatIsNotAStageGetsATimelineExample() throws Exception {
        Path src = source("notstage", """
                = 方案
                :lang: zh-CN

                == 实施步骤

                [.timeline]
                宣传发动阶段（近期）
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        String said = check.out() + check.err();
        assertTrue(said.contains("notstage.adoc:7: error: expected a timeline stage"), said);
        assertTrue(said.contains("宣传发动阶段（3月1日—3月15日）"), said);
        assertFalse(said.contains("组长"), "no roster example: " + said);
    }

    @Test
    void scheduleTablesAreFoundByTheirHeaderWordsAndErrorsPointAtTheRow() throws Exception {
        Path src = source("tables", """
                = 工作方案
                :lang: zh-CN
                :plan-year: 2024

                == 实施步骤

                [.timeline]
                |===
                |序号 |工作内容 |完成时限 |责任单位

                |1 |制定方案 |3月10日前 |办公室
                |2 |集中整治 |3月11日至4月30日 |各部门
                |3 |总结 |某个时候 |办公室
                |===

                [.timeline]
                |===
                |步骤 |时间节点 |主要任务

                |动员部署 |5月上旬 |召开动员会
                |===

                [.timeline]
                |===
                |时间 |工作内容 |责任单位

                |6月 |全面排查 |安监站
                |===

                [.timeline]
                |===
                |No. |Action |Deadline |Owner

                |1 |Send the plan |by 31 July |Office
                |===
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        String said = check.out() + check.err();
        assertTrue(said.contains("tables.adoc:13: error: cannot read period \"某个时候\""), said);
        assertEquals(1, said.split("error:").length - 1, said);
        Files.writeString(src.resolve("content/plans/tables.adoc"),
                Files.readString(src.resolve("content/plans/tables.adoc")).replace("某个时候", "5月1日至5月10日"));
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals(6, stages.size(), stages.toString());
        assertEquals("制定方案", stages.get(0).get("name").asText(), "the work column names the stage, 序号 skipped");
        assertEquals("2024-03-10", stages.get(0).get("end").asText());
        assertEquals("2024-03-01", stages.get(0).get("start").asText(), "a deadline: open start");
        assertEquals("动员部署", stages.get(3).get("name").asText(), "the stage column wins over the task");
        assertEquals("2024-05-10", stages.get(3).get("end").asText());
        assertEquals("全面排查", stages.get(4).get("name").asText());
        assertEquals("2024-06-30", stages.get(4).get("end").asText());
        assertEquals("Send the plan", stages.get(5).get("name").asText());
        assertEquals("2024-07-31", stages.get(5).get("end").asText());
    }

    @Test
    void aRosterTableWithoutARoleColumnListsMembers() throws Exception {
        Path src = source("members", """
                = 方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                |===
                |序号 |姓名 |工作单位及职务 |联系电话

                |1 |王强 |县教育局局长 |0591-1234567
                |2 |李明 |县教育局副局长 |0591-7654321
                |===

                == Team

                [.roster]
                |===
                |Name |Position |Phone

                |John Smith |Principal |0123 456
                |===
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode roster = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0).get("roster");
        assertEquals(3, roster.size(), roster.toString());
        assertEquals("王强", roster.get(0).get("name").asText(), "the header is not a person");
        assertEquals("县教育局局长", roster.get(0).get("position").asText());
        assertEquals("member", roster.get(0).get("kind").asText());
        assertEquals("成员", roster.get(1).get("role").asText());
        assertEquals("John Smith", roster.get(2).get("name").asText());
        assertEquals("Members", roster.get(2).get("role").asText());
    }

    @Test
    void withoutAPlanYearEachStageIsTheComingOneFromThePlanDate() throws Exception {
        Path src = source("coming", """
                = 学校安全工作方案
                :lang: zh-CN
                :plan-date: 2024-09-02
                :plan-number: 某校发〔2024〕3号

                == 实施步骤

                [.timeline]
                期末复习:: 期末
                开学准备:: 开学第一周
                春季整治:: 3月
                总结:: 2025年6月
                整改:: 7月1日前
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals("2025-01-01", stages.get(0).get("start").asText(), "the coming end of term");
        assertEquals("2024-09-01", stages.get(1).get("start").asText(), "the year of 期末, from the plan date, is not carried");
        assertEquals("2025-03-01", stages.get(2).get("start").asText(), "March after the plan date");
        assertEquals("2025-07-01", stages.get(4).get("end").asText(), "the year written above is carried");
        assertEquals("2025-06-01", stages.get(4).get("start").asText(), "a deadline on the 1st opens the month before");
        Document page = org.jsoup.Jsoup.parse(src.resolve("target/site/plans/coming.html").toFile());
        assertEquals("文号：某校发〔2024〕3号", page.selectFirst(".pp-titleblock .pp-number").text(), "the title block shows the number");
        assertEquals("发布日期：2024-09-02", page.selectFirst(".pp-titleblock .pp-date").text(), "and the date of issue");
    }

    @Test
    void underAStageThatSpansTwoYearsAStageWithoutAYearIsTheFirstAfterItsStart() throws Exception {
        Path src = source("school-year", """
                = 学年工作安排
                :lang: zh-CN
                :plan-date: 2024-09-02
                :plan-number: 某校发〔2024〕3号

                == 实施步骤

                [.timeline]
                学年总体安排:: 2024—2025学年
                开学准备:: 9月
                期中检查:: 10月
                年终总结:: 12月
                春季整治:: 3月
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals("2024-09-01", stages.get(1).get("start").asText(), "September of the school year's start");
        assertEquals("2024-10-01", stages.get(2).get("start").asText());
        assertEquals("2024-12-01", stages.get(3).get("start").asText(), "not the year the school year ends in");
        assertEquals("2025-03-01", stages.get(4).get("start").asText());
    }

    @Test
    void aLineWithItsPeriodAfterACommaOrADashIsAStageOfItsOwn() throws Exception {
        Path src = source("comma", """
                = Water Safety Campaign
                :lang: en
                :plan-year: 2025

                == Stages

                [.timeline]
                Stage 1: Planning: June
                Stage 2 - Preparation – 1–15 July
                Stage 3 - Implementation, September to November
                集中整治阶段，12月1日至20日
                Step 5: Review — by 31 January 2026
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals(5, stages.size(), stages.toString());
        assertEquals("Step 5: Review", stages.get(4).get("name").asText());
        assertEquals("2026-01-31", stages.get(4).get("end").asText());
        assertEquals("Stage 2 - Preparation", stages.get(1).get("name").asText());
        assertEquals("2025-07-15", stages.get(1).get("end").asText());
        assertEquals("Stage 3 - Implementation", stages.get(2).get("name").asText());
        assertEquals("2025-09-01", stages.get(2).get("start").asText());
        assertEquals("2025-11-30", stages.get(2).get("end").asText());
        assertEquals("集中整治阶段", stages.get(3).get("name").asText());
    }

    @Test
    void thePlansCountryGivesItsFinancialYearAndTheOrderOfItsSlashedDates() throws Exception {
        Path src = source("fy", """
                = Council Works Programme
                :lang: en-AU
                :plan-date: 2025-08-01

                == Stages

                [.timeline]
                Budget:: FY2026
                Tender:: Q2 FY26
                Site visit:: 03/10/25
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals("2025-07-01", stages.get(0).get("start").asText(), "an Australian financial year starts in July");
        assertEquals("2026-06-30", stages.get(0).get("end").asText());
        assertEquals("2025-10-01", stages.get(1).get("start").asText());
        assertEquals("2025-10-03", stages.get(2).get("start").asText(), "day first in Australia");

        Path bad = source("fy-bad", """
                = Council Works Programme
                :lang: en
                :plan-fiscal-year-start: Spring

                == Stages

                [.timeline]
                Budget:: FY2026
                Site visit:: 03/10/25
                """);
        TestSites.Run failed = TestSites.run("build", "--no-pdf", "--source", bad.toString());
        assertEquals(1, failed.status(), failed.out() + failed.err());
        String out = failed.out() + failed.err();
        assertTrue(out.contains("plan-fiscal-year-start must be a month"), out);
        assertTrue(out.contains("may be day/month or month/day"), out);
    }

    @Test
    void aListEntryWithItsPeriodAfterACommaOrADashIsReadSo() throws Exception {
        Path src = source("comma-list", """
                = Water Safety Campaign
                :lang: en
                :plan-year: 2025

                == Stages

                [.timeline]
                Stage 3:: Implementation, September to November
                Step 5:: Review — by 31 January 2026
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode stages = stages(src);
        assertEquals("Stage 3: Implementation", stages.get(0).get("name").asText());
        assertEquals("2025-09-01", stages.get(0).get("start").asText());
        assertEquals("Step 5: Review", stages.get(1).get("name").asText());
        assertEquals("2026-01-31", stages.get(1).get("end").asText());
    }

    @Test
    void aBulletedListMarkedAsARosterReadsItsItemsAsLabelLines() throws Exception {
        Path src = source("bullets", """
                = 青山镇防汛工作方案
                :lang: zh-CN

                == 组织领导

                [.roster]
                * 指 挥 长：李卫国　镇党委副书记、镇长
                * 副指挥长：王  强（分管副镇长）、欧阳春（武装部长）
                * 成　　员：
                ** 陈静（应急办主任）
                ** 各村（社区）主要负责人

                == Leadership (English)

                [.roster]
                . Group leader: Dr Priya Natarajan, Medical Director
                . Deputy leads: Mr Tom O'Brien (Chief Nurse) and Ms Aisha Khan

                == Programme board

                [.roster]
                Senior Responsible Officer:: Dr Priya Natarajan
                Deputy leads:: Ms Aisha Khan
                Members:: Occupational Health Manager
                """);
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.out() + build.err());
        JsonNode roster = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans").get(0).get("roster");
        assertEquals(11, roster.size(), roster.toString());
        assertEquals("leader", roster.get(8).get("kind").asText(), "no leader word: the first role heads the group");
        assertEquals("member", roster.get(10).get("kind").asText());
        assertEquals("指挥长", roster.get(0).get("role").asText());
        assertEquals("leader", roster.get(0).get("kind").asText());
        assertEquals("李卫国", roster.get(0).get("name").asText());
        assertEquals("王强", roster.get(1).get("name").asText());
        assertEquals("deputy", roster.get(2).get("kind").asText());
        assertEquals("陈静", roster.get(3).get("name").asText(), "a list under an item continues its role");
        assertEquals("member", roster.get(4).get("kind").asText());
        assertEquals("Dr Priya Natarajan", roster.get(5).get("name").asText());
        assertEquals("Ms Aisha Khan", roster.get(7).get("name").asText());
        Document page = org.jsoup.Jsoup.parse(src.resolve("target/site/plans/bullets.html").toFile());
        assertEquals(3, page.select(".pp-roster").size(), "each list became a roster card");
    }

    @Test
    void aRosterOrTimelineMarkOnABlockNeitherIsReadFromIsAnErrorAtIt() throws Exception {
        Path src = source("open", """
                = Safety Month
                :lang: en

                == Leadership

                [.roster]
                --
                Leader:: Wang Qiang
                --
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("open.adoc:7: error: [.roster] is read from a description list"), check.out());
        assertFalse(check.out().contains("Exception"), check.out());
    }
}
