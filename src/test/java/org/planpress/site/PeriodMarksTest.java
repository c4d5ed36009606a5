package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 18: the plan's issue date, and approximate and tentative stages through to the site. */
class PeriodMarksTest {

    static final String PLAN = """
            = 秋季消防安全检查方案
            :plan-date: 2015年6月15日
            :lang: zh-CN

            == 实施步骤

            [.timeline]
            动员部署:: 即日起至6月30日
            集中检查:: 9月18日左右
            总结:: 10月（暂定）
            冬季巡查:: 11月至3月
            上报:: 2016年4月10日前
            """;

    /** A source folder holding one plan, with {@code site.host} set. */
    private static Path source(String file, String plan) throws Exception {
        Path src = Files.createTempDirectory("pp-src");
        Files.createDirectories(src.resolve("content/plans"));
        Files.writeString(src.resolve("content/plans/" + file), plan);
        Files.writeString(src.resolve("jbake.properties"), "site.host=http://intranet.example/plans/\n");
        return src;
    }

    @Test
    void planDateApproximateAndTentativeStagesReachTheSite() throws Exception {
        Path src = source("autumn.adoc", PLAN);

        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertTrue(check.out().contains("content/plans/autumn.adoc:11: warning: period \"11月至3月\" ends before it starts"),
            check.out());
        assertTrue(check.out().contains("次年"), check.out());
        assertTrue(check.out().strip().endsWith("0 errors, 1 warnings"), check.out());

        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        Path site = src.resolve("target/site");
        JsonNode stages = new ObjectMapper().readTree(site.resolve("plans.json").toFile()).get("plans").get(0).get("stages");
        assertEquals("2015-06-15", stages.get(0).get("start").asText(), "即日 is the plan date");
        assertEquals("2015-06-30", stages.get(0).get("end").asText());
        assertNull(stages.get(0).get("approximate"));
        assertTrue(stages.get(1).get("approximate").asBoolean());
        assertTrue(stages.get(2).get("tentative").asBoolean());
        assertEquals("暂定", stages.get(2).get("note").asText());
        assertEquals("2016-03-31", stages.get(3).get("end").asText());
        assertNull(stages.get(3).get("deadline"));
        assertTrue(stages.get(4).get("deadline").asBoolean(), "a deadline's open start");
        assertEquals("2016-04-10", stages.get(4).get("end").asText());

        Document page = TestSites.page(site, "plans/autumn.html");
        assertEquals("true", page.selectFirst("g.pp-stage[data-index=1]").attr("data-approximate"));
        assertTrue(page.select(".pp-stages .pp-dates").get(1).text().startsWith("（≈ "), "full-width brackets on a Chinese page");
        assertTrue(page.select(".pp-stages .pp-dates").get(2).text().contains("暂定"));

        Document calendar = TestSites.page(site, "calendar.html");
        Element approx = calendar.selectFirst("tr.pp-stage.pp-approximate");
        assertTrue(approx.text().contains("≈ 2015-09-18"), approx.text());
        Element tentative = calendar.selectFirst("tr.pp-stage.pp-tentative");
        assertFalse(tentative.select(".pp-tentative-mark").isEmpty(), tentative.outerHtml());
    }

    /** Stages as real plans write them: going on, recurring, lunar, a school term, a start without an end. */
    @Test
    void stagesThatGoOnRecurOrFollowTheLunarCalendarBuildWithTheirNotes() throws Exception {
        Path src = source("school.adoc", """
                = 2024年校园安全专项整治方案
                :plan-year: 2024
                :lang: zh-CN

                == 实施步骤

                [.timeline]
                春运保障:: 腊月二十至正月十五
                排查整治:: 2024年春季学期
                督查验收:: 11月底前全部完成
                日常巡查:: 9月起每周五
                长效管理:: 长期
                跟踪回访:: 10月1日起
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertTrue(check.out().contains("content/plans/school.adoc:13: warning: period \"10月1日起\" gives no end"), check.out());
        assertTrue(check.out().strip().endsWith("0 errors, 1 warnings"), check.out());

        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        Path site = src.resolve("target/site");
        JsonNode stages = new ObjectMapper().readTree(site.resolve("plans.json").toFile()).get("plans").get(0).get("stages");
        assertEquals("2024-01-30", stages.get(0).get("start").asText(), "腊月二十 of 2024 (lunar year 2023)");
        assertEquals("2024-02-24", stages.get(0).get("end").asText(), "正月十五, the Lantern Festival");
        assertEquals("2024-02-21", stages.get(1).get("start").asText());
        assertTrue(stages.get(1).get("approximate").asBoolean());
        assertEquals("全部完成", stages.get(2).get("note").asText());
        assertEquals("2024-11-30", stages.get(2).get("end").asText());
        assertEquals("每周五", stages.get(3).get("note").asText());
        assertEquals("2024-09-01", stages.get(3).get("start").asText());
        assertEquals("2024-12-31", stages.get(3).get("end").asText());
        assertEquals("长期", stages.get(4).get("note").asText());
        assertEquals("2024-01-01", stages.get(4).get("start").asText());
        assertEquals("2024-12-31", stages.get(5).get("end").asText());
        Document page = TestSites.page(site, "plans/school.html");
        assertEquals("长期", page.select("li.pp-stage .pp-period").get(4).text(), "the words as written, the note");
        assertEquals("（2024年1月1日 – 2024年12月31日）", page.select("li.pp-stage .pp-dates").get(4).text());
    }

    /** Without :plan-year:, a stage with no year of its own is in the year the stage above it ends in, if that states one. */
    @Test
    void aStageWithoutAYearFollowsTheYearOfTheStageAboveIt() throws Exception {
        Path src = Files.createTempDirectory("pp-src");
        Files.createDirectories(src.resolve("content/plans"));
        Files.writeString(src.resolve("content/plans/roads.adoc"), """
                = 城区道路安全生产月活动方案
                :lang: zh-CN

                == 活动安排

                [.timeline]
                宣传发动:: 2024年3月中旬至4月底
                集中整治:: 5月1日—6月30日
                冬季巡查:: 2024年12月至次年2月
                总结:: 3月
                """);
        Files.writeString(src.resolve("content/plans/water.adoc"), """
                = Water Safety Campaign
                :lang: en

                == Stages

                [.timeline]
                Preparation:: from mid-March to the end of April 2024
                Review:: early to mid-May
                Open days:: the first two weeks of June
                """);
        TestSites.Run check = TestSites.run("check", "--source", src.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertFalse(check.out().contains("starts before the stage listed above it"), check.out());
        assertTrue(check.out().contains("0 errors"), check.out());
        TestSites.Run build = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, build.status(), build.err());
        JsonNode plans = new ObjectMapper().readTree(src.resolve("target/site/plans.json").toFile()).get("plans");
        for (JsonNode plan : plans) {
            JsonNode st = plan.get("stages");
            if (plan.get("id").asText().equals("roads")) {
                assertEquals("2024-05-01", st.get(1).get("start").asText());
                assertEquals("2024-06-30", st.get(1).get("end").asText());
                assertEquals("2025-02-28", st.get(2).get("end").asText());
                assertEquals("2025-03-01", st.get(3).get("start").asText(), "after a stage ending in the next year");
            } else {
                assertEquals("2024-05-01", st.get(1).get("start").asText());
                assertEquals("2024-05-20", st.get(1).get("end").asText());
                assertEquals("2024-06-01", st.get(2).get("start").asText());
                assertEquals("2024-06-14", st.get(2).get("end").asText());
            }
        }
    }
}
