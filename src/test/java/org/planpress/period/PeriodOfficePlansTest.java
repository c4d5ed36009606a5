package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Periods as schools, townships, county offices, hospitals, mines, water companies and safety committees write them, in
 * plans whose year is 2025: forms read wrongly or not at all before (spreadsheet dates, labels before the period, five-year
 * plans, exams and farm seasons, campaign months after their month, recurring stages, the start and end of a school
 * year), and the forms around them that were read right, so that the new rules do not change them.
 */
class PeriodOfficePlansTest {

    private static final int PLAN_YEAR = 2025;

    /**
     * Columns: text | :lang: | start | end | marks (open: {@link Period#openStart()}, approx: {@link Period#approximate()})
     * | note.
     */
    @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        30-Jun-2025                      | en    | 2025-06-30 | 2025-06-30 | -      | -
        30-Jun-25                        | en    | 2025-06-30 | 2025-06-30 | -      | -
        1-Mar-25 to 30-Apr-25            | en    | 2025-03-01 | 2025-04-30 | -      | -
        Jun-25                           | en    | 2025-06-01 | 2025-06-30 | -      | -
        Mar-25 to May-25                 | en    | 2025-03-01 | 2025-05-31 | -      | -
        Jun-2025 to Aug-2025             | en    | 2025-06-01 | 2025-08-31 | -      | -
        Jun-2025                         | en    | 2025-06-01 | 2025-06-30 | -      | -
        May-25 May                       | en    | 2025-05-01 | 2025-05-25 | -      | -
        Apr-Jun                          | en    | 2025-04-01 | 2025-06-30 | -      | -
        30-06-2025                       | en-GB | 2025-06-30 | 2025-06-30 | -      | -
        01-03-2025 - 30-04-2025          | en-GB | 2025-03-01 | 2025-04-30 | -      | -
        20250401-20250430                | zh-CN | 2025-04-01 | 2025-04-30 | -      | -
        20250630                         | en    | 2025-06-30 | 2025-06-30 | -      | -
        Sept '25                         | en    | 2025-09-01 | 2025-09-30 | -      | -
        Summer '25                       | en    | 2025-06-01 | 2025-08-31 | -      | -
        Q3 '25                           | en    | 2025-07-01 | 2025-09-30 | -      | -
        FY'26                            | en-GB | 2025-04-01 | 2026-03-31 | -      | -
        Deadline: 30 June                | en    | 2025-06-01 | 2025-06-30 | open   | -
        Deadline 30 June                 | en    | 2025-06-01 | 2025-06-30 | open   | -
        Due 30 June                      | en    | 2025-06-01 | 2025-06-30 | open   | -
        Due by 30 June                   | en    | 2025-06-01 | 2025-06-30 | open   | -
        Target date 30 June              | en    | 2025-06-01 | 2025-06-30 | open   | -
        Target: end of June              | en    | 2025-06-01 | 2025-06-30 | open   | -
        Complete by 30 June 2025         | en    | 2025-06-01 | 2025-06-30 | open   | -
        Time: 3-7 March                  | en    | 2025-03-03 | 2025-03-07 | -      | -
        Deadline: 1–15 April             | en    | 2025-04-01 | 2025-04-15 | -      | -
        完成时限：6月30日                   | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        截止时间：6月30日                   | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        完成时间：6月底前                   | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        时间：3月1日—4月30日                | zh-CN | 2025-03-01 | 2025-04-30 | -      | -
        完成时限：3月1日至4月30日            | zh-CN | 2025-03-01 | 2025-04-30 | -      | -
        完成时限：长期坚持                   | zh-CN | 2025-01-01 | 2025-12-31 | -      | 长期坚持
        最迟6月30日                        | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        不迟于6月30日                      | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        预计6月底                          | zh-CN | 2025-06-21 | 2025-06-30 | -      | -
        2025年年底                         | zh-CN | 2025-12-21 | 2025-12-31 | -      | -
        2025年年初                         | zh-CN | 2025-01-01 | 2025-01-10 | -      | -
        2025年年中                         | zh-CN | 2025-05-01 | 2025-08-31 | approx | -
        十四五期间                          | zh-CN | 2021-01-01 | 2025-12-31 | -      | -
        “十四五”时期                        | zh-CN | 2021-01-01 | 2025-12-31 | -      | -
        十五五期间                          | zh-CN | 2026-01-01 | 2030-12-31 | -      | -
        到十四五末                          | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        十一五期间                          | zh-CN | 2006-01-01 | 2010-12-31 | -      | -
        六五环境日                          | zh-CN | 2025-06-05 | 2025-06-05 | -      | -
        “六五”环境日前后                     | zh-CN | 2025-05-29 | 2025-06-12 | approx | -
        高考期间                           | zh-CN | 2025-06-07 | 2025-06-10 | approx | -
        高考前                             | zh-CN | 2025-06-01 | 2025-06-06 | open   | -
        高考后                             | zh-CN | 2025-06-11 | 2025-12-31 | -      | -
        中考期间                           | zh-CN | 2025-06-11 | 2025-06-30 | approx | -
        中考前                             | zh-CN | 2025-06-01 | 2025-06-10 | open   | -
        三夏期间                           | zh-CN | 2025-05-21 | 2025-06-30 | approx | -
        三夏大忙期间                        | zh-CN | 2025-05-21 | 2025-06-30 | approx | -
        2025年三夏期间                      | zh-CN | 2025-05-21 | 2025-06-30 | approx | -
        麦收期间                           | zh-CN | 2025-05-21 | 2025-06-20 | approx | -
        三秋期间                           | zh-CN | 2025-09-21 | 2025-11-20 | approx | -
        春耕期间                           | zh-CN | 2025-03-01 | 2025-05-31 | approx | -
        今冬明春                           | zh-CN | 2025-12-01 | 2026-05-31 | -      | -
        年前                               | zh-CN | 2025-01-01 | 2025-01-27 | open   | -
        6月安全生产月                       | zh-CN | 2025-06-01 | 2025-06-30 | -      | 安全生产月
        6月份安全生产月期间                  | zh-CN | 2025-06-01 | 2025-06-30 | -      | 安全生产月期间
        9月全民国防教育月                    | zh-CN | 2025-09-01 | 2025-09-30 | -      | 全民国防教育月
        11月消防宣传月                      | zh-CN | 2025-11-01 | 2025-11-30 | -      | 消防宣传月
        安全生产月期间                       | zh-CN | 2025-06-01 | 2025-06-30 | -      | -
        5月12日防灾减灾日                    | zh-CN | 2025-05-12 | 2025-05-12 | -      | 防灾减灾日
        10月1日至7日国庆期间开展专项检查        | zh-CN | 2025-10-01 | 2025-10-07 | -      | 国庆期间开展专项检查
        夏季汛期                           | zh-CN | 2025-06-01 | 2025-09-30 | approx | -
        冬季供暖期                          | zh-CN | 2025-11-15 | 2026-03-15 | approx | -
        每月25日前                         | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月25日前
        每月5日前报送                       | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月5日前
        每周三下午                          | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每周三下午
        每年                               | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每年
        Every March                      | en    | 2025-03-01 | 2025-03-31 | -      | Every
        Tuesdays and Thursdays           | en    | 2025-01-01 | 2025-12-31 | -      | Tuesdays and Thursdays
        Termly                           | en    | 2025-01-01 | 2025-12-31 | -      | Termly
        Due: ongoing                     | en    | 2025-01-01 | 2025-12-31 | -      | ongoing
        学年初                             | zh-CN | 2025-09-01 | 2025-09-14 | approx | -
        学年末                             | zh-CN | 2025-06-20 | 2025-07-10 | approx | -
        2025—2026学年末                     | zh-CN | 2026-06-20 | 2026-07-10 | approx | -
        2025—2026学年初                     | zh-CN | 2025-09-01 | 2025-09-14 | approx | -
        2025—2026学年第一学期末               | zh-CN | 2026-01-01 | 2026-01-20 | approx | -
        Start of the school year         | en-GB | 2025-09-01 | 2025-09-14 | approx | -
        Beginning of the academic year   | en-GB | 2025-09-01 | 2025-09-14 | approx | -
        Start of the school year         | en-AU | 2025-01-28 | 2025-02-10 | approx | -
        End of the academic year 2025/26 | en    | 2026-07-01 | 2026-07-22 | approx | -
        End of the school year           | en-GB | 2025-07-01 | 2025-07-22 | approx | -
        Q4 2025/26                       | en-GB | 2026-01-01 | 2026-03-31 | -      | -
        H1 2025-26                       | en-GB | 2025-04-01 | 2025-09-30 | -      | -
        Financial year end               | en-GB | 2026-03-21 | 2026-03-31 | -      | -
        Year-end 2025                    | en    | 2025-12-21 | 2025-12-31 | -      | -
        By year-end 2025                 | en    | 2025-12-01 | 2025-12-31 | open   | -
        CY2025                           | en    | 2025-01-01 | 2025-12-31 | -      | -
        CY 2026                          | en    | 2026-01-01 | 2026-12-31 | -      | -
        Pre-Christmas                    | en    | 2025-12-01 | 2025-12-24 | open   | -
        Post-Easter                      | en    | 2025-04-22 | 2025-12-31 | -      | -
        Ahead of the summer holidays     | en    | 2025-06-01 | 2025-06-30 | open   | -
        Beginning in April               | en    | 2025-04-01 | 2025-12-31 | -      | -
        Immediate                        | en    | 2025-01-01 | 2025-12-31 | open   | -
        2025年3月—5月                      | zh-CN | 2025-03-01 | 2025-05-31 | -      | -
        4月初至4月底                        | zh-CN | 2025-04-01 | 2025-04-30 | -      | -
        6月10日至7月10日（30天）              | zh-CN | 2025-06-10 | 2025-07-10 | -      | 30天
        2025.3.1-2025.4.30               | zh-CN | 2025-03-01 | 2025-04-30 | -      | -
        12月下旬-次年1月上旬                  | zh-CN | 2025-12-21 | 2026-01-10 | -      | -
        5月20日—5月31日前                   | zh-CN | 2025-05-20 | 2025-05-31 | -      | -
        四季度末前                          | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        2025年第二季度末                     | zh-CN | 2025-06-21 | 2025-06-30 | -      | -
        二、三季度                          | zh-CN | 2025-04-01 | 2025-09-30 | -      | -
        6月30日以前                         | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        截止到6月30日                       | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        2025年6月—2025年12月（为期半年）       | zh-CN | 2025-06-01 | 2025-12-31 | -      | 为期半年
        9月至翌年1月                        | zh-CN | 2025-09-01 | 2026-01-31 | -      | -
        11月至来年3月                       | zh-CN | 2025-11-01 | 2026-03-31 | -      | -
        1st-15th April                   | en    | 2025-04-01 | 2025-04-15 | -      | -
        w/c 3 March                      | en    | 2025-03-03 | 2025-03-09 | -      | -
        01/03/2025 – 30/04/2025          | en-GB | 2025-03-01 | 2025-04-30 | -      | -
        Late June–early July             | en    | 2025-06-21 | 2025-07-10 | -      | -
        Mid March – Late April           | en    | 2025-03-11 | 2025-04-30 | -      | -
        end of May – mid-June            | en    | 2025-05-31 | 2025-06-20 | -      | -
        Q4 2025 – Q1 2026                | en    | 2025-10-01 | 2026-03-31 | -      | -
        No later than the end of Q3      | en    | 2025-09-01 | 2025-09-30 | open   | -
        Until further notice             | en    | 2025-01-01 | 2025-12-31 | -      | Until further notice
        Early Q2                         | en    | 2025-04-01 | 2025-04-30 | approx | -
        Mid-Q2                           | en    | 2025-05-01 | 2025-05-31 | approx | -
        Late Q3 2025                     | en    | 2025-09-01 | 2025-09-30 | approx | -
        Quarter 2 2025                   | en    | 2025-04-01 | 2025-06-30 | -      | -
        Qtr 1                            | en    | 2025-01-01 | 2025-03-31 | -      | -
        1Q25                             | en    | 2025-01-01 | 2025-03-31 | -      | -
        Q1/2025                          | en    | 2025-01-01 | 2025-03-31 | -      | -
        3Q25 - 4Q25                      | en    | 2025-07-01 | 2025-12-31 | -      | -
        2H25                             | en    | 2025-07-01 | 2025-12-31 | -      | -
        Early in the year                | en    | 2025-01-01 | 2025-04-30 | approx | -
        Later in the year                | en    | 2025-09-01 | 2025-12-31 | approx | -
        Towards the end of March         | en    | 2025-03-21 | 2025-03-31 | approx | -
        Towards the end of the year      | en    | 2025-12-21 | 2025-12-31 | approx | -
        30 June at the latest            | en    | 2025-06-01 | 2025-06-30 | open   | -
        End of June at the latest        | en    | 2025-06-01 | 2025-06-30 | open   | -
        June latest                      | en    | 2025-06-01 | 2025-06-30 | open   | -
        Finish by June                   | en    | 2025-06-01 | 2025-06-30 | open   | -
        Ends 30 June                     | en    | 2025-06-01 | 2025-06-30 | open   | -
        End March                        | en    | 2025-03-21 | 2025-03-31 | -      | -
        end of Q1 2025                   | en    | 2025-03-21 | 2025-03-31 | -      | -
        Through to March 2026            | en    | 2026-03-01 | 2026-03-31 | open   | -
        In time for Christmas            | en    | 2025-12-01 | 2025-12-24 | open   | -
        Rest of 2025                     | en    | 2025-12-01 | 2025-12-31 | open   | -
        Fortnight commencing 3 March     | en    | 2025-03-03 | 2025-03-16 | -      | -
        Two weeks from 3 March           | en    | 2025-03-03 | 2025-03-16 | -      | -
        Autumn term 2025 – Summer term 2026 | en-GB | 2025-09-01 | 2026-07-31 | approx | -
        Spring term (Jan–Mar)            | en-GB | 2025-01-01 | 2025-03-31 | -      | -
        冬季（11月—次年3月）                 | zh-CN | 2025-11-01 | 2026-03-31 | -      | -
        第二季度（4—6月）                    | zh-CN | 2025-04-01 | 2025-06-30 | -      | -
        4-6月（第二季度）                    | zh-CN | 2025-04-01 | 2025-06-30 | -      | 第二季度
        3月（第一阶段）                      | zh-CN | 2025-03-01 | 2025-03-31 | -      | 第一阶段
        台风季                             | zh-CN | 2025-07-01 | 2025-09-30 | approx | -
        防台期间                           | zh-CN | 2025-07-01 | 2025-09-30 | approx | -
        每学期开学前                        | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每学期开学前
        每周一至周五                        | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每周一至周五
        每月最后一个工作日                    | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月最后一个工作日
        6月第二个周末                       | zh-CN | 2025-06-14 | 2025-06-15 | -      | -
        3月1日-3月31日、9月1日-9月30日         | zh-CN | 2025-03-01 | 2025-09-30 | -      | 3月1日-3月31日、9月1日-9月30日
        3月—5月；9月—11月                   | zh-CN | 2025-03-01 | 2025-11-30 | -      | 3月—5月；9月—11月
        1–15 April; 1–15 October         | en    | 2025-04-01 | 2025-10-15 | -      | 1–15 April; 1–15 October
        上半年、下半年各一次                  | zh-CN | 2025-01-01 | 2025-12-31 | -      | 各一次
        Ongoing from April 2025          | en    | 2025-04-01 | 2025-12-31 | -      | Ongoing
        """)
    void aPeriodAsOfficesWriteItIsReadAsItsDates(String text, String lang, LocalDate start, LocalDate end, String marks,
            String note) throws ModelException {
        Period p = PeriodParser.parse(text, PLAN_YEAR, null, DateConventions.of(lang, null), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        String m = marks == null ? "" : marks;
        assertEquals(m.contains("open"), p.openStart(), "openStart");
        assertEquals(m.contains("approx"), p.approximate(), "approximate");
        assertEquals(note, p.note(), "note");
    }

    /** A two-digit year after a month is a spreadsheet's only after a short name and from 20: June-15 is a day to ask about. */
    @ParameterizedTest
    @ValueSource(strings = {"June-15", "Jun-15"})
    void aMonthWithADashAndANumberThatIsNoYearOfThePlanIsStillAnError(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().startsWith("cannot read period \"" + text + "\""), e.getMessage());
    }

    /** Months, days and years counted from the start of the work: an error that says to write the dates, in the period's language. */
    @ParameterizedTest
    @ValueSource(strings = {"Months 1-3", "Month 1", "Days 1-30", "Year 2", "first 90 days", "第1-3个月", "第一个月", "第二年"})
    void aSpanCountedFromTheStartOfTheWorkAsksForTheDates(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        boolean han = PeriodText.isHan(text);
        assertTrue(e.getMessage().contains(han ? "从工作开始之日起算" : "counts from the start of the work"), e.getMessage());
    }

    /**
     * A period that looks back to the day of issue (至今, 截至目前, to date, present) ends on the plan's date; without one it is
     * an error that says to add it. Columns: text | start | end (with :plan-date: 2025-06-10).
     */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        2025年3月至今          | 2025-03-01 | 2025-06-10
        截至目前              | 2025-06-01 | 2025-06-10
        March 2025 to date   | 2025-03-01 | 2025-06-10
        June 2025 – present  | 2025-06-01 | 2025-06-10
        2025年3月至今年12月     | 2025-03-01 | 2025-12-31
        """)
    void aPeriodToThePresentEndsOnThePlanDate(String text, LocalDate start, LocalDate end) throws ModelException {
        Period p = PeriodParser.parse(text, null, LocalDate.of(2025, 6, 10), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        if (!text.contains("今年")) {
            ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
            assertTrue(e.getMessage().contains("add :plan-date:"), e.getMessage());
        }
    }

    /** A time scale or a length alone is no time: an error that says what to write. */
    @ParameterizedTest
    @ValueSource(strings = {"Short term", "Medium-term", "Long term (1-3 years)", "6 months", "3-6 months", "two weeks"})
    void aTimeScaleOrALengthAloneAsksForTheTime(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().contains("says how soon, not when") || e.getMessage().contains("is a length, not a time"),
            e.getMessage());
    }

    /** A year pair after "throughout" is still a school year or a financial year the text does not name. */
    @ParameterizedTest
    @ValueSource(strings = {"2025/26", "throughout 2025-26", "Ongoing throughout 2025-26"})
    void aYearPairAloneAsksWhichYearItIs(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().contains("school year or a financial year"), e.getMessage());
    }

    /**
     * Periods that cannot be read give a message that quotes them, never an exception of another kind: forms offices write
     * that need the plan's date or say too little.
     */
    @ParameterizedTest
    @ValueSource(strings = {"学期末", "上旬", "月底前", "节后", "weeks 1-4", "half term", "TBC", "时间：待定", "within 30 days",
        "Start of term", "9月1日-9月30日、3月1日-3月31日", "3月1日-3月31日、XX", "25年3月", "2025年3月至今", "June 2025 – present",
        "3, 10 and 17 March", "Last week of term", "Mid-term", "1H26", "the dry season", "Jun-", "-25", "Deadline:", "完成时限：",
        "30-Feb-2025", "20250230", "about the autumn term – summer term", "十四五五", "Q5 2025/26", "每月32日前", "Sept '", "'25"})
    void anUnreadablePeriodIsAMessageNotATrace(String text) {
        List<String> warnings = new ArrayList<>();
        try {
            Period p = PeriodParser.parse(text, PLAN_YEAR, null, DateConventions.of("en-GB", null), warnings::add);
            assertTrue(!p.end().isBefore(p.start()), text);
        } catch (ModelException e) {
            assertTrue(e.getMessage().startsWith("cannot read period \""), e.getMessage());
        }
    }
}
