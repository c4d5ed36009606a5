package org.planpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    /** Columns: text | plan year (empty = none) | start | end | yearStated | openStart. */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # --- every period in the seed plans, without and with a plan year
        June                             |      | 2000-06-01 | 2000-06-30 | false | false
        June                             | 2011 | 2011-06-01 | 2011-06-30 | true  | false
        July to November                 |      | 2000-07-01 | 2000-11-30 | false | false
        end of May                       | 2011 | 2011-05-21 | 2011-05-31 | true  | false
        end of May                       |      | 2000-05-21 | 2000-05-31 | false | false
        May to November                  | 2011 | 2011-05-01 | 2011-11-30 | true  | false
        before the end of December       | 2011 | 2011-12-01 | 2011-12-31 | true  | true
        before May 10                    |      | 2000-05-01 | 2000-05-10 | false | true
        May 10 - the end of October      |      | 2000-05-10 | 2000-10-31 | false | false
        November 1 - the end of December |      | 2000-11-01 | 2000-12-31 | false | false
        before June 25                   |      | 2000-06-01 | 2000-06-25 | false | true
        5月下旬                           | 2024 | 2024-05-21 | 2024-05-31 | true  | false
        6月1日至6月30日                    | 2024 | 2024-06-01 | 2024-06-30 | true  | false
        7月上旬                           | 2024 | 2024-07-01 | 2024-07-10 | true  | false
        # --- month names, abbreviations, case, surroundings
        jun                              | 2011 | 2011-06-01 | 2011-06-30 | true  | false
        SEPT                             | 2011 | 2011-09-01 | 2011-09-30 | true  | false
        Sep.                             | 2011 | 2011-09-01 | 2011-09-30 | true  | false
        '  (June).  '                    | 2011 | 2011-06-01 | 2011-06-30 | true  | false
        （5月下旬）。                      | 2011 | 2011-05-21 | 2011-05-31 | true  | false
        # --- days, ordinals, years in the text
        May 10                           | 2011 | 2011-05-10 | 2011-05-10 | true  | false
        10 May                           | 2011 | 2011-05-10 | 2011-05-10 | true  | false
        the 1st of June                  | 2011 | 2011-06-01 | 2011-06-01 | true  | false
        June 2nd                         | 2011 | 2011-06-02 | 2011-06-02 | true  | false
        June 2011                        |      | 2011-06-01 | 2011-06-30 | true  | false
        'June 1, 2011'                   |      | 2011-06-01 | 2011-06-01 | true  | false
        '3rd June 2012'                  | 2011 | 2012-06-03 | 2012-06-03 | true  | false
        2011                             |      | 2011-01-01 | 2011-12-31 | true  | false
        # --- parts of a month
        the end of June                  | 2011 | 2011-06-21 | 2011-06-30 | true  | false
        early June                       | 2011 | 2011-06-01 | 2011-06-10 | true  | false
        mid-June                         | 2011 | 2011-06-11 | 2011-06-20 | true  | false
        mid June                         | 2011 | 2011-06-11 | 2011-06-20 | true  | false
        late February                    | 2011 | 2011-02-21 | 2011-02-28 | true  | false
        late February                    | 2012 | 2012-02-21 | 2012-02-29 | true  | false
        the beginning of June            | 2011 | 2011-06-01 | 2011-06-10 | true  | false
        the middle of June               | 2011 | 2011-06-11 | 2011-06-20 | true  | false
        the end of the year              | 2011 | 2011-12-21 | 2011-12-31 | true  | false
        # --- deadlines
        by May 10                        | 2011 | 2011-05-01 | 2011-05-10 | true  | true
        by the end of June               | 2011 | 2011-06-01 | 2011-06-30 | true  | true
        before June                      | 2011 | 2011-06-01 | 2011-06-30 | true  | true
        no later than 2011-06-15         |      | 2011-06-01 | 2011-06-15 | true  | true
        # --- ranges: every separator
        June to July                     | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        June - July                      | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        June – July                      | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        June — July                      | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        from June to July                | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        June through July                | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        June until July                  | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        between June and July            | 2011 | 2011-06-01 | 2011-07-31 | true  | false
        May 10-20                        | 2011 | 2011-05-10 | 2011-05-20 | true  | false
        10 - 20 May                      | 2011 | 2011-05-10 | 2011-05-20 | true  | false
        the end of May to June           | 2011 | 2011-05-31 | 2011-06-30 | true  | false
        early June to mid-July           | 2011 | 2011-06-01 | 2011-07-20 | true  | false
        May 10 to the end of the month   | 2011 | 2011-05-10 | 2011-05-31 | true  | false
        # --- ISO dates and explicit years
        2011-05-10                       |      | 2011-05-10 | 2011-05-10 | true  | false
        2011-05-10 to 2011-06-01         |      | 2011-05-10 | 2011-06-01 | true  | false
        2011-05-10–2011-06-01            |      | 2011-05-10 | 2011-06-01 | true  | false
        2011-05                          |      | 2011-05-01 | 2011-05-31 | true  | false
        May 2011 to March 2012           |      | 2011-05-01 | 2012-03-31 | true  | false
        May 2011 to March 2012           | 2010 | 2011-05-01 | 2012-03-31 | true  | false
        May to November 2011             |      | 2011-05-01 | 2011-11-30 | true  | false
        # --- cross-year ranges
        November to February             | 2011 | 2011-11-01 | 2012-02-29 | true  | false
        November to February             | 2012 | 2012-11-01 | 2013-02-28 | true  | false
        November to February             |      | 2000-11-01 | 2001-02-28 | false | false
        December 2011 to February        |      | 2011-12-01 | 2012-02-29 | true  | false
        November to March 2012           |      | 2011-11-01 | 2012-03-31 | true  | false
        11月至2月                         | 2011 | 2011-11-01 | 2012-02-29 | true  | false
        12月中旬至1月底                    | 2011 | 2011-12-11 | 2012-01-31 | true  | false
        # --- leap years
        February 29                      | 2012 | 2012-02-29 | 2012-02-29 | true  | false
        February 29                      |      | 2000-02-29 | 2000-02-29 | false | false
        February                         | 2012 | 2012-02-01 | 2012-02-29 | true  | false
        February                         | 2011 | 2011-02-01 | 2011-02-28 | true  | false
        2012-02-29                       |      | 2012-02-29 | 2012-02-29 | true  | false
        # --- Chinese
        6月                               | 2011 | 2011-06-01 | 2011-06-30 | true  | false
        6月份                             | 2011 | 2011-06-01 | 2011-06-30 | true  | false
        6月1日                            | 2011 | 2011-06-01 | 2011-06-01 | true  | false
        6月1号                            | 2011 | 2011-06-01 | 2011-06-01 | true  | false
        6月底                             | 2011 | 2011-06-21 | 2011-06-30 | true  | false
        6月初                             | 2011 | 2011-06-01 | 2011-06-10 | true  | false
        6月上旬                           | 2011 | 2011-06-01 | 2011-06-10 | true  | false
        6月中旬                           | 2011 | 2011-06-11 | 2011-06-20 | true  | false
        6月下旬                           | 2011 | 2011-06-21 | 2011-06-30 | true  | false
        6月中下旬                         | 2011 | 2011-06-11 | 2011-06-30 | true  | false
        5月底前                           | 2011 | 2011-05-01 | 2011-05-31 | true  | true
        6月1日前                          | 2011 | 2011-06-01 | 2011-06-01 | true  | true
        6月25日以前                       | 2011 | 2011-06-01 | 2011-06-25 | true  | true
        截至6月底                         | 2011 | 2011-06-01 | 2011-06-30 | true  | true
        年底前                            | 2011 | 2011-12-01 | 2011-12-31 | true  | true
        5月10日至10月底                   | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日到10月31日                 | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日-10月31日                  | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日—10月31日                  | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日～10月31日                 | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日~10月31日                  | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        5月10日至20日                     | 2011 | 2011-05-10 | 2011-05-20 | true  | false
        5月下旬至11月上旬                  | 2011 | 2011-05-21 | 2011-11-10 | true  | false
        5月底至6月                        | 2011 | 2011-05-31 | 2011-06-30 | true  | false
        5月初至月底                       | 2011 | 2011-05-01 | 2011-05-31 | true  | false
        5-6月                            | 2011 | 2011-05-01 | 2011-06-30 | true  | false
        从5月10日起至10月底止             | 2011 | 2011-05-10 | 2011-10-31 | true  | false
        2011年                           |      | 2011-01-01 | 2011-12-31 | true  | false
        2011年5月                        |      | 2011-05-01 | 2011-05-31 | true  | false
        2011年5月10日                    | 2024 | 2011-05-10 | 2011-05-10 | true  | false
        2011年5月至2012年3月              |      | 2011-05-01 | 2012-03-31 | true  | false
        １１月１日至１２月底               | 2011 | 2011-11-01 | 2011-12-31 | true  | false
        五月                              | 2011 | 2011-05-01 | 2011-05-31 | true  | false
        十二月三十一日                    | 2011 | 2011-12-31 | 2011-12-31 | true  | false
        十一月至十二月                    | 2011 | 2011-11-01 | 2011-12-31 | true  | false
        二〇一一年五月                    |      | 2011-05-01 | 2011-05-31 | true  | false
        """)
    void parses(String text, Integer planYear, LocalDate start, LocalDate end, boolean yearStated, boolean openStart)
        throws ModelException {
        Period p = PeriodParser.parse(text, planYear);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertEquals(yearStated, p.yearStated(), "yearStated");
        assertEquals(openStart, p.openStart(), "openStart");
    }

    @ParameterizedTest(name = "[{index}] rejects \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        sometime soon                   |
        ''                              |
        '   '                           |
        ()                              |
        February 30                     |
        February 30                     | 2012
        2月30日                          |
        February 29                     | 2011
        2011-02-29                      |
        April 31                        |
        13月                            |
        2011-13-01                      |
        2012-05-01 to 2011-06-01        |
        May 2012 to March 2012          |
        May 20 - 10                     | 2011
        the end of May to May 10        | 2011
        May 0                           |
        June 45                         |
        from June                       |
        6月1日起                         |
        between June                    |
        before                          |
        June to                         |
        June and July                   |
        5                               |
        20日                            |
        the end of the month            |
        June 2011 2012                  |
        May 100                         |
        123456                          |
        5月10日前后                      |
        十十月                           |
        June, July                      |
        """)
    void rejects(String text, Integer planYear) {
        String input = text == null ? "" : text;
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(input, planYear));
        assertTrue(e.getMessage().startsWith("cannot read period \"" + input.strip() + "\""), e.getMessage());
    }

    @Test
    void nonsenseMessageQuotesTheText() {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse("sometime soon", 2011));
        assertTrue(e.getMessage().startsWith("cannot read period \"sometime soon\""), e.getMessage());
    }

    @Test
    void rejectionsExplainTheProblem() {
        assertMessage("February 30", null, "February has no day 30");
        assertMessage("February 29", 2011, "February 2011 has no day 29");
        assertMessage("13月", null, "there is no month 13");
        assertMessage("2012-05-01 to 2011-06-01", null, "ends before it starts");
        assertMessage("", null, "empty");
    }

    private static void assertMessage(String text, Integer year, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, year));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void keepsTheTextAsWrittenWithoutWrapping() throws ModelException {
        assertEquals("May 10 - the end of October", PeriodParser.parse(" (May 10 -  the end of October). ", null).text());
        assertEquals("5月底前", PeriodParser.parse("（5月底前）", null).text());
    }

    @Test
    void planYearDoesNotOverrideAYearInTheText() throws ModelException {
        Period p = PeriodParser.parse("June 2012", 2011);
        assertEquals(LocalDate.of(2012, 6, 1), p.start());
        assertTrue(p.yearStated());
    }

    @Test
    void noYearUsesTheLeapReferenceYear() throws ModelException {
        Period p = PeriodParser.parse("February", null);
        assertEquals(PeriodParser.REFERENCE_YEAR, p.start().getYear());
        assertEquals(LocalDate.of(2000, 2, 29), p.end());
        assertFalse(p.yearStated());
    }

    @Test
    void endOfMonthMeansLateAloneButTheLastDayAtEitherEndOfARange() throws ModelException {
        assertEquals(LocalDate.of(2011, 10, 21), PeriodParser.parse("the end of October", 2011).start());
        assertEquals(LocalDate.of(2011, 10, 31), PeriodParser.parse("the end of October to November", 2011).start());
        assertEquals(LocalDate.of(2011, 10, 31), PeriodParser.parse("June to the end of October", 2011).end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"before May 10", "by May 10", "5月10日前", "5月10日以前", "5月10日之前", "截至5月10日"})
    void deadlineFormsAgree(String text) throws ModelException {
        Period p = PeriodParser.parse(text, 2011);
        assertEquals(new Period(p.text(), LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 10), true, true), p);
    }

    @Test
    void periodContainsItsEndsOnly() throws ModelException {
        Period p = PeriodParser.parse("May 10 - the end of October", 2011);
        assertTrue(p.contains(LocalDate.of(2011, 5, 10)));
        assertTrue(p.contains(LocalDate.of(2011, 10, 31)));
        assertFalse(p.contains(LocalDate.of(2011, 5, 9)));
        assertFalse(p.contains(LocalDate.of(2011, 11, 1)));
    }

    @Test
    void periodRejectsAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class,
            () -> new Period("x", LocalDate.of(2011, 6, 2), LocalDate.of(2011, 6, 1), true, false));
    }
}
