package org.planpress.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planpress.model.ModelException;
import org.planpress.period.PeriodParser;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

class TimelineTextTest {

    private static Stage stage(String name, String period, Integer year) throws ModelException {
        return new Stage(name, PeriodParser.parse(period, year), null);
    }

    @Test
    void oneSentencePerStageWithTheNoteWhenNoYear() throws ModelException {
        Timeline fuzhou = new Timeline(null, List.of(stage("Mobilization and deployment", "June", null),
            stage("Full implementation", "July to November", null)));
        assertEquals("Mobilization and deployment: June (1 Jun – 30 Jun). "
                + "Full implementation: July to November (1 Jul – 30 Nov). Year not stated in the plan.",
            TimelineText.describe(fuzhou, TimelineLabels.english()));
    }

    @Test
    void deadlinesReadAsBy() throws ModelException {
        Timeline t = new Timeline(null, List.of(stage("Mobilization and deployment", "before May 10", 2011),
            stage("Summary and improvement", "before the end of December", 2011)));
        assertEquals("Mobilization and deployment: before May 10 (by 10 May 2011). "
                + "Summary and improvement: before the end of December (by 31 Dec 2011).",
            TimelineText.describe(t, TimelineLabels.english()));
    }

    @Test
    void yearsAppearWhenStatedOnceForTheSameYear() throws ModelException {
        Timeline t = new Timeline(null, List.of(stage("Winter", "November to February", 2011),
            stage("Check", "May 10", 2011)));
        assertEquals("Winter: November to February (1 Nov 2011 – 29 Feb 2012). Check: May 10 (10 May 2011).",
            TimelineText.describe(t, TimelineLabels.english()));
        Timeline june = new Timeline(null, List.of(stage("Month", "June", 2011)));
        assertEquals("Month: June (1 Jun – 30 Jun 2011).", TimelineText.describe(june, TimelineLabels.english()));
    }

    @Test
    void chinese() throws ModelException {
        Timeline t = new Timeline(null, List.of(stage("动员部署阶段", "5月下旬", 2024),
            stage("全面实施阶段", "6月1日至6月30日", 2024), stage("准备", "5月底前", 2024)));
        assertEquals("动员部署阶段：5月下旬（2024年5月21日至5月31日）。"
                + "全面实施阶段：6月1日至6月30日（2024年6月1日至6月30日）。"
                + "准备：5月底前（截至2024年5月31日）。",
            TimelineText.describe(t, TimelineLabels.chinese()));
        Timeline noYear = new Timeline(null, List.of(stage("动员部署阶段", "5月下旬", null)));
        assertEquals("动员部署阶段：5月下旬（5月21日至5月31日）。方案未注明年份。",
            TimelineText.describe(noYear, TimelineLabels.chinese()));
    }

    @Test
    void emptyTimelineHasNoText() {
        assertEquals("", TimelineText.describe(new Timeline(null, List.of()), TimelineLabels.english()));
    }

    @Test
    void labels() {
        TimelineLabels en = TimelineLabels.english();
        TimelineLabels zh = TimelineLabels.chinese();
        assertEquals("Jan", en.month(1));
        assertEquals("Sep", en.month(9));
        assertEquals("Dec", en.month(12));
        assertEquals("1月", zh.month(1));
        assertEquals("12月", zh.month(12));
        assertEquals("Year not stated in the plan", en.yearNotStated());
        assertEquals("方案未注明年份", zh.yearNotStated());
        assertEquals(zh, TimelineLabels.forLanguage("zh-CN"));
        assertEquals(en, TimelineLabels.forLanguage("en"));
        assertEquals(en, TimelineLabels.forLanguage(null));
        assertEquals("juin", new TimelineLabels(Locale.FRENCH, "Année non précisée", "Calendrier").month(6));
        assertEquals("1 Jun 2011", en.date(java.time.LocalDate.of(2011, 6, 1), true));
        assertEquals("2011年6月1日", zh.date(java.time.LocalDate.of(2011, 6, 1), true));
    }
}
