package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods of office plans read by {@link PeriodTimes}, in plans whose year is 2025: a time of day after the day (the
 * note), weeks counted from a term, a holiday or the year (ISO weeks), named days after their month and day as numbers,
 * days listed in one month, two-digit years, labelled starts and ends; and the forms near them read as before.
 */
class PeriodTimesTest {

    private static final int PLAN_YEAR = 2025;

    /** Columns: text | :lang: | start | end | marks (open, approx) | note. */
    @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Thursday 5 June, 9.30am–12.30pm | en-GB | 2025-06-05 | 2025-06-05 | - | 9.30am–12.30pm
        2025年6月5日（周四）上午9:00 | zh-CN | 2025-06-05 | 2025-06-05 | - | 上午9:00
        6月5日14:30-17:00 | zh-CN | 2025-06-05 | 2025-06-05 | - | 14:30-17:00
        6月5日下午2:30 | zh-CN | 2025-06-05 | 2025-06-05 | - | 下午2:30
        10 June, 2-4pm | en-GB | 2025-06-10 | 2025-06-10 | - | 2-4pm
        6月5日晚7点 | zh-CN | 2025-06-05 | 2025-06-05 | - | 晚7点
        6月5日9时至12时 | zh-CN | 2025-06-05 | 2025-06-05 | - | 9时至12时
        6月5日上午9时至11时30分 | zh-CN | 2025-06-05 | 2025-06-05 | - | 上午9时至11时30分
        5 June from 9am | en-GB | 2025-06-05 | 2025-06-05 | - | 9am
        5 June, 09:00–12:00 BST | en-GB | 2025-06-05 | 2025-06-05 | - | 09:00–12:00 BST
        Thursday 5th June at 2pm | en-GB | 2025-06-05 | 2025-06-05 | - | 2pm
        from 00:00 on 1 March | en-GB | 2025-03-01 | 2025-12-31 | - | 00:00
        until midnight on 31 May | en-GB | 2025-05-01 | 2025-05-31 | open | midnight
        by 5pm on 30 June | en-GB | 2025-06-01 | 2025-06-30 | open | 5pm
        截至6月30日24时 | zh-CN | 2025-06-01 | 2025-06-30 | open | 24时
        6月1日至30日每天9:00-17:00 | zh-CN | 2025-06-01 | 2025-06-30 | - | 每天; 9:00-17:00
        每日8:30-11:30（6月1日至6月30日） | zh-CN | 2025-06-01 | 2025-06-30 | - | 每日; 8:30-11:30
        2015年6月1日0时至6月30日24时 | zh-CN | 2015-06-01 | 2015-06-30 | - | -
        June 1, 9:00 am to June 30, 5:00 pm | en | 2025-06-01 | 2025-06-30 | - | -
        2025年秋季学期第1-2周 | zh-CN | 2025-09-01 | 2025-09-14 | approx | -
        开学第三周 | zh-CN | 2025-09-15 | 2025-09-21 | approx | -
        2025年春季开学第二周 | zh-CN | 2025-02-28 | 2025-03-06 | approx | -
        国庆节后第一周 | zh-CN | 2025-10-08 | 2025-10-14 | - | -
        春节后第一周 | zh-CN | 2025-02-04 | 2025-02-10 | - | -
        五一后第一周 | zh-CN | 2025-05-06 | 2025-05-12 | - | -
        清明节后第一周 | zh-CN | 2025-04-05 | 2025-04-11 | - | -
        the first week after Easter | en-GB | 2025-04-22 | 2025-04-28 | - | -
        weeks 1–2 of the autumn term | en-GB | 2025-09-01 | 2025-09-14 | approx | -
        the first two weeks of the summer term | en-GB | 2025-04-01 | 2025-04-14 | approx | -
        9月第一周 | zh-CN | 2025-09-01 | 2025-09-07 | - | -
        5.12防灾减灾日前后 | zh-CN | 2025-05-12 | 2025-05-12 | approx | 防灾减灾日
        “6·26”国际禁毒日 | zh-CN | 2025-06-26 | 2025-06-26 | - | 国际禁毒日
        11·9消防日 | zh-CN | 2025-11-09 | 2025-11-09 | - | 消防日
        “3·15”前后 | zh-CN | 2025-03-15 | 2025-03-15 | approx | -
        12·4国家宪法日 | zh-CN | 2025-12-04 | 2025-12-04 | - | 国家宪法日
        9.10教师节 | zh-CN | 2025-09-10 | 2025-09-10 | - | 教师节
        4·23世界读书日期间 | zh-CN | 2025-04-23 | 2025-04-23 | - | 世界读书日
        “世界读书日”（4.23）前后 | zh-CN | 2025-04-23 | 2025-04-23 | approx | 世界读书日
        3, 10 and 17 March | en-GB | 2025-03-03 | 2025-03-17 | - | 3, 10 and 17 March
        2, 9, 16 and 23 June | en-GB | 2025-06-02 | 2025-06-23 | - | 2, 9, 16 and 23 June
        5th & 12th June | en-GB | 2025-06-05 | 2025-06-12 | - | 5th & 12th June
        June 5 and 12 | en | 2025-06-05 | 2025-06-12 | - | June 5 and 12
        6月5日、12日、19日 | zh-CN | 2025-06-05 | 2025-06-19 | - | 6月5日、12日、19日
        6月5、12、19日 | zh-CN | 2025-06-05 | 2025-06-19 | - | 6月5、12、19日
        每周五（6月6日、13日、20日） | zh-CN | 2025-06-06 | 2025-06-20 | - | 每周五; 6月6日、13日、20日
        1 Apr–30 Jun 25 | en-GB | 2025-04-01 | 2025-06-30 | - | -
        Q2 (Apr–Jun 25) | en-GB | 2025-04-01 | 2025-06-30 | - | -
        25年3月 | zh-CN | 2025-03-01 | 2025-03-31 | - | -
        25年上半年 | zh-CN | 2025-01-01 | 2025-06-30 | - | -
        Start: 1 April; End: 30 June | en-GB | 2025-04-01 | 2025-06-30 | - | -
        Start date: 1 April 2025 / End date: 30 June 2025 | en-GB | 2025-04-01 | 2025-06-30 | - | -
        From: 1 April To: 30 June | en-GB | 2025-04-01 | 2025-06-30 | - | -
        开始时间：6月1日，结束时间：6月30日 | zh-CN | 2025-06-01 | 2025-06-30 | - | -
        开始：6月1日；结束：6月30日 | zh-CN | 2025-06-01 | 2025-06-30 | - | -
        w/e 14 June | en-GB | 2025-06-08 | 2025-06-14 | - | -
        week ending 14 June | en-GB | 2025-06-08 | 2025-06-14 | - | -
        Week 24 | en-GB | 2025-06-09 | 2025-06-15 | - | -
        WK 24 | en-GB | 2025-06-09 | 2025-06-15 | - | -
        wk24 | en-GB | 2025-06-09 | 2025-06-15 | - | -
        2025-W24 | en-GB | 2025-06-09 | 2025-06-15 | - | -
        2026-W01 | en-GB | 2025-12-29 | 2026-01-04 | - | -
        W24 2025 | en-GB | 2025-06-09 | 2025-06-15 | - | -
        Weeks 24-26 | en-GB | 2025-06-09 | 2025-06-29 | - | -
        第24周 | zh-CN | 2025-06-09 | 2025-06-15 | - | -
        6月9日当周 | zh-CN | 2025-06-09 | 2025-06-15 | - | -
        6月11日所在周 | zh-CN | 2025-06-09 | 2025-06-15 | - | -
        before the start of the 2025/26 academic year | en-GB | 2025-08-01 | 2025-09-01 | open | -
        EOD 30 June | en-GB | 2025-06-30 | 2025-06-30 | - | -
        end of day 30 June | en-GB | 2025-06-30 | 2025-06-30 | - | -
        close of play 30 June | en-GB | 2025-06-30 | 2025-06-30 | - | -
        前半年 | zh-CN | 2025-01-01 | 2025-06-30 | - | -
        后半年 | zh-CN | 2025-07-01 | 2025-12-31 | - | -
        6月月中 | zh-CN | 2025-06-11 | 2025-06-20 | - | -
        全年各月 | zh-CN | 2025-01-01 | 2025-12-31 | - | 各月
        5 June 10:00 to 6 June 12:00 | en-GB | 2025-06-05 | 2025-06-06 | - | -
        5 June 2025 at 10:00 | en-GB | 2025-06-05 | 2025-06-05 | - | 10:00
        From 1 April to 30 June, 9am-5pm | en-GB | 2025-04-01 | 2025-06-30 | - | 9am-5pm
        6月每周三下午3:00 | zh-CN | 2025-06-01 | 2025-06-30 | - | 每周三; 下午3:00
        开学后第二周 | zh-CN | 2025-09-08 | 2025-09-14 | approx | -
        寒假后第一周 | zh-CN | 2025-02-21 | 2025-02-27 | approx | -
        国庆节后第一个星期 | zh-CN | 2025-10-08 | 2025-10-14 | - | -
        Week 2 2025 | en-GB | 2025-01-06 | 2025-01-12 | - | -
        WK1 2025 | en-GB | 2024-12-30 | 2025-01-05 | - | -
        Week 52 | en-GB | 2025-12-22 | 2025-12-28 | - | -
        1st, 8th and 15th of June | en-GB | 2025-06-01 | 2025-06-15 | - | 1st, 8th and 15th of June
        “12·2”全国交通安全日 | zh-CN | 2025-12-02 | 2025-12-02 | - | 全国交通安全日
        5.1劳动节 | zh-CN | 2025-05-01 | 2025-05-01 | - | 劳动节
        Start: 1 April | en-GB | 2025-04-01 | 2025-12-31 | - | -
        开始时间：6月1日 | zh-CN | 2025-06-01 | 2025-12-31 | - | -
        """)
    void anOfficeFormIsReadAsItsDates(String text, String lang, LocalDate start, LocalDate end, String marks, String note)
            throws ModelException {
        Period p = PeriodParser.parse(text, PLAN_YEAR, null, DateConventions.of(lang, null), null);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        String m = marks == null ? "" : marks;
        assertEquals(m.contains("open"), p.openStart(), "openStart");
        assertEquals(m.contains("approx"), p.approximate(), "approximate");
        assertEquals(note, p.note(), "note");
        assertEquals(text.strip(), p.text(), "the period's text is as written, not as rewritten to be read");
    }

    /** What still cannot be dated is a message that says what to write, in the period's language where the reader has it. */
    @ParameterizedTest(name = "[{index}] \"{0}\" says what it needs")
    @CsvSource(delimiter = '|', textBlock = """
        10:00-12:00                 | names no day
        每天9:00-17:00              | 没有写哪一天
        节前                        | 春节前、国庆节前
        节后                        | 春节后、国庆节后
        第3周                       | the weeks of a school term
        Week 3                      | the weeks of a school term
        week 3 of term              | the weeks of a school term
        the second week after half-term | say which half term
        May to June 10              | -
        1.5亿元                     | did not expect
        2025-W53                    | 2025 has 52 ISO weeks
        第53周                      | 2025年只有52周
        """)
    void whatCannotBeDatedIsAClearMessage(String text, String expected) {
        if (expected.equals("-")) { // a number after a month in full stays a day: June 10, no year 2010
            assertEquals(LocalDate.of(PLAN_YEAR, 6, 10), assertDoesNotThrowPeriod(text).end());
            return;
        }
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, PLAN_YEAR));
        assertTrue(e.getMessage().startsWith("cannot read period"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Period assertDoesNotThrowPeriod(String text) {
        try {
            return PeriodParser.parse(text, PLAN_YEAR);
        } catch (ModelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** An ISO week of a year without a plan year: the year written; the 53rd week only in a year that has one. */
    @org.junit.jupiter.api.Test
    void anIsoWeekWritesItsYear() throws ModelException {
        Period p = PeriodParser.parse("2020-W53", null);
        assertEquals(LocalDate.of(2020, 12, 28), p.start());
        assertEquals(LocalDate.of(2021, 1, 3), p.end());
        assertTrue(p.yearStated());
        assertThrows(ModelException.class, () -> PeriodParser.parse("2025-W53", null));
    }
}
