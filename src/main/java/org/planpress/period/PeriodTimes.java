package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forms of periods as office plans write them, read before the grammar of {@link PeriodReader}: they are rewritten
 * as the dates they mean, with what is no date kept as the note.
 *
 * <ul>
 * <li>a time of day after the last day ({@code 6月5日14:30-17:00}, {@code 10 June, 2-4pm}, {@code 6月5日下午2:30}) is no
 * part of the dates: the day is read and the time is the note; a time without a day ({@code 10:00-12:00}) is refused;</li>
 * <li>a named day written after its month and day as numbers ({@code 5.12防灾减灾日前后}, {@code “6·26”国际禁毒日}) is that
 * day, its name the note;</li>
 * <li>days listed before their month ({@code 3, 10 and 17 March}, {@code March 3, 10 and 17}) run from the first to
 * the last, the list the note;</li>
 * <li>a year of two digits after a day and its month ({@code 30 Jun 25}) or before 年 and a month ({@code 25年3月}) is
 * 20xx, as a plan of this century means;</li>
 * <li>a start and an end each after its label ({@code Start: 1 April; End: 30 June}, {@code 开始时间：6月1日，结束时间：6月30日})
 * are the range;</li>
 * <li>{@code 节前} / {@code 节后} alone are refused with the festivals to name;</li>
 * <li>and smaller forms: a time before its day ({@code from 00:00 on 1 March}), {@code 前半年} / {@code 后半年},
 * {@code 6月月中}, {@code 全年各月}, a name before its numeric date ({@code “世界读书日”（4.23）前后}).</li>
 * </ul>
 *
 * <p>Weeks of the year by number ({@link #isoWeeks}: {@code 2025-W24}, {@code WK 24}) and the week a day is in
 * ({@link #weekOfDay}: {@code 6月9日当周}) are read before the grammar; when the text is read no other way, weeks counted
 * from a term or a holiday ({@link #weeksOf}: {@code 开学第三周}, {@code the first week after Easter}) and spans counted
 * from another period ({@link #countedFrom}: {@code w/e 14 June}, {@code before the start of the 2025/26 academic year}).
 */
final class PeriodTimes {
    private PeriodTimes() {
    }

    /** A time of day: 9:00, 9.30am, 2pm, 14时30分, 下午2点半, 上午9:00, noon. */
    private static final String TIME = "(?:(?:上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|晚间|夜间|晚)\\s*)?"
        + "(?:\\d{1,2}(?:[:.：]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:：]\\d{2}(?:\\s*(?:am|pm))?"
        + "|(?:\\d{1,2}|[零〇一二三四五六七八九十]{1,3})\\s*[点时點時](?:\\s*(?:\\d{1,2}|[一二三四五十]{1,3})\\s*分|半|整)?"
        + "|noon|midday|midnight|(?<=[上下]午)\\d{1,2}(?:[:：]\\d{2})?)";
    /** The first time of a range of times, which may leave am or pm to the second: the 2 of 2-4pm. */
    private static final String TIME_FROM = "(?:" + TIME + "|\\d{1,2}(?:[:.]\\d{2})?)";
    /** A time or a range of times. */
    private static final String TIMES = "(?:" + TIME_FROM + "\\s*(?:[-–—~〜至到]|to|until|till)\\s*" + TIME + "|" + TIME + ")";
    /** A time zone after a time: 09:00 BST, 14:00 UTC+8. */
    private static final String ZONE = "(?:\\s*(?:bst|gmt|utc|cet|cest|est|edt|pst|pdt|aest|(?:北京时间))(?:\\s*[+-]\\s*\\d{1,2})?)?";
    /** A time before the day it is on: from 00:00 on 1 March, at 9am on 5 June, until midnight on 31 May. */
    private static final Pattern LEADING_TIME = Pattern.compile(
        "^(from|until|till|by|before|after|starting|start)?\\s*(?:at\\s+)?(" + TIMES + ZONE + ")\\s+(?:on|of)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** A time or a range of times after the last day: after 日, a weekday in brackets, a month's name or a day's number. */
    private static final Pattern TRAILING_TIME = Pattern.compile(
        "(?:(?<=[日号號)）\\p{L}])[\\s,，、]*|(?<=\\d)[\\s,，、]+)(?:at\\s+|from\\s+)?(" + TIMES + ZONE + ")\\s*$",
        Pattern.CASE_INSENSITIVE);
    /**
     * A time anywhere: a period with a time at each end ({@code 6月1日0时至6月30日24时}) is a range of days whose hours
     * are its bounds, dropped as before; only the one time of a day is its note.
     */
    private static final Pattern ANY_TIME = Pattern.compile("(?<!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    /** A time or a range of times alone. */
    private static final Pattern TIME_ALONE = Pattern.compile("^(?:(?:每天|每日|daily|from|at)\\s*)?" + TIMES + "$", Pattern.CASE_INSENSITIVE);

    /**
     * A named day after its month and day as numbers: 5.12防灾减灾日, “6·26”国际禁毒日前后, 11·9消防日, 9.10教师节; the name
     * ends as a day's, a festival's, a week's or a month's does (日, 节, 周, 月), so that 1.5亿元 is no day.
     */
    private static final Pattern NUMBERED_NAMED_DAY = Pattern.compile(
        "^[“\"'‘「『]?(\\d{1,2})\\s*[.·・•]\\s*(\\d{1,2})[”\"'’」』]?\\s*((?![至到起止前后左])[\\p{IsHan}]{1,13}?[日节周月])(前后|左右|前夕|期间|当天|当日|前|后)?$");

    /** A named day with its month and day as numbers after it in brackets: “世界读书日”（4.23）前后. */
    private static final Pattern NAMED_DAY_NUMBERED = Pattern.compile(
        "^[“\"'‘「『]?([\\p{IsHan}]{2,14}?)[”\"'’」』]?\\s*[（(]\\s*(\\d{1,2})\\s*[.·・•月]\\s*(\\d{1,2})\\s*日?\\s*[)）](前后|左右|前夕|期间|当天|当日|前|后)?$");
    /** 月中, 月初, 月末 written after 月 again: 6月月中, 6月月初. */
    private static final Pattern MONTH_TWICE = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,2})月月(初|中|末|底)");
    /** The first or the latter half of a year in other words: 前半年, 后半年. */
    private static final Pattern HALF_YEAR = Pattern.compile("(?<![上下前后])([前后])半年");
    /** Every month of a period: 全年各月, 全年每月 (the year, with 各月 as the note). */
    private static final Pattern EACH_MONTH = Pattern.compile("^(全年|上半年|下半年|(?:\\d{4}年)?)(各月|每月|逐月)$");

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String NTH = "(?:st|nd|rd|th)?";
    /** Days listed before their month: 3, 10 and 17 March (2025), the 1st, 8th and 15th of June. */
    private static final Pattern DAYS_BEFORE_MONTH = Pattern.compile(
        "^(?:on\\s+)?(?:the\\s+)?((?:\\d{1,2}" + NTH + "\\s*,\\s*)*\\d{1,2}" + NTH + ",?\\s*(?:and|&)\\s*\\d{1,2}" + NTH + ")\\s+(?:of\\s+)?(" + MONTH + ")(,?\\s+\\d{4})?$",
        Pattern.CASE_INSENSITIVE);
    /** Days listed after their month: March 3, 10 and 17 (2025). */
    private static final Pattern DAYS_AFTER_MONTH = Pattern.compile(
        "^(?:on\\s+)?(" + MONTH + ")\\s+((?:\\d{1,2}" + NTH + "\\s*,\\s*)*\\d{1,2}" + NTH + ",?\\s*(?:and|&)\\s*\\d{1,2}" + NTH + ")(,?\\s+\\d{4})?$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    /** A year of two digits after a day and its month (30 Jun 25), at the end or before a dash. */
    private static final Pattern SHORT_YEAR_AFTER_DAY = Pattern.compile(
        "(?<![\\d\\p{L}])(\\d{1,2}" + NTH + "\\s+" + MONTH + ")\\s+(\\d{2})(?=\\s*$|\\s*(?:[-–—]|to\\s))", Pattern.CASE_INSENSITIVE);
    /**
     * A year of two digits after a dash between two months shortened to three letters, as financial tables write a
     * quarter: Apr–Jun 25. Months written in full or joined by "to" keep the number as a day (May to June 10).
     */
    private static final String MONTH3 = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    private static final Pattern SHORT_YEAR_AFTER_MONTHS = Pattern.compile(
        "(?<![\\d\\p{L}])(" + MONTH3 + "\\s*[-–—]\\s*" + MONTH3 + ")\\s+(\\d{2})$", Pattern.CASE_INSENSITIVE);
    /** A year of two digits before 年 and a month or a half or a quarter: 25年3月, 25年上半年, 25年第一季度. */
    private static final Pattern SHORT_YEAR_ZH = Pattern.compile(
        "(?<![\\d年])(\\d{2})年(?=\\s*(?:\\d{1,2}\\s*月|[一二三四五六七八九十]{1,2}月|[上下]半年|第[一二三四1-4]季度|[一二三四1-4]季度|度|底|末|初|年底|春|夏|秋|冬))");

    /** A start and an end after their labels. */
    private static final Pattern LABELLED = Pattern.compile(
        "^(?:start(?:ing)?(?:\\s+date)?|starts|begins?|from|开始时间|开始日期|开始|起始时间|起始日期|起始|起)\\s*[:：]\\s*(.+?)\\s*(?:[;；,，。/|]\\s*|\\s+(?=(?i:end|to|until|finish)))"
            + "(?:end(?:ing)?(?:\\s+date)?|ends|finish(?:es)?|to|until|结束时间|结束日期|结束|截止时间|截止日期|截止|完成时间|止)\\s*[:：]\\s*(.+)$",
        Pattern.CASE_INSENSITIVE);

    /** A start after its label, without an end: Start: 1 April, 开始时间：6月1日 (read as a start, from 1 April). */
    private static final Pattern START_LABEL = Pattern.compile(
        "^(?:start(?:ing)?(?:\\s+date)?|starts|begins?|开始时间|开始日期|起始时间|起始日期)\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    /** 节前 or 节后 without the festival: 节前, 节后, 节日前 (节假日期间, the holidays of the year, is read). */
    private static final Pattern FESTIVAL_UNNAMED = Pattern.compile("^(?:节|节日)(前|后|前后)$");

    /**
     * The text rewritten as the dates it means, and the note split off it (null when there is none).
     *
     * @param text the period as written, for messages
     * @param written the period cleaned
     * @throws ModelException for a time of day without a day, and for 节前 / 节后 without the festival
     */
    static String[] rewrite(String text, String written) throws ModelException {
        String s = written;
        if (FESTIVAL_UNNAMED.matcher(s).matches()) {
            String when = FESTIVAL_UNNAMED.matcher(s).replaceAll("$1");
            throw PeriodParser.failure(text, "“" + s + "”没有说是哪个节日：请写明节日（春节" + when + "、国庆节" + when + "），或写日期");
        }
        if (TIME_ALONE.matcher(s).matches()) {
            throw PeriodParser.failure(text, PeriodText.isHan(text)
                ? "“" + s + "”是一天中的时间，没有写哪一天：请在前面写日期（6月5日 " + s + "）"
                : "\"" + s + "\" is a time of day and names no day: write the day before it (5 June, " + s + ")");
        }
        String note = null;
        Matcher labelled = LABELLED.matcher(s);
        Matcher started = START_LABEL.matcher(s);
        if (labelled.matches()) {
            s = labelled.group(1) + (PeriodText.isHan(s) ? "至" : " to ") + labelled.group(2);
        } else if (started.matches()) {
            s = PeriodText.isHan(s) ? started.group(1) + "起" : "from " + started.group(1);
        }
        // a remark in brackets at the end stays there: 每日8:30-11:30（6月1日至6月30日）
        int open = s.endsWith(")") || s.endsWith("）") ? PeriodText.matchingOpen(s, s.length() - 1) : -1;
        String head = open > 0 ? s.substring(0, open) : s;
        Matcher time = TRAILING_TIME.matcher(head.strip());
        if (time.find() && time.start() > 0 && !ANY_TIME.matcher(head.strip().substring(0, time.start())).find()) {
            note = time.group(1).strip();
            String day = head.strip().substring(0, time.start()).strip().replaceAll("[\\s,，、]+(?:at|on|from)$", "");
            s = day + (open > 0 ? s.substring(open) : "");
        }
        Matcher leading = LEADING_TIME.matcher(s);
        if (leading.matches()) {
            note = join(leading.group(2).strip(), note);
            s = (leading.group(1) == null ? "" : leading.group(1) + " ") + leading.group(3);
        }
        Matcher nameFirst = NAMED_DAY_NUMBERED.matcher(s);
        if (nameFirst.matches()) {
            note = join(nameFirst.group(1), note);
            s = nameFirst.group(2) + "月" + nameFirst.group(3) + "日" + (nameFirst.group(4) == null ? "" : nameFirst.group(4));
        }
        s = MONTH_TWICE.matcher(s).replaceAll("$1月$2");
        s = HALF_YEAR.matcher(s).replaceAll(r -> r.group(1).equals("前") ? "上半年" : "下半年");
        Matcher each = EACH_MONTH.matcher(s);
        if (each.matches() && !each.group(1).isEmpty()) {
            note = join(each.group(2), note);
            s = each.group(1);
        }
        Matcher named = NUMBERED_NAMED_DAY.matcher(s);
        if (named.matches()) {
            note = join(named.group(3), note);
            s = named.group(1) + "月" + named.group(2) + "日" + (named.group(4) == null ? "" : named.group(4));
        }
        String[] listed = daysListed(s);
        if (listed != null) {
            note = join(s, note);
            s = listed[0];
        }
        s = SHORT_YEAR_AFTER_DAY.matcher(s).replaceAll("$1 20$3");
        s = SHORT_YEAR_AFTER_MONTHS.matcher(s).replaceAll("$1 20$4");
        s = SHORT_YEAR_ZH.matcher(s).replaceAll("20$1年");
        return new String[] {s, note};
    }

    /** Days listed with their month written once, as the range from the first to the last; null when there are none or out of order. */
    private static String[] daysListed(String s) {
        Matcher before = DAYS_BEFORE_MONTH.matcher(s);
        Matcher after = DAYS_AFTER_MONTH.matcher(s);
        String days;
        String month;
        String year;
        if (before.matches()) {
            days = before.group(1);
            month = before.group(2);
            year = before.group(4);
        } else if (after.matches()) {
            month = after.group(1);
            days = after.group(3);
            year = after.group(4);
        } else {
            return null;
        }
        Matcher n = NUMBER.matcher(days);
        int first = -1;
        int last = -1;
        while (n.find()) {
            int d = Integer.parseInt(n.group());
            if (d <= last) return null;
            if (first < 0) first = d;
            last = d;
        }
        String y = year == null ? "" : " " + year.replaceAll("[,\\s]", "");
        return new String[] {first + " " + month + y + " to " + last + " " + month + y};
    }

    private static String join(String a, String b) {
        return b == null ? a : a + " " + b;
    }

    /** A function that reads a period and may refuse it. */
    interface Reading {
        Period read(String text) throws ModelException;
    }

    private static final String ZH_NUMBER = "[0-9一二三四五六七八九十]+";
    /** Weeks counted in Chinese from what comes before them: 2025年秋季学期第1-2周, 开学第三周, 国庆节后第一周. */
    private static final Pattern ZH_WEEKS = Pattern.compile(
        "^(.+?)的?第\\s*(" + ZH_NUMBER + ")(?:\\s*[-–—~至到、,，]\\s*第?\\s*(" + ZH_NUMBER + "))?\\s*(?:个)?(?:周|星期)$");
    private static final String EN_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)";
    /** An English week counted from a term or a holiday: the first week after Easter, the second week of the autumn term. */
    private static final Pattern EN_WEEK = Pattern.compile(
        "^(?:in\\s+|during\\s+)?(?:the\\s+)?(" + EN_ORDINAL + ")\\s+week\\s+(of|after|following)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** English weeks numbered in a term: weeks 1–2 of the autumn term, week 3 of Term 2. */
    private static final Pattern EN_WEEKS = Pattern.compile(
        "^(?:in\\s+|during\\s+)?weeks?\\s+(\\d{1,2})(?:\\s*(?:[-–—]|to)\\s*(\\d{1,2}))?\\s+(?:of|in)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /**
     * Weeks counted from a term or a holiday the reader dates ({@code 2025年秋季学期第1-2周}, {@code 开学第三周},
     * {@code 国庆节后第一周}, {@code the first week after Easter}, {@code weeks 1–2 of the autumn term}): week N is the seven
     * days from the term's first day (or from the first day after the holiday) plus N−1 weeks, approximate when that
     * day is or is a school's (开学, a term: the usual first day, not the school's own). Null when the text is no such weeks or what they count from cannot be read; weeks of a month ({@code 9月第一周})
     * are read by the grammar and never come here.
     */
    static Period weeksOf(String written, Reading reader) {
        String s = written.strip();
        String base;
        int from;
        int to;
        Matcher zh = ZH_WEEKS.matcher(s);
        Matcher en = EN_WEEK.matcher(s);
        Matcher ens = EN_WEEKS.matcher(s);
        if (zh.matches()) {
            base = zh.group(1);
            if (base.endsWith("月") || base.endsWith("每")) return null;
            if (base.endsWith("开学后")) base = base.substring(0, base.length() - 1); // 开学后第二周: the term's second week
            from = number(zh.group(2));
            to = zh.group(3) == null ? from : number(zh.group(3));
        } else if (en.matches()) {
            base = en.group(2).equalsIgnoreCase("of") ? en.group(3) : "after " + en.group(3);
            from = ordinal(en.group(1));
            to = from;
        } else if (ens.matches()) {
            base = ens.group(3);
            from = Integer.parseInt(ens.group(1));
            to = ens.group(2) == null ? from : Integer.parseInt(ens.group(2));
        } else {
            return null;
        }
        if (from < 1 || to < from || to > 30) return null;
        Period b;
        try {
            b = reader.read(base);
        } catch (ModelException | RuntimeException e) {
            return null;
        }
        LocalDate start = b.start().plusWeeks(from - 1L);
        LocalDate end = b.start().plusWeeks(to).minusDays(1);
        boolean school = SCHOOL.matcher(base).find(); // a term's first day is the usual one, not the school's own
        return new Period(written, start, end, b.yearStated(), false, b.approximate() || school, b.tentative(), b.note());
    }

    /** Weeks of the year by their ISO number: 2025-W24, W24 2025, WK 24, wk24, Week 24, Weeks 24-26, 第24周. */
    private static final Pattern ISO_WEEK = Pattern.compile(
        "^(?:(\\d{4})\\s*-?\\s*w(\\d{1,2})(?:\\s*-\\s*\\d)?"
            + "|(?:in\\s+)?(?:w|wk|wks|week|weeks|cw|kw)\\.?\\s*(\\d{1,2})(?:\\s*[-–—]\\s*(?:w|wk|week)?\\.?\\s*(\\d{1,2}))?(?:\\s*(?:of\\s+|,\\s*|/\\s*)?(\\d{4}))?"
            + "|(?:(\\d{4})年)?第\\s*(\\d{1,2})(?:\\s*[-–—~至到]\\s*第?\\s*(\\d{1,2}))?\\s*周)$",
        Pattern.CASE_INSENSITIVE);

    /**
     * Weeks of the year by their ISO 8601 number, Monday to Sunday: {@code 2025-W24} and {@code W24}/{@code WK 24} always;
     * {@code Week 24} and {@code 第24周} only past week 20 or with the year after them ({@code Week 2 2025}), as a school term has no more weeks (Week 3 and 第3周 are a term's,
     * which the text cannot date). The year is the one written, else {@code year}; null when the text is no such week,
     * or no year is known.
     *
     * @throws ModelException for a week past the year's last (2025-W53: 2025 has 52)
     */
    static Period isoWeeks(String written, Integer year) throws ModelException {
        Matcher m = ISO_WEEK.matcher(written.strip());
        if (!m.matches()) return null;
        String y = m.group(1) != null ? m.group(1) : m.group(5) != null ? m.group(5) : m.group(6);
        String a = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(7);
        String b = m.group(4) != null ? m.group(4) : m.group(8);
        int from = Integer.parseInt(a);
        int to = b == null ? from : Integer.parseInt(b);
        String lower = written.strip().toLowerCase(Locale.ROOT);
        boolean marked = m.group(2) != null || m.group(5) != null || lower.matches("^(?:in\\s+)?(?:w|wk|wks|cw|kw)\\b.*|^(?:in\\s+)?(?:w|wk)\\d.*");
        if (!marked && from <= 20) return null;
        if (y == null && year == null) return null;
        int yy = y != null ? Integer.parseInt(y) : year;
        java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
        LocalDate jan4 = LocalDate.of(yy, 1, 4);
        LocalDate week1 = jan4.with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
        long weeks = LocalDate.of(yy, 12, 28).get(iso.weekOfWeekBasedYear()); // 52 or 53: December 28 is in the last week
        if (from < 1 || to < from) return null;
        if (to > weeks) {
            throw PeriodParser.failure(written, PeriodText.isHan(written)
                ? yy + "年只有" + weeks + "周：请写" + weeks + "以内的周数，或写日期"
                : yy + " has " + weeks + " ISO weeks: write a week up to " + weeks + ", or the dates");
        }
        return new Period(written, week1.plusWeeks(from - 1L), week1.plusWeeks(to).minusDays(1), y != null, false);
    }

    /** The week a day is in: 6月9日当周, 6月9日所在周, 6月9日那一周. */
    private static final Pattern WEEK_OF_DAY = Pattern.compile("^(.+?[日号])(?:的)?(?:当周|所在周|所在的?一?周|那一?周|这一?周)$");

    /**
     * The week, Monday to Sunday, a day is in ({@code 6月9日当周}: June 9 to 15, 2025); null when the text is no such week or
     * its day cannot be read.
     */
    static Period weekOfDay(String written, Reading reader) {
        Matcher m = WEEK_OF_DAY.matcher(written.strip());
        if (!m.matches()) return null;
        try {
            Period day = reader.read(m.group(1));
            if (!day.start().equals(day.end())) return null;
            LocalDate monday = day.start().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return new Period(written, monday, monday.plusDays(6), day.yearStated(), false, day.approximate(), day.tentative(), day.note());
        } catch (ModelException | RuntimeException e) {
            return null;
        }
    }

    /** The week ending on a day: w/e 14 June, week ending Friday 13 June, 6月14日止的一周. */
    private static final Pattern WEEK_ENDING = Pattern.compile("^(?:week\\s+ending(?:\\s+on)?|w/e|w\\.e\\.|we(?=\\s*\\d))\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** The start or the end of something the reader dates, with a deadline word or not: before the start of the 2025/26 academic year. */
    private static final Pattern START_OR_END_OF = Pattern.compile(
        "^(before|by|until|till|from|after|at)?\\s*(?:the\\s+)?(start|beginning|end|close)\\s+of\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** What a start or an end is taken of: a term, a school, academic or financial year, a half-term or a holiday. */
    private static final Pattern EDGE_BASE = Pattern.compile("(?i)(?<![a-z])(?:term|semester|year|half-term|holidays?|festival|break)(?![a-z])");
    /** The first weeks of something: the first two weeks of the summer term. */
    private static final Pattern FIRST_WEEKS = Pattern.compile(
        "^(?:in\\s+|during\\s+)?(?:the\\s+)?first\\s+(two|three|four|five|six|\\d)\\s+weeks\\s+(of|after|following)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /**
     * Other spans counted from a period the reader dates: the week ending on a day ({@code w/e 14 June}: the seven days to
     * it), the start or the end of a term or a year ({@code before the start of the 2025/26 academic year}: before its
     * first day) and the first weeks of it; null when the text is none of them or the period in it cannot be read.
     */
    static Period countedFrom(String written, Reading reader) {
        String s = written.strip();
        try {
            Matcher we = WEEK_ENDING.matcher(s);
            if (we.matches()) {
                Period day = reader.read(we.group(1));
                if (!day.start().equals(day.end())) return null;
                return new Period(written, day.end().minusDays(6), day.end(), day.yearStated(), false, day.approximate(), day.tentative(), day.note());
            }
            Matcher first = FIRST_WEEKS.matcher(s);
            if (first.matches()) {
                String n = first.group(1).toLowerCase(Locale.ROOT);
                int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ordinalOfCount(n);
                Period b = reader.read(first.group(2).equalsIgnoreCase("of") ? first.group(3) : "after " + first.group(3));
                return new Period(written, b.start(), b.start().plusWeeks(count).minusDays(1), b.yearStated(), false, b.approximate(), b.tentative(), b.note());
            }
            Matcher edge = START_OR_END_OF.matcher(s);
            if (edge.matches() && EDGE_BASE.matcher(edge.group(3)).find()) {
                Period b = reader.read(edge.group(3));
                boolean end = edge.group(2).equalsIgnoreCase("end") || edge.group(2).equalsIgnoreCase("close");
                LocalDate day = end ? b.end() : b.start();
                Period p = reader.read((edge.group(1) == null || edge.group(1).equalsIgnoreCase("at") ? "" : edge.group(1) + " ") + day);
                return new Period(written, p.start(), p.end(), b.yearStated(), p.openStart(), p.approximate() || b.approximate(), p.tentative(), p.note());
            }
        } catch (ModelException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int ordinalOfCount(String n) {
        return java.util.List.of("two", "three", "four", "five", "six").indexOf(n) + 2;
    }

    /** Words of a school's calendar, whose days the reader takes as the usual ones: 开学, 学期, term. */
    private static final Pattern SCHOOL = Pattern.compile("(?i)开学|学期|学段|term|semester");

    private static int number(String n) {
        if (Character.isDigit(n.charAt(0))) return Integer.parseInt(n);
        int[] v = ChineseNumerals.value(n);
        return v == null ? -1 : v[0];
    }

    private static int ordinal(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < words.length; i++) if (words[i].equals(l)) return i + 1;
        return Integer.parseInt(l.replaceAll("\\D", ""));
    }
}
