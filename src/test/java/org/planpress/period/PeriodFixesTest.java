package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods read wrongly or not at all before: years under a stage above, dates, forms of school and financial years. */
class PeriodFixesTest {

    /** Columns: the stage above | the plan date | the stage | start | end. */
    @ParameterizedTest(name = "[{index}] \"{2}\" under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        2024—2025学年                 | 2024-09-02 | 9月                | 2024-09-01 | 2024-09-30
        2024—2025学年                 | 2024-09-02 | 12月               | 2024-12-01 | 2024-12-31
        2024—2025学年                 | 2024-09-02 | 3月                | 2025-03-01 | 2025-03-31
        2024年11月至2025年4月          | 2024-10-28 | 11月               | 2024-11-01 | 2024-11-30
        2024年11月至2025年4月          | 2024-10-28 | 12月               | 2024-12-01 | 2024-12-31
        2024年11月至2025年4月          | 2024-10-28 | 1月                | 2025-01-01 | 2025-01-31
        1 July 2025 – 30 June 2026    | 2025-07-01 | August             | 2025-08-01 | 2025-08-31
        1 July 2025 – 30 June 2026    | 2025-07-01 | September–October  | 2025-09-01 | 2025-10-31
        1 July 2025 – 30 June 2026    | 2025-07-01 | by 30 September    | 2025-09-01 | 2025-09-30
        1 July 2025 – 30 June 2026    | 2025-07-01 | May                | 2026-05-01 | 2026-05-31
        2025—2026学年第一学期           | 2025-09-01 | 10月中下旬          | 2025-10-11 | 2025-10-31
        2025年12月                     | 2025-08-01 | Q1                 | 2026-01-01 | 2026-03-31
        2025年3月                      | 2025-02-01 | 全年               | 2025-01-01 | 2025-12-31
        2025年9月1日至30日              | 2025-08-01 | 8月25日至9月5日      | 2025-08-25 | 2025-09-05
        """)
    void aStageWithoutAYearIsTheFirstThatDoesNotEndBeforeTheStageAboveStarts(String above, LocalDate issued, String text,
            LocalDate start, LocalDate end) throws ModelException {
        Period a = PeriodParser.parse(above, null, issued, null);
        Period p = PeriodParser.parseAfter(text, a, issued, DateConventions.UNKNOWN, null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
    }

    @Test
    void aStageReadAYearAfterTheStageAboveEndsIsReported() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period above = PeriodParser.parse("2024年9月", null);
        Period p = PeriodParser.parseAfter("8月下旬", above, null, DateConventions.UNKNOWN, warnings::add);
        assertEquals(LocalDate.of(2025, 8, 21), p.start());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("write its year"), warnings.get(0));
    }

    @Test
    void withoutAPlanYearAPeriodIsTheFirstOccurrenceNotOverByThePlanDate() throws ModelException {
        Period p = PeriodParser.parse("Q1", null, LocalDate.of(2025, 8, 1), null);
        assertEquals(LocalDate.of(2026, 1, 1), p.start());
    }

    /** Columns: text | :lang: | start | end. */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        03/03/25              | en    | 2025-03-03 | 2025-03-03
        03/04/25              | en-GB | 2025-04-03 | 2025-04-03
        03/04/2025            | en-AU | 2025-04-03 | 2025-04-03
        03/04/2025            | en-US | 2025-03-04 | 2025-03-04
        3/4                   | zh-CN | 2000-03-04 | 2000-03-04
        3/4 - 3/20            | en    | 2000-03-04 | 2000-03-20
        25/12/24              | en    | 2024-12-25 | 2024-12-25
        6/2025                | en    | 2025-06-01 | 2025-06-30
        06/2025 - 09/2025     | en-US | 2025-06-01 | 2025-09-30
        """)
    void slashedDatesAreReadInThePlansOrder(String text, String lang, LocalDate start, LocalDate end) throws ModelException {
        Period p = PeriodParser.parse(text, null, null, DateConventions.of(lang, null), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
    }

    @Test
    void aSlashedDateThatReadsBothWaysWithoutTheCountryIsAnError() {
        assertMessage("3/4/2025", null, null, "may be day/month or month/day");
        assertMessage("3/4/2025", null, null, "3 April, or March 4");
        assertMessage("13/6 - 6/20", null, null, "day first in one");
    }

    @Test
    void aDayAMonthDoesNotHaveIsAnError() {
        assertMessage("3月32日", 2025, null, "no day 32");
        assertMessage("May 32", 2025, null, "no day 32");
        assertMessage("32 May", null, null, "no day 32");
    }

    /** Columns: text | plan year | start | end. */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        春节前后              | 2026 | 2026-02-09 | 2026-03-01
        清明节前后            | 2026 | 2026-03-29 | 2026-04-12
        Christmas or so      | 2026 | 2026-12-18 | 2027-01-01
        around Christmas     | 2026 | 2026-12-18 | 2027-01-01
        约国庆节              | 2026 | 2026-09-24 | 2026-10-14
        国庆节左右            | 2026 | 2026-09-24 | 2026-10-14
        in the new year      | 2026 | 2027-01-01 | 2027-01-31
        early in the new year | 2026 | 2027-01-01 | 2027-01-31
        """)
    void aroundANamedDayIsTheWeeksAroundItAndTheNewYearIsJanuary(String text, Integer year, LocalDate start, LocalDate end)
            throws ModelException {
        Period p = PeriodParser.parse(text, year);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertTrue(p.approximate(), "approximate");
    }

    /** Columns: text | :lang: | plan year | plan date | start | end. */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        FY2026                            | en-GB |      | 2025-08-01 | 2025-04-01 | 2026-03-31
        FY25                              | en-GB |      |            | 2024-04-01 | 2025-03-31
        FY2026                            | en-AU |      |            | 2025-07-01 | 2026-06-30
        FY2026                            | en-US |      |            | 2025-10-01 | 2026-09-30
        Q2 FY26                           | en-GB |      |            | 2025-07-01 | 2025-09-30
        FY2026 Q1                         | en-AU |      |            | 2025-07-01 | 2025-09-30
        FY2025-26                         | en-GB |      |            | 2025-04-01 | 2026-03-31
        FY 2025/26                        | en-AU |      |            | 2025-07-01 | 2026-06-30
        end of fiscal year                | en-US | 2025 |            | 2026-09-21 | 2026-09-30
        by the end of the financial year  | en-GB |      | 2025-08-01 | 2026-03-01 | 2026-03-31
        by the end of the financial year  | en-GB |      | 2026-02-10 | 2026-03-01 | 2026-03-31
        first half of FY                  | en-AU |      | 2025-08-01 | 2025-07-01 | 2025-12-31
        next financial year               | en-GB |      | 2025-08-01 | 2026-04-01 | 2027-03-31
        FY2026                            | zh-CN |      |            | 2026-01-01 | 2026-12-31
        calendar year 2025                | en    |      |            | 2025-01-01 | 2025-12-31
        1H 2025                           | en    |      |            | 2025-01-01 | 2025-06-30
        2H 2025                           | en    |      |            | 2025-07-01 | 2025-12-31
        winter 2025/26                    | en    |      |            | 2025-12-01 | 2026-02-28
        by 5pm on 28 March                | en    | 2025 |            | 2025-03-01 | 2025-03-28
        28 March at 9:30am                | en    | 2025 |            | 2025-03-28 | 2025-03-28
        Autumn 1                          | en-GB | 2025 |            | 2025-09-03 | 2025-10-24
        Spring 2                          | en-GB | 2026 |            | 2026-02-23 | 2026-04-02
        half term                         | en-GB |      | 2025-09-10 | 2025-10-25 | 2025-11-02
        February half-term                | en-GB | 2026 |            | 2026-02-14 | 2026-02-22
        October half term                 | en-GB | 2025 |            | 2025-10-25 | 2025-11-02
        Term 1                            | en-AU | 2025 |            | 2025-01-28 | 2025-04-11
        Term 1 2025                       | en-AU |      |            | 2025-01-28 | 2025-04-11
        Term 1                            | en-GB | 2025 |            | 2025-09-01 | 2025-12-19
        Terms 1 and 2                     | en-AU | 2025 |            | 2025-01-28 | 2025-07-04
        'Term 2, Weeks 3–5'               | en-AU | 2025 |            | 2025-05-12 | 2025-06-01
        Weeks 1-4 of Term 2               | en-AU | 2025 |            | 2025-04-28 | 2025-05-25
        Semester 1                        | en-AU | 2025 |            | 2025-02-24 | 2025-06-27
        'Semester 2, 2025'                | en-SG |      |            | 2025-07-21 | 2025-11-21
        Semester 1                        | en-US | 2025 |            | 2025-09-01 | 2025-12-20
        Trimester 2                       | en-AU | 2025 |            | 2025-06-02 | 2025-08-29
        Michaelmas term                   | en-GB | 2025 |            | 2025-10-01 | 2025-12-17
        Welcome Week                      | en-GB | 2025 |            | 2025-09-22 | 2025-09-28
        by the end of the school year     | en-GB |      | 2025-10-01 | 2026-07-01 | 2026-07-22
        during the school holidays        | en-GB |      | 2025-10-01 | 2025-12-20 | 2026-01-04
        during the school holidays        | en-GB |      | 2026-03-01 | 2026-04-03 | 2026-04-19
        during the school holidays        | en-GB |      | 2026-01-02 | 2025-12-20 | 2026-01-04
        during the school holidays        | en-AU |      | 2026-05-01 | 2026-07-05 | 2026-07-20
        next academic year                | en-GB |      | 2025-10-01 | 2026-09-01 | 2027-08-31
        Semester One                      | en-AU | 2025 |            | 2025-02-24 | 2025-06-27
        the 2025/26 financial year        | en-GB |      |            | 2025-04-01 | 2026-03-31
        2025-26 financial year            | en-AU |      |            | 2025-07-01 | 2026-06-30
        the end of Q2 FY26                | en-GB |      |            | 2025-09-21 | 2025-09-30
        2025财年                           | zh-CN |      |            | 2025-01-01 | 2025-12-31
        by the end of Term 1              | en-AU | 2025 |            | 2025-04-01 | 2025-04-11
        the end of Term 4                 | en-AU | 2025 |            | 2025-11-29 | 2025-12-19
        the first week of Term 2          | en-AU | 2025 |            | 2025-04-28 | 2025-05-04
        the first two weeks of Term 3     | en-AU | 2025 |            | 2025-07-21 | 2025-08-03
        """)
    void schoolTermsFinancialYearsAndOtherEnglishForms(String text, String lang, Integer year, LocalDate issued,
            LocalDate start, LocalDate end) throws ModelException {
        Period p = PeriodParser.parse(text, year, issued, DateConventions.of(lang, null), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
    }

    @Test
    void theFiscalYearStartsInTheMonthThePlanGives() throws ModelException {
        Period p = PeriodParser.parse("FY2026", null, null, DateConventions.of("en", "July"), null);
        assertEquals(LocalDate.of(2025, 7, 1), p.start());
        assertEquals(LocalDate.of(2026, 6, 30), p.end());
        assertEquals(10, DateConventions.of("en-GB", "10").fiscalYearStart());
        assertThrows(IllegalArgumentException.class, () -> DateConventions.of("en", "Spring"));
    }

    @Test
    void schoolFormsThatCannotBeDatedSayWhatToWrite() {
        assertMessage("half term", null, null, "say which half term");
        assertMessage("FY2026-2030", null, null, "FY2025-26");
        assertMessage("FY0000", null, null, "FY2026");
        assertMessage("13/13/25", null, null, "names no month");
        assertMessage("第五、六季度", null, null, "no quarter 5");
        assertMessage("Term 5", 2025, null, "there is no term 5");
        assertMessage("during the school holidays", 2025, null, ":plan-date:");
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse("2025-26", null));
        assertTrue(e.getMessage().contains("FY2025-26") && !PeriodText.isHan(e.getMessage()), e.getMessage());
        e = assertThrows(ModelException.class, () -> PeriodParser.parse("2025-26", null, null, DateConventions.of("en-AU", null), null));
        assertTrue(e.getMessage().contains("July 2025 to June 2026"), e.getMessage());
        e = assertThrows(ModelException.class, () -> PeriodParser.parse("Week 1–2", null));
        assertTrue(!PeriodText.isHan(e.getMessage()), e.getMessage());
    }

    /** Columns: text | plan year | plan date | start | end | note. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        第二、三季度                        | 2025 |            | 2025-04-01 | 2025-09-30 |
        2025年一、二季度                     |      |            | 2025-01-01 | 2025-06-30 |
        2025年第一、二季度                   |      |            | 2025-01-01 | 2025-06-30 |
        全国两会期间                        | 2025 |            | 2025-03-03 | 2025-03-15 |
        春运期间                           | 2025 |            | 2025-01-14 | 2025-02-22 |
        军训期间                           | 2025 |            | 2025-09-01 | 2025-09-14 |
        期中考试后                          |      | 2025-09-05 | 2025-11-15 | 2026-01-20 |
        新生入学后两周内                     | 2025 |            | 2025-09-01 | 2025-09-14 |
        第一学期末                          | 2025 |            | 2026-01-01 | 2026-01-20 |
        2024—2025学年第一学期末              |      |            | 2025-01-01 | 2025-01-20 |
        节后复工前                          | 2025 |            | 2025-02-01 | 2025-02-03 |
        每半年                             | 2025 |            | 2025-01-01 | 2025-12-31 | 每半年
        3月1日晚                           | 2025 |            | 2025-03-01 | 2025-03-01 |
        5月12日防灾减灾日                    | 2025 |            | 2025-05-12 | 2025-05-12 | 防灾减灾日
        11月9日消防日                       | 2025 |            | 2025-11-09 | 2025-11-09 | 消防日
        10月1日至7日国庆期间开展专项检查        | 2025 |            | 2025-10-01 | 2025-10-07 | 国庆期间开展专项检查
        twice yearly                       | 2025 |            | 2025-01-01 | 2025-12-31 | twice yearly
        end of each month                  | 2025 |            | 2025-01-01 | 2025-12-31 | end of each month
        6-weekly                           | 2025 |            | 2025-01-01 | 2025-12-31 | 6-weekly
        before the end of term             |      | 2025-10-10 | 2026-01-01 | 2026-01-20 |
        """)
    void chineseEventsTermsAndRecurringStages(String text, Integer year, LocalDate issued, LocalDate start, LocalDate end,
            String note) throws ModelException {
        Period p = PeriodParser.parse(text, year, issued, null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertEquals(note, p.note(), "note");
    }

    @Test
    void messagesSayWhatIsMissingInTheLanguageOfThePeriod() {
        assertMessage("至", null, null, "a date is missing after \"至\"");
        assertMessage("June to", null, null, "a date is missing after \"to\"");
        assertMessage("next week", null, null, ":plan-date:");
        assertMessage("\u200b\u200b", null, null, "it is empty");
        for (String english : new String[] {"June to", "before", "for a month", "next week", "Week 1–2", "2025-26",
            "September 1, for", "half term", "sometime soon"}) {
            ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(english, null));
            assertTrue(!PeriodText.isHan(e.getMessage()), "no Chinese in the message about an English period: " + e.getMessage());
        }
        for (String chinese : new String[] {"5月至", "为期一个月", "9月1日起，为期", "2025-26年"}) {
            ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(chinese, null));
            assertTrue(!e.getMessage().matches("(?s).*\\((?:[^)]*\\b(?:June|September|weeks)\\b)[^)]*\\).*"),
                "no English example in the message about a Chinese period: " + e.getMessage());
        }
    }

    @Test
    void invisibleCharactersAreIgnoredAndNeverQuoted() throws ModelException {
        assertEquals(LocalDate.of(2025, 3, 1), PeriodParser.parse("\u200b3月", 2025).start());
        assertEquals(LocalDate.of(2025, 3, 1), PeriodParser.parse("3\u2060月\ufeff", 2025).start());
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse("3月\u0007", 2025));
        assertTrue(e.getMessage().contains("invisible character (U+0007)") && !e.getMessage().contains("\u0007"), e.getMessage());
    }

    @Test
    void theWeekOfIssueAndTheNextAreCountedFromThePlanDate() throws ModelException {
        LocalDate issued = LocalDate.of(2025, 8, 6); // a Wednesday
        assertEquals(LocalDate.of(2025, 8, 11), PeriodParser.parse("next week", null, issued, null).start());
        assertEquals(LocalDate.of(2025, 8, 17), PeriodParser.parse("下周", null, issued, null).end());
        assertEquals(LocalDate.of(2025, 8, 11), PeriodParser.parse("下周一", null, issued, null).end());
        assertEquals(LocalDate.of(2025, 8, 10), PeriodParser.parse("本周日前", null, issued, null).end());
    }

    static void assertMessage(String text, Integer year, LocalDate issued, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, year, issued, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
