package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        mid to late June                 | 2011 | 2011-06-11 | 2011-06-30 | true  | false
        mid-to-late June                 | 2011 | 2011-06-11 | 2011-06-30 | true  | false
        early- to mid-June               | 2011 | 2011-06-01 | 2011-06-20 | true  | false
        early and mid June               | 2011 | 2011-06-01 | 2011-06-20 | true  | false
        through June                     | 2011 | 2011-06-01 | 2011-06-30 | true  | true
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
        6月1日前                          | 2011 | 2011-05-01 | 2011-06-01 | true  | true
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

    /**
     * Issue 18: forms that real plans use. Columns: text | plan year (empty = none) | start | end | flags
     * (stated = yearStated, open = openStart, approx = approximate, tentative) | note (empty = none).
     */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # --- from the day of issue, without a :plan-date:: an open start, like "before"
        即日起至9月30日                              | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        自即日起至9月30日止                           | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        从即日起到10月底                              | 2015 | 2015-10-01 | 2015-10-31 | stated open |
        自本通知印发之日起至12月31日                    | 2015 | 2015-12-01 | 2015-12-31 | stated open |
        from now until September 30                 | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        from the date of issue to the end of September | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        from today to October 15                    |      | 2000-10-01 | 2000-10-15 | open |
        # --- approximate
        9月18日左右                                  | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        9月18日前后                                  | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        5月10日前后                                  |      | 2000-05-10 | 2000-05-10 | approx |
        约9月18日                                    | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        9月中旬左右                                  | 2015 | 2015-09-11 | 2015-09-20 | stated approx |
        around September 18                         | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        about mid-September                         | 2015 | 2015-09-11 | 2015-09-20 | stated approx |
        approximately the end of October            | 2015 | 2015-10-21 | 2015-10-31 | stated approx |
        September 18 or so                          | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        around May 10 to around June 20             | 2015 | 2015-05-10 | 2015-06-20 | stated approx |
        # --- ordinal weekdays and weeks (a week: Monday to Sunday, the n-th holds the month's n-th Thursday)
        5月份第二个星期六                              | 2015 | 2015-05-09 | 2015-05-09 | stated |
        5月第二个周六                                 | 2015 | 2015-05-09 | 2015-05-09 | stated |
        5月份第二个星期六                              |      | 2000-05-13 | 2000-05-13 | |
        5月的第2个星期天                               | 2015 | 2015-05-10 | 2015-05-10 | stated |
        9月第三周                                    | 2015 | 2015-09-14 | 2015-09-20 | stated |
        6月最后一周                                   | 2015 | 2015-06-22 | 2015-06-28 | stated |
        6月的最后一个星期五                            | 2015 | 2015-06-26 | 2015-06-26 | stated |
        9月第一周至第三周                              | 2015 | 2015-08-31 | 2015-09-20 | stated |
        9月第二个周末                                 | 2015 | 2015-09-12 | 2015-09-13 | stated |
        the second Sunday in June                   | 2026 | 2026-06-14 | 2026-06-14 | stated |
        the third week of June                      | 2026 | 2026-06-15 | 2026-06-21 | stated |
        the last Friday of May                      | 2026 | 2026-05-29 | 2026-05-29 | stated |
        the 2nd Saturday of May 2015                |      | 2015-05-09 | 2015-05-09 | stated |
        the last day of June                        | 2015 | 2015-06-30 | 2015-06-30 | stated |
        the first of June                           | 2015 | 2015-06-01 | 2015-06-01 | stated |
        # --- the next year, said
        12月至次年2月                                 | 2015 | 2015-12-01 | 2016-02-29 | stated |
        12月至翌年2月底                               | 2015 | 2015-12-01 | 2016-02-29 | stated |
        11月至来年3月                                 | 2015 | 2015-11-01 | 2016-03-31 | stated |
        12月至次年2月                                 |      | 2000-12-01 | 2001-02-28 | |
        2015年12月至次年3月                             |      | 2015-12-01 | 2016-03-31 | stated |
        次年3月                                      | 2015 | 2016-03-01 | 2016-03-31 | stated |
        今年底前                                      | 2015 | 2015-12-01 | 2015-12-31 | stated open |
        December to February next year              | 2015 | 2015-12-01 | 2016-02-29 | stated |
        December to February of the following year  | 2015 | 2015-12-01 | 2016-02-29 | stated |
        December to next March                      | 2015 | 2015-12-01 | 2016-03-31 | stated |
        December 2013 to February 2014              |      | 2013-12-01 | 2014-02-28 | stated |
        # --- remarks and tentative dates
        9月30日（暂定）                               | 2015 | 2015-09-30 | 2015-09-30 | stated tentative | 暂定
        10月(tentative)                             | 2015 | 2015-10-01 | 2015-10-31 | stated tentative | tentative
        October (to be confirmed)                   | 2015 | 2015-10-01 | 2015-10-31 | stated tentative | to be confirmed
        6月（待定）                                   | 2015 | 2015-06-01 | 2015-06-30 | stated tentative | 待定
        5月下旬（具体时间另行通知）                      | 2015 | 2015-05-21 | 2015-05-31 | stated tentative | 具体时间另行通知
        9月（各乡镇自行安排）                           | 2015 | 2015-09-01 | 2015-09-30 | stated | 各乡镇自行安排
        May 10 - June 5 (weather permitting)        | 2015 | 2015-05-10 | 2015-06-05 | stated | weather permitting
        暂定9月                                       | 2015 | 2015-09-01 | 2015-09-30 | stated tentative | 暂定
        9月，暂定                                     | 2015 | 2015-09-01 | 2015-09-30 | stated tentative | 暂定
        tentatively September                       | 2015 | 2015-09-01 | 2015-09-30 | stated tentative | tentatively
        (5月底前)(暂定)                               | 2015 | 2015-05-01 | 2015-05-31 | stated open tentative | 暂定
        # --- Chinese numerals and zero forms
        二〇一五年三月二日                              |      | 2015-03-02 | 2015-03-02 | stated |
        二○一五年三月二日                              |      | 2015-03-02 | 2015-03-02 | stated |
        二O一五年三月                                  |      | 2015-03-01 | 2015-03-31 | stated |
        二0一五年                                     |      | 2015-01-01 | 2015-12-31 | stated |
        二〇〇八年八月八日                              |      | 2008-08-08 | 2008-08-08 | stated |
        六月上旬                                      | 2015 | 2015-06-01 | 2015-06-10 | stated |
        十二月底                                      | 2015 | 2015-12-21 | 2015-12-31 | stated |
        二〇一五年十二月底前                             |      | 2015-12-01 | 2015-12-31 | stated open |
        # --- durations from a start
        9月1日起，为期三周                              | 2015 | 2015-09-01 | 2015-09-21 | stated |
        9月1日开始，为期一个月                          | 2015 | 2015-09-01 | 2015-09-30 | stated |
        10月10日起集中一个月时间                         | 2015 | 2015-10-10 | 2015-11-09 | stated |
        5月10日起，为期10天                            | 2015 | 2015-05-10 | 2015-05-19 | stated |
        6月起，为期两个月                               | 2015 | 2015-06-01 | 2015-07-31 | stated |
        5月起为期半个月                                 | 2015 | 2015-05-01 | 2015-05-15 | stated |
        3月1日起，为期一个半月                           | 2015 | 2015-03-01 | 2015-04-15 | stated |
        September 1, for three weeks                | 2015 | 2015-09-01 | 2015-09-21 | stated |
        from September 1 for a month                | 2015 | 2015-09-01 | 2015-09-30 | stated |
        starting May 10, for two and a half months  | 2015 | 2015-05-10 | 2015-07-24 | stated |
        September 1 for a fortnight                 |      | 2000-09-01 | 2000-09-14 | |
        # --- lists and alternatives
        8月上旬、中旬                                  | 2015 | 2015-08-01 | 2015-08-20 | stated |
        6月或7月                                      | 2015 | 2015-06-01 | 2015-07-31 | stated | 6月或7月
        June or July                                | 2015 | 2015-06-01 | 2015-07-31 | stated | June or July
        June and July                               | 2015 | 2015-06-01 | 2015-07-31 | stated |
        5月、8月                                      | 2015 | 2015-05-01 | 2015-08-31 | stated | 5月、8月
        5月10日、20日                                 | 2015 | 2015-05-10 | 2015-05-20 | stated | 5月10日、20日
        8月中旬或下旬                                  | 2015 | 2015-08-11 | 2015-08-31 | stated | 8月中旬或下旬
        9月上、中旬                                    | 2015 | 2015-09-01 | 2015-09-20 | stated |
        9月中、下旬                                    | 2015 | 2015-09-11 | 2015-09-30 | stated |
        9月上、中、下旬                                 | 2015 | 2015-09-01 | 2015-09-30 | stated |
        6月下旬至7月上、中旬                             | 2015 | 2015-06-21 | 2015-07-20 | stated |
        # --- weekdays written beside the dates
        6月3日（周一）至6月7日（周五）                    | 2015 | 2015-06-03 | 2015-06-07 | stated |
        6月3日(星期一)—6月7日(星期五)                    | 2015 | 2015-06-03 | 2015-06-07 | stated |
        Monday, June 3 to Friday, June 7            | 2015 | 2015-06-03 | 2015-06-07 | stated |
        Mon 3 June – Fri 7 June                     | 2015 | 2015-06-03 | 2015-06-07 | stated |
        June 3 (Monday) to June 7 (Friday)          | 2015 | 2015-06-03 | 2015-06-07 | stated |
        the second Sunday in June                   | 2015 | 2015-06-14 | 2015-06-14 | stated |
        # --- the week commencing a day, half years
        w/c 3 June                                  | 2015 | 2015-06-03 | 2015-06-09 | stated |
        week commencing 3 June                      | 2015 | 2015-06-03 | 2015-06-09 | stated |
        the week beginning June 3                   | 2015 | 2015-06-03 | 2015-06-09 | stated |
        H1 2016                                     |      | 2016-01-01 | 2016-06-30 | stated |
        H2                                          | 2015 | 2015-07-01 | 2015-12-31 | stated |
        元月上旬                                      | 2015 | 2015-01-01 | 2015-01-10 | stated |
        三季度末                                      | 2015 | 2015-09-21 | 2015-09-30 | stated |
        2016年一季度末前                                |      | 2016-03-01 | 2016-03-31 | stated open |
        四季度初                                      | 2015 | 2015-10-01 | 2015-10-10 | stated |
        12月上旬至次年元月中旬                          | 2015 | 2015-12-01 | 2016-01-20 | stated |
        # --- hours beside the days
        2015年6月1日0时至6月30日24时                     |      | 2015-06-01 | 2015-06-30 | stated |
        6月1日8:00—6月30日18:00                       | 2015 | 2015-06-01 | 2015-06-30 | stated |
        6月1日上午9点至6月30日下午5点                    | 2015 | 2015-06-01 | 2015-06-30 | stated |
        June 1, 9:00 am to June 30, 5:00 pm         | 2015 | 2015-06-01 | 2015-06-30 | stated |
        # --- a year, then a range of months; "to" or 止 alone: until
        2015年6-8月                                   |      | 2015-06-01 | 2015-08-31 | stated |
        2015年6至8月                                  |      | 2015-06-01 | 2015-08-31 | stated |
        至6月30日                                     | 2015 | 2015-06-01 | 2015-06-30 | stated open |
        直至6月底                                      | 2015 | 2015-06-01 | 2015-06-30 | stated open |
        6月30日止                                     | 2015 | 2015-06-01 | 2015-06-30 | stated open |
        # --- the first or last days or weeks of a month
        the first two weeks of June                 | 2015 | 2015-06-01 | 2015-06-14 | stated |
        the last two weeks of June                  | 2015 | 2015-06-17 | 2015-06-30 | stated |
        the first ten days of May                   | 2015 | 2015-05-01 | 2015-05-10 | stated |
        the last 3 days of February 2016            |      | 2016-02-27 | 2016-02-29 | stated |
        # --- named days (fixed, and lunar via ICU4J)
        "五四"前夕                                    | 2015 | 2015-04-27 | 2015-05-03 | stated approx |
        “五四”前夕                                    | 2015 | 2015-04-27 | 2015-05-03 | stated approx |
        七一前                                       | 2015 | 2015-06-01 | 2015-06-30 | stated open |
        国庆节前                                      | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        元旦前                                       | 2015 | 2015-12-01 | 2015-12-31 | stated open |
        五一期间                                      | 2015 | 2015-05-01 | 2015-05-05 | stated |
        国庆期间                                      | 2015 | 2015-10-01 | 2015-10-07 | stated |
        十一前                                       | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        春节                                         | 2015 | 2015-02-19 | 2015-02-19 | stated |
        春节期间                                      | 2015 | 2015-02-18 | 2015-02-24 | stated |
        春节前                                       | 2015 | 2015-02-01 | 2015-02-17 | stated open |
        中秋节                                       | 2015 | 2015-09-27 | 2015-09-27 | stated |
        元宵节                                       | 2015 | 2015-03-05 | 2015-03-05 | stated |
        端午节前                                      | 2024 | 2024-06-01 | 2024-06-09 | stated open |
        清明节前后                                    | 2026 | 2026-03-29 | 2026-04-12 | stated approx |
        2026年春节                                    |      | 2026-02-17 | 2026-02-17 | stated |
        国庆节后至10月底                               | 2015 | 2015-10-08 | 2015-10-31 | stated |
        9月1日至国庆节前                               | 2015 | 2015-09-01 | 2015-09-30 | stated |
        before Christmas                            | 2015 | 2015-12-01 | 2015-12-24 | stated open |
        Labor Day                                   | 2015 | 2015-05-01 | 2015-05-01 | stated |
        during the Spring Festival                  | 2015 | 2015-02-18 | 2015-02-24 | stated |
        the Mid-Autumn Festival                     | 2024 | 2024-09-17 | 2024-09-17 | stated |
        on the eve of National Day                  | 2015 | 2015-09-24 | 2015-09-30 | stated approx |
        Thanksgiving                                | 2015 | 2015-11-26 | 2015-11-26 | stated |
        # --- dash and range variants
        5月1日---5月30日                               | 2015 | 2015-05-01 | 2015-05-30 | stated |
        5月1日----5月30日                              | 2015 | 2015-05-01 | 2015-05-30 | stated |
        5月1日——5月30日                                | 2015 | 2015-05-01 | 2015-05-30 | stated |
        5月1日~5月30日                                 | 2015 | 2015-05-01 | 2015-05-30 | stated |
        5月1日〜5月30日                                | 2015 | 2015-05-01 | 2015-05-30 | stated |
        5月1日一5月30日                                | 2015 | 2015-05-01 | 2015-05-30 | stated |
        6月上旬一7月                                   | 2015 | 2015-06-01 | 2015-07-31 | stated |
        5月12至18日                                   | 2015 | 2015-05-12 | 2015-05-18 | stated |
        9月1-30日                                     | 2015 | 2015-09-01 | 2015-09-30 | stated |
        May 3rd to May10th                          | 2015 | 2015-05-03 | 2015-05-10 | stated |
        May 3rd—10th                                | 2015 | 2015-05-03 | 2015-05-10 | stated |
        5.1-5.31                                    | 2015 | 2015-05-01 | 2015-05-31 | stated |
        2024.7-2024.9                               |      | 2024-07-01 | 2024-09-30 | stated |
        2024.07—2024.09                             |      | 2024-07-01 | 2024-09-30 | stated |
        10月底11月初                                  | 2015 | 2015-10-31 | 2015-11-10 | stated |
        # --- beyond the issue's list: quarters, halves, seasons, more lists, words around a period
        第三季度                                      | 2015 | 2015-07-01 | 2015-09-30 | stated |
        2016年一季度                                  |      | 2016-01-01 | 2016-03-31 | stated |
        the third quarter of 2016                   |      | 2016-07-01 | 2016-09-30 | stated |
        Q4                                          | 2015 | 2015-10-01 | 2015-12-31 | stated |
        上半年                                       | 2015 | 2015-01-01 | 2015-06-30 | stated |
        2015年下半年                                  |      | 2015-07-01 | 2015-12-31 | stated |
        the second half of the year                 | 2015 | 2015-07-01 | 2015-12-31 | stated |
        the first half of June                      | 2015 | 2015-06-01 | 2015-06-15 | stated |
        6月下半月                                     | 2015 | 2015-06-16 | 2015-06-30 | stated |
        冬季                                         | 2015 | 2015-12-01 | 2016-02-29 | stated |
        the summer of 2016                          |      | 2016-06-01 | 2016-08-31 | stated |
        暑假期间                                      | 2015 | 2015-07-01 | 2015-08-31 | stated |
        7、8月                                        | 2015 | 2015-07-01 | 2015-08-31 | stated |
        October to the following March              | 2015 | 2015-10-01 | 2016-03-31 | stated |
        over Christmas                              | 2015 | 2015-12-25 | 2015-12-25 | stated |
        拟于9月中旬                                   | 2015 | 2015-09-11 | 2015-09-20 | stated |
        9月中旬举行                                   | 2015 | 2015-09-11 | 2015-09-20 | stated |
        9月30日前完成                                 | 2015 | 2015-09-01 | 2015-09-30 | stated open |
        June or early July                          | 2015 | 2015-06-01 | 2015-07-10 | stated | June or early July
        starting from the date of issue until the end of October | 2015 | 2015-10-01 | 2015-10-31 | stated open |
        up to October 31                            | 2015 | 2015-10-01 | 2015-10-31 | stated open |
        c. September 18                             | 2015 | 2015-09-18 | 2015-09-18 | stated approx |
        the week of June 15                         | 2015 | 2015-06-15 | 2015-06-21 | stated |
        the week before Christmas                   | 2015 | 2015-12-18 | 2015-12-24 | stated |
        the week after National Day                 | 2015 | 2015-10-08 | 2015-10-14 | stated |
        10月起，用一个月时间                            | 2015 | 2015-10-01 | 2015-10-31 | stated |
        beginning on September 1 and lasting three weeks | 2015 | 2015-09-01 | 2015-09-21 | stated |
        for three weeks from September 1            | 2015 | 2015-09-01 | 2015-09-21 | stated |
        'June, July and August'                     | 2015 | 2015-06-01 | 2015-08-31 | stated |
        五一节前                                      | 2015 | 2015-04-01 | 2015-04-30 | stated open |
        12月15日至次年1月15日                           | 2015 | 2015-12-15 | 2016-01-15 | stated |
        8月中、下旬                                    | 2015 | 2015-08-11 | 2015-08-31 | stated |
        二零一五年九月                                  |      | 2015-09-01 | 2015-09-30 | stated |
        Before May 10 (subject to change)           | 2015 | 2015-05-01 | 2015-05-10 | stated open tentative | subject to change
        全年                                         | 2015 | 2015-01-01 | 2015-12-31 | stated |
        2015年全年                                    |      | 2015-01-01 | 2015-12-31 | stated |
        all year round                              | 2015 | 2015-01-01 | 2015-12-31 | stated |
        throughout June                             | 2015 | 2015-06-01 | 2015-06-30 | stated |
        9月18日上午                                   | 2015 | 2015-09-18 | 2015-09-18 | stated |
        9月18日（星期五）                              | 2015 | 2015-09-18 | 2015-09-18 | stated |
        for two weeks starting September 1          | 2015 | 2015-09-01 | 2015-09-14 | stated |
        国庆节前一周                                   | 2015 | 2015-09-24 | 2015-09-30 | stated |
        国庆节后两周                                   | 2015 | 2015-10-08 | 2015-10-21 | stated |
        9月1日前10天                                  | 2015 | 2015-08-22 | 2015-08-31 | stated |
        春节前一个月                                   | 2015 | 2015-01-18 | 2015-02-17 | stated |
        """)
    void readsPlansAsOfficesWriteThem(String text, Integer planYear, LocalDate start, LocalDate end, String flags,
                                      String note) throws ModelException {
        Period p = PeriodParser.parse(text, planYear);
        List<String> f = List.of((flags == null ? "" : flags).split(" "));
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertEquals(f.contains("stated"), p.yearStated(), "yearStated");
        assertEquals(f.contains("open"), p.openStart(), "openStart");
        assertEquals(f.contains("approx"), p.approximate(), "approximate");
        assertEquals(f.contains("tentative"), p.tentative(), "tentative");
        assertEquals(note, p.note(), "note");
        assertEquals(PeriodParser.clean(text), p.text(), "the text as written, with its remark");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is a blank")
    @ValueSource(strings = {"20__年9月", "XX年9月", "____月", "××月", "2015年X月X日", "某月某日", "○月○日", "9月__日前",
        "September __", "20XX"})
    void blanksLeftInTemplatesSaySo(String text) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, 2015));
        assertTrue(e.getMessage().startsWith("cannot read period \"" + text + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("is a blank to fill in"), e.getMessage());
    }

    @Test
    void newFormsThatCannotBeReadSayWhatIsExpected() {
        assertMessage("为期一个月", 2015, "a duration needs a start");
        assertMessage("即日起，为期一个月", 2015, ":plan-date:");
        assertMessage("2月第五个星期六", 2015, "February 2015 has no fifth Saturday");
        assertMessage("春节", 1800, "lunar calendar");
        assertMessage("12月至次年2月至3月", 2015, "did not expect");
        assertMessage("9月1日起，为期", 2015, "expected how long");
        assertMessage("2015年12月至次年11月至", 2015, "did not expect");
    }

    @Test
    void thePlanDateIsTheDayOfIssue() throws ModelException {
        LocalDate issued = LocalDate.of(2015, 6, 15);
        Period p = PeriodParser.parse("即日起至9月30日", null, issued, null);
        assertEquals(new Period("即日起至9月30日", issued, LocalDate.of(2015, 9, 30), true, false), p);
        p = PeriodParser.parse("from the date of issue to the end of September", 2015, issued, null);
        assertEquals(issued, p.start());
        assertFalse(p.openStart());
        p = PeriodParser.parse("自即日起，为期一个月", null, issued, null);
        assertEquals(issued, p.start());
        assertEquals(LocalDate.of(2015, 7, 14), p.end());
        assertEquals(LocalDate.of(2015, 10, 1), PeriodParser.parse("国庆节", null, issued, null).start(),
            "without a plan year, the year of the issue date");
        List<String> warnings = new ArrayList<>();
        p = PeriodParser.parse("即日起至3月底", null, LocalDate.of(2015, 10, 10), warnings::add);
        assertEquals(LocalDate.of(2016, 3, 31), p.end());
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void anImplicitBackwardsRangeRunsIntoTheNextYearWithAWarning() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse("September 30 to July 1", 2015, null, warnings::add);
        assertEquals(LocalDate.of(2015, 9, 30), p.start());
        assertEquals(LocalDate.of(2016, 7, 1), p.end());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("\"September 30 to July 1\""), warnings.get(0));
        assertTrue(warnings.get(0).contains("next year") && !PeriodText.isHan(warnings.get(0)),
            "an English period is told in English only: " + warnings.get(0));
        for (String said : new String[] {"December to February next year", "12月至次年2月", "December 2013 to February 2014",
            "10月至元旦", "2015年11月至2016年2月"}) {
            PeriodParser.parse(said, 2015, null, warnings::add);
        }
        assertEquals(1, warnings.size(), "a range that says its years is read silently: " + warnings);
        PeriodParser.parse("11月至2月", 2015, null, warnings::add);
        assertEquals(2, warnings.size());
    }

    @Test
    void lunarHolidaysComeFromTheChineseCalendar() throws ModelException {
        assertEquals(LocalDate.of(2024, 2, 10), PeriodParser.parse("春节", 2024).start());
        assertEquals(LocalDate.of(2024, 6, 10), PeriodParser.parse("端午节", 2024).start());
        assertEquals(LocalDate.of(2024, 9, 17), PeriodParser.parse("中秋节", 2024).start());
        assertEquals(LocalDate.of(2026, 2, 16), PeriodParser.parse("除夕", 2026).start());
        assertEquals(LocalDate.of(2026, 9, 25), PeriodParser.parse("mid-autumn festival", 2026).start());
        assertEquals(LocalDate.of(2024, 4, 4), PeriodParser.parse("清明", 2024).start());
        assertEquals(LocalDate.of(2023, 4, 5), PeriodParser.parse("清明", 2023).start());
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
        between June                    |
        before                          |
        June to                         |
        5                               |
        20日                            |
        the end of the month            |
        June 2011 2012                  |
        May 100                         |
        123456                          |
        十十月                           |
        June, July                      |
        """)
    void rejects(String text, Integer planYear) {
        String input = text == null ? "" : text;
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(input, planYear));
        assertTrue(e.getMessage().startsWith("cannot read period \"" + input.strip() + "\""), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" runs to the end of the year, with a warning")
    @CsvSource(delimiter = '|', textBlock = """
        自即日起          | 2015-01-01 | 2015-12-31 | true
        from June        | 2015-06-01 | 2015-12-31 | false
        6月1日起          | 2015-06-01 | 2015-12-31 | false
        September onwards | 2015-09-01 | 2015-12-31 | false
        国庆节后          | 2015-10-08 | 2015-12-31 | false
        after May 10     | 2015-05-11 | 2015-12-31 | false
        """)
    void aStartWithoutAnEndRunsToTheEndOfTheYearWithAWarning(String text, LocalDate start, LocalDate end, boolean open)
            throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse(text, 2015, null, warnings::add);
        assertEquals(start, p.start(), text);
        assertEquals(end, p.end(), text);
        assertEquals(open, p.openStart(), text);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("gives no end") && warnings.get(0).contains("2015-12-31"), warnings.get(0));
    }

    @Test
    void theDayOfIssueWithoutAnEndRunsFromThePlanDate() throws ModelException {
        Period p = PeriodParser.parse("自即日起", null, LocalDate.of(2015, 6, 15), w -> { });
        assertEquals(LocalDate.of(2015, 6, 15), p.start());
        assertEquals(LocalDate.of(2015, 12, 31), p.end());
        assertFalse(p.openStart());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" goes on: {1} to {2}, note \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
        长期                    | 2015-01-01 | 2015-12-31 | 长期
        常态化开展               | 2015-01-01 | 2015-12-31 | 常态化开展
        每周五                  | 2015-01-01 | 2015-12-31 | 每周五
        每月15日                 | 2015-01-01 | 2015-12-31 | 每月15日
        9月起每周五              | 2015-09-01 | 2015-12-31 | 每周五
        6月至12月，每月一次       | 2015-06-01 | 2015-12-31 | 每月一次
        ongoing                 | 2015-01-01 | 2015-12-31 | ongoing
        ongoing from May        | 2015-05-01 | 2015-12-31 | ongoing
        every Friday            | 2015-01-01 | 2015-12-31 | every Friday
        'May to June, twice a week' | 2015-05-01 | 2015-06-30 | twice a week
        """)
    void stagesThatGoOnOrRecurKeepTheirWordsAsTheNote(String text, LocalDate start, LocalDate end, String note)
            throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse(text, 2015, null, warnings::add);
        assertEquals(start, p.start(), text);
        assertEquals(end, p.end(), text);
        assertEquals(note, p.note(), text);
        assertEquals(List.of(), warnings, "a stage that goes on needs no warning that it gives no end");
    }

    @Test
    void everyYearIsNotARecurringStage() throws ModelException {
        Period p = PeriodParser.parse("每年5月", 2015);
        assertEquals(LocalDate.of(2015, 5, 1), p.start());
        assertEquals(LocalDate.of(2015, 5, 31), p.end());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\": {1} to {2}, note \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
        11月底前全部完成   | 2015-11-01 | 2015-11-30 | 全部完成
        10月底前完成验收   | 2015-10-01 | 2015-10-31 | 完成验收
        """)
    void whatADeadlineSaysIsDoneIsTheNote(String text, LocalDate start, LocalDate end, String note) throws ModelException {
        Period p = PeriodParser.parse(text, 2015);
        assertEquals(start, p.start(), text);
        assertEquals(end, p.end(), text);
        assertEquals(note, p.note(), text);
        assertTrue(p.openStart(), text);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        early 2024                 |      | 2024-01-01 | 2024-04-30 | true
        mid-2024                   |      | 2024-05-01 | 2024-08-31 | true
        late 2024                  |      | 2024-09-01 | 2024-12-31 | true
        the middle of the year     | 2024 | 2024-05-01 | 2024-08-31 | true
        年中                       | 2024 | 2024-05-01 | 2024-08-31 | true
        2024年中                   |      | 2024-05-01 | 2024-08-31 | true
        2024年度                   |      | 2024-01-01 | 2024-12-31 | false
        二〇二四年度                 |      | 2024-01-01 | 2024-12-31 | false
        by the end of Q2           | 2024 | 2024-06-01 | 2024-06-30 | false
        the end of the second quarter | 2024 | 2024-06-21 | 2024-06-30 | false
        the beginning of Q3 2024   |      | 2024-07-01 | 2024-07-10 | false
        寒假期间                    | 2024 | 2024-01-21 | 2024-02-20 | true
        the winter holidays        | 2023 | 2023-01-21 | 2023-02-20 | true
        6/1-6/30                   | 2024 | 2024-06-01 | 2024-06-30 | false
        9/1/2024 - 9/30/2024       |      | 2024-09-01 | 2024-09-30 | false
        1/9/2024 - 30/9/2024       |      | 2024-09-01 | 2024-09-30 | false
        15/6 to 20/7               | 2024 | 2024-06-15 | 2024-07-20 | false
        腊月                       | 2024 | 2024-01-11 | 2024-02-09 | false
        腊月二十三                  | 2024 | 2024-02-02 | 2024-02-02 | false
        腊月二十至正月十五           | 2024 | 2024-01-30 | 2024-02-24 | false
        正月初八                    | 2024 | 2024-02-17 | 2024-02-17 | false
        农历八月十五                 | 2024 | 2024-09-17 | 2024-09-17 | false
        2025年正月                  |      | 2025-01-29 | 2025-02-27 | false
        冬月                       | 2024 | 2024-12-01 | 2024-12-30 | false
        from 01.06.2024 to 30.06.2024 |   | 2024-06-01 | 2024-06-30 | false
        2024年秋季学期               |      | 2024-09-01 | 2025-01-20 | true
        2025年春季学期               |      | 2025-02-21 | 2025-07-10 | true
        2024-2025学年               |      | 2024-09-01 | 2025-08-31 | false
        2024—2025学年第一学期         |      | 2024-09-01 | 2025-01-20 | true
        2024-2025学年第二学期         |      | 2025-02-21 | 2025-07-10 | true
        第一学期                    | 2024 | 2024-09-01 | 2025-01-20 | true
        下学期                      | 2024 | 2024-02-21 | 2024-07-10 | true
        the first fortnight of July | 2024 | 2024-07-01 | 2024-07-14 | false
        the second fortnight of February 2024 | | 2024-02-15 | 2024-02-29 | false
        the last fortnight of June  | 2024 | 2024-06-17 | 2024-06-30 | false
        一至三季度                   | 2024 | 2024-01-01 | 2024-09-30 | false
        二、三季度                   | 2024 | 2024-04-01 | 2024-09-30 | false
        within June                 | 2024 | 2024-06-01 | 2024-06-30 | false
        开学                        | 2024 | 2024-09-01 | 2024-09-01 | false
        开学初                      | 2024 | 2024-09-01 | 2024-09-10 | true
        开学第一周                   | 2024 | 2024-09-01 | 2024-09-07 | true
        8月20日至开学前               | 2024 | 2024-08-20 | 2024-08-31 | false
        春季开学前                   | 2024 | 2024-02-01 | 2024-02-20 | false
        2024年秋季学期开学            |      | 2024-09-01 | 2024-09-01 | false
        Summer term 2024            |      | 2024-04-01 | 2024-07-31 | true
        the autumn term             | 2024 | 2024-09-01 | 2024-12-31 | true
        the spring semester of 2025 |      | 2025-01-01 | 2025-05-31 | true
        Spring Term                 | 2025 | 2025-01-01 | 2025-03-31 | true
        in the course of June       | 2024 | 2024-06-01 | 2024-06-30 | false
        """)
    void yearPartsSlashDatesAndLunarMonths(String text, Integer year, LocalDate start, LocalDate end, boolean approximate)
            throws ModelException {
        Period p = PeriodParser.parse(text, year);
        assertEquals(start, p.start(), text);
        assertEquals(end, p.end(), text);
        assertEquals(approximate, p.approximate(), text);
    }

    @Test
    void anEndAndADurationThatAgreeReadQuietlyOtherwiseTheDatesWinWithAWarning() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse("6月1日至30日，为期一个月", 2015, null, warnings::add);
        assertEquals(LocalDate.of(2015, 6, 1), p.start());
        assertEquals(LocalDate.of(2015, 6, 30), p.end());
        assertEquals(List.of(), warnings);
        Period q = PeriodParser.parse("9月1日至9月30日，为期三周", 2015, null, warnings::add);
        assertEquals(LocalDate.of(2015, 9, 30), q.end());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("do not agree") && warnings.get(0).contains("2015-09-21"), warnings.get(0));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" issued {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        本月底前               | 2024-06-10 | 2024-06-01 | 2024-06-30
        下月初                 | 2024-12-10 | 2025-01-01 | 2025-01-10
        本月15日至下月15日       | 2024-12-10 | 2024-12-15 | 2025-01-15
        下个月中旬              | 2024-06-10 | 2024-07-11 | 2024-07-20
        the end of this month  | 2024-06-10 | 2024-06-21 | 2024-06-30
        next month             | 2024-12-10 | 2025-01-01 | 2025-01-31
        """)
    void monthsCountedFromTheIssueDate(String text, LocalDate issued, LocalDate start, LocalDate end) throws ModelException {
        Period p = PeriodParser.parse(text, null, issued, null);
        assertEquals(start, p.start(), text);
        assertEquals(end, p.end(), text);
    }

    @Test
    void aMonthCountedFromTheIssueNeedsThePlanDate() {
        assertMessage("本月底", 2024, ":plan-date:");
    }

    @Test
    void onOrBeforeIsADeadline() throws ModelException {
        Period p = PeriodParser.parse("on or before 30 June", 2024);
        assertEquals(LocalDate.of(2024, 6, 30), p.end());
        assertTrue(p.openStart());
    }

    @Test
    void beforeTheHolidaysEndsTheDayBeforeTheyStart() throws ModelException {
        Period p = PeriodParser.parse("暑假前", 2024);
        assertEquals(LocalDate.of(2024, 6, 30), p.end());
        assertTrue(p.openStart());
        assertEquals(LocalDate.of(2024, 6, 30), PeriodParser.parse("6月至暑假前", 2024).end());
        assertEquals(LocalDate.of(2024, 6, 30), PeriodParser.parse("before the summer holidays", 2024).end());
    }

    @Test
    void aLunarDayThatTheMonthLacksSaysSo() {
        // 腊月 of lunar 2023 (in January and February 2024) has 30 days; 冬月 of 2024 has 30, 腊月 of 2024 29
        assertMessage("2024年冬月三十一", null, "no day 31");
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

    /** Columns: text | start | end | approximate | open start | note (empty: none). Issued 2025-03-10, plan year 2025. */
    @ParameterizedTest(name = "[{index}] \"{0}\": {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # --- within a time from the day of issue
        一个月内                          | 2025-03-10 | 2025-04-09 | false | false |
        30日内                           | 2025-03-10 | 2025-04-08 | false | false |
        即日起两周内                       | 2025-03-10 | 2025-03-23 | false | false |
        三个月内完成                       | 2025-03-10 | 2025-06-09 | false | false |
        within two weeks                 | 2025-03-10 | 2025-03-23 | false | false |
        within 30 days of issue          | 2025-03-10 | 2025-04-08 | false | false |
        within a month of the date of issue | 2025-03-10 | 2025-04-09 | false | false |
        3月内                            | 2025-03-01 | 2025-03-31 | false | false |
        # --- within the year
        年内                             | 2025-01-01 | 2025-12-31 | false | false |
        年内完成                          | 2025-01-01 | 2025-12-31 | false | false |
        2026年内                         | 2026-01-01 | 2026-12-31 | false | false |
        within the year                  | 2025-01-01 | 2025-12-31 | false | false |
        全年开展                          | 2025-01-01 | 2025-12-31 | false | false |
        # --- seasons of the work: floods, heating (they vary by region: about)
        汛期                             | 2025-06-01 | 2025-09-30 | true  | false |
        主汛期                            | 2025-07-01 | 2025-08-31 | true  | false |
        汛前                             | 2025-05-01 | 2025-05-31 | true  | true  |
        before the flood season          | 2025-05-01 | 2025-05-31 | true  | true  |
        供暖期                            | 2025-11-15 | 2026-03-15 | true  | false |
        the heating season               | 2025-11-15 | 2026-03-15 | true  | false |
        6月至9月汛期                       | 2025-06-01 | 2025-09-30 | false | false | 汛期
        # --- two seasons, the first quarters or months, holidays side by side
        冬春季                            | 2025-12-01 | 2026-05-31 | false | false |
        秋冬季节                          | 2025-09-01 | 2026-02-28 | false | false |
        夏秋季                            | 2025-06-01 | 2025-11-30 | false | false |
        前三季度                          | 2025-01-01 | 2025-09-30 | false | false |
        2025年前两个季度                   | 2025-01-01 | 2025-06-30 | false | false |
        前6个月                           | 2025-01-01 | 2025-06-30 | false | false |
        the first three quarters of 2025 | 2025-01-01 | 2025-09-30 | false | false |
        春节前一个月                       | 2024-12-28 | 2025-01-27 | false | false |
        中秋国庆期间                       | 2025-10-01 | 2025-10-07 | false | false |
        寒暑假期间                         | 2025-01-21 | 2025-08-31 | true  | false | 寒暑假期间
        # --- Easter (ICU4J's rule)
        Easter                           | 2025-04-20 | 2025-04-20 | false | false |
        the Easter holidays              | 2025-04-18 | 2025-04-21 | false | false |
        before Easter                    | 2025-04-01 | 2025-04-17 | false | true  |
        # --- terms: the start of a term by its month, this term and its end from the day of issue, English school years
        9月开学前                         | 2025-08-01 | 2025-08-31 | false | true  |
        2月开学前                         | 2025-02-01 | 2025-02-20 | false | true  |
        本学期                            | 2025-02-21 | 2025-07-10 | true  | false |
        期末                             | 2025-06-20 | 2025-07-10 | true  | false |
        the end of term                  | 2025-06-20 | 2025-07-10 | true  | false |
        本学年                            | 2024-09-01 | 2025-08-31 | false | false |
        the 2025-26 school year          | 2025-09-01 | 2026-08-31 | false | false |
        academic year 2025/26            | 2025-09-01 | 2026-08-31 | false | false |
        # --- words around the dates: to strive for, to continue to, to plan for, the weekend of, a whole month
        力争3月底前完成                    | 2025-03-01 | 2025-03-31 | false | true  |
        确保6月30日前                      | 2025-06-01 | 2025-06-30 | false | true  |
        持续至12月底                       | 2025-12-01 | 2025-12-31 | false | true  |
        running until June               | 2025-06-01 | 2025-06-30 | false | true  |
        scheduled for June               | 2025-06-01 | 2025-06-30 | false | false |
        expected in June                 | 2025-06-01 | 2025-06-30 | false | false |
        the weekend of 14–15 June        | 2025-06-14 | 2025-06-15 | false | false |
        3月全月                           | 2025-03-01 | 2025-03-31 | false | false |
        # --- as needed: the year, with the words as the note
        不定期                            | 2025-01-01 | 2025-12-31 | false | false | 不定期
        根据需要                          | 2025-01-01 | 2025-12-31 | false | false | 根据需要
        as needed                        | 2025-01-01 | 2025-12-31 | false | false | as needed
        annually                         | 2025-01-01 | 2025-12-31 | false | false | annually
        every two weeks                  | 2025-01-01 | 2025-12-31 | false | false | every two weeks
        每两周一次                        | 2025-01-01 | 2025-12-31 | false | false | 每两周一次
        每旬                             | 2025-01-01 | 2025-12-31 | false | false | 每旬
        节假日期间                        | 2025-01-01 | 2025-12-31 | false | false | 节假日期间
        # --- parts of a season, about; weeks of a month by number; hours written as numerals; COB; a year before Q3
        early summer                     | 2025-06-01 | 2025-06-30 | true  | false |
        late winter                      | 2026-02-01 | 2026-02-28 | true  | false |
        初夏                             | 2025-06-01 | 2025-06-30 | true  | false |
        深秋                             | 2025-11-01 | 2025-11-30 | true  | false |
        6月第一、二周                      | 2025-06-02 | 2025-06-15 | false | false |
        7月1日零时起至8月31日二十四时         | 2025-07-01 | 2025-08-31 | false | false |
        印发后30日内                       | 2025-03-10 | 2025-04-08 | false | false |
        30 days after issue              | 2025-03-10 | 2025-04-08 | false | false |
        by COB 30 June                   | 2025-06-01 | 2025-06-30 | false | true  |
        the month of May                 | 2025-05-01 | 2025-05-31 | false | false |
        with immediate effect until 30 June | 2025-03-10 | 2025-06-30 | false | false |
        with effect from 1 July until 31 August | 2025-07-01 | 2025-08-31 | false | false |
        the rest of the year             | 2025-03-10 | 2025-12-31 | false | false |
        for the remainder of 2025        | 2025-03-10 | 2025-12-31 | false | false |
        over the winter months           | 2025-12-01 | 2026-02-28 | false | false |
        5月20日（含）至6月20日              | 2025-05-20 | 2025-06-20 | false | false |
        1 June to 30 June (inclusive)    | 2025-06-01 | 2025-06-30 | false | false |
        # --- dates in brackets after a looser period are its dates
        暑假期间（7月10日至8月31日）           | 2025-07-10 | 2025-08-31 | false | false |
        汛期（5月15日至10月15日）             | 2025-05-15 | 2025-10-15 | false | false |
        the summer term (22 April – 23 July) | 2025-04-22 | 2025-07-23 | false | false |
        5月下旬（5月20日至31日）              | 2025-05-20 | 2025-05-31 | false | false |
        9月1日至9月30日（共30天）             | 2025-09-01 | 2025-09-30 | false | false | 共30天
        6月—8月（暑期）                      | 2025-06-01 | 2025-08-31 | false | false | 暑期
        by close of business on Friday 13 June | 2025-06-01 | 2025-06-13 | false | true |
        year-end                         | 2025-12-21 | 2025-12-31 | false | false |
        end-Q3                           | 2025-09-21 | 2025-09-30 | false | false |
        2025 Q3                          | 2025-07-01 | 2025-09-30 | false | false |
        """)
    void moreFormsOfRealPlans(String text, LocalDate start, LocalDate end, boolean approximate, boolean open, String note)
        throws ModelException {
        Period p = PeriodParser.parse(text, 2025, LocalDate.of(2025, 3, 10), w -> { });
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertEquals(approximate, p.approximate(), "approximate");
        assertEquals(open, p.openStart(), "open start");
        assertEquals(note, p.note(), "note");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" says what it needs")
    @CsvSource(delimiter = '|', textBlock = """
        待定                | leaves the date to be fixed
        另行通知             | 9月（待定）
        TBC                 | September (TBC)
        to be announced     | leaves the date to be fixed
        一个月内             | :plan-date:
        within two weeks    | :plan-date:
        本学期               | :plan-date:
        the end of term     | the autumn term 2025
        本学期末              | 2025年秋季学期
        """)
    void undatedAndIssueRelativeFormsSayWhatTheyNeed(String text, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, 2025));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" issued {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        开学第一周   | 2025-02-10 | 2025-02-21 | 2025-02-27
        开学前      | 2025-02-10 | 2025-02-01 | 2025-02-20
        开学前      | 2025-05-10 | 2025-08-01 | 2025-08-31
        9月开学后两周 | 2025-02-10 | 2025-09-02 | 2025-09-15
        放假前一周   | 2025-02-10 | 2025-06-24 | 2025-06-30
        放假前一周   | 2025-09-20 | 2026-01-14 | 2026-01-20
        """)
    void theTermAndHolidaysOfTheIssueDate(String text, LocalDate issued, LocalDate start, LocalDate end) throws ModelException {
        Period p = PeriodParser.parse(text, issued.getYear(), issued, w -> { });
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
    }

    @Test
    void datesInBracketsOutsideThePeriodAreReadWithAWarning() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse("7月（8月1日至10日）", 2025, null, warnings::add);
        assertEquals(LocalDate.of(2025, 8, 1), p.start());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("fall outside"), warnings.get(0));
        warnings.clear();
        PeriodParser.parse("寒假（1月20日—2月20日）", 2025, null, warnings::add);
        assertEquals(List.of(), warnings);
        assertEquals("5月（12月1日至10日）", PeriodParser.parse("5月（12月1日至10日）", 2025).text()); // far away: a note
        assertEquals("12月1日至10日", PeriodParser.parse("5月（12月1日至10日）", 2025).note());
    }

    @Test
    void aWeekdayThatDoesNotMatchItsDayIsAWarning() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse("2025年3月11日（星期二）至3月15日（周日）", null, null, warnings::add);
        assertEquals(LocalDate.of(2025, 3, 15), p.end());
        assertNull(p.note());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("2025-03-15 is a Saturday, not \"周日\""), warnings.get(0));
        warnings.clear();
        PeriodParser.parse("June 3 (Tuesday) to June 7 (Saturday)", 2025, null, warnings::add);
        PeriodParser.parse("12月29日（周一）至次年1月4日（周日）", 2025, null, warnings::add);
        assertEquals(List.of(), warnings);
        PeriodParser.parse("June 3 (Monday)", null, null, warnings::add); // no year: nothing to check
        assertEquals(List.of(), warnings);
    }

    /** Columns: text | plan year | start | end | open start | approximate. */
    @ParameterizedTest(name = "[{index}] \"{0}\" in {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # --- the end's year written: the start is in the year before, without a warning
        12月至2025年2月              | 2024 | 2024-12-01 | 2025-02-28 | false | false
        11月下旬至2025年1月           | 2024 | 2024-11-21 | 2025-01-31 | false | false
        # --- a deadline on a month's first day: its open start is the month before, never one day
        7月1日前                    | 2024 | 2024-06-01 | 2024-07-01 | true  | false
        7月1日以前                  | 2024 | 2024-06-01 | 2024-07-01 | true  | false
        prior to 1 July             | 2024 | 2024-06-01 | 2024-07-01 | true  | false
        before 1st July             | 2024 | 2024-06-01 | 2024-07-01 | true  | false
        5月25日前                   | 2024 | 2024-05-01 | 2024-05-25 | true  | false
        七一前                      | 2024 | 2024-06-01 | 2024-06-30 | true  | false
        # --- days named by month and day with a middle dot or a bullet, and national observance days and months
        "5·12"前后                  | 2024 | 2024-05-12 | 2024-05-12 | false | true
        “9·18”                     | 2024 | 2024-09-18 | 2024-09-18 | false | false
        3・15                       | 2024 | 2024-03-15 | 2024-03-15 | false | false
        11•9                       | 2024 | 2024-11-09 | 2024-11-09 | false | false
        11·9前                      | 2024 | 2024-11-01 | 2024-11-09 | true  | false
        安全生产月                   | 2024 | 2024-06-01 | 2024-06-30 | false | false
        2025年安全生产月期间           |      | 2025-06-01 | 2025-06-30 | false | false
        学雷锋活动月                  | 2024 | 2024-03-01 | 2024-03-31 | false | false
        消防宣传月                   | 2024 | 2024-11-01 | 2024-11-30 | false | false
        世界水日                     | 2024 | 2024-03-22 | 2024-03-22 | false | false
        全国防灾减灾日前后             | 2024 | 2024-05-05 | 2024-05-19 | false | true
        国家宪法日                   | 2024 | 2024-12-04 | 2024-12-04 | false | false
        world environment day       | 2024 | 2024-06-05 | 2024-06-05 | false | false
        # --- English forms
        Week 3 of May               | 2024 | 2024-05-13 | 2024-05-19 | false | false
        the third week of May       | 2024 | 2024-05-13 | 2024-05-19 | false | false
        early/mid May               | 2024 | 2024-05-01 | 2024-05-20 | false | false
        mid/late June               | 2024 | 2024-06-11 | 2024-06-30 | false | false
        to 30 June                  | 2024 | 2024-06-01 | 2024-06-30 | true  | false
        school year 2024/2025       |      | 2024-09-01 | 2025-08-31 | false | false
        academic year 2024-2025     |      | 2024-09-01 | 2025-08-31 | false | false
        """)
    void datesNamedAsPlansWriteThem(String text, Integer year, LocalDate start, LocalDate end, boolean open,
            boolean approximate) throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse(text, year, null, warnings::add);
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
        assertEquals(open, p.openStart(), "open start");
        assertEquals(approximate, p.approximate(), "approximate");
        assertEquals(List.of(), warnings);
    }

    /** Columns: text | issue date | start | end. Without a plan year, the coming occurrence from the issue date. */
    @ParameterizedTest(name = "[{index}] \"{0}\" issued {1}: {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
        寒假前          | 2024-09-02 | 2025-01-01 | 2025-01-20
        寒假期间         | 2024-09-02 | 2025-01-21 | 2025-02-20
        春节前          | 2024-09-02 | 2025-01-01 | 2025-01-27
        春节期间         | 2024-09-02 | 2025-01-28 | 2025-02-03
        放假前一周       | 2024-09-02 | 2025-01-14 | 2025-01-20
        3月             | 2024-09-02 | 2025-03-01 | 2025-03-31
        元旦            | 2024-09-02 | 2025-01-01 | 2025-01-01
        9月             | 2024-09-02 | 2024-09-01 | 2024-09-30
        开学第一周        | 2024-09-02 | 2024-09-01 | 2024-09-07
        即日起至12月31日   | 2024-09-02 | 2024-09-02 | 2024-12-31
        Easter          | 2024-09-02 | 2025-04-20 | 2025-04-20
        2024年3月        | 2024-09-02 | 2024-03-01 | 2024-03-31
        8月下旬          | 2024-09-02 | 2024-08-21 | 2024-08-31
        7月             | 2024-09-02 | 2025-07-01 | 2025-07-31
        暑假期间         | 2024-09-02 | 2025-07-01 | 2025-08-31
        国庆期间         | 2024-09-02 | 2024-10-01 | 2024-10-07
        2月中旬          | 2024-03-02 | 2024-02-11 | 2024-02-20
        1月             | 2024-03-02 | 2025-01-01 | 2025-01-31
        春节期间         | 2024-03-02 | 2025-01-28 | 2025-02-03
        the winter holidays | 2024-03-02 | 2025-01-21 | 2025-02-20
        """)
    void withoutAPlanYearAPeriodIsTheComingOneFromTheIssueDate(String text, LocalDate issued, LocalDate start, LocalDate end)
            throws ModelException {
        Period p = PeriodParser.parse(text, null, issued, w -> { });
        assertEquals(start, p.start(), "start");
        assertEquals(end, p.end(), "end");
    }

    @Test
    void aPlanYearIsKeptWhateverTheIssueDate() throws ModelException {
        assertEquals(LocalDate.of(2024, 3, 1), PeriodParser.parse("3月", 2024, LocalDate.of(2024, 9, 2), null).start());
        assertEquals(LocalDate.of(2024, 2, 8), PeriodParser.parse("春节前", 2024, LocalDate.of(2024, 9, 2), null).end());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" says what it needs")
    @CsvSource(delimiter = '|', textBlock = """
        第十周           | the weeks of a school term
        第1-2周          | the weeks of a school term
        第3周            | the weeks of a school term
        week 3 of term   | the weeks of a school term
        2024-25          | school year or a financial year
        2024/25          | school year or a financial year
        """)
    void spansTheTextCannotDateSayWhatToWrite(String text, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> PeriodParser.parse(text, 2024));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aWeekdayBeforeADayIsCheckedAsOneAfterIt() throws ModelException {
        List<String> warnings = new ArrayList<>();
        Period p = PeriodParser.parse("Monday 15 June", 2024, null, warnings::add);
        assertEquals(LocalDate.of(2024, 6, 15), p.start());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("2024-06-15 is a Saturday, not \"Monday\""), warnings.get(0));
        warnings.clear();
        assertEquals(LocalDate.of(2024, 6, 15), PeriodParser.parse("周一6月15日", 2024, null, warnings::add).start());
        assertEquals(1, warnings.size(), warnings.toString());
        warnings.clear();
        PeriodParser.parse("Monday, 17 June", 2024, null, warnings::add);
        PeriodParser.parse("Mon June 17 to Fri June 21", 2024, null, warnings::add);
        assertEquals(List.of(), warnings);
    }

    @Test
    void periodRejectsAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class,
            () -> new Period("x", LocalDate.of(2011, 6, 2), LocalDate.of(2011, 6, 1), true, false));
    }
}
