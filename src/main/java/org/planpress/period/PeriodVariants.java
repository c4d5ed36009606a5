package org.planpress.period;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of forms the grammar reads, as published plans write them, rewritten (on the cleaned text, before the
 * remark is split off) to the form it reads: dotted and slashed dates that leave out a part the start gives
 * (2024.6—12, 2025/6/20-7/10, 31.3.26), quarters and months run together (三四季度, 2025年7、8月), parts of a half
 * year (上半年底前), festival pairs (两节, 双节), the words around a flood season or a holiday (入汛前, 汛期结束后, 放暑假前),
 * English quarters and school years said another way (Quarter 3 2025/26, 2025/26 Q2, Q4 25/26, SY 2025-26, Autumn
 * Term 1, Spring and Summer terms), month-year pairs (Apr 25 – Mar 26), "– ongoing" as an end, "By:" as a label, the
 * Christmas holidays, and Labor Day in a plan of the United States or Canada. The rewrite
 * never shows: messages quote the text as written.
 */
final class PeriodVariants {

    private PeriodVariants() {
    }

    /** The cleaned period with every variant above rewritten; the text itself when none is there. */
    static String rewrite(String s, DateConventions conventions) {
        s = lengthAfterStart(s);
        s = dottedAndSlashed(s);
        s = chineseVariants(s);
        s = englishQuarters(s);
        s = englishTerms(s);
        s = englishEnds(s);
        s = holidays(s, conventions);
        return monthYearPairs(s);
    }

    /** A start with its length in brackets: Apr 2025 (12 months), 2025年4月（为期3个月）. */
    private static final Pattern LENGTH_IN_BRACKETS = Pattern.compile(
        "(?i)^(.+?)\\s*[(（]\\s*(?:为期|历时|for\\s+)?((?:\\d{1,2}|one|two|three|four|six|nine|twelve|eighteen)\\s+(?:months?|weeks?|years?|days?)"
            + "|[0-9一二两三四五六七八九十]+\\s*(?:个月|年|周|天))\\s*[)）]$");
    /** A range, or a start or an end, already written: the length in brackets after it is a note (6月1日至30日（共30天）). */
    private static final Pattern SPAN_WORDS = Pattern.compile("(?i)[至到~～\\-–—起止前后]|(?<![a-z])(?:to|until|till|through|from|by|before|after|and|or)(?![a-z])");

    /** A day written, not only a month: 4月1日, 1 April, April 1, 2025-04-01, 1/4/2025. */
    private static final Pattern DAY_WRITTEN = Pattern.compile(
        "(?i)[日号]|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3}|[a-z]{3}[a-z]*\\.?\\s+\\d{1,2}(?![0-9])|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    /**
     * A start that is one month or day with its length in brackets, as "from the start for the length": the length counts,
     * but days or weeks after a month alone stay a note (9月（3周）is three weeks in September, not its first three).
     */
    private static String lengthAfterStart(String s) {
        Matcher m = LENGTH_IN_BRACKETS.matcher(s);
        if (!m.matches() || SPAN_WORDS.matcher(m.group(1)).find() || !m.group(1).matches("(?s).*[0-9].*")) return s;
        boolean shortLength = m.group(2).matches("(?i).*(?:周|天|weeks?|days?)");
        if (shortLength && !DAY_WRITTEN.matcher(m.group(1)).find()) return s; // 9月（3周）: three weeks within September, a note

        return PeriodText.isHan(s) ? m.group(1) + "起为期" + m.group(2) : "from " + m.group(1) + " for " + m.group(2);
    }

    // ---- dates of figures -------------------------------------------------------------------------------------------

    /** A year and month, dotted, to a month of the same year: 2024.6—12, 2025.3-5 (2024年6月至12月). */
    private static final Pattern DOTTED_MONTHS = Pattern.compile(
        "(?<![0-9.．])(\\d{4})[.．](\\d{1,2})\\s*[-–—~～至到]\\s*(\\d{1,2})(?![0-9.．日号月])");
    /** A year and month, dotted, before a part of the month: 2025.12底前, 2025.6中下旬 (2025年12月底前). */
    private static final Pattern DOTTED_MONTH_PART = Pattern.compile("(?<![0-9.．])(\\d{4})[.．](\\d{1,2})(?=底|初|末|上旬|中旬|下旬|中下旬|上中旬)");
    /** A slashed date with its year first, to a day without one: 2025/6/20-7/10 (the end month/day, as the start). */
    private static final Pattern SLASHED_YEAR_FIRST = Pattern.compile(
        "(?<![0-9/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(\\s*[-–—~～至到]\\s*)(\\d{1,2})/(\\d{1,2})(?![0-9/])");
    /** An ISO date to a month and day without the year: 2025-06-20～07-10, 2025-06-20 to 07-10. */
    private static final Pattern ISO_YEAR_FIRST = Pattern.compile(
        "(?i)(?<![0-9-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(\\s*[–—~～至到]\\s*|\\s+(?:-|to|until)\\s+)(\\d{1,2})-(\\d{1,2})(?![0-9-])");
    /** A dotted day with a two-digit year, day first as dotted dates are: 31.3.26, 01.04.25. */
    private static final Pattern DOTTED_SHORT_YEAR = Pattern.compile("(?<![0-9.])(\\d{1,2})\\.(\\d{1,2})\\.([2-4]\\d)(?![0-9.])");

    private static String dottedAndSlashed(String s) {
        if (s.indexOf('.') >= 0 || s.indexOf('．') >= 0) {
            s = DOTTED_MONTHS.matcher(s).replaceAll(m -> {
                int first = Integer.parseInt(m.group(2));
                int last = Integer.parseInt(m.group(3));
                return first >= 1 && last > first && last <= 12 ? m.group(1) + "年" + first + "月至" + last + "月" : m.group();
            });
            s = DOTTED_MONTH_PART.matcher(s).replaceAll("$1年$2月");
            if (!PeriodText.isHan(s)) {
                s = DOTTED_SHORT_YEAR.matcher(s).replaceAll(m -> Integer.parseInt(m.group(1)) <= 31 && Integer.parseInt(m.group(2)) <= 12
                    ? m.group(1) + "." + m.group(2) + ".20" + m.group(3) : m.group());
            }
        }
        if (s.indexOf('/') >= 0) s = SLASHED_YEAR_FIRST.matcher(s).replaceAll("$1/$2/$3$4$1/$5/$6");
        if (s.indexOf('-') >= 0) s = ISO_YEAR_FIRST.matcher(s).replaceAll("$1-$2-$3$4$1-$5-$6");
        return s;
    }

    // ---- Chinese ------------------------------------------------------------------------------------------------

    /** Two quarters one after the other, their numerals run together: 三四季度, 第一二季度, 2025年二三季度. */
    private static final Pattern QUARTERS_TOGETHER = Pattern.compile("(第)?([一二三])([二三四])(?=季度)");
    /** Two months with a year before them, the first without 月: 2025年7、8月, 2025年11、12月份. */
    private static final Pattern MONTHS_TOGETHER = Pattern.compile("(?<=年)(\\d{1,2})[、,，和及](\\d{1,2})(?=月)");
    /** The start or the end of a half year: 上半年底 (the end of June), 下半年初 (the start of July). */
    private static final Pattern HALF_YEAR_PART = Pattern.compile("([上下])半年(?:度)?(底|末|初)");
    /** 入汛 (the flood season coming), 汛期结束, 出汛 (its end) before 前 or 后. */
    private static final Pattern FLOOD_WORDS = Pattern.compile("入汛(?=前|之前|以前)|(?:汛期结束|汛期过|出汛|退汛)(?=后|之后|以后)");
    /** 放暑假前, 放寒假后: before and after the holidays. */
    private static final Pattern HOLIDAYS_BEGIN = Pattern.compile("放([暑寒])假");
    /** Festival pairs: 两节 (元旦 and 春节), 双节 (中秋 and 国庆). */
    private static final Pattern FESTIVAL_PAIR = Pattern.compile("[“\"]?(两节|双节)[”\"]?(前|之前|以前|后|之后|以后)?");

    /** A start that goes on, written as a range to the words for it: 2025年4月—长期, 4月至今后 (2025年4月起长期). */
    private static final Pattern ZH_ONGOING_END = Pattern.compile("^(.+?)\\s*[-–—~～至到]\\s*(长期|今后|常态化|持续)$");

    /** 年终 (the year's end) as a time, not 年终总结 or 年终考核 as work: 年终, 年终前. */
    private static final Pattern YEAR_END = Pattern.compile("年终(?=$|前|之前|以前|时)");
    /** The peaks of the power grid: 迎峰度夏 about June to September, 迎峰度冬 about December to February. */
    private static final Pattern POWER_PEAK = Pattern.compile("迎峰度([夏冬])(?:期间|时期|期)?");

    private static String chineseVariants(String s) {
        if (!PeriodText.isHan(s)) return s;
        if (s.contains("年终")) s = YEAR_END.matcher(s).replaceAll("年底");
        if (s.contains("岁末年初")) s = s.replace("岁末年初", "约12月至次年1月"); // this year's end and the next one's start
        if (s.contains("迎峰")) s = POWER_PEAK.matcher(s).replaceAll(m -> m.group(1).equals("夏") ? "约6月至9月" : "约12月至次年2月");
        Matcher ongoing = ZH_ONGOING_END.matcher(s);
        if (ongoing.matches()) s = ongoing.group(1) + "起" + ongoing.group(2);
        if (s.contains("季度")) {
            s = QUARTERS_TOGETHER.matcher(s).replaceAll(m -> follows(m.group(2), m.group(3))
                ? (m.group(1) == null ? "" : "第") + m.group(2) + "季度至" + m.group(3) : m.group());
        }
        s = MONTHS_TOGETHER.matcher(s).replaceAll("$1月、$2");
        s = HALF_YEAR_PART.matcher(s).replaceAll(m -> m.group(1).equals("上")
            ? (m.group(2).equals("初") ? "1月初" : "6月底") : (m.group(2).equals("初") ? "7月初" : "12月底"));
        s = FLOOD_WORDS.matcher(s).replaceAll("汛期"); // 入汛前: 汛期前; 汛期结束后: 汛期后
        s = HOLIDAYS_BEGIN.matcher(s).replaceAll("$1假");
        return FESTIVAL_PAIR.matcher(s).replaceAll(m -> { // before the pair: before the first; after it: after the second
            String[] pair = m.group(1).equals("两节") ? new String[] {"元旦", "春节"} : new String[] {"中秋", "国庆"};
            if (m.group(2) == null) return pair[0] + "、" + pair[1];
            return m.group(2).contains("前") ? pair[0] + "前" : pair[1] + "后";
        });
    }

    /** Whether the second of two quarters' numerals is the one after the first: 三 and 四, not 二 and 四. */
    private static boolean follows(String first, String second) {
        String order = "一二三四";
        return order.indexOf(second) == order.indexOf(first) + 1;
    }

    // ---- English ------------------------------------------------------------------------------------------------

    /** "Quarter 3", "Qtr 3": Q3 (before the financial years are read: Quarter 3 2025/26). */
    private static final Pattern QUARTER_WORD = Pattern.compile("(?i)(?<![a-z])(?:quarter|qtr\\.?)\\s*([1-4])(?![0-9])");
    /** A financial year before its quarter: 2025/26 Q2, 2025-26 Q2 (Q2 2025/26). */
    private static final Pattern YEAR_BEFORE_QUARTER = Pattern.compile(
        "(?i)(?<![0-9])(20\\d{2}\\s*[/-]\\s*(?:20)?\\d{2})\\s+(q[1-4])(?![0-9])");
    /** A quarter of a financial year written with two short years: Q4 25/26 (Q4 2025/26). */
    private static final Pattern QUARTER_SHORT_YEARS = Pattern.compile("(?i)(?<![a-z])(q[1-4])\\s+(\\d{2})\\s*/\\s*(\\d{2})(?![0-9/])");
    /** SY 2025-26: the school year. */
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?i)(?<![a-z])sy\\s*(20\\d{2}\\s*[-/–]\\s*(?:20)?\\d{2})(?![0-9])");

    private static String englishQuarters(String s) {
        if (PeriodText.isHan(s)) return s;
        s = QUARTER_WORD.matcher(s).replaceAll("Q$1");
        s = YEAR_BEFORE_QUARTER.matcher(s).replaceAll("$2 $1");
        s = QUARTER_SHORT_YEARS.matcher(s).replaceAll(m -> Integer.parseInt(m.group(3)) == (Integer.parseInt(m.group(2)) + 1) % 100
            ? m.group(1) + " 20" + m.group(2) + "/" + m.group(3) : m.group());
        return SCHOOL_YEAR.matcher(s).replaceAll("the $1 school year");
    }

    /** "Autumn Term 1", "Spring Term 2": the half terms Autumn 1 and Spring 2. */
    private static final Pattern HALF_TERM_NAMED = Pattern.compile("(?i)(?<![a-z])(autumn|spring|summer)\\s+term\\s+([12])(?![0-9])");
    /** Two terms named together: "Spring and Summer terms" (from the first's start to the second's end). */
    private static final Pattern TERMS_TOGETHER = Pattern.compile(
        "(?i)(?<![a-z])(autumn|fall|spring|summer)\\s*(?:and|&|to|-|–|—)\\s*(autumn|fall|spring|summer)\\s+(term|semester)s(?![a-z])");
    private static String englishTerms(String s) {
        if (PeriodText.isHan(s)) return s;
        s = HALF_TERM_NAMED.matcher(s).replaceAll("$1 $2");
        return TERMS_TOGETHER.matcher(s).replaceAll("$1 $3 to $2 $3");
    }

    /** "April 2025 – ongoing", "2025 to ongoing": a start that goes on, as "ongoing from April 2025". */
    private static final Pattern ONGOING_END = Pattern.compile(
        "(?i)^(?:from\\s+)?(.+?)\\s*(?:-|–|—|~|to|until|through)\\s*(?:ongoing|on-going|continuing|open-ended|no end date)$");
    /** "inclusive" after a range: "April to June inclusive" (both ends are always whole). */
    private static final Pattern INCLUSIVE = Pattern.compile("(?i)\\s*,?\\s+(?:both\\s+)?inclusive$");
    /** "Starts September 2025", "Commences 1 April", "Begins in May": from. */
    private static final Pattern STARTS = Pattern.compile("(?i)^(?:starts|commences|begins)\\s+(?:on\\s+|in\\s+|from\\s+)?(?=\\S)");
    /** "Over the next 12 months", "in the next 3 months": within them, from the day of issue. */
    private static final Pattern NEXT_MONTHS = Pattern.compile("(?i)^(?:over|in|during)\\s+the\\s+next\\s+(?=\\S)");
    /** EOY (the end of the year), YE 2025 (year-end 2025), FYE 2026 (the end of FY2026). */
    private static final Pattern YEAR_END_SHORT = Pattern.compile("(?i)(?<![a-z])(?:(eoy)(?:\\s*(\\d{4}))?|ye\\s*(\\d{4})|fye\\s*(\\d{4}|\\d{2}))(?![a-z0-9])");
    /** "By:", "Before:", "Until:": a deadline written as a label. */
    private static final Pattern DEADLINE_LABEL = Pattern.compile("(?i)^(by|before|until|no later than)\\s*:\\s*(?=\\S)");
    /** "WC 7 July", "W.C. 7 July": the week commencing. */
    private static final Pattern WEEK_COMMENCING = Pattern.compile("(?i)^w\\.?c\\.?\\s+(?=\\d)");

    /** A spreadsheet's day without its year: 13-Jun, 1-Mar (not 13-Jun-25, read with its year). */
    private static final Pattern DAY_DASH_MONTH = Pattern.compile(
        "(?i)(?<![0-9a-z-])(\\d{1,2})-((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)(?![a-z]|-\\d)");
    /** Two days with a comma before their month: 13, 14 June (13 and 14 June). */
    private static final Pattern TWO_DAYS = Pattern.compile("(?i)^(\\d{1,2}(?:st|nd|rd|th)?),\\s*(\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z])");
    /** Two months joined by a slash with a two-digit year: Jun/Jul 25 (June/July 2025, not July 25). */
    private static final Pattern SLASHED_MONTHS_YEAR = Pattern.compile(
        "(?i)^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*/\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)\\s+([2-4]\\d)$");
    /** A season with a two-digit year: Summer 25. */
    private static final Pattern SEASON_SHORT_YEAR = Pattern.compile("(?i)^(spring|summer|autumn|fall|winter)\\s+([2-4]\\d)$");
    /** A range of quarters before a financial year: Q3–Q4 2025/26 (Q3 2025/26 to Q4 2025/26). */
    private static final Pattern QUARTERS_OF_FY = Pattern.compile(
        "(?i)(?<![a-z])(q[1-4])\\s*(?:-|–|—|to)\\s*(q[1-4])\\s+(20\\d{2}\\s*/\\s*(?:20)?\\d{2})(?![0-9])");
    /** The whole year said another way: whole year, full year, the entire year (of 2025). */
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?i)^(?:the\\s+)?(?:whole|full|entire)\\s+(?:of\\s+)?(?:the\\s+)?(year|\\d{4})$");
    /** "Year 2025": the year (not Year 1, counted from the start of the work). */
    private static final Pattern YEAR_WORD = Pattern.compile("(?i)^(?:the\\s+)?(?:calendar\\s+)?year\\s+(\\d{4})$");
    /** The end of the calendar year: the end of the year. */
    private static final Pattern END_OF_CALENDAR_YEAR = Pattern.compile("(?i)(?<![a-z])(end|close)\\s+of\\s+(?:the\\s+)?calendar\\s+year(?![a-z]|\\s+\\d)");
    /** A season's year between it and its term: Fall 2025 semester (the fall semester 2025). */
    private static final Pattern SEASON_YEAR_TERM = Pattern.compile("(?i)(?<![a-z])(autumn|fall|spring|summer)\\s+(\\d{4})\\s+(term|semester)(?![a-z])");

    private static String englishEnds(String s) {
        if (PeriodText.isHan(s)) return s;
        s = DAY_DASH_MONTH.matcher(s).replaceAll("$1 $2");
        s = TWO_DAYS.matcher(s).replaceFirst("$1 and $2");
        s = SLASHED_MONTHS_YEAR.matcher(s).replaceFirst("$1 20$2");
        s = SEASON_SHORT_YEAR.matcher(s).replaceFirst("$1 20$2");
        s = QUARTERS_OF_FY.matcher(s).replaceAll("$1 $3 to $2 $3");
        s = WHOLE_YEAR.matcher(s).replaceFirst(m -> m.group(1).equalsIgnoreCase("year") ? "the whole year" : m.group(1));
        s = YEAR_WORD.matcher(s).replaceFirst("$1");
        s = END_OF_CALENDAR_YEAR.matcher(s).replaceAll("$1 of the year");
        s = SEASON_YEAR_TERM.matcher(s).replaceAll("$1 $3 $2");
        Matcher ongoing = ONGOING_END.matcher(s);
        if (ongoing.matches()) s = "from " + ongoing.group(1) + " ongoing";
        s = DEADLINE_LABEL.matcher(s).replaceFirst("$1 ");
        s = INCLUSIVE.matcher(s).replaceFirst("");
        s = STARTS.matcher(s).replaceFirst("from ");
        s = NEXT_MONTHS.matcher(s).replaceFirst("within ");
        s = YEAR_END_SHORT.matcher(s).replaceAll(m -> m.group(1) != null && m.group(2) == null ? "the end of the year"
            : m.group(1) != null ? "year-end " + m.group(2) : m.group(3) != null ? "year-end " + m.group(3) : "the end of fy" + m.group(4));
        return WEEK_COMMENCING.matcher(s).replaceFirst("w/c ");
    }

    /** The Christmas holidays of schools and offices: about December 20 to January 4. */
    private static final Pattern CHRISTMAS_HOLIDAYS = Pattern.compile(
        "(?i)(?<![a-z])(?:(before|by|ahead of|until|after)\\s+)?(?:the\\s+)?(?:christmas|xmas)(?:\\s+and\\s+new\\s+year)?\\s+(?:holidays?|break|vacation|recess|closure|shutdown)(?![a-z])");
    /** Labor Day (not International Labor Day): the first Monday of September in the United States and Canada. */
    private static final Pattern LABOR_DAY = Pattern.compile("(?i)(?<!international\\s)(?<![a-z])labou?r\\s+day(?![a-z])");

    private static String holidays(String s, DateConventions conventions) {
        if (PeriodText.isHan(s)) return s;
        s = CHRISTMAS_HOLIDAYS.matcher(s).replaceAll(m -> m.group(1) == null ? "about december 20 to january 4 next year"
            : m.group(1).equals("after") ? "after january 4 next year" : "by december 19"); // before them: by the day before
        String region = conventions.region();
        if ("US".equals(region) || "CA".equals(region)) s = LABOR_DAY.matcher(s).replaceAll("the first monday of september");
        return s;
    }

    private static final String MONTH_NAME = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

    /**
     * A term or holiday rewritten as its span, after a word that makes it one end: "before about may 24 to may 31" (before
     * the May half term) is by the day before it starts, "after about may 24 to may 31" after its last day.
     */
    private static final Pattern EDGE_OF_SPAN = Pattern.compile(
        "(?<![a-z])(before|by|ahead of|prior to|until|till|after|following)\\s+about\\s+(" + MONTH_NAME + " \\d{1,2}(?:, \\d{4})?)\\s+to\\s+("
            + MONTH_NAME + " \\d{1,2}(?:, \\d{4})?(?: next year)?)");

    /** The spans of terms and holidays as rewritten ({@link SchoolTerms}) with the end a word before them means. */
    static String edgesOfSpans(String s) {
        if (!s.contains("about")) return s;
        return EDGE_OF_SPAN.matcher(s).replaceAll(m -> m.group(1).equals("after") || m.group(1).equals("following")
            ? "after about " + m.group(3) : "by about " + dayBefore(m.group(2)));
    }

    /** The day before "may 24" or "may 24, 2026", written the same way. */
    private static String dayBefore(String day) {
        String[] parts = day.split("[ ,]+");
        int month = monthIndex(parts[0]) + 1;
        int year = parts.length > 2 ? Integer.parseInt(parts[2]) : 2001; // a year that is no leap year when none is given
        java.time.LocalDate d = java.time.LocalDate.of(year, month, Integer.parseInt(parts[1])).minusDays(1);
        return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT)
            + " " + d.getDayOfMonth() + (parts.length > 2 ? ", " + d.getYear() : "");
    }

    private static final String MONTH = "((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)";
    /**
     * Two months, each with a two-digit year, that read as days would run into the next year: "Apr 25 – Mar 26" is
     * April 2025 to March 2026, as financial plans write it (not April 25 to March 26).
     */
    private static final Pattern MONTH_YEAR_PAIR = Pattern.compile(
        "(?i)^" + MONTH + "\\s+([2-4]\\d)\\s*(?:-|–|—|to)\\s*" + MONTH + "\\s+([2-4]\\d)$");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private static String monthYearPairs(String s) {
        Matcher m = MONTH_YEAR_PAIR.matcher(s.strip());
        if (!m.matches()) return s;
        int first = monthIndex(m.group(1));
        int last = monthIndex(m.group(3));
        int firstYear = Integer.parseInt(m.group(2));
        if (last >= first || Integer.parseInt(m.group(4)) != firstYear + 1) return s; // as days it stays in its year: days
        return m.group(1) + " 20" + m.group(2) + " to " + m.group(3) + " 20" + m.group(4);
    }

    private static int monthIndex(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) / 3;
    }
}
