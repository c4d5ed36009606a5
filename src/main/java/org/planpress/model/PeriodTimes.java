package org.planpress.model;

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
 * <li>{@code 节前} / {@code 节后} alone are refused with the festivals to name.</li>
 * </ul>
 *
 * <p>And, when the text is read no other way, weeks counted from a term or a holiday ({@link #weeksOf}).
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
    /** A time or a range of times after the last day: after 日, a weekday in brackets, a month's name or a day's number. */
    private static final Pattern TRAILING_TIME = Pattern.compile(
        "(?:(?<=[日号號)）\\p{L}])[\\s,，、]*|(?<=\\d)[\\s,，、]+)(?:at\\s+|from\\s+)?(" + TIMES + ")(?:\\s*(?:[（(][^（()）]*[)）]))?\\s*$",
        Pattern.CASE_INSENSITIVE);
    /**
     * A time anywhere: a period with a time at each end ({@code 6月1日0时至6月30日24时}) is a range of days whose hours
     * are its bounds, dropped as before; only the one time of a day is its note.
     */
    private static final Pattern ANY_TIME = Pattern.compile("(?<!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    /** A time or a range of times alone. */
    private static final Pattern TIME_ALONE = Pattern.compile("^(?:(?:每天|每日|daily|from|at)\\s*)?" + TIMES + "$", Pattern.CASE_INSENSITIVE);

    /** A named day after its month and day as numbers: 5.12防灾减灾日, “6·26”国际禁毒日前后, 11·9消防日. */
    private static final Pattern NUMBERED_NAMED_DAY = Pattern.compile(
        "^[“\"'‘「『]?(\\d{1,2})\\s*[.·・•]\\s*(\\d{1,2})[”\"'’」』]?\\s*((?![至到起止前后左])[\\p{IsHan}]{2,14}?)(前后|左右|前夕|期间|当天|当日|前|后)?$");

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String NTH = "(?:st|nd|rd|th)?";
    /** Days listed before their month: 3, 10 and 17 March (2025). */
    private static final Pattern DAYS_BEFORE_MONTH = Pattern.compile(
        "^(?:on\\s+)?((?:\\d{1,2}" + NTH + "\\s*,\\s*)*\\d{1,2}" + NTH + ",?\\s*(?:and|&)\\s*\\d{1,2}" + NTH + ")\\s+(" + MONTH + ")(,?\\s+\\d{4})?$",
        Pattern.CASE_INSENSITIVE);
    /** Days listed after their month: March 3, 10 and 17 (2025). */
    private static final Pattern DAYS_AFTER_MONTH = Pattern.compile(
        "^(?:on\\s+)?(" + MONTH + ")\\s+((?:\\d{1,2}" + NTH + "\\s*,\\s*)*\\d{1,2}" + NTH + ",?\\s*(?:and|&)\\s*\\d{1,2}" + NTH + ")(,?\\s+\\d{4})?$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    /** A year of two digits after a day and its month (30 Jun 25), at the end or before a dash. */
    private static final Pattern SHORT_YEAR_AFTER_DAY = Pattern.compile(
        "(?<![\\d\\p{L}])(\\d{1,2}" + NTH + "\\s+" + MONTH + ")\\s+(\\d{2})(?=\\s*$|\\s*(?:[-–—]|to\\s))", Pattern.CASE_INSENSITIVE);
    /** A year of two digits before 年 and a month or a half or a quarter: 25年3月, 25年上半年, 25年第一季度. */
    private static final Pattern SHORT_YEAR_ZH = Pattern.compile(
        "(?<![\\d年])(\\d{2})年(?=\\s*(?:\\d{1,2}\\s*月|[一二三四五六七八九十]{1,2}月|[上下]半年|第[一二三四1-4]季度|[一二三四1-4]季度|度|底|末|初|年底|春|夏|秋|冬))");

    /** A start and an end after their labels. */
    private static final Pattern LABELLED = Pattern.compile(
        "^(?:start(?:ing)?(?:\\s+date)?|starts|begins?|from|开始时间|开始日期|开始|起始时间|起始日期|起始|起)\\s*[:：]\\s*(.+?)\\s*[;；,，。]\\s*"
            + "(?:end(?:ing)?(?:\\s+date)?|ends|finish(?:es)?|to|until|结束时间|结束日期|结束|截止时间|截止日期|截止|完成时间|止)\\s*[:：]\\s*(.+)$",
        Pattern.CASE_INSENSITIVE);

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
        if (labelled.matches()) {
            s = labelled.group(1) + (PeriodText.isHan(s) ? "至" : " to ") + labelled.group(2);
        }
        Matcher time = TRAILING_TIME.matcher(s);
        if (time.find() && time.start() > 0 && !ANY_TIME.matcher(s.substring(0, time.start())).find()) {
            note = time.group(1).strip();
            s = s.substring(0, time.start()).strip();
            s = s.replaceAll("[\\s,，、]+(?:at|on|from)$", "");
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
     * day is. Null when the text is no such weeks or what they count from cannot be read; weeks of a month ({@code 9月第一周})
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
        return new Period(written, start, end, b.yearStated(), false, b.approximate(), b.tentative(), b.note());
    }

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
