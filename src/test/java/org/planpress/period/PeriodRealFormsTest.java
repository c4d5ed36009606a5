package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Periods as published plans write them in their stage lines, Chinese (county and township governments, schools, hospitals,
 * water and power companies, Party committees) and English (UK councils and NHS trusts, US school districts, Australian
 * councils, companies), in plans whose year is 2025: the forms read wrongly or not at all before this round, the forms
 * beside them that were read right (so that the new rules leave them alone), and the ones that stay errors.
 */
class PeriodRealFormsTest {
    private static final int PLAN_YEAR = 2025;

    /** Columns: text | :lang: | start | end | marks (open, approx, tent) | note. Forms read wrongly or not at all before. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2024.6—12                            | en    | 2024-06-01 | 2024-12-31 | -      | -
        2024．6—12                            | en    | 2024-06-01 | 2024-12-31 | -      | -
        2025.3-5                             | en    | 2025-03-01 | 2025-05-31 | -      | -
        2024.6~12                            | en    | 2024-06-01 | 2024-12-31 | -      | -
        2025/6/20-7/10                       | en    | 2025-06-20 | 2025-07-10 | -      | -
        2025/6/20至7/10                       | zh-CN | 2025-06-20 | 2025-07-10 | -      | -
        2025-06-20～07-10                     | en    | 2025-06-20 | 2025-07-10 | -      | -
        2025-06-20 to 07-10                  | en    | 2025-06-20 | 2025-07-10 | -      | -
        三四季度                                 | zh-CN | 2025-07-01 | 2025-12-31 | -      | -
        一二季度                                 | zh-CN | 2025-01-01 | 2025-06-30 | -      | -
        2025年三四季度                            | zh-CN | 2025-07-01 | 2025-12-31 | -      | -
        第三四季度                                | zh-CN | 2025-07-01 | 2025-12-31 | -      | -
        二〇二五年三四季度                            | zh-CN | 2025-07-01 | 2025-12-31 | -      | -
        2025年7、8月                            | zh-CN | 2025-07-01 | 2025-08-31 | -      | -
        2025年11、12月份                         | zh-CN | 2025-11-01 | 2025-12-31 | -      | -
        上半年底前                                | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        上半年末                                 | zh-CN | 2025-06-21 | 2025-06-30 | -      | -
        下半年初                                 | zh-CN | 2025-07-01 | 2025-07-10 | -      | -
        2025年上半年底前                           | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        两节期间                                 | zh-CN | 2025-01-01 | 2025-02-03 | -      | 元旦、春节期间
        “两节”期间                               | zh-CN | 2025-01-01 | 2025-02-03 | -      | 元旦、春节期间
        两节前                                  | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        双节期间                                 | zh-CN | 2025-10-01 | 2025-10-07 | -      | -
        入汛前                                  | zh-CN | 2025-05-01 | 2025-05-31 | open,approx | -
        入汛前完成                                | zh-CN | 2025-05-01 | 2025-05-31 | open,approx | -
        汛期结束后                                | zh-CN | 2025-10-01 | 2025-12-31 | approx | -
        汛期过后                                 | zh-CN | 2025-10-01 | 2025-12-31 | approx | -
        放暑假前                                 | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        放寒假前                                 | zh-CN | 2025-01-01 | 2025-01-20 | open,approx | -
        2025年4月—长期                           | zh-CN | 2025-04-01 | 2025-12-31 | -      | 长期
        6月至长期                                | zh-CN | 2025-06-01 | 2025-12-31 | -      | 长期
        常态化推进                                | zh-CN | 2025-01-01 | 2025-12-31 | -      | 常态化
        长期坚持，常抓不懈                            | zh-CN | 2025-01-01 | 2025-12-31 | -      | 长期坚持，常抓不懈
        长期坚持、常抓不懈                            | zh-CN | 2025-01-01 | 2025-12-31 | -      | 长期坚持、常抓不懈
        今后长期坚持                               | zh-CN | 2025-01-01 | 2025-12-31 | -      | 今后长期坚持
        按月                                   | zh-CN | 2025-01-01 | 2025-12-31 | -      | 按月
        按季度                                  | zh-CN | 2025-01-01 | 2025-12-31 | -      | 按季度
        每月底前                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月底前
        每季度首月10日前                            | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每季度首月10日前
        动态调整                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | 动态调整
        进行中                                  | zh-CN | 2025-01-01 | 2025-12-31 | -      | 进行中
        Quarter 3 2025/26                    | en    | 2025-10-01 | 2025-12-31 | -      | -
        Qtr 2 2025/26                        | en    | 2025-07-01 | 2025-09-30 | -      | -
        2025/26 Q2                           | en    | 2025-07-01 | 2025-09-30 | -      | -
        2025-26 Q4                           | en    | 2026-01-01 | 2026-03-31 | -      | -
        Q4 25/26                             | en    | 2026-01-01 | 2026-03-31 | -      | -
        Q1 26/27                             | en    | 2026-04-01 | 2026-06-30 | -      | -
        SY 2025-26                           | en    | 2025-09-01 | 2026-08-31 | -      | -
        SY2025-26                            | en    | 2025-09-01 | 2026-08-31 | -      | -
        Autumn Term 1                        | en    | 2025-09-03 | 2025-10-24 | approx | -
        Spring Term 1                        | en    | 2025-01-05 | 2025-02-13 | approx | -
        Spring and Summer terms              | en    | 2025-01-01 | 2025-07-31 | approx | -
        Spring to Summer terms               | en    | 2025-01-01 | 2025-07-31 | approx | -
        Apr 25 – Mar 26                      | en    | 2025-04-01 | 2026-03-31 | -      | -
        Sep 25 - Mar 26                      | en    | 2025-09-01 | 2026-03-31 | -      | -
        Nov 25 – Jan 26                      | en    | 2025-11-01 | 2026-01-31 | -      | -
        April 2025 – ongoing                 | en    | 2025-04-01 | 2025-12-31 | -      | ongoing
        2025 - ongoing                       | en    | 2025-01-01 | 2025-12-31 | -      | ongoing
        From 1 April 2025 – ongoing          | en    | 2025-04-01 | 2025-12-31 | -      | ongoing
        Jan 2025 – ongoing                   | en    | 2025-01-01 | 2025-12-31 | -      | ongoing
        By: 31 July 2025                     | en    | 2025-07-01 | 2025-07-31 | open   | -
        Before: 30 June                      | en    | 2025-06-01 | 2025-06-30 | open   | -
        Until: March 2026                    | en    | 2026-03-01 | 2026-03-31 | open   | -
        WC 7 July                            | en    | 2025-07-07 | 2025-07-13 | -      | -
        31.3.26                              | en-GB | 2026-03-31 | 2026-03-31 | -      | -
        1.4.25 - 30.6.25                     | en-GB | 2025-04-01 | 2025-06-30 | -      | -
        01.04.25–30.06.25                    | en-GB | 2025-04-01 | 2025-06-30 | -      | -
        Christmas holidays                   | en    | 2025-12-20 | 2026-01-04 | approx | -
        the Christmas break                  | en    | 2025-12-20 | 2026-01-04 | approx | -
        Christmas and New Year holidays      | en    | 2025-12-20 | 2026-01-04 | approx | -
        before the Christmas holidays        | en    | 2025-12-01 | 2025-12-19 | open   | -
        Labor Day                            | en-US | 2025-09-01 | 2025-09-01 | -      | -
        Labor Day weekend                    | en-US | 2025-08-30 | 2025-09-01 | -      | -
        Thanksgiving weekend                 | en-US | 2025-11-27 | 2025-11-30 | -      | -
        before the May half term             | en-GB | 2025-05-01 | 2025-05-22 | open,approx | -
        after the May half term              | en-GB | 2025-06-01 | 2025-12-31 | approx | -
        after October half term              | en-GB | 2025-11-03 | 2025-12-31 | approx | -
        April to June inclusive              | en    | 2025-04-01 | 2025-06-30 | -      | -
        1 April to 30 June 2025 inclusive    | en    | 2025-04-01 | 2025-06-30 | -      | -
        Commences 1 April                    | en    | 2025-04-01 | 2025-12-31 | -      | -
        Starts September 2025                | en    | 2025-09-01 | 2025-12-31 | -      | -
        by EOY                               | en    | 2025-12-01 | 2025-12-31 | open   | -
        EOY 2025                             | en    | 2025-12-21 | 2025-12-31 | -      | -
        YE 2025                              | en    | 2025-12-21 | 2025-12-31 | -      | -
        FYE 2026                             | en-GB | 2026-03-21 | 2026-03-31 | -      | -
        1st Monday of each month             | en    | 2025-01-01 | 2025-12-31 | -      | 1st Monday of each month
        Rolling programme                    | en    | 2025-01-01 | 2025-12-31 | -      | Rolling programme
        BAU                                  | en    | 2025-01-01 | 2025-12-31 | -      | BAU
        Business as usual                    | en    | 2025-01-01 | 2025-12-31 | -      | Business as usual
        In progress                          | en    | 2025-01-01 | 2025-12-31 | -      | In progress
        年终                                   | zh-CN | 2025-12-21 | 2025-12-31 | -      | -
        年终前                                  | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        岁末年初                                 | zh-CN | 2025-12-01 | 2026-01-31 | approx | -
        迎峰度夏期间                               | zh-CN | 2025-06-01 | 2025-09-30 | approx | -
        迎峰度冬期间                               | zh-CN | 2025-12-01 | 2026-02-28 | approx | -
        每月第一周                                | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月第一周
        半年一次                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | 半年一次
        一年两次                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | 一年两次
        2025年4月（为期3个月）                       | zh-CN | 2025-04-01 | 2025-06-30 | -      | -
        2025年4月1日（为期两周）                      | zh-CN | 2025-04-01 | 2025-04-14 | -      | -
        13-Jun                               | en    | 2025-06-13 | 2025-06-13 | -      | -
        13, 14 June                          | en    | 2025-06-13 | 2025-06-14 | -      | -
        Jun/Jul 25                           | en    | 2025-06-01 | 2025-07-31 | -      | -
        Summer 25                            | en    | 2025-06-01 | 2025-08-31 | -      | -
        Q3–Q4 2025/26                        | en    | 2025-10-01 | 2026-03-31 | -      | -
        Q3 2025/26 to Q4 2025/26             | en    | 2025-10-01 | 2026-03-31 | -      | -
        Q1 FY26 - Q2 FY26                    | en-GB | 2025-04-01 | 2025-09-30 | -      | -
        FY2025/26 to FY2026/27               | en-GB | 2025-04-01 | 2027-03-31 | -      | -
        Whole year                           | en    | 2025-01-01 | 2025-12-31 | -      | -
        Full year                            | en    | 2025-01-01 | 2025-12-31 | -      | -
        Year 2025                            | en    | 2025-01-01 | 2025-12-31 | -      | -
        Apr 2025 (12 months)                 | en    | 2025-04-01 | 2026-03-31 | -      | -
        end of calendar year                 | en    | 2025-12-21 | 2025-12-31 | -      | -
        Fall 2025 semester                   | en    | 2025-09-01 | 2025-12-31 | approx | -
        March 2026 – ongoing                 | en    | 2026-03-01 | 2026-12-31 | -      | ongoing
        每季度第一个月                              | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每季度第一个月
        每月月底                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | 每月月底
        2025.12底前                            | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        2025.6中下旬                            | zh-CN | 2025-06-11 | 2025-06-30 | -      | -
        5月底前完成自查，6月底前完成整改                    | zh-CN | 2025-05-01 | 2025-06-30 | open   | 5月底前完成自查，6月底前完成整改
        1 April 2025 (6 weeks)               | en    | 2025-04-01 | 2025-05-12 | -      | -
        """)
    void aFormOfPublishedPlansIsReadAsItsDates(String text, String lang, LocalDate start, LocalDate end, String marks,
            String note) throws ModelException {
        check(text, lang, start, end, marks, note);
    }

    /** Columns as above. Forms read right before, beside the new rules, that must read as they did. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2024年6月—2024年12月                     | zh-CN | 2024-06-01 | 2024-12-31 | -      | -
        2024.06-2024.12                      | en    | 2024-06-01 | 2024-12-31 | -      | -
        2024/06/01—2024/06/30                | en    | 2024-06-01 | 2024-06-30 | -      | -
        6.1-6.30                             | en    | 2025-06-01 | 2025-06-30 | -      | -
        6月中下旬                                | zh-CN | 2025-06-11 | 2025-06-30 | -      | -
        即日起—12月                              | zh-CN | 2025-12-01 | 2025-12-31 | open   | -
        第二、三季度                               | zh-CN | 2025-04-01 | 2025-09-30 | -      | -
        Q3 2025                              | en    | 2025-07-01 | 2025-09-30 | -      | -
        FY2025/26                            | en-GB | 2025-04-01 | 2026-03-31 | -      | -
        w/c 3 March                          | en    | 2025-03-03 | 2025-03-09 | -      | -
        early to mid July                    | en    | 2025-07-01 | 2025-07-20 | -      | -
        mid-June to early August             | en    | 2025-06-11 | 2025-08-10 | -      | -
        1st-15th June                        | en    | 2025-06-01 | 2025-06-15 | -      | -
        Jun 2025 - Aug 2025                  | en    | 2025-06-01 | 2025-08-31 | -      | -
        2025-06 to 2025-08                   | en    | 2025-06-01 | 2025-08-31 | -      | -
        by 30/06/2025                        | en-GB | 2025-06-01 | 2025-06-30 | open   | -
        06/2025                              | en    | 2025-06-01 | 2025-06-30 | -      | -
        September onwards                    | en    | 2025-09-01 | 2025-12-31 | -      | -
        end of Q2                            | en    | 2025-06-21 | 2025-06-30 | -      | -
        ongoing                              | en    | 2025-01-01 | 2025-12-31 | -      | ongoing
        throughout the year                  | en    | 2025-01-01 | 2025-12-31 | -      | -
        常态化开展                                | zh-CN | 2025-01-01 | 2025-12-31 | -      | 常态化开展
        全年持续开展                               | zh-CN | 2025-01-01 | 2025-12-31 | -      | 持续开展
        贯穿全年                                 | zh-CN | 2025-01-01 | 2025-12-31 | -      | -
        6月底前完成                               | zh-CN | 2025-06-01 | 2025-06-30 | open   | -
        May 25 - Jun 25                      | en    | 2025-05-25 | 2025-06-25 | -      | -
        Jan 26 - Dec 26                      | en    | 2025-01-26 | 2025-12-26 | -      | -
        Labour Day                           | en-GB | 2025-05-01 | 2025-05-01 | -      | -
        Labor Day                            | en    | 2025-05-01 | 2025-05-01 | -      | -
        6月1日至30日（共30天）                       | zh-CN | 2025-06-01 | 2025-06-30 | -      | 共30天
        2025–2027 (3 years)                  | en    | 2025-01-01 | 2027-12-31 | -      | 3 years
        13 and 20 June                       | en    | 2025-06-13 | 2025-06-20 | -      | 13 and 20 June
        Q4 2025 – Q2 2026                    | en    | 2025-10-01 | 2026-06-30 | -      | -
        12 months from April 2025            | en    | 2025-04-01 | 2026-03-31 | -      | -
        From April 2025 for 12 months        | en    | 2025-04-01 | 2026-03-31 | -      | -
        August (back to school)              | en    | 2025-08-01 | 2025-08-31 | -      | back to school
        2025年3月—5月（集中整治期）                    | zh-CN | 2025-03-01 | 2025-05-31 | -      | 集中整治期
        春节前后（1月20日—2月10日）                    | zh-CN | 2025-01-20 | 2025-02-10 | -      | -
        4月20日起两周内                            | zh-CN | 2025-04-20 | 2025-05-03 | -      | -
        2025年末至2026年初                        | zh-CN | 2025-12-31 | 2026-01-10 | -      | -
        Spring semester 2026                 | en    | 2026-01-01 | 2026-05-31 | approx | -
        9月（3周）                               | zh-CN | 2025-09-01 | 2025-09-30 | -      | 3周
        September 2025 (3 weeks)             | en    | 2025-09-01 | 2025-09-30 | -      | 3 weeks
        """)
    void aFormBesideTheNewRulesReadsAsBefore(String text, String lang, LocalDate start, LocalDate end, String marks,
            String note) throws ModelException {
        check(text, lang, start, end, marks, note);
    }

    private static void check(String text, String lang, LocalDate start, LocalDate end, String marks, String note)
            throws ModelException {
        Period p = PeriodParser.parse(text, PLAN_YEAR, null, DateConventions.of(lang, null), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        String m = marks == null ? "" : marks;
        assertEquals(m.contains("open"), p.openStart(), "openStart");
        assertEquals(m.contains("approx"), p.approximate(), "approximate");
        assertEquals(m.contains("tent"), p.tentative(), "tentative");
        assertEquals(note, p.note(), "note");
    }

    /** The period keeps the text as written, whatever the variants rewrote to read it. */
    @ParameterizedTest
    @ValueSource(strings = {"2024.6—12", "三四季度", "Apr 25 – Mar 26", "WC 7 July", "两节期间"})
    void theTextIsAsWritten(String text) throws ModelException {
        assertEquals(text, PeriodParser.parse(text, PLAN_YEAR).text());
    }

    /** A stage's status where its time goes is an error that says to write the time, in the period's language. */
    @ParameterizedTest
    @ValueSource(strings = {"Completed", "Not started", "Done", "已完成", "未开始"})
    void aStatusForATimeAsksForTheTime(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().startsWith("cannot read period \"" + text + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(PeriodText.isHan(text) ? "不是时间" : "status, not its time"), e.getMessage());
    }

    /** A length counted from an event the plan does not date asks for the dates. */
    @ParameterizedTest
    @ValueSource(strings = {"Within 2 weeks of appointment", "6 weeks from approval", "3 months from launch", "12 months from go-live"})
    void aLengthFromAnUndatedEventAsksForTheDates(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().contains("counts from the start of the work"), e.getMessage());
    }

    /**
     * Forms that still cannot be dated stay errors, not a guess: a year pair with a remark (2025/26 (ongoing) was read as the
     * whole of 2025 by a first draft of the stage-name rule), a year counted from the work's start with its years in
     * brackets, a time from the day of issue without :plan-date:, the end of a term or a half term not named.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2025/26 (ongoing)", "Year 1 (2025/26)", "Over the next 12 months", "学期末", "half term",
        "2025/26 onwards", "ongoing through 2025/26", "Year 2025-26"})
    void aFormThatCannotBeDatedStaysAnError(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().startsWith("cannot read period \""), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aYearBeforeABracketIsNotTakenForAStageName() throws ModelException {
        Period p = PeriodParser.parse("2025年 (Q3)", 2024);
        assertEquals(LocalDate.of(2025, 1, 1), p.start());
        assertEquals(LocalDate.of(2025, 12, 31), p.end());
    }

    /** A year pair with a word around it is still the question of which year it is. */
    @ParameterizedTest
    @ValueSource(strings = {"2025/26 onwards", "ongoing through 2025/26", "Year 2025-26"})
    void aYearPairWithWordsAroundItAsksWhichYearItIs(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().contains("school year or a financial year"), e.getMessage());
    }

    /** Three months from a date is still read: only an event without a date is refused. */
    @org.junit.jupiter.api.Test
    void aLengthFromADateIsRead() throws ModelException {
        Period p = PeriodParser.parse("3 months from 1 April", PLAN_YEAR);
        assertEquals(LocalDate.of(2025, 4, 1), p.start());
        assertEquals(LocalDate.of(2025, 6, 30), p.end());
    }

    /** Month-year pairs are read as such only when, read as days, they would run into the next year. */
    @org.junit.jupiter.api.Test
    void monthsWithTwoDigitYearsAreDaysUnlessTheyWouldRunIntoTheNextYear() throws ModelException {
        assertEquals(LocalDate.of(2025, 5, 25), PeriodParser.parse("May 25 - Jun 25", PLAN_YEAR).start());
        Period fy = PeriodParser.parse("Apr 25 – Mar 26", null);
        assertEquals(LocalDate.of(2025, 4, 1), fy.start());
        assertEquals(LocalDate.of(2026, 3, 31), fy.end());
        assertTrue(fy.yearStated(), "the years are written");
    }
}
