package org.planpress.period;

import org.planpress.model.ModelException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a normalised period (NFKC, lower case, zeros and dashes normalised, see {@link PeriodParser}) into tokens:
 * numbers, ISO dates, words, the characters of Chinese dates, dashes, and {@link Key key phrases} of both languages
 * ("即日" / "the date of issue", "次年" / "next year", "左右" / "around", "星期六" / "Saturday", "国庆节" /
 * "National Day" ...), each read as the longest phrase that matches.
 */
final class PeriodLexer {

    enum Kind { NUMBER, DATE, YEAR_MONTH, MONTH_DAY, WORD, CHAR, DASH, SLASH, KEY }

    /** What a key phrase means. */
    enum Key {
        /** the day the plan is issued: 即日, 今天, 印发之日, now, the date of issue */
        ISSUE,
        /** a year relative to the other end or the plan: value 1 for 次年 / next year, 0 for 当年 / this year */
        RELATIVE_YEAR,
        /** 约, 大约, around, about, approximately (before a point) */
        APPROX_BEFORE,
        /** 左右, 前后, or so (after a point) */
        APPROX_AFTER,
        /** 前夕, the eve of */
        EVE,
        /** 期间, during */
        DURING,
        /** 后, 以后, 之后, after */
        AFTER,
        /** a weekday, value 1 (Monday) to 7 (Sunday), 8 for the weekend */
        WEEKDAY,
        /** 周, 星期, week */
        WEEK,
        /** 第N个, first, second, ...: value N; -1 for 最后一个 / last */
        ORDINAL,
        /** 、, 和, 及, 与 between the parts of a list */
        LIST,
        /** 或, 或者, or */
        OR,
        /** 为期, 历时, 集中, for, lasting: a duration follows */
        DURATION,
        /** a unit of a duration: value in days (天 1, fortnight 14) */
        UNIT,
        /** 半, half */
        HALF,
        /** 个 (a measure word) */
        COUNTER,
        /** words that add nothing: 时间, 完成, 开展 */
        FILLER,
        /** 起, 开始, onwards */
        ONWARDS,
        /** a month of the Chinese lunar calendar: 正月 (value 1), 冬月 (11), 腊月 (12), 农历八月 (8) */
        LUNAR_MONTH,
        /** a named day; {@link Token#named} says which */
        NAMED_DAY,
        /** 季度, quarter (of a year) */
        QUARTER,
        /** 上半年 (value 1), 下半年 (2) */
        HALF_YEAR,
        /** 上半月 (value 1: days 1–15), 下半月 (2: 16 to the end) */
        HALF_MONTH,
        /** a season: 1 spring (March–May), 2 summer (June–August), 3 autumn (September–November), 4 winter
         *  (December–February), 5 the summer holidays (July–August), 6 the winter holidays (January–February);
         *  about: 7 the flood season (June–September), 8 the main flood season (July–August), 9 the heating season
         *  (November 15 to March 15) */
        SEASON
    }

    /** A lexical token; numbers carry value and digit count, dates their parts, keys their meaning. */
    record Token(Kind kind, String text, int value, int digits, boolean ordinal, int year, int month, int day,
                 Key key, NamedDays.Day named) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, 0, 0, false, 0, 0, 0, null, null);
        }

        static Token number(String text, int value, int digits, boolean ordinal) {
            return new Token(Kind.NUMBER, text, value, digits, ordinal, 0, 0, 0, null, null);
        }

        static Token key(String text, Key key, int value) {
            return new Token(Kind.KEY, text, value, 0, false, 0, 0, 0, key, null);
        }

        boolean isYear() {
            return kind == Kind.NUMBER && digits == 4 && !ordinal;
        }

        boolean isDay() {
            return kind == Kind.NUMBER && digits <= 2;
        }

        boolean is(Key k) {
            return kind == Kind.KEY && key == k;
        }
    }

    /** The characters of Chinese dates that are read one by one. */
    private static final String ZH_CHARS = "年月日号號底初末中上下旬前以之至到从從自起止份截为為的于於在直";

    private record Phrase(Key key, int value, NamedDays.Day day) {
    }

    /**
     * Key phrases, Chinese and English, by their first character, longest first: a position is tried against its own few only (30,000
     * periods in a C1 JVM: 1.3 s with one list of all phrases, 1.0 s with this and the quick scan before the ongoing split).
     */
    private static final Map<Character, List<Map.Entry<String, Phrase>>> PHRASES;

    static {
        Map<String, Phrase> m = new LinkedHashMap<>();
        put(m, Key.ISSUE, 0, "即日", "今日", "今天", "当日", "发文之日", "印发之日", "下发之日", "发布之日", "公布之日",
            "now", "today", "now on", "immediately", "the date of issue", "the day of issue", "date of issue",
            "day of issue", "the issue date", "the date of issuance", "the date of publication", "the date hereof",
            "the date of this notice", "the date of this plan", "issuance", "issue", "publication", "the date of release", "the day this plan is issued",
            "the day this notice is issued");
        put(m, Key.RELATIVE_YEAR, 1, "次年", "翌年", "来年", "明年", "第二年", "下一年", "下年", "转年", "next year",
            "the next year", "of next year", "of the next year", "the following year", "of the following year",
            "the year after", "next", "the following", "following");
        put(m, Key.RELATIVE_YEAR, 0, "当年", "本年", "今年", "同年", "全年", "全年度", "本年度", "this year", "of this year",
            "the same year", "of the same year", "all year", "all year round", "year-round", "the whole year",
            "throughout the year", "the entire year", "年内", "本年内", "今年内", "当年内", "年度内", "本年度内", "within the year",
            "within this year", "during the year", "in the course of the year", "over the year");
        put(m, Key.APPROX_BEFORE, 0, "约", "大约", "大概", "大致", "around", "about", "approximately", "approx",
            "roughly", "circa", "ca", "c", "some time around", "sometime around", "on or about", "on or around",
            "in or around", "at around", "at about");
        put(m, Key.APPROX_AFTER, 0, "左右", "前后", "上下", "or so", "or thereabouts");
        put(m, Key.EVE, 0, "前夕", "on the eve of", "the eve of", "eve of", "the run-up to", "the run up to",
            "in the run-up to", "just before");
        put(m, Key.DURING, 0, "期间", "假期", "长假", "小长假", "黄金周", "during", "over", "holiday", "holidays", "golden week");
        put(m, Key.AFTER, 0, "后", "以后", "之后", "过后", "after");
        String[] days = {"一", "二", "三", "四", "五", "六", "日"};
        for (int d = 0; d < 7; d++) {
            put(m, Key.WEEKDAY, d + 1, "星期" + days[d], "周" + days[d], "礼拜" + days[d]);
        }
        put(m, Key.WEEKDAY, 7, "星期天", "周天", "礼拜天");
        put(m, Key.WEEKDAY, 8, "周末", "双休日", "weekend");
        String[][] en = {{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
            {"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int d = 0; d < 7; d++) put(m, Key.WEEKDAY, d + 1, en[d]);
        put(m, Key.WEEK, 7, "周", "星期", "个星期", "礼拜", "个礼拜", "week", "weeks");
        put(m, Key.ORDINAL, 1, "first");
        put(m, Key.ORDINAL, 2, "second");
        put(m, Key.ORDINAL, 3, "third");
        put(m, Key.ORDINAL, 4, "fourth");
        put(m, Key.ORDINAL, 5, "fifth");
        put(m, Key.ORDINAL, -1, "最后一个", "最后一", "最后", "最末", "last", "final");
        put(m, Key.LIST, 0, "、", "和", "及", "与", "以及", "&");
        put(m, Key.OR, 0, "或", "或者", "或是", "or");
        put(m, Key.DURATION, 0, "为期", "為期", "历时", "歷時", "持续", "用时", "集中", "用", "利用", "共计", "共", "时长约", "for",
            "lasting", "for a period of", "over a period of");
        put(m, Key.UNIT, 1, "天", "day", "days");
        put(m, Key.UNIT, 14, "fortnight", "fortnights");
        put(m, Key.HALF, 0, "半", "half");
        put(m, Key.COUNTER, 0, "个", "個");
        put(m, Key.FILLER, 0, "时间", "的时间", "时间内", "完成", "开展", "进行", "实施", "内", "举行", "召开", "举办", "结束",
            "启动", "拟", "拟于", "力争", "争取", "确保", "务必", "原则上", "全月", "scheduled for", "scheduled",
            "planned for", "planned", "expected", "targeted for", "贯穿", "计划", "计划于", "定于", "每年", "every year", "each year", "上午", "下午", "晚上", "中午", "全天",
            "整个", "throughout", "all of", "the whole of", "the month of", "during the month of", "the whole month of", "the entire", "all through", "within", "in the course of", "during the course of");
        put(m, Key.QUARTER, 0, "季度", "quarter");
        put(m, Key.HALF_YEAR, 1, "上半年", "上半年度");
        put(m, Key.HALF_YEAR, 2, "下半年", "下半年度");
        put(m, Key.HALF_MONTH, 1, "上半月");
        put(m, Key.HALF_MONTH, 2, "下半月");
        put(m, Key.SEASON, 1, "春季", "春天", "spring");
        put(m, Key.SEASON, 2, "夏季", "夏天", "summer");
        put(m, Key.SEASON, 3, "秋季", "秋天", "autumn", "fall");
        put(m, Key.SEASON, 4, "冬季", "冬天", "winter");
        put(m, Key.SEASON, 5, "暑期", "暑假", "暑假期间", "summer vacation", "summer holidays", "the summer holidays",
            "summer break");
        put(m, Key.SEASON, 6, "寒假", "寒假期间", "寒假期", "winter vacation", "winter holidays", "the winter holidays", "winter break");
        put(m, Key.SEASON, 7, "汛期", "汛期期间", "汛期内", "防汛期", "防汛期间", "雨季", "flood season", "the flood season",
            "rainy season", "the rainy season");
        put(m, Key.SEASON, 8, "主汛期", "主汛期期间", "main flood season", "the main flood season");
        put(m, Key.SEASON, 9, "供暖期", "采暖期", "供暖季", "采暖季", "供热期", "heating season", "the heating season");
        put(m, Key.ONWARDS, 0, "开始", "始", "onwards", "onward", "starting", "commencing", "effective");
        put(m, Key.LUNAR_MONTH, 1, "正月", "农历正月", "阴历正月");
        put(m, Key.LUNAR_MONTH, 11, "冬月", "农历冬月", "阴历冬月");
        put(m, Key.LUNAR_MONTH, 12, "腊月", "臘月", "农历腊月", "阴历腊月");
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
        for (int month = 1; month <= 12; month++) {
            put(m, Key.LUNAR_MONTH, month, "农历" + numerals[month - 1] + "月", "阴历" + numerals[month - 1] + "月",
                "农历" + month + "月", "阴历" + month + "月");
        }
        for (Map.Entry<String, NamedDays.Day> e : NamedDays.NAMES.entrySet()) {
            m.put(e.getKey(), new Phrase(Key.NAMED_DAY, 0, e.getValue()));
        }
        List<Map.Entry<String, Phrase>> list = new ArrayList<>(m.entrySet());
        list.sort(Comparator.comparingInt((Map.Entry<String, Phrase> e) -> e.getKey().length()).reversed());
        Map<Character, List<Map.Entry<String, Phrase>>> byFirst = new java.util.HashMap<>();
        for (Map.Entry<String, Phrase> e : list) byFirst.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(e);
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        PHRASES = Map.copyOf(byFirst);
    }

    private static void put(Map<String, Phrase> m, Key key, int value, String... texts) {
        for (String t : texts) m.put(t, new Phrase(key, value, null));
    }

    private final String text;
    private final String s;
    /** The plan's order of slashed dates: true day first, false month first, null not known. */
    private final Boolean dayFirst;
    private final List<Token> out = new ArrayList<>();

    PeriodLexer(String text, String normal) {
        this(text, normal, null);
    }

    PeriodLexer(String text, String normal, Boolean dayFirst) {
        this.text = text;
        this.s = normal;
        this.dayFirst = dayFirst;
    }

    List<Token> tokens() throws ModelException {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int next;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == ',' || cp == '.') {
                i += Character.charCount(cp);
            } else if ((next = phrase(i)) > i) {
                i = next;
            } else if (cp == '第') {
                i = chineseOrdinal(i);
            } else if (isDigit(cp)) {
                i = number(i);
            } else if (cp >= 'a' && cp <= 'z') {
                int j = i;
                while (j < n && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') j++;
                out.add(Token.of(Kind.WORD, s.substring(i, j)));
                i = j;
            } else if (isDash(cp)) {
                int j = i;
                while (j < n && isDash(s.charAt(j))) j++;
                out.add(Token.of(Kind.DASH, s.substring(i, j)));
                i = j;
            } else if (cp == '/') {
                out.add(Token.of(Kind.SLASH, "/"));
                i++;
            } else if (ChineseNumerals.isNumeral(cp)) {
                int j = i;
                while (j < n && ChineseNumerals.isNumeral(s.charAt(j))) j++;
                out.add(chineseNumber(s.substring(i, j)));
                i = j;
            } else if (ZH_CHARS.indexOf(cp) >= 0) {
                out.add(Token.of(Kind.CHAR, String.valueOf((char) cp)));
                i++;
            } else if (PeriodText.characters(text).indexOf(cp) < 0) { // a character a rewrite put there
                throw PeriodParser.failure(text, "it does not read as a period");
            } else {
                throw PeriodParser.failure(text, "did not expect " + shown(cp));
            }
        }
        return slashDates(namedDayLists(out));
    }

    /** A character as a message shows it: quoted, or named when it cannot be seen ("an invisible character (U+200B)"). */
    static String shown(int cp) {
        int type = Character.getType(cp);
        boolean invisible = type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
            || type == Character.PRIVATE_USE || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
        return invisible ? String.format("an invisible character (U+%04X): delete it", cp) : "\"" + new String(Character.toChars(cp)) + "\"";
    }

    /** Named days written side by side are a list: 中秋国庆期间 is 中秋、国庆期间. */
    private static List<Token> namedDayLists(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (Token x : tokens) {
            if (!joined.isEmpty() && x.is(Key.NAMED_DAY) && joined.get(joined.size() - 1).is(Key.NAMED_DAY)) {
                joined.add(Token.key("", Key.LIST, 0));
            }
            joined.add(x);
        }
        return joined;
    }

    /**
     * Dates written with slashes and the day or the month first (6/1, 30/9/2024, 03/03/25): day first when one of the
     * period's dates has a first number over 12 (30/9/2024), month first when one has a second number over 12 (9/30),
     * else in the plan's order ({@code :lang:} en-GB day first, en-US and Chinese month first). A date that reads both
     * ways in a plan that gives no order is an error, not a guess.
     */
    private List<Token> slashDates(List<Token> tokens) throws ModelException {
        boolean overFirst = false;
        boolean overSecond = false;
        Token ambiguous = null;
        for (Token x : tokens) {
            if (!isSlashDate(x)) continue;
            if (x.month() > 12 && x.day() > 12) {
                throw PeriodParser.failure(text, "\"" + x.text() + "\" names no month: neither " + x.month() + " nor " + x.day() + " is one");
            }
            overFirst |= x.month() > 12;
            overSecond |= x.day() > 12;
            if (x.month() != x.day() && ambiguous == null) ambiguous = x;
        }
        if (overFirst && overSecond) throw PeriodParser.failure(text, "its slashed dates put the day first in one and the"
            + " month first in another: write the month's name (3 April 2025) or the date as 2025-04-03");
        boolean swap = overFirst || !overSecond && Boolean.TRUE.equals(dayFirst);
        if (!overFirst && !overSecond && ambiguous != null && dayFirst == null) {
            throw PeriodParser.failure(text, "\"" + ambiguous.text() + "\" may be day/month or month/day: write the month's"
                + " name (" + ambiguous.month() + " " + monthName(ambiguous.day()) + ", or " + monthName(ambiguous.month()) + " "
                + ambiguous.day() + ") or the date as year-month-day, or give the plan's country in :lang: (en-GB: day"
                + " first, en-US: month first)");
        }
        if (!swap) return tokens;
        List<Token> swapped = new ArrayList<>(tokens.size());
        for (Token x : tokens) {
            swapped.add(isSlashDate(x) ? new Token(x.kind(), x.text(), 0, 0, false, x.year(), x.day(), x.month(), null, null) : x);
        }
        return swapped;
    }

    private static String monthName(int month) {
        return month >= 1 && month <= 12
            ? java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) : String.valueOf(month);
    }

    private static boolean isSlashDate(Token x) {
        return (x.kind() == Kind.MONTH_DAY || x.kind() == Kind.DATE) && x.text().indexOf('/') > 0 && x.text().indexOf('/') <= 2;
    }

    /** Reads the longest key phrase at {@code i}; returns where it ends, or {@code i} when none matches. */
    private int phrase(int i) {
        char first = s.charAt(i);
        boolean latin = first >= 'a' && first <= 'z' || first >= '0' && first <= '9';
        if (latin && i > 0 && isWordChar(s.charAt(i - 1))) return i;
        if (!latin) {
            int numeral = numeralName(i);
            if (numeral > i) return numeral;
        }
        for (Map.Entry<String, Phrase> e : PHRASES.getOrDefault(first, List.of())) {
            String p = e.getKey();
            if (!s.startsWith(p, i)) continue;
            int end = i + p.length();
            if (isWordChar(p.charAt(p.length() - 1)) && end < s.length() && isWordChar(s.charAt(end))) continue;
            if (p.equals("周") && end < s.length() && ChineseNumerals.isNumeral(s.charAt(end))) continue;
            if (p.equals("第二年") && end < s.length() && s.charAt(end) == '度') continue;
            if (p.startsWith("年") && i > 0 && (isDigit(s.charAt(i - 1)) || ChineseNumerals.isNumeral(s.charAt(i - 1)))) continue; // 2025年内
            Phrase ph = e.getValue();
            out.add(ph.day != null
                ? new Token(Kind.KEY, s.substring(i, end), 0, 0, false, 0, 0, 0, Key.NAMED_DAY, ph.day)
                : Token.key(s.substring(i, end), ph.key, ph.value));
            return end;
        }
        return i;
    }

    /** 五一, 七一, 十一 ... as a named day: not followed by a date character or another numeral. */
    private int numeralName(int i) {
        if (i + 2 > s.length()) return i;
        NamedDays.Day day = NamedDays.NUMERAL_NAMES.get(s.substring(i, i + 2));
        if (day == null) return i;
        if (i > 0 && (ChineseNumerals.isNumeral(s.charAt(i - 1)) || isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '第')) {
            return i;
        }
        int end = i + 2;
        if (end < s.length() && ("月日号號年份周天个個点时".indexOf(s.charAt(end)) >= 0
            || ChineseNumerals.isNumeral(s.charAt(end)) || isDigit(s.charAt(end)))) {
            return i;
        }
        // 五一劳动节, 十一国庆节, 五一节: the numeral and the name are one day
        int j = end < s.length() && s.charAt(end) == '节' ? end + 1 : phraseEnd(end, day);
        out.add(new Token(Kind.KEY, s.substring(i, j), 0, 0, false, 0, 0, 0, Key.NAMED_DAY, day));
        return j;
    }

    private int phraseEnd(int at, NamedDays.Day day) {
        for (Map.Entry<String, NamedDays.Day> e : NamedDays.NAMES.entrySet()) {
            if (e.getValue() == day && s.startsWith(e.getKey(), at) && !isWordChar(e.getKey().charAt(0))) {
                return at + e.getKey().length();
            }
        }
        return at;
    }

    /** 第N个 / 第N: an ordinal (第二个星期六, 第三周). */
    private int chineseOrdinal(int i) throws ModelException {
        int j = i + 1;
        int value;
        if (j < s.length() && isDigit(s.charAt(j))) {
            int k = j;
            while (k < s.length() && isDigit(s.charAt(k))) k++;
            if (k - j > 2) throw PeriodParser.failure(text, "cannot read the number " + s.substring(j, k));
            value = Integer.parseInt(s.substring(j, k));
            j = k;
        } else {
            int k = j;
            while (k < s.length() && ChineseNumerals.isNumeral(s.charAt(k))) k++;
            int[] v = k > j ? ChineseNumerals.value(s.substring(j, k)) : null;
            if (v == null) throw PeriodParser.failure(text, "expected a number after \"第\"");
            value = v[0];
            j = k;
        }
        if (j < s.length() && (s.charAt(j) == '个' || s.charAt(j) == '個')) j++;
        out.add(Token.key(s.substring(i, j), Key.ORDINAL, value));
        return j;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDash(int c) {
        return c == '-' || c == '~' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x301C || c == 0x2500
            || c == 0x2501 || c == 0xFE58 || c == 0x2053;
    }

    private int digitsFrom(int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) j++;
        return j - i;
    }

    /** Reads a number, an ISO date (2011-05-10, 2011/5/10, 2011.5.10) or year-month (2011-05). */
    private int number(int i) throws ModelException {
        int len = digitsFrom(i);
        int j = i + len;
        String digits = s.substring(i, j);
        if (len > 4) throw PeriodParser.failure(text, "cannot read the number " + digits);
        if (len == 4 && j + 1 < s.length() && "-/.".indexOf(s.charAt(j)) >= 0) {
            char sep = s.charAt(j);
            int mlen = digitsFrom(j + 1);
            int k = j + 1 + mlen;
            if (mlen >= 1 && mlen <= 2) {
                int year = Integer.parseInt(digits);
                int month = Integer.parseInt(s.substring(j + 1, k));
                if (k + 1 < s.length() && s.charAt(k) == sep && isDigit(s.charAt(k + 1))) {
                    int dlen = digitsFrom(k + 1);
                    if (dlen <= 2) {
                        int day = Integer.parseInt(s.substring(k + 1, k + 1 + dlen));
                        int e = k + 1 + dlen;
                        out.add(new Token(Kind.DATE, s.substring(i, e), 0, 0, false, year, month, day, null, null));
                        return e;
                    }
                } else if (!(k + 1 < s.length() && s.charAt(k) == sep && isDigit(s.charAt(k + 1)))) {
                    // year-month, unless the same separator goes on into a day that is not one (2011-05-100);
                    // another one after it is a range: 2024.7-2024.9
                    out.add(new Token(Kind.YEAR_MONTH, s.substring(i, k), 0, 0, false, year, month, 0, null, null));
                    return k;
                }
            }
        }
        if (len <= 2 && j + 1 < s.length() && s.charAt(j) == '.' && digitsFrom(j + 1) >= 1 && digitsFrom(j + 1) <= 2) {
            int m = j + 1 + digitsFrom(j + 1);
            if (m + 1 < s.length() && s.charAt(m) == '.' && digitsFrom(m + 1) == 4) { // 01.06.2024: day, month, year
                int e = m + 5;
                out.add(new Token(Kind.DATE, s.substring(i, e), 0, 0, false, Integer.parseInt(s.substring(m + 1, e)),
                    Integer.parseInt(s.substring(j + 1, m)), Integer.parseInt(digits), null, null));
                return e;
            }
        }
        if (len <= 2 && j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) { // 5.1: May 1
            int dlen = digitsFrom(j + 1);
            int e = j + 1 + dlen;
            boolean more = e + 1 < s.length() && s.charAt(e) == '.' && isDigit(s.charAt(e + 1));
            if (dlen <= 2 && !more) {
                int month = Integer.parseInt(digits);
                int day = Integer.parseInt(s.substring(j + 1, e));
                out.add(new Token(Kind.MONTH_DAY, s.substring(i, e), 0, 0, false, 0, month, day, null, null));
                return e;
            }
        }
        if (len <= 2 && j + 1 < s.length() && s.charAt(j) == '/' && digitsFrom(j + 1) == 4) { // 6/2025, 06/2025: a month of a year
            int e = j + 5;
            out.add(new Token(Kind.YEAR_MONTH, s.substring(i, e), 0, 0, false, Integer.parseInt(s.substring(j + 1, e)),
                Integer.parseInt(digits), 0, null, null));
            return e;
        }
        if (len <= 2 && j + 1 < s.length() && s.charAt(j) == '/' && isDigit(s.charAt(j + 1)) && digitsFrom(j + 1) <= 2) {
            // 6/1, 6/1/2024: a month and a day, or a day and a month (see slashDates)
            int e = j + 1 + digitsFrom(j + 1);
            int first = Integer.parseInt(digits);
            int second = Integer.parseInt(s.substring(j + 1, e));
            int year = 0;
            if (e + 1 < s.length() && s.charAt(e) == '/' && digitsFrom(e + 1) == 4) {
                year = Integer.parseInt(s.substring(e + 1, e + 5));
                e += 5;
            } else if (e + 1 < s.length() && s.charAt(e) == '/' && digitsFrom(e + 1) == 2) { // 03/03/25: a year of this century
                year = 2000 + Integer.parseInt(s.substring(e + 1, e + 3));
                e += 3;
            }
            out.add(new Token(year == 0 ? Kind.MONTH_DAY : Kind.DATE, s.substring(i, e), 0, 0, false, year, first, second, null, null));
            return e;
        }
        boolean ordinal = false;
        if (j + 2 <= s.length()) {
            String suffix = s.substring(j, j + 2);
            boolean wordEnds = j + 2 == s.length() || s.charAt(j + 2) < 'a' || s.charAt(j + 2) > 'z';
            if (wordEnds && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                ordinal = true;
                j += 2;
            }
        }
        out.add(Token.number(s.substring(i, j), Integer.parseInt(digits), len, ordinal));
        return j;
    }

    private Token chineseNumber(String run) throws ModelException {
        int[] v = ChineseNumerals.value(run);
        if (v == null) throw PeriodParser.failure(text, "cannot read the number " + run);
        return Token.number(run, v[0], v[1], false);
    }
}
