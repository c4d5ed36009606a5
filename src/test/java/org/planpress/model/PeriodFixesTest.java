package org.planpress.model;

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

    static void assertMessage(String text, Integer year, LocalDate issued, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, year, issued, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
