package org.planpress.period;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways of writing a period that say what another form says, rewritten (on the normalised text) to the form the
 * grammar reads: a time within which work is done from the day of issue (一个月内: 即日起为期一个月), two seasons
 * (冬春季: 12月至次年5月), the first quarters of a year (前三季度: 一季度至三季度), parts of a season (初夏: 约6月), school
 * years and terms (2024-2025学年, 2024年秋季学期, the autumn term, 开学初), the flood season written short (汛前), and
 * words that say a period runs on to its end (持续至12月底: 至12月底). Also dates as spreadsheets write them (30-Jun-25,
 * Jun-25, 20250630), a label before the period (完成时限：, Deadline:), deadline words (最迟, at the latest, finish by),
 * the present as an end (至今, to date), five-year plans (十四五), exams and farm seasons (高考, 三夏), and English quarters
 * and years said another way (late Q3, Quarter 2, CY2025, year-end 2025). The rewrite never shows: messages quote the
 * text as written.
 */
final class PeriodForms {

    private PeriodForms() {
    }

    /** The normalised period with every form above rewritten. */
    static String rewrite(String s) {
        s = numericDates(s);
        s = withoutLabel(s);
        s = deadlineWords(s);
        s = s.replace("汛前", "汛期前").replace("汛后", "汛期后"); // before and after the flood season
        s = campaignMonths(s);
        s = chineseYears(s);
        s = englishForms(s);
        s = s.replace("寒暑假", "寒假、暑假");
        s = commonForms(s);
        s = schoolTerms(s);
        return FIRST_DAYS_OF_TERM.matcher(s).replaceAll(m -> "约" + m.group(1) + "起为期" + (m.group(2).equals("初") ? "10天"
            : m.group(2).endsWith("周") ? "一周" : "一个月")); // 开学初: about the first ten days of term
    }

    /**
     * The national campaign months plans are named after, as their months: 安全生产月 June (the Work Safety Month the
     * State Council's Work Safety Committee holds every June), 学雷锋活动月 March, 消防宣传月 November (the month of
     * 119, November 9).
     */
    private static final Pattern CAMPAIGN_MONTH = Pattern.compile(
            "(?:全国)?(\\d{4}年)?(?:全国)?(安全生产月|安全月|学雷锋(?:活动|纪念)?月|(?:119)?消防(?:安全)?宣传月)(?:活动)?(?:期间)?");

    private static String campaignMonths(String s) {
        if (s.indexOf('月') < 0) return s;
        return CAMPAIGN_MONTH.matcher(s).replaceAll(m -> afterMonth(s, m.start()) ? m.group() // 6月安全生产月: the month, the name a note
            : (m.group(1) == null ? "" : m.group(1)) + (m.group(2).startsWith("安全") ? "6月" : m.group(2).startsWith("学雷锋") ? "3月" : "11月"));
    }

    /** Whether a month is written just before {@code at}: 6月安全生产月, 6月份全国安全生产月. */
    private static boolean afterMonth(String s, int at) {
        String before = s.substring(0, at).strip();
        return before.endsWith("月") || before.endsWith("月份");
    }

    /**
     * A label before the period, as a table cell or a stage line writes it: 时间：, 完成时限：, Date:, Deadline. A label
     * that names a deadline (完成时限, 截止时间, deadline, due, target date, complete by) makes a single date or month the
     * end of a deadline (完成时限：6月30日 is 6月30日前, Due 30 June is "by 30 June"); before a range it is dropped.
     */
    private static final Pattern ZH_LABEL = Pattern.compile(
        "^(?:(?:计划|实施|工作|活动|具体|起止|开展)?(时间|日期|时段|时间安排|时间节点)|((?:完成|截止|办结|整改|上报|报送)(?:时限|时间|日期|期限)|时限|期限))\\s*[:：]\\s*(?=\\S)");
    private static final Pattern EN_LABEL = Pattern.compile(
        "^(?:(date|dates|time|timing|timescale|timescales|timeframe|time frame|period|when)\\s*:"
            + "|(deadline|due(?:\\s+date)?|target(?:\\s+date)?|completion(?:\\s+date)?)\\s*:?"
            + "|((?:to\\s+be\\s+)?complet(?:e|ed)\\s+by|due\\s+(?:by|on)))\\s+(?=\\S)");
    /** A range or an open start or end already written: the label then adds no deadline. */
    private static final Pattern HAS_SPAN = Pattern.compile("[至到~〜\\-–—起止前后]|以来|(?<![a-z])(?:to|until|till|through|from|by|before|after|and|or)(?![a-z])");

    /** The period without a {@link #ZH_LABEL} or {@link #EN_LABEL} label before it, a deadline when the label says so. */
    private static String withoutLabel(String s) {
        Matcher zh = ZH_LABEL.matcher(s);
        if (zh.find()) {
            String rest = s.substring(zh.end());
            return zh.group(2) != null && !hasSpan(rest) ? rest + "前" : rest;
        }
        Matcher en = EN_LABEL.matcher(s);
        if (en.find()) {
            String rest = s.substring(en.end());
            return en.group(1) == null && !hasSpan(rest) ? "by " + rest : rest;
        }
        return s;
    }

    /** 最迟, 不迟于 (at the latest, no later than) before a period: its end is a deadline, 最迟6月30日 as 6月30日前. */
    private static final Pattern ZH_LATEST = Pattern.compile("^(?:最迟|最晚|不迟于|不晚于)(?:于|在)?(?=\\S)");
    /** 预计 (expected) before a period says nothing more, as "expected" does. */
    private static final Pattern ZH_EXPECTED = Pattern.compile("^(?:预计|预期|预定)(?:于|在)?(?=\\S)");
    /** A season written before the season of work it holds: 夏季汛期 (the flood season), 冬季供暖期 (the heating season). */
    private static final Pattern SEASON_BEFORE_LABEL = Pattern.compile("[春夏秋冬]季(?=主?汛期|防汛期|供暖期|采暖期|供热期)");
    /** "ahead of", before; "beginning in", "starting in", "commencing in": from. */
    private static final Pattern AHEAD_OF = Pattern.compile("(?<![a-z])ahead\\s+of(?![a-z])");
    private static final Pattern BEGINNING_IN = Pattern.compile("^(?:beginning|starting|commencing)\\s+in\\s+");

    /**
     * The present as the end of a period that looks back (2025年3月至今, 截至目前, March 2025 to date, June 2025 – present):
     * the day of issue, 即日, which the plan's {@code :plan-date:} gives (without it an error that says to write a date).
     */
    private static final Pattern ZH_UNTIL_NOW = Pattern.compile("(?<=[至到止])(?:今(?![年天日])|目前(?:为止)?|现在)");
    private static final Pattern EN_UNTIL_NOW = Pattern.compile(
        "(?:(?<=^to)|(?<=\\s(?:to|until|till|-|–|—)))\\s*(?:date|(?:the\\s+)?present(?:\\s+day)?)$");

    /** The deadline and start words above, as the grammar says them: 最迟6月30日 (6月30日前), ahead of (before), starting in (from). */
    private static String deadlineWords(String s) {
        if (s.indexOf('今') >= 0 || s.contains("目前") || s.contains("现在")) s = ZH_UNTIL_NOW.matcher(s).replaceAll("即日");
        if (s.endsWith("date") || s.endsWith("present") || s.endsWith("day")) s = EN_UNTIL_NOW.matcher(s).replaceAll(" the date of issue");
        Matcher latest = ZH_LATEST.matcher(s);
        if ((s.startsWith("最") || s.startsWith("不")) && latest.find()) {
            String rest = s.substring(latest.end());
            s = hasSpan(rest) ? rest : rest + "前";
        }
        if (s.startsWith("预")) s = ZH_EXPECTED.matcher(s).replaceFirst("");
        if (s.indexOf('季') >= 0) s = SEASON_BEFORE_LABEL.matcher(s).replaceAll("");
        if (s.contains("ahead")) s = AHEAD_OF.matcher(s).replaceAll("before");
        return s.contains(" in ") ? BEGINNING_IN.matcher(s).replaceFirst("from ") : s;
    }

    /** Whether a period already says where it starts or ends ({@link #HAS_SPAN}); the dashes of ISO dates are no range. */
    private static boolean hasSpan(String s) {
        return HAS_SPAN.matcher(ISO_DATE.matcher(s).replaceAll("D")).find();
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}(?:-\\d{1,2})?");

    /** Whether the text is a label alone ({@code 完成时限：}, {@code Deadline:}): the period after it was split off. */
    static boolean isLabelOnly(String s) {
        String t = s.strip().replaceAll("[:：]$", "") + ": x";
        Matcher zh = ZH_LABEL.matcher(t);
        Matcher en = EN_LABEL.matcher(t);
        return zh.find() && zh.end() == t.length() - 1 || en.find() && en.end() == t.length() - 1;
    }

    /** A year written twice before its part, 2025年年底, 2025年年初 (2025年底). */
    private static final Pattern YEAR_TWICE = Pattern.compile("(\\d{4}年)年(?=[底初中末内])");
    /**
     * A five-year plan period of China from the eleventh (十一五 2006–2010, 十四五 2021–2025, 十五五 2026–2030: the sixth ran
     * 1981–1985 and each since five years on), its end (十四五末: the end of its last year) or the whole period; 六五 is
     * World Environment Day (June 5), not the sixth plan.
     */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
        "(?<![0-9一二三四五六七八九十])(十[一二三四五六七八九])五(?![0-9一二三四五六七八九十日号月])(?:规划)?(?:期间|时期|期)?(末|初)?");
    /** 年前, 年后 alone: before and after the Spring Festival, as offices say it. */
    private static final Pattern AROUND_NEW_YEAR = Pattern.compile("^(?:过)?年(前|后|之前|之后|以前|以后)$");

    private static String chineseYears(String s) {
        if (s.indexOf('年') >= 0) s = YEAR_TWICE.matcher(s).replaceAll("$1");
        if (AROUND_NEW_YEAR.matcher(s).matches()) return "春节" + s.substring(s.indexOf('年') + 1);
        if (s.indexOf('五') < 0) return s;
        return FIVE_YEAR_PLAN.matcher(s).replaceAll(m -> {
            String n = m.group(1);
            int ordinal = 10 + "〇一二三四五六七八九".indexOf(n.charAt(1));
            int first = 1981 + 5 * (ordinal - 6);
            if (m.group(2) == null) return first + "年至" + (first + 4) + "年";
            return m.group(2).equals("末") ? (first + 4) + "年底" : first + "年初";
        });
    }

    private static final String MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** A spreadsheet's day: 30-Jun-2025, 1-Mar-25. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "(?<![0-9a-z])(\\d{1,2})-(" + MONTH_WORD + ")-(\\d{4}|\\d{2})(?![0-9])");
    /**
     * A spreadsheet's month: Jun-25, Mar-2025, June-2025 (not the start of a range of days, May-25 May). A two-digit year
     * follows a month's short name only (Jun-25, as spreadsheets print it) and is 20 to 49 (June-15 stays a day to ask about).
     */
    private static final Pattern MONTH_YEAR = Pattern.compile(
        "(?<![0-9][\\s-]{0,2})(?<![a-z])(?:(" + MONTH_WORD + ")-(\\d{4})|((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)-([2-4]\\d))"
            + "(?![0-9])(?!\\s*(?:st|nd|rd|th)(?![a-z]))(?!\\s*" + MONTH_WORD + ")");
    /** A date of numbers with dashes, day or month first: 30-06-2025 (read as 30/06/2025, in the plan's order). */
    private static final Pattern DASHED_DATE = Pattern.compile("(?<![0-9-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![0-9-])");
    /** A date of eight figures, year, month and day: 20250630. */
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<![0-9])(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");

    /**
     * Dates as spreadsheets and forms write them, as the grammar reads them: 30-Jun-25 (30 jun 2025), Jun-25 (jun 2025),
     * 30-06-2025 (30/06/2025, day or month first as the plan's slashed dates), 20250630 (2025-06-30). A two-digit year is
     * of this century.
     */
    private static String numericDates(String s) {
        if (s.indexOf('-') >= 0) {
            s = DAY_MONTH_YEAR.matcher(s).replaceAll(m -> m.group(1) + " " + m.group(2) + " " + fullYear(m.group(3)));
            s = MONTH_YEAR.matcher(s).replaceAll(m -> m.group(1) != null ? m.group(1) + " " + m.group(2) : m.group(3) + " 20" + m.group(4));
            s = DASHED_DATE.matcher(s).replaceAll("$1/$2/$3");
        }
        return s.length() < 8 ? s : COMPACT_DATE.matcher(s).replaceAll("$1-$2-$3");
    }

    private static String fullYear(String y) {
        return y.length() == 2 ? "20" + y : y;
    }

    /** "Week 3 of May", "week 2 in June": the ordinal week of the month. */
    private static final Pattern WEEK_N_OF = Pattern.compile("(?<![a-z])week\\s+([1-5])\\s+(?:of|in)\\s+");
    /** Two parts of a month joined by a slash: early/mid May, mid/late June. */
    private static final Pattern PARTS_SLASHED = Pattern.compile("(?<![a-z])(early|mid|late)\\s*/\\s*(early|mid|late)(?![a-z])");
    /** An end without a start: "to 30 June", "till June", as "until". */
    private static final Pattern LEADING_TO = Pattern.compile("^(?:to|till|til)\\s+(?=\\S)");

    /** "In the new year", "early in the new year": the coming January, about (not New Year's Day). */
    private static final Pattern IN_THE_NEW_YEAR = Pattern.compile("^(?:early\\s+)?in\\s+the\\s+new\\s+year$");

    /** English forms said another way: Week 3 of May (the third week of May), early/mid May, to 30 June (until). */
    /** "calendar year 2025": the year. */
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?<![a-z])(?:the\\s+)?calendar\\s+year\\s+(?=\\d{4})");
    /** "1H 2025", "2H 2025": the halves of the year, as H1 and H2. */
    private static final Pattern HALF_FIRST = Pattern.compile("(?<![a-z0-9])([12])h(?=\\s+\\d{4}|$)");
    /** "winter 2025/26", "winter 2025-2026": the winter that starts in the first year. */
    private static final Pattern WINTER_YEARS = Pattern.compile("(?<![a-z])winter\\s+(\\d{4})\\s*[-/–—]\\s*(?:\\d{4}|\\d{2})(?![0-9])");

    private static final String[][] QUARTER_MONTHS = {{"january", "february", "march"}, {"april", "may", "june"},
        {"july", "august", "september"}, {"october", "november", "december"}};

    /** "pre-Christmas", "post-Easter": before and after. */
    private static final Pattern PRE_POST = Pattern.compile("(?<![a-z])(pre|post)-(?=[a-z])");
    /** "CY2025", "CY 2025", "CY25": the calendar year. */
    private static final Pattern CY = Pattern.compile("(?<![a-z])cy\\s*(\\d{4}|\\d{2})(?![0-9])");
    /** "year-end 2025": the end of that year. */
    private static final Pattern YEAR_END_OF = Pattern.compile("(?<![a-z])(?:the\\s+)?year[- ]end\\s+(\\d{4})(?![0-9])");

    /** "Quarter 2", "Qtr 1", "qtr. 3": the quarter, as Q2. */
    private static final Pattern QUARTER_WORD = Pattern.compile("(?<![a-z])(?:quarter|qtr\\.?)\\s*([1-4])(?![0-9])");
    /** A quarter or a half with its year, as financial reports write them: 1Q25, Q1/25, Q1/2025, 2H25 (Q1 2025, H2 2025). */
    private static final Pattern SHORT_PART_YEAR = Pattern.compile(
        "(?<![a-z0-9])(?:([1-4])q|q([1-4])\\s*/\\s*|([12])h)(20\\d{2}|[2-4]\\d)(?![0-9/])");

    /**
     * Early, mid and late in a quarter ("early Q2", "mid-Q2", "late Q3 2025"): its first, second or third month, about,
     * as "early 2026" is the first third of the year.
     */
    private static final Pattern QUARTER_THIRD = Pattern.compile("(?<![a-z])(early|mid|late)[- ]?(?:in\\s+)?q([1-4])(?![0-9])");
    /** Early, mid and late in the year, the year not written: the thirds of the plan's year, about. */
    private static final Pattern IN_THE_YEAR = Pattern.compile("^(early|mid|late|later)\\s+in\\s+the\\s+year$");
    /** "towards the end of March": about the end of March. */
    private static final Pattern TOWARDS = Pattern.compile("(?<![a-z])towards?\\s+(?=(?:the\\s+)?(?:end|middle|beginning|start)\\s+of)");
    /** "30 June at the latest", "June latest": a deadline. */
    private static final Pattern AT_THE_LATEST = Pattern.compile("^(.+?)\\s*,?\\s*(?:at\\s+the\\s+latest|latest)$");
    /** "finish by", "ends", "ending", "end by": the end of a deadline; "through to", "right through to": until. */
    private static final Pattern FINISH_BY = Pattern.compile(
        "^(?:(?:finish(?:ed)?|ends|ending|conclude[sd]?)(?:\\s+(?:by|on))?|end\\s+(?:by|on))\\s+(?=\\S)");
    private static final Pattern THROUGH_TO = Pattern.compile("^(?:right\\s+)?through\\s+to\\s+|(?<![a-z])up\\s+to\\s+and\\s+including\\s+");
    /** "in time for Christmas": before it. */
    private static final Pattern IN_TIME_FOR = Pattern.compile("(?<![a-z])in\\s+time\\s+for\\s+");
    /** "fortnight commencing 3 March", "two weeks from 3 March": the start and how long. */
    private static final Pattern SPAN_FROM = Pattern.compile(
        "^(?:the\\s+)?(fortnight|(?:[a-z]+|\\d+)\\s+(?:days|weeks|months))\\s+(?:commencing|beginning|starting|from)\\s+(?:on\\s+)?(.+)$");
    /** A range of two English terms: "autumn term 2025 – summer term 2026", from the first's start to the second's end. */
    private static final Pattern TERM_RANGE = Pattern.compile("^(.+?(?:term|semester)(?:\\s+\\d{4})?)\\s*(?:-|–|—|to|until)\\s*(.+?(?:term|semester)(?:\\s+\\d{4})?)$");

    private static String englishForms(String s) {
        if (s.endsWith("new year") && IN_THE_NEW_YEAR.matcher(s).matches()) return "about january next year";
        Matcher inYear = IN_THE_YEAR.matcher(s);
        if (s.endsWith("the year") && inYear.matches()) return switch (inYear.group(1)) {
            case "early" -> "about january to april";
            case "mid" -> "about may to august";
            default -> "about september to december";
        };
        if (s.contains("q") || s.contains("h")) s = SHORT_PART_YEAR.matcher(s).replaceAll(m -> (m.group(3) != null ? "h" + m.group(3)
            : "q" + (m.group(1) != null ? m.group(1) : m.group(2))) + " " + fullYear(m.group(4)));
        if (s.contains("q")) {
            s = QUARTER_WORD.matcher(s).replaceAll("q$1");
            s = QUARTER_THIRD.matcher(s).replaceAll(m -> "about " + QUARTER_MONTHS[Integer.parseInt(m.group(2)) - 1]
                [m.group(1).equals("early") ? 0 : m.group(1).equals("mid") ? 1 : 2]);
        }
        if (s.contains("toward")) s = TOWARDS.matcher(s).replaceAll("about ");
        Matcher latest = AT_THE_LATEST.matcher(s);
        if (s.endsWith("latest") && latest.matches() && !latest.group(1).startsWith("by ")) s = "by " + latest.group(1);
        if (s.startsWith("fin") || s.startsWith("end") || s.startsWith("conc")) s = FINISH_BY.matcher(s).replaceFirst("by ");
        if (s.contains("through") || s.contains("including")) s = THROUGH_TO.matcher(s).replaceAll("until ");
        if (s.contains("in time")) s = IN_TIME_FOR.matcher(s).replaceAll("before ");
        Matcher from = SPAN_FROM.matcher(s);
        if ((s.contains("fortnight") || s.contains("days") || s.contains("weeks") || s.contains("months")) && from.matches()) s = "from " + from.group(2) + " for " + (from.group(1).equals("fortnight") ? "a fortnight" : from.group(1));
        if (s.equals("immediate") || s.equals("immediate start")) return "immediately";
        if (s.indexOf('-') >= 0) s = PRE_POST.matcher(s).replaceAll(m -> m.group(1).equals("pre") ? "before " : "after ");
        if (s.contains("cy")) s = CY.matcher(s).replaceAll(m -> fullYear(m.group(1)));
        if (s.contains("year")) s = YEAR_END_OF.matcher(s).replaceAll("the end of $1");
        if (s.contains("calendar")) s = CALENDAR_YEAR.matcher(s).replaceAll("");
        if (s.indexOf('h') >= 0) s = HALF_FIRST.matcher(s).replaceAll("h$1");
        if (s.contains("winter")) s = WINTER_YEARS.matcher(s).replaceAll("winter $1");
        s = WEEK_N_OF.matcher(s).replaceAll(m -> "the " + List.of("first", "second", "third", "fourth", "fifth")
            .get(Integer.parseInt(m.group(1)) - 1) + " week of ");
        s = PARTS_SLASHED.matcher(s).replaceAll("$1 to $2");
        return LEADING_TO.matcher(s).replaceAll("until ");
    }

    /** Within a time from the day of issue: 一个月内, 30日内, 即日起两周内, within two weeks (of issue). */
    private static final Pattern ZH_WITHIN = Pattern.compile(
        "^(?:自|从)?(?:即日起)?([0-9一二两三四五六七八九十百半]+)(个)?(天|日|周|星期|个星期|个月)(?:之)?内(?:完成|开展|实施|进行)?$");
    private static final Pattern EN_WITHIN = Pattern.compile(
        "^within\\s+(?:the\\s+next\\s+)?((?:[a-z0-9]+\\s+)?(?:days?|weeks?|months?|fortnights?))"
            + "(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:(?:date|day)\\s+of\\s+)?(?:issue|issuance|publication|this\\s+(?:notice|plan)"
            + "|the\\s+(?:notice|plan)(?:\\s+being\\s+issued)?))?$");

    /** A time after the day of issue: 30 days after issue, 印发后30日内. */
    private static final Pattern EN_AFTER_ISSUE = Pattern.compile(
        "^((?:[a-z0-9]+\\s+)?(?:days?|weeks?|months?))\\s+(?:after|from|of)\\s+(?:the\\s+)?(?:(?:date|day)\\s+of\\s+)?(?:issue|issuance|publication)$");
    private static final Pattern ZH_AFTER_ISSUE = Pattern.compile("^(?:本|此|该)?(?:通知|方案|文件)?(?:印发|下发|发布|发文)后");

    /**
     * Parts of a season as the month they mean, about: early summer, 初夏 (June), 盛夏 (July), late autumn, 深秋 (November);
     * "mid-autumn" is the Mid-Autumn Festival.
     */
    private static final Pattern EN_SEASON_PART = Pattern.compile(
        "(?<![a-z])(?!mid[- ]?autumn)(early|mid|late)[- ]?(spring|summer|autumn|fall|winter)(?![a-z])"); // mid-autumn: the festival
    private static final Pattern ZH_SEASON_PART = Pattern.compile("初春|早春|仲春|暮春|春末|晚春|初夏|盛夏|仲夏|夏末|晚夏|初秋|仲秋|深秋|秋末|晚秋|初冬|隆冬|冬末|严冬");

    /** Weeks of a month listed or ranged by their numbers: 6月第一、二周, 6月第1—2周 (the first two weeks). */
    private static final Pattern WEEK_NUMBERS = Pattern.compile("第([一二三四五]|[1-5])(?:个)?(?:周|星期)?\\s*[、,，\\-–—~至到]\\s*第?([一二三四五]|[1-5])(个)?(周|星期)");

    /** The rest of the year from the day of issue: the rest of the year, for the remainder of 2025. */
    private static final Pattern REST_OF_YEAR = Pattern.compile("(?:for\\s+)?(?:the\\s+)?(?:rest|remainder)\\s+of\\s+(?:the\\s+year|this\\s+year|(\\d{4}))");
    /** "the winter months": the season. */
    private static final Pattern SEASON_MONTHS = Pattern.compile("(spring|summer|autumn|fall|winter)\\s+months");

    /** end-Q3, "COB" / "close of business (on)" / "EOD" / "end of day" / "close of play", and a year before its quarter (2025 Q3). */
    private static final Pattern END_OF_QUARTER = Pattern.compile("(?<![a-z])end-(?=q[1-4])");
    private static final Pattern CLOSE_OF_BUSINESS = Pattern.compile("(?<![a-z])(?:the )?(?:close of business|close of play|end of (?:the )?(?:business )?day|c\\.?o\\.?b\\.?|e\\.?o\\.?[db]\\.?)(?: on)?(?![a-z])\\s*");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?<![0-9])(\\d{4})\\s+q([1-4])(?![0-9])");

    /** Two seasons as one: 冬春季 December to May, 秋冬季 September to February, 春夏季, 夏秋季. */
    private static final Pattern TWO_SEASONS = Pattern.compile("(?<![春夏秋冬])(春夏|夏秋|秋冬|冬春)季(?:节)?");

    /** Two quarters listed or ranged with one 季度: 第二、三季度, 2025年第一、二季度, 一至三季度 (with the year on each). */
    private static final Pattern QUARTER_LIST = Pattern.compile(
        "(\\d{4}年)?第?([一二三四五六七八九1-9])(?:季度)?\\s*([、,，和及与至到~-])\\s*第?([一二三四五六七八九1-9])季度");

    /** The first quarters or months of a year: 前三季度, 前两个季度, 前6个月, the first three quarters (of 2025). */
    private static final Pattern FIRST_QUARTERS = Pattern.compile("(?<=^|年)前([一二两三1-3])个?季度");
    private static final Pattern FIRST_MONTHS = Pattern.compile("(?<=^|年)前([1-9]|1[01]|[一二两三四五六七八九十]|十一)个月");
    private static final Pattern EN_FIRST_QUARTERS = Pattern.compile("(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters(?:\\s+of)?");

    /** The start of a term by its month: 9月开学 (the autumn term), 2月开学, 3月份开学 (the spring term). */
    private static final Pattern MONTH_OF_TERM = Pattern.compile("(?<![0-9])([2389]|二|三|八|九)月份?(?=开学)");

    /** A school or academic year in English: the 2025-26 school year, academic year 2025/2026. */
    private static final Pattern EN_SCHOOL_YEAR = Pattern.compile(
        "(?:the\\s+)?(?:(?:school|academic)\\s+year\\s+(\\d{4})\\s*[-/–—]\\s*(\\d{4}|\\d{2})"
            + "|(\\d{4})\\s*[-/–—]\\s*(\\d{2}|\\d{4})\\s+(?:school|academic)\\s+year)");

    /** Words before a date that say it runs on to it: 持续至, 一直到, running until, lasting until. */
    private static final Pattern RUNS_ON = Pattern.compile("(?:持续|一直|延续|延伸)(?=[至到])|(?<![a-z])(?:running|lasting|runs|lasts)\\s+(?=until|till|to|through)");

    /**
     * Common ways of writing a period that say what another form says, rewritten to that form: a time within which
     * work is done from the day of issue (一个月内: 即日起为期一个月), two seasons (冬春季: 12月至次年5月), the first
     * quarters of a year (前三季度: 一季度至三季度), the month a term starts (9月开学: 秋季开学), an English school year,
     * "the weekend of", and words that say a period runs on to its end (持续至12月底: 至12月底).
     */
    /** The National People's Congress and the CPPCC in session (两会): about March 3–15; before them, after them. */
    private static final Pattern TWO_SESSIONS = Pattern.compile("(?:全国)?两会(?:召开)?(期间|前|后|之前|之后|以前|以后)?");
    /** The military training of new students (军训): about the first two weeks of the autumn term. */
    private static final Pattern MILITARY_TRAINING = Pattern.compile("^(?:新生)?军训(?:期间)?$");
    /** A time within which new students are enrolled (新生入学后两周内): from the autumn term's start. */
    private static final Pattern AFTER_ENROLMENT = Pattern.compile(
        "^(?:新生)?(?:入学|报到)后([0-9一二两三四五六七八九十]+(?:个)?(?:天|日|周|星期|个月))(?:之)?内$");

    /**
     * Exams and farm seasons Chinese plans are timed by, about (dates vary by province and year): 高考 June 7–10, 中考 the
     * second half of June, 三夏 (the summer harvest and sowing) May 21 – June 30, 麦收 and 夏收 May 21 – June 20, 三秋 September
     * 21 – November 20, 秋收 September – October, 春耕 March – May; before them (前) they are a deadline, after them (后) a start.
     */
    private static final Pattern SEASONAL_EVENT = Pattern.compile(
        "(\\d{4}年)?(?:全国)?(高考|中考|三夏|麦收|夏收|三秋|秋收|春耕|春播)(?:生产|大忙)?(?:期间|时期|季节)?(前|后|之前|之后|以前|以后)?");

    /** The typhoon season of China's coast (台风季, 防台期间): about July to September, as the flood season is read. */
    private static final Pattern TYPHOON_SEASON = Pattern.compile("(?:防台风|防台|台风)(?:防汛)?(?:季节|季|期间|期)(?:期间)?");

    private static String seasonalEvents(String s) {
        if (s.contains("今冬明春")) s = s.replace("今冬明春", "冬春季"); // this winter and next spring
        if (s.contains("台")) s = TYPHOON_SEASON.matcher(s).replaceAll("约7月1日至9月30日");
        if (s.indexOf('考') < 0 && s.indexOf('夏') < 0 && s.indexOf('秋') < 0 && s.indexOf('收') < 0 && s.indexOf('春') < 0) return s;
        return SEASONAL_EVENT.matcher(s).replaceAll(m -> {
            String year = m.group(1) == null ? "" : m.group(1);
            String[] days = switch (m.group(2)) {
                case "高考" -> new String[] {"6月7日", "6月10日", "6月6日"};
                case "中考" -> new String[] {"6月11日", "6月30日", "6月10日"};
                case "三夏" -> new String[] {"5月21日", "6月30日", "5月20日"};
                case "麦收", "夏收" -> new String[] {"5月21日", "6月20日", "5月20日"};
                case "三秋" -> new String[] {"9月21日", "11月20日", "9月20日"};
                case "秋收" -> new String[] {"9月1日", "10月31日", "8月31日"};
                default -> new String[] {"3月1日", "5月31日", "2月底"};
            };
            if (m.group(3) == null) return "约" + year + days[0] + "至" + days[1];
            return year + (m.group(3).contains("前") ? days[2] + "前" : days[1] + "后"); // before it: by the day before it starts
        });
    }

    /** The national and school events of Chinese plans above, as the dates they are. */
    private static String chineseEvents(String s) {
        s = seasonalEvents(s);
        if (s.indexOf('会') < 0 && s.indexOf('训') < 0 && s.indexOf('学') < 0 && s.indexOf('到') < 0) return s;
        if (s.contains("两会")) {
            s = TWO_SESSIONS.matcher(s).replaceAll(m -> m.group(1) == null || m.group(1).equals("期间") ? "约3月3日至3月15日"
                : m.group(1).contains("前") ? "3月3日前" : "3月15日后");
        }
        if (MILITARY_TRAINING.matcher(s).matches()) return "约秋季开学起为期两周";
        Matcher enrolment = AFTER_ENROLMENT.matcher(s);
        if (enrolment.matches()) return "约秋季开学起为期" + enrolment.group(1);
        return s;
    }

    private static String commonForms(String s) {
        s = chineseEvents(s);
        Matcher within = ZH_WITHIN.matcher(s);
        if (within.matches()) {
            String unit = within.group(3).equals("日") ? "天" : within.group(3);
            return "即日起为期" + within.group(1) + (within.group(2) == null || unit.startsWith("个") ? "" : within.group(2)) + unit;
        }
        Matcher en = EN_WITHIN.matcher(s);
        if (en.matches()) return "from the date of issue for " + en.group(1);
        Matcher after = EN_AFTER_ISSUE.matcher(s);
        if (after.matches()) return "from the date of issue for " + after.group(1);
        Matcher zhAfter = ZH_AFTER_ISSUE.matcher(s);
        if (zhAfter.find() && ZH_WITHIN.matcher(s.substring(zhAfter.end())).matches()) return commonForms(s.substring(zhAfter.end()));
        s = EN_SEASON_PART.matcher(s).replaceAll(m -> "about " + seasonMonth(m.group(2), "early".equals(m.group(1)) ? 0 : "mid".equals(m.group(1)) ? 1 : 2));
        s = ZH_SEASON_PART.matcher(s).replaceAll(m -> "约" + switch (m.group()) {
            case "初春", "早春" -> "3月";
            case "仲春" -> "4月";
            case "暮春", "春末", "晚春" -> "5月";
            case "初夏" -> "6月";
            case "盛夏", "仲夏" -> "7月";
            case "夏末", "晚夏" -> "8月";
            case "初秋" -> "9月";
            case "仲秋" -> "10月";
            case "深秋", "秋末", "晚秋" -> "11月";
            case "初冬" -> "12月";
            case "隆冬", "严冬" -> "次年1月";
            default -> "次年2月";
        });
        s = WEEK_NUMBERS.matcher(s).replaceAll(m -> "第" + m.group(1) + "周至第" + m.group(2) + "周");
        s = s.replace("year-end", "the end of the year").replace("year end", "the end of the year");
        s = s.replace("with immediate effect", "immediately").replace("with effect from", "from");
        s = REST_OF_YEAR.matcher(s).replaceAll(m -> "from the date of issue to the end of " + (m.group(1) != null ? m.group(1) : "the year"));
        s = SEASON_MONTHS.matcher(s).replaceAll("$1");
        s = END_OF_QUARTER.matcher(s).replaceAll("the end of ");
        s = CLOSE_OF_BUSINESS.matcher(s).replaceAll(""); // by COB 30 June
        s = YEAR_QUARTER.matcher(s).replaceAll("q$2 $1"); // 2025 Q3
        s = RUNS_ON.matcher(s).replaceAll("");
        s = s.replace("the weekend of ", "").replace("weekend of ", "");
        if (s.indexOf('季') >= 0) {
            s = TWO_SEASONS.matcher(s).replaceAll(m -> switch (m.group(1)) {
                case "春夏" -> "3月至8月";
                case "夏秋" -> "6月至11月";
                case "秋冬" -> "9月至次年2月";
                default -> "12月至次年5月";
            });
            s = FIRST_QUARTERS.matcher(s).replaceAll(m -> "一季度至" + m.group(1).replace('两', '二') + "季度");
            s = QUARTER_LIST.matcher(s).replaceAll(m -> { // 第二、三季度, 2025年一、二季度: each quarter written whole
                String year = m.group(1) == null ? "" : m.group(1);
                return year + m.group(2) + "季度" + m.group(3) + year + m.group(4) + "季度";
            });
        }
        s = FIRST_MONTHS.matcher(s).replaceAll(m -> "1月至" + m.group(1).replace('两', '二') + "月");
        s = EN_FIRST_QUARTERS.matcher(s).replaceAll(m -> "q1 to q" + (m.group(1).equals("two") || m.group(1).equals("2") ? 2 : 3));
        s = MONTH_OF_TERM.matcher(s).replaceAll(m -> "89八九".indexOf(m.group(1)) >= 0 ? "秋季" : "春季");
        Matcher year = EN_SCHOOL_YEAR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (year.find()) {
            int first = Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(3));
            String second = year.group(2) != null ? year.group(2) : year.group(4);
            int next = Integer.parseInt(second) + (second.length() == 2 ? first / 100 * 100 : 0);
            year.appendReplacement(sb, next == first + 1 ? "september 1, " + first + " to august 31, " + next : year.group());
        }
        year.appendTail(sb);
        return sb.toString();
    }

    /** The month of a season, {@code part} 0 (early), 1 (mid) or 2 (late): winter's later months fall in the next year. */
    private static String seasonMonth(String season, int part) {
        String[][] months = {{"march", "april", "may"}, {"june", "july", "august"}, {"september", "october", "november"},
            {"december", "january next year", "february next year"}};
        int i = switch (season) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "autumn", "fall" -> 2;
            default -> 3;
        };
        return months[i][part];
    }

    /** The first days of a term: 开学初, 开学第一周, 春季开学第一个月. */
    private static final Pattern FIRST_DAYS_OF_TERM = Pattern.compile("((?:春季|秋季|新学期)?开学)(初|第一周|第一个?星期|第一个月|首周|首月)");

    /** A school year and its terms: 2024-2025学年, 2024—2025学年第一学期, 2024学年度第二学期. */
    private static final Pattern SCHOOL_YEAR = Pattern.compile(
            "(\\d{4})\\s*(?:年)?\\s*(?:[-–—~〜至到]\\s*(\\d{4})\\s*(?:年)?)?\\s*学年(?:度)?(?:的)?(第一学期|第二学期|上学期|下学期)?(初|末)?");
    /** The start or the end of a school year without its years: 学年初, 学年末 (学年末 is the end of its spring term). */
    private static final Pattern SCHOOL_YEAR_PART = Pattern.compile("(?<![0-9年])学年(?:度)?(初|末)");
    /** A term of a Chinese school year with the year before it or not: 2024年秋季学期, 春季学期, 第一学期. */
    private static final Pattern TERM = Pattern.compile("(?:(\\d{4})年)?(?:的)?(秋季学期|秋季学段|第一学期|上学期|春季学期|春季学段|第二学期|下学期)(?!开学)(末|初)?");

    /**
     * The school year and its terms of Chinese schools, written as the dates they mean: a school year September 1 to
     * August 31; the autumn term (秋季学期, 第一学期, 上学期) about September 1 to January 20 of the next year; the spring
     * term (春季学期, 第二学期, 下学期) about February 21 to July 10.
     */
    private static String schoolTerms(String s) {
        s = englishTerms(s);
        if (s.indexOf('学') < 0) return s;
        Matcher y = SCHOOL_YEAR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (y.find()) {
            int first = Integer.parseInt(y.group(1));
            String term = y.group(3);
            String with;
            String part = y.group(4);
            if (term == null && part != null) with = part.equals("初") ? termPart(true, false, String.valueOf(first))
                : termPart(false, true, String.valueOf(first + 1)); // 2025-2026学年末: the end of its spring term
            else if (term == null) with = first + "年9月1日至" + (first + 1) + "年8月31日";
            else if (term.equals("第一学期") || term.equals("上学期")) with = first + "年秋季学期" + (part == null ? "" : part);
            else with = (first + 1) + "年春季学期" + (part == null ? "" : part);
            y.appendReplacement(sb, with);
        }
        y.appendTail(sb);
        String years = SCHOOL_YEAR_PART.matcher(sb.toString()).replaceAll(m -> m.group(1).equals("初")
            ? termPart(true, false, null) : termPart(false, true, null));
        Matcher t = TERM.matcher(years);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            String year = t.group(1);
            boolean autumn = t.group(2).startsWith("秋") || t.group(2).equals("第一学期") || t.group(2).equals("上学期");
            String with = t.group(3) != null ? termPart(autumn, t.group(3).equals("末"), year) : autumn
                ? (year == null ? "约9月1日至次年1月20日" : "约" + year + "年9月1日至" + (Integer.parseInt(year) + 1) + "年1月20日")
                : "约" + (year == null ? "" : year + "年") + "2月21日至7月10日";
            t.appendReplacement(out, with);
        }
        t.appendTail(out);
        return out.toString();
    }

    /**
     * The end of a term (its last three weeks: 第一学期末 about January 1–20 of the next year, 第二学期末 June 20 – July 10)
     * or its start (its first two: September 1–14, February 21 – March 6), as 期末 and 期初 are read.
     */
    private static String termPart(boolean autumn, boolean end, String year) {
        String y = year == null ? "" : year + "年";
        if (autumn && end) return "约" + (year == null ? "次年" : (Integer.parseInt(year) + 1) + "年") + "1月1日至1月20日";
        if (autumn) return "约" + y + "9月1日至9月14日";
        return end ? "约" + y + "6月20日至7月10日" : "约" + y + "2月21日至3月6日";
    }

    /** An English school term as the whole period: "the autumn term", "Spring Term 2025", "during the fall semester of 2024". */
    private static final Pattern EN_TERM = Pattern.compile(
            "^((?:during|in|throughout)\\s+)?(?:the\\s+)?(autumn|fall|spring|summer)\\s+(term|semester)(?:\\s+(?:of\\s+)?(\\d{4}))?$");

    /**
     * English school terms written as the months they mean, approximate: the autumn (fall) term or semester September to
     * December, the spring term January to March, the spring semester January to May, the summer term April to July.
     */
    private static String englishTerms(String s) {
        if (!s.contains("term") && !s.contains("semester")) return s;
        Matcher range = TERM_RANGE.matcher(s);
        if (range.matches()) {
            String first = englishTerms(range.group(1).strip());
            String last = englishTerms(range.group(2).strip());
            if (!first.equals(range.group(1).strip()) && !last.equals(range.group(2).strip())
                    && first.contains(" to ") && last.contains(" to ")) { // from the first term's start to the last's end
                return first.substring(0, first.indexOf(" to ")) + " to " + last.substring(last.indexOf(" to ") + 4);
            }
        }
        Matcher m = EN_TERM.matcher(s); // the whole period only: a rewritten part would show in messages about the rest
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String season = m.group(2);
            boolean semester = m.group(3).equals("semester");
            String[] months = switch (season) {
                case "autumn", "fall" -> new String[] {"september", "december"};
                case "spring" -> new String[] {"january", semester ? "may" : "march"};
                default -> new String[] {semester ? "june" : "april", semester ? "august" : "july"};
            };
            String year = m.group(4) == null ? "" : " " + m.group(4);
            m.appendReplacement(sb, "about " + months[0] + year + " to " + months[1] + year);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
