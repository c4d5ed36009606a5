package org.planpress.model;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planpress.model.PeriodLexer.Key;
import org.planpress.model.PeriodLexer.Kind;
import org.planpress.model.PeriodLexer.Token;

/**
 * Reads the period of a plan stage, as people write it, into inclusive dates.
 *
 * <p>In four steps: the text is cleaned (whitespace, surrounding parentheses, trailing punctuation) and a trailing
 * remark is split off ("（暂定）", "(to be confirmed)", kept as {@link Period#note()}); it is normalised (NFKC, lower
 * case, quotes dropped, 〇/○/O zeros and "一" used as a dash); {@link PeriodLexer} makes tokens of it, with key
 * phrases of both languages ("即日" / "the date of issue", "次年" / "next year", "左右" / "around", named days); and
 * a small reader reads the grammar
 *
 * <pre>
 * period   = [deadline-prefix] point [deadline-suffix]            before May 10, 5月底前, 国庆节前
 *          | [from] point [起] (sep point [止] | duration | )       5月10日至20日, 即日起至9月30日, 9月1日起，为期三周
 *          | point (list-sep point)+                               8月上旬、中旬, 6月或7月, June and July
 * point    = [around] [eve|after] [next-year] base [next-year] [左右|前后] [前夕|后|期间]
 * base     = day | month | part of a month | year | ISO date | named day | ordinal weekday or week | day of issue
 * </pre>
 *
 * <p>Meaning: a month is the whole month; a day is that day; early/上旬/初 is days 1–10, mid/中旬 11–20, late/下旬
 * 21 to the month's end; "the end of May"/5月底 alone is May 21–31 but as either end of a range it is May 31. A
 * range covers both ends whole. "before X"/"by X"/X前 is a deadline: it ends where X ends (for a named day: the day
 * before it) and starts, with {@link Period#openStart()} set, on the first day of that month. The year comes from
 * the period, else from the plan, else from the plan's issue date, else the reference year {@value #REFERENCE_YEAR}
 * with {@link Period#yearStated()} false. A range whose end falls before its start runs into the next year: said so
 * (次年, next year, a year) it is read silently; implied ({@code November to February}) it is read the same way
 * but reported as a warning — unless both ends are in the same month ({@code May 20 - 10} is rejected).
 */
public final class PeriodParser {
    /** The year periods are computed in when no year is stated: a leap year, so February 29 exists. */
    public static final int REFERENCE_YEAR = 2000;

    private static final int LAST = 32; // day sentinel: the month's last day

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
        Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
        Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
        Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
        Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
        Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
        Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
        Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
        Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
        Map.entry("couple", 2));

    /** Remarks that say the dates are not settled. */
    private static final Pattern TENTATIVE = Pattern.compile(
        "暂定|暫定|待定|待确定|拟定|擬定|初定|另行通知|另行安排|视情况|tentative|provisional|to be (confirmed|determined|decided|announced)"
            + "|\\btb[cda]\\b|subject to (change|confirmation)|not (yet )?(final|fixed|confirmed)",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern TENTATIVE_SUFFIX = Pattern.compile(
        "(?i)^(.+?)[\\s,，、;；]*(暂定|暫定|待定|待确定|tentative|tentatively|provisional|provisionally|tbc|tbd"
            + "|to be confirmed|to be determined)$");

    private static final Pattern TENTATIVE_PREFIX = Pattern.compile(
        "(?i)^(暂定于?|暫定於?|拟定于?|初定于?|tentatively|provisionally|tentative:?)[\\s:：]*(.+)$");

    /** A blank left in a template: 20__年, XX月, ××日, ○月○日, 某月某日, ? */
    private static final Pattern BLANK = Pattern.compile(
        "_+|(?<![a-z])x+(?![a-z])|×+|\\*+|○+|◯+|□+|△+|…+|\\.{3,}|某+|\\?+");

    /** The day a document is issued, as plans name it: 本通知印发之日, 文件下发之日, 方案发布之日. */
    private static final Pattern ISSUED = Pattern.compile(
        "(本|此|该)?(通知|方案|文件|计划|意见|办法|活动方案|实施方案)?(印发|下发|发布|发文|公布|出台|下达)(之日|当日|当天|日)");

    private PeriodParser() {
    }

    /** Parses a period of a plan whose year may be known, without an issue date; warnings are dropped. */
    public static Period parse(String text, Integer planYear) throws ModelException {
        return parse(text, planYear, null, null);
    }

    /**
     * Parses a period.
     *
     * @param text the period as written, e.g. {@code "May 10 - the end of October"} or {@code "5月底前"};
     *     surrounding whitespace, parentheses and trailing punctuation are ignored, a trailing parenthesised
     *     remark is kept as the note
     * @param planYear the plan's year, used when the period states none; may be null
     * @param issueDate the day the plan is issued ({@code :plan-date:}), the start of "即日起" / "from the date of
     *     issue" and, without a plan year, the year of the periods; may be null
     * @param warnings receives what was read but may not be what was meant (a range that runs into the next year
     *     without saying so); may be null
     * @return the period, with {@code start <= end}
     * @throws ModelException when the text is empty, not a period, has a blank to fill in, or names a day that does
     *     not exist; the message quotes the text and says what is expected
     */
    public static Period parse(String text, Integer planYear, LocalDate issueDate, Consumer<String> warnings)
        throws ModelException {
        Objects.requireNonNull(text, "text");
        String written = clean(text);
        if (written.isEmpty()) {
            throw new ModelException("cannot read period " + ModelException.quote(text) + ": it is empty");
        }
        Integer year = planYear != null ? planYear : issueDate != null ? Integer.valueOf(issueDate.getYear()) : null;
        try {
            String normal = normalize(written);
            Matcher blank = BLANK.matcher(normal);
            if (blank.find()) {
                throw failure(text, "\"" + blank.group() + "\" is a blank to fill in: write the date there"
                    + " (for example 2024年9月30日 or September 30, 2024)");
            }
            String[] split = splitRemark(written);
            String core = split[0];
            String remark = split[1];
            if (core.isEmpty()) throw failure(text, "it gives no date, only the remark \"" + remark + "\"");
            List<Token> tokens = new PeriodLexer(text, normalize(core)).tokens();
            Period p = new Reader(text, written, core, tokens, year, issueDate, warnings).period();
            return remark == null ? p : p.withNote(remark, TENTATIVE.matcher(remark).find());
        } catch (DateTimeException | ArithmeticException e) {
            throw new ModelException("cannot read period " + ModelException.quote(text) + ": " + e.getMessage(), e);
        }
    }

    /** Collapses whitespace and removes surrounding parentheses and trailing punctuation. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        while (true) {
            int before = s.length();
            int end = s.length();
            while (end > 0 && ".,;:!?。，；：！？、 ".indexOf(s.charAt(end - 1)) >= 0) end--;
            s = s.substring(0, end);
            if (s.length() >= 2 && isOpen(s.charAt(0)) && matchingClose(s, 0) == s.length() - 1) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (s.length() == before) return s;
        }
    }

    /**
     * Splits a cleaned period into the period and a remark: a trailing parenthesised remark ("9月（暂定）"),
     * or a trailing or leading tentative word ("9月，暂定", "tentatively September"). The remark is null when
     * there is none.
     */
    static String[] splitRemark(String written) {
        int last = written.length() - 1;
        if (last > 0 && isClose(written.charAt(last))) {
            int open = matchingOpen(written, last);
            if (open > 0) {
                return new String[] {clean(written.substring(0, open)), written.substring(open + 1, last).strip()};
            }
        }
        Matcher suffix = TENTATIVE_SUFFIX.matcher(written);
        if (suffix.matches()) return new String[] {clean(suffix.group(1)), suffix.group(2)};
        Matcher prefix = TENTATIVE_PREFIX.matcher(written);
        if (prefix.matches()) {
            return new String[] {clean(prefix.group(2)), prefix.group(1).replaceAll("[于於:]$", "")};
        }
        return new String[] {written, null};
    }

    /**
     * NFKC, lower case, without quotation marks and apostrophes ("五四", new year's day), zeros of Chinese
     * numerals written as 〇, and "一" between two dates written as a dash (5月1日一5月30日).
     */
    static String normalize(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\"'“”‘’「」『』《》〈〉`´".indexOf(c) < 0) sb.append(c);
        }
        s = ChineseNumerals.normalizeZeros(sb.toString());
        s = ISSUED.matcher(s).replaceAll("即日");
        if (s.indexOf('一') < 0) return s;
        char[] c = s.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] != '一') continue;
            char prev = c[i - 1];
            char next = c[i + 1];
            boolean nextStartsDate = next >= '0' && next <= '9' || ChineseNumerals.isNumeral(next) || "次翌来明今本当".indexOf(next) >= 0;
            boolean prevEndsDate = "日号號旬底初末".indexOf(prev) >= 0;
            boolean betweenDigits = prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
            boolean afterMonth = prev == '月' && next >= '0' && next <= '9';
            if (prevEndsDate && nextStartsDate || betweenDigits || afterMonth) c[i] = '-';
        }
        return new String(c);
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】';
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis opening the one that closes at {@code close}, or -1. */
    static int matchingOpen(String s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = s.charAt(i);
            if (isClose(c)) {
                depth++;
            } else if (isOpen(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static ModelException failure(String text, String detail) {
        return new ModelException("cannot read period " + ModelException.quote(text)
            + (detail == null ? "" : ": " + detail));
    }

    // ---------------------------------------------------------------- points

    private enum Shape { YEAR, MONTH, DAY, PART, END, BARE, SPAN }

    private enum Role { ALONE, START, END }

    /** The first and last day of a point that is not a plain part of a month, in a year and month. */
    @FunctionalInterface
    private interface Span {
        LocalDate[] at(int year, Integer month);
    }

    /** One end of a period, before years are settled. Month may be null when inherited from the other end. */
    private static final class Point {
        Integer year;
        Integer month;
        /** A year relative to the plan or the range's start: 1 for 次年 / next year, 0 for 今年 / this year. */
        Integer relative;
        final Shape shape;
        final int from;
        final int to;
        /** For {@link Shape#SPAN}: its days. */
        Span span;
        /** For {@link Shape#SPAN}: whether it is read within a month (ordinal weekdays and weeks). */
        boolean needsMonth;
        /** "即日", "the date of issue" when the issue date is not known. */
        boolean issue;
        /** "即日", "the date of issue", known or not. */
        boolean issueDay;
        /** The named day, for "X前" (the day before it) and 元旦 (the coming one). */
        NamedDays.Day named;

        Point(Integer year, Integer month, Shape shape, int from, int to) {
            this.year = year;
            this.month = month;
            this.shape = shape;
            this.from = from;
            this.to = to;
        }

        static Point whole(Integer year, Integer month) {
            return new Point(year, month, month == null ? Shape.YEAR : Shape.MONTH, 1, LAST);
        }

        static Point day(Integer year, Integer month, int day) {
            return new Point(year, month, Shape.DAY, day, day);
        }

        static Point part(Shape shape, Integer year, Integer month, int from, int to) {
            return new Point(year, month, shape, from, to);
        }

        static Point bare(int value) {
            return new Point(null, null, Shape.BARE, value, value);
        }

        static Point span(Integer year, Integer month, Span span) {
            Point p = new Point(year, month, Shape.SPAN, 0, 0);
            p.span = span;
            return p;
        }

        int startMonth() {
            return shape == Shape.YEAR ? 1 : month;
        }

        int endMonth() {
            return shape == Shape.YEAR ? 12 : month;
        }

        int startDay(Role role) {
            return shape == Shape.END && role != Role.ALONE ? LAST : from;
        }

        int endDay() {
            return to;
        }

        boolean hasMonth() {
            return shape == Shape.YEAR || shape == Shape.SPAN ? !needsMonth || month != null : month != null;
        }
    }

    private static final int EARLY_FROM = 1, EARLY_TO = 10, MID_FROM = 11, MID_TO = 20, LATE_FROM = 21;

    // ---------------------------------------------------------------- grammar

    private static final class Reader {
        private final String text;
        private final String written;
        private final String core;
        private final List<Token> t;
        private final Integer planYear;
        private final LocalDate issueDate;
        private final Consumer<String> warnings;
        private int i;
        /** Whether the year is stated, for the dates being computed (messages and February 29). */
        private boolean stated;
        private boolean approximate;

        Reader(String text, String written, String core, List<Token> tokens, Integer planYear, LocalDate issueDate,
               Consumer<String> warnings) {
            this.text = text;
            this.written = written;
            this.core = core;
            this.t = tokens;
            this.planYear = planYear;
            this.issueDate = issueDate;
            this.warnings = warnings;
        }

        Period period() throws ModelException {
            while (acceptWord("in") || acceptWord("on") || acceptWord("at") || acceptChar("在") || acceptChar("于")
                || acceptChar("於") || acceptKey(Key.FILLER)) {
                // leading prepositions add nothing
            }
            if (acceptDeadlinePrefix()) {
                Point p = point();
                acceptDeadlineSuffix();
                tail();
                expectEnd();
                return before(p);
            }
            if (atKey(0, Key.DURATION) && !atKey(1, Key.DURATION)) return durationFirst(); // for three weeks from September 1
            boolean starting = acceptKey(Key.ONWARDS);
            if (!starting && atWord(0, "beginning") && (atWord(1, "on") || atWord(1, "from") || monthAt(1) != null)) {
                i++; // beginning on September 1
                starting = true;
            }
            boolean from = acceptWord("from") || acceptChar("从") || acceptChar("從") || acceptChar("自") || starting;
            acceptWord("on");
            boolean between = !from && acceptWord("between");
            Point a = point();
            boolean onwards = acceptChar("起") || acceptKey(Key.ONWARDS);
            if (atDuration()) {
                if (between) throw fail(unexpected());
                return duration(a);
            }
            tail();
            if (atEnd()) {
                if (a.issue || a.issueDay) {
                    throw fail("it starts on the day of issue but gives no end: add one (自即日起至9月30日, "
                        + "from the date of issue to September 30) or a duration (即日起，为期一个月)");
                }
                if (from || between || onwards) throw fail("it gives no end");
                return single(a);
            }
            if (!from && !between && !onwards && acceptDeadlineSuffix()) {
                tail();
                expectEnd();
                return before(a);
            }
            if (!between && (atListSeparator() || monthAt(0) != null && listAhead())) return list(a);
            boolean adjoining = peek(0).kind() == Kind.NUMBER && atChar(1, "月"); // 10月底11月初
            if (!adjoining && !acceptSeparator(between)) throw fail(unexpected());
            Point b = point();
            boolean endBefore = false;
            if (atChar(0, "为") || atChar(0, "為")) {
                i++;
                if (!acceptChar("止")) throw fail(unexpected());
            } else {
                acceptChar("止");
                endBefore = acceptDeadlineSuffix();
            }
            tail();
            if (atDuration()) throw fail("it gives both an end and a duration: keep one");
            expectEnd();
            return range(a, b, endBefore);
        }

        /** Words after a period that add nothing, and "左右" / "or so". */
        private void tail() {
            while (true) {
                if (acceptKey(Key.FILLER)) continue;
                if (acceptKey(Key.APPROX_AFTER)) {
                    approximate = true;
                    continue;
                }
                return;
            }
        }

        // -- token helpers

        private Token peek(int k) {
            return i + k < t.size() ? t.get(i + k) : null;
        }

        private boolean atEnd() {
            return i >= t.size();
        }

        private boolean atWord(int k, String w) {
            Token x = peek(k);
            return x != null && x.kind() == Kind.WORD && x.text().equals(w);
        }

        private boolean atChar(int k, String c) {
            Token x = peek(k);
            return x != null && x.kind() == Kind.CHAR && x.text().equals(c);
        }

        private boolean atKey(int k, Key key) {
            Token x = peek(k);
            return x != null && x.is(key);
        }

        private boolean acceptWord(String w) {
            if (!atWord(0, w)) return false;
            i++;
            return true;
        }

        private boolean acceptChar(String c) {
            if (!atChar(0, c)) return false;
            i++;
            return true;
        }

        private boolean acceptKey(Key key) {
            if (!atKey(0, key)) return false;
            i++;
            return true;
        }

        private Integer monthAt(int k) {
            Token x = peek(k);
            return x != null && x.kind() == Kind.WORD ? MONTHS.get(x.text()) : null;
        }

        private void expectEnd() throws ModelException {
            if (!atEnd()) throw fail(unexpected());
        }

        private String unexpected() {
            Token x = peek(0);
            return x == null ? "it ends too early" : "did not expect \"" + x.text() + "\"";
        }

        private ModelException fail(String detail) {
            return failure(text, detail);
        }

        /** before, by, until, till, prior to, no/not later than, 截至, 截止. */
        private boolean acceptDeadlinePrefix() {
            if (acceptWord("before") || acceptWord("by") || acceptWord("until") || acceptWord("till")) return true;
            if (atWord(0, "up") && (atWord(1, "to") || atWord(1, "until"))) {
                i += 2;
                return true;
            }
            if (atWord(0, "prior") && atWord(1, "to")) {
                i += 2;
                return true;
            }
            if ((atWord(0, "no") || atWord(0, "not")) && atWord(1, "later") && atWord(2, "than")) {
                i += 3;
                return true;
            }
            if (atChar(0, "截") && (atChar(1, "至") || atChar(1, "止"))) {
                i += 2;
                if (!acceptChar("到")) acceptChar("至");
                return true;
            }
            return false;
        }

        /** 前, 以前, 之前. */
        private boolean acceptDeadlineSuffix() {
            if (acceptChar("前")) return true;
            if ((atChar(0, "以") || atChar(0, "之")) && atChar(1, "前")) {
                i += 2;
                return true;
            }
            return false;
        }

        private boolean acceptSeparator(boolean between) {
            Token x = peek(0);
            if (x == null) return false;
            boolean sep = switch (x.kind()) {
                case DASH, SLASH -> true;
                case WORD -> x.text().equals("to") || x.text().equals("through") || x.text().equals("thru")
                    || x.text().equals("until") || x.text().equals("till") || (between && x.text().equals("and"));
                case CHAR -> x.text().equals("至") || x.text().equals("到");
                default -> false;
            };
            if (sep) i++;
            return sep;
        }

        /** Whether "and", "or" or 、 comes later: "June, July and August" is a list. */
        private boolean listAhead() {
            for (int k = i; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.is(Key.LIST) || x.is(Key.OR) || x.kind() == Kind.WORD && (x.text().equals("and") || x.text().equals("or"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean atListSeparator() {
            return atKey(0, Key.LIST) || atKey(0, Key.OR) || atWord(0, "and");
        }

        // -- points

        /** A point with what may stand around it: around, the eve of, after, next year, 左右, 前夕, 后, 期间. */
        private Point point() throws ModelException {
            boolean eve = false;
            boolean after = false;
            boolean during = false;
            Integer relative = null;
            while (true) {
                if (acceptKey(Key.APPROX_BEFORE)) {
                    approximate = true;
                } else if (acceptKey(Key.EVE)) {
                    eve = true;
                } else if (acceptKey(Key.AFTER)) {
                    after = true;
                } else if (acceptKey(Key.DURING)) {
                    during = true;
                } else if (atKey(0, Key.RELATIVE_YEAR) && relative == null) {
                    relative = peek(0).value();
                    i++;
                } else if (!acceptWord("the")) {
                    break;
                }
            }
            Point p;
            if (relative != null && (atChar(0, "底") || atChar(0, "末"))) { // 今年底, 次年末
                i++;
                p = Point.part(Shape.END, null, 12, LATE_FROM, LAST);
            } else if (relative != null && atChar(0, "初")) {
                i++;
                p = Point.part(Shape.PART, null, 1, EARLY_FROM, EARLY_TO);
            } else {
                p = base();
            }
            while (true) {
                if (atKey(0, Key.RELATIVE_YEAR)) { // February next year
                    if (relative != null || p.year != null) throw fail("it gives two years");
                    relative = peek(0).value();
                    i++;
                } else if (acceptKey(Key.APPROX_AFTER)) {
                    approximate = true;
                } else if (acceptKey(Key.EVE)) {
                    eve = true;
                } else if (acceptKey(Key.AFTER)) {
                    after = true;
                } else if (acceptKey(Key.DURING)) {
                    during = true;
                } else {
                    break;
                }
            }
            if (relative != null) {
                if (p.year != null) throw fail("it gives two years");
                p.relative = relative;
            }
            if ((during || after) && p.named != null) p = holiday(p.named, p.year, p.relative, true); // 国庆节后: after the holiday
            if (eve) {
                approximate = true;
                p = eve(p);
            }
            if (after) p = after(p);
            return p;
        }

        private Point base() throws ModelException {
            acceptWord("the");
            Token x = peek(0);
            if (x == null) throw fail("it ends too early");
            switch (x.kind()) {
                case DATE:
                    i++;
                    return Point.day(x.year(), x.month(), x.day());
                case YEAR_MONTH:
                    i++;
                    return Point.whole(x.year(), x.month());
                case MONTH_DAY:
                    i++;
                    return Point.day(null, x.month(), x.day());
                case WORD:
                    return wordPoint();
                case NUMBER:
                    return numberPoint();
                case CHAR:
                    return charPoint();
                case KEY:
                    return keyPoint(x);
                default:
                    throw fail(unexpected());
            }
        }

        private Point keyPoint(Token x) throws ModelException {
            switch (x.key()) {
                case ISSUE -> {
                    i++;
                    if (issueDate == null) {
                        Point p = Point.whole(null, null);
                        p.issue = true;
                        p.issueDay = true;
                        return p;
                    }
                    LocalDate d = issueDate;
                    Point p = Point.span(d.getYear(), d.getMonthValue(), (y, m) -> new LocalDate[] {d, d});
                    p.issueDay = true;
                    return p;
                }
                case NAMED_DAY -> {
                    i++;
                    return holiday(x.named(), optionalYear(), null, false);
                }
                case ORDINAL -> {
                    i++;
                    return ordinal(x.value(), null, null, true);
                }
                case WEEK -> {
                    return weekAround();
                }
                case HALF_YEAR -> {
                    i++;
                    return months(optionalYearOf(), x.value() == 1 ? 1 : 7, 6);
                }
                case SEASON -> {
                    i++;
                    return season(x.value(), optionalYearOf());
                }
                case DURATION -> throw fail("a duration needs a start before it (9月1日起，为期一个月; September 1, for a month)");
                default -> throw fail(unexpected());
            }
        }

        /** the week of X (Monday to Sunday), the week before X, the week after X. */
        private Point weekAround() throws ModelException {
            if (!(atWord(1, "of") || atWord(1, "before") || atKey(1, Key.AFTER))) {
                throw fail(peek(1) == null ? "it ends too early" : "did not expect \"" + peek(1).text() + "\"");
            }
            i++;
            String how = peek(0).is(Key.AFTER) ? "after" : peek(0).text();
            i++;
            Point q = point();
            Point p = how.equals("after") && q.named != null ? holiday(q.named, q.year, q.relative, true) : q;
            Point w = Point.span(p.year, p.month, (y, m) -> {
                if (how.equals("of")) {
                    LocalDate d = firstDay(p, y, m);
                    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return new LocalDate[] {monday, monday.plusDays(6)};
                }
                if (how.equals("before")) {
                    LocalDate d = firstDay(p, y, m);
                    return new LocalDate[] {d.minusDays(7), d.minusDays(1)};
                }
                LocalDate d = lastDay(p, y, m);
                return new LocalDate[] {d.plusDays(1), d.plusDays(7)};
            });
            w.relative = p.relative;
            w.needsMonth = !p.hasMonth();
            return w;
        }

        /** A named day: the day itself, or with {@code during} its holiday period (国庆期间: October 1–7). */
        private Point holiday(NamedDays.Day day, Integer year, Integer relative, boolean during) {
            Point p = Point.span(year, null, (y, m) -> during
                ? new LocalDate[] {NamedDays.periodStart(day, y), NamedDays.periodEnd(day, y)}
                : new LocalDate[] {NamedDays.day(day, y), NamedDays.day(day, y)});
            p.named = day;
            p.relative = relative;
            return p;
        }

        /** The week before a point: 五四前夕, on the eve of National Day (approximate). */
        private Point eve(Point p) {
            Point e = Point.span(p.year, p.month, (y, m) -> {
                LocalDate first = firstDay(p, p.named == NamedDays.Day.NEW_YEAR && p.year == null ? y + 1 : y, m);
                return new LocalDate[] {first.minusDays(7), first.minusDays(1)};
            });
            e.relative = p.relative;
            e.needsMonth = !p.hasMonth();
            return e;
        }

        /** The day after a point: 国庆节后, after May 10. */
        private Point after(Point p) {
            Point a = Point.span(p.year, p.month, (y, m) -> {
                LocalDate next = lastDay(p, y, m).plusDays(1);
                return new LocalDate[] {next, next};
            });
            a.relative = p.relative;
            a.needsMonth = !p.hasMonth();
            return a;
        }

        /**
         * The n-th weekday, weekend or week of a month (n = -1: the last): 第二个星期六, 第三周, the second Sunday in
         * June, the last week of May. A week is Monday to Sunday, and the n-th week of a month the one holding its
         * n-th Thursday (so the first week has most of its days in the month). English writes the month after.
         */
        private Point ordinal(int n, Integer year, Integer month, boolean monthMayFollow) throws ModelException {
            if (n == 0 || n > 5) throw fail("there is no " + n + "th week or weekday in a month");
            if (acceptKey(Key.QUARTER)) { // 第三季度, the third quarter (of 2015)
                if (n < 0 ? n != -1 : n > 4) throw fail("there is no quarter " + n);
                return quarter(n < 0 ? 4 : n, year != null ? year : optionalYearOf());
            }
            if (atKey(0, Key.HALF) && monthMayFollow && (n == 1 || n == 2 || n == -1)) { // the first half of June / 2015
                i++;
                int half = n == 1 ? 1 : 2;
                acceptWord("of");
                acceptWord("the");
                Integer m = monthAt(0);
                if (m != null) {
                    i++;
                    return Point.part(Shape.PART, optionalYear(), m, half == 1 ? 1 : 16, half == 1 ? 15 : LAST);
                }
                if (acceptWord("year")) return months(null, half == 1 ? 1 : 7, 6);
                Token y = peek(0);
                if (y != null && y.isYear()) {
                    i++;
                    return months(y.value(), half == 1 ? 1 : 7, 6);
                }
                throw fail(y == null ? "it ends too early" : unexpected());
            }
            int what;
            if (atKey(0, Key.WEEKDAY)) {
                what = peek(0).value();
            } else if (atKey(0, Key.WEEK)) {
                what = 0;
            } else if (atKey(0, Key.UNIT) && peek(0).value() == 1 && monthMayFollow) { // the last day of June
                i++;
                return ordinalDay(n);
            } else if (monthMayFollow && n > 0 && (atWord(0, "of") || monthAt(0) != null)) { // the first of June
                acceptWord("of");
                Integer m = monthAt(0);
                if (m == null) throw fail(unexpected());
                i++;
                return Point.day(optionalYear(), m, n);
            } else {
                throw fail(peek(0) == null ? "it ends too early: expected a weekday or a week after the ordinal"
                    : "expected a weekday or a week after the ordinal, not \"" + peek(0).text() + "\"");
            }
            i++;
            if (monthMayFollow && month == null) {
                if (acceptWord("in") || acceptWord("of") || monthAt(0) != null) {
                    acceptWord("the");
                    Integer m = monthAt(0);
                    if (m == null) {
                        if (acceptWord("month")) return ordinalSpan(n, what, year, null);
                        throw fail(peek(0) == null ? "it ends too early" : unexpected());
                    }
                    i++;
                    year = optionalYear();
                    month = m;
                }
            }
            return ordinalSpan(n, what, year, month);
        }

        private Point ordinalDay(int n) throws ModelException {
            acceptWord("of");
            acceptWord("the");
            Integer m = monthAt(0);
            if (m == null) {
                if (!acceptWord("month")) throw fail(unexpected());
            } else {
                i++;
            }
            return Point.day(m == null ? null : optionalYear(), m, n < 0 ? LAST : n);
        }

        private Point ordinalSpan(int n, int what, Integer year, Integer month) {
            Point p = Point.span(year, month, (y, m) -> ordinalDays(y, m, n, what));
            p.needsMonth = true;
            return p;
        }

        /** Whole months from {@code first}: a quarter, a half year, a season. */
        private Point months(Integer year, int first, int count) {
            return Point.span(year, null, (y, m) -> {
                LocalDate start = LocalDate.of(y, first, 1);
                return new LocalDate[] {start, start.plusMonths(count).minusDays(1)};
            });
        }

        private Point quarter(int q, Integer year) {
            return months(year, 3 * q - 2, 3);
        }

        /** 春季 / spring March–May, summer June–August, autumn September–November, winter December–February; 暑期 July–August. */
        private Point season(int season, Integer year) {
            return season == 5 ? months(year, 7, 2) : months(year, season == 4 ? 12 : 3 * season, 3);
        }

        /** A year after a season, half or quarter: "summer 2015", "the summer of 2015", "Q3 2015". */
        private Integer optionalYearOf() {
            if (atWord(0, "of") && peek(1) != null && peek(1).isYear()) i++;
            return optionalYear();
        }

        private static LocalDate[] ordinalDays(int year, int month, int n, int what) {
            YearMonth ym = YearMonth.of(year, month);
            if (what == 0) {
                LocalDate thursday = nth(ym, n, DayOfWeek.THURSDAY, "week");
                return new LocalDate[] {thursday.minusDays(3), thursday.plusDays(3)};
            }
            if (what == 8) {
                LocalDate saturday = nth(ym, n, DayOfWeek.SATURDAY, "weekend");
                return new LocalDate[] {saturday, saturday.plusDays(1)};
            }
            DayOfWeek dow = DayOfWeek.of(what);
            LocalDate d = nth(ym, n, dow, dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            return new LocalDate[] {d, d};
        }

        private static LocalDate nth(YearMonth ym, int n, DayOfWeek dow, String what) {
            if (n < 0) return ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow));
            LocalDate d = ym.atDay(1).with(TemporalAdjusters.firstInMonth(dow)).plusWeeks(n - 1);
            if (d.getMonthValue() != ym.getMonthValue()) {
                String[] names = {"", "first", "second", "third", "fourth", "fifth"};
                throw new DateTimeException(Month.of(ym.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + ym.getYear() + " has no " + names[n] + " " + what);
            }
            return d;
        }

        private Point wordPoint() throws ModelException {
            String w = peek(0).text();
            Integer month = MONTHS.get(w);
            if (month != null) {
                i++;
                return monthWordPoint(month);
            }
            if (w.equals("q") && peek(1) != null && peek(1).kind() == Kind.NUMBER && peek(1).value() >= 1
                && peek(1).value() <= 4 && peek(1).digits() == 1) { // Q3 2015
                int q = peek(1).value();
                i += 2;
                return quarter(q, optionalYear());
            }
            Shape shape = Shape.PART;
            boolean ofForm = !w.equals("early") && !w.equals("mid") && !w.equals("late");
            int from;
            int to;
            switch (w) {
                case "end", "close" -> {
                    shape = Shape.END;
                    from = LATE_FROM;
                    to = LAST;
                }
                case "beginning", "start", "early" -> {
                    from = EARLY_FROM;
                    to = EARLY_TO;
                }
                case "middle", "mid" -> {
                    from = MID_FROM;
                    to = MID_TO;
                }
                case "late" -> {
                    from = LATE_FROM;
                    to = LAST;
                }
                default -> throw fail(unexpected());
            }
            i++;
            if (peek(0) != null && peek(0).kind() == Kind.DASH && monthAt(1) != null) i++; // mid-June
            acceptWord("of");
            acceptWord("the");
            Token x = peek(0);
            if (atWord(0, "month")) {
                i++;
                return Point.part(shape, null, null, from, to);
            }
            Integer m = monthAt(0);
            if (m != null) {
                i++;
                return Point.part(shape, optionalYear(), m, from, to);
            }
            boolean yearWord = atWord(0, "year");
            if ((yearWord || (x != null && x.isYear())) && ofForm && from != MID_FROM) { // the end of (the year|2011)
                i++;
                Integer year = yearWord ? null : x.value();
                return shape == Shape.END
                    ? Point.part(Shape.END, year, 12, from, to)
                    : Point.part(Shape.PART, year, 1, from, to);
            }
            throw fail(x == null ? "it ends too early" : unexpected());
        }

        /** After a month name: optional day (June 1, June 1st), optional year (June 1, 2011; June 2011). */
        private Point monthWordPoint(int month) throws ModelException {
            Token x = peek(0);
            if (x != null && x.isDay() && !(atKey(1, Key.WEEKDAY) || atKey(1, Key.WEEK))) {
                i++;
                return Point.day(optionalYear(), month, x.value());
            }
            return Point.whole(optionalYear(), month);
        }

        private Integer optionalYear() {
            Token x = peek(0);
            if (x != null && x.isYear()) {
                i++;
                return x.value();
            }
            return null;
        }

        private Point numberPoint() throws ModelException {
            Token x = peek(0);
            if (atChar(1, "月")) return chineseMonth(null);
            if (!x.ordinal() && x.digits() <= 2 && atKey(1, Key.QUARTER)) { // 三季度
                i += 2;
                if (x.value() < 1 || x.value() > 4) throw fail("there is no quarter " + x.value());
                return quarter(x.value(), null);
            }
            if (x.ordinal() && (atKey(1, Key.WEEKDAY) || atKey(1, Key.WEEK) || atKey(1, Key.QUARTER) || atKey(1, Key.HALF))) {
                i++;
                return ordinal(x.value(), null, null, true);
            }
            i++;
            if (x.isYear()) {
                int year = x.value();
                if (acceptChar("年")) {
                    acceptChar("的");
                    Token n = peek(0);
                    if (n != null && n.kind() == Kind.NUMBER && atChar(1, "月")) return chineseMonth(year);
                    if (n != null && n.is(Key.NAMED_DAY)) {
                        i++;
                        return holiday(n.named(), year, null, false);
                    }
                    if (n != null && n.is(Key.ORDINAL)) { // 2015年第三季度
                        i++;
                        if (!atKey(0, Key.QUARTER)) throw fail(unexpected());
                        return ordinal(n.value(), year, null, false);
                    }
                    if (n != null && n.kind() == Kind.NUMBER && atKey(1, Key.QUARTER)) { // 2015年三季度
                        i += 2;
                        if (n.value() < 1 || n.value() > 4) throw fail("there is no quarter " + n.value());
                        return quarter(n.value(), year);
                    }
                    if (n != null && n.is(Key.HALF_YEAR)) { // 2015年上半年
                        i++;
                        return months(year, n.value() == 1 ? 1 : 7, 6);
                    }
                    if (n != null && n.is(Key.SEASON)) { // 2015年春季
                        i++;
                        return season(n.value(), year);
                    }
                    if (acceptChar("底") || acceptChar("末")) return Point.part(Shape.END, year, 12, LATE_FROM, LAST);
                    if (acceptChar("初")) return Point.part(Shape.PART, year, 1, EARLY_FROM, EARLY_TO);
                    return Point.whole(year, null);
                }
                Integer m = monthAt(0);
                if (m != null) { // 2011 June
                    i++;
                    Point p = monthWordPoint(m);
                    if (p.year != null) throw fail("it gives two years");
                    p.year = year;
                    return p;
                }
                return Point.whole(year, null);
            }
            if (x.digits() > 2) throw fail("cannot read the number " + x.text());
            if (acceptChar("日") || acceptChar("号") || acceptChar("號")) return Point.day(null, null, x.value());
            if (atWord(0, "of") && monthAt(1) != null) i++;
            Integer m = monthAt(0);
            if (m != null) { // 10 May 2011
                i++;
                return Point.day(optionalYear(), m, x.value());
            }
            Point bare = Point.bare(x.value());
            bare.year = optionalYear();
            return bare;
        }

        /** {@code [year年]N月[份][的][D[日|号] | 底 | 末 | 初 | 中 | 上旬 | 中旬 | 下旬 | 上中旬 | 中下旬 | 第N个星期X | 第N周]}. */
        private Point chineseMonth(Integer year) throws ModelException {
            Token n = peek(0);
            if (n.digits() > 2) throw fail("cannot read the number " + n.text());
            i += 2; // number and 月
            acceptChar("份");
            return chineseTail(year, n.value());
        }

        private Point chineseTail(Integer year, Integer month) throws ModelException {
            acceptChar("的");
            Token x = peek(0);
            if (x != null && x.is(Key.ORDINAL)) {
                i++;
                return ordinal(x.value(), year, month, false);
            }
            if (x != null && x.kind() == Kind.NUMBER) {
                if (x.digits() > 2) throw fail("cannot read the number " + x.text());
                i++;
                if (!acceptChar("日") && !acceptChar("号")) acceptChar("號");
                return Point.day(year, month, x.value());
            }
            if (acceptChar("底") || acceptChar("末")) return Point.part(Shape.END, year, month, LATE_FROM, LAST);
            if (acceptChar("初")) return Point.part(Shape.PART, year, month, EARLY_FROM, EARLY_TO);
            if (x != null && x.is(Key.HALF_MONTH)) { // 6月上半月, 6月下半月
                i++;
                return x.value() == 1 ? Point.part(Shape.PART, year, month, 1, 15) : Point.part(Shape.PART, year, month, 16, LAST);
            }
            if (atChar(0, "上") && atChar(1, "中") && atChar(2, "旬")) {
                i += 3;
                return Point.part(Shape.PART, year, month, EARLY_FROM, MID_TO);
            }
            if (atChar(0, "中") && atChar(1, "下") && atChar(2, "旬")) {
                i += 3;
                return Point.part(Shape.PART, year, month, MID_FROM, LAST);
            }
            if (atChar(1, "旬")) {
                int from = atChar(0, "上") ? EARLY_FROM : atChar(0, "中") ? MID_FROM : atChar(0, "下") ? LATE_FROM : 0;
                if (from == 0) throw fail(unexpected());
                i += 2;
                return Point.part(Shape.PART, year, month, from, from == EARLY_FROM ? EARLY_TO : from == MID_FROM ? MID_TO : LAST);
            }
            if (acceptChar("中")) return Point.part(Shape.PART, year, month, MID_FROM, MID_TO);
            if (month == null) throw fail(unexpected());
            return Point.whole(year, month);
        }

        /** Month-less Chinese forms that take the month of the other end: 月底, 月初, 中旬, 年底. */
        private Point charPoint() throws ModelException {
            if (acceptChar("月")) return chineseTail(null, null);
            if (atChar(1, "旬") || (atChar(1, "中") || atChar(1, "下")) && atChar(2, "旬")) return chineseTail(null, null);
            if (acceptChar("年")) {
                if (acceptChar("底") || acceptChar("末")) return Point.part(Shape.END, null, 12, LATE_FROM, LAST);
                if (acceptChar("初")) return Point.part(Shape.PART, null, 1, EARLY_FROM, EARLY_TO);
            }
            throw fail(unexpected());
        }

        // -- durations

        private boolean atDuration() {
            if (atWord(0, "and") && atKey(1, Key.DURATION)) i++; // and lasting three weeks
            if (atKey(0, Key.DURATION)) return true;
            Token x = peek(0);
            if (x == null) return false;
            boolean amount = x.kind() == Kind.NUMBER && !x.ordinal() || x.is(Key.HALF)
                || x.kind() == Kind.WORD && NUMBER_WORDS.containsKey(x.text());
            if (!amount) return false;
            int k = 1;
            while (atKey(k, Key.COUNTER) || atKey(k, Key.HALF)) k++;
            return atKey(k, Key.WEEK) || atKey(k, Key.UNIT) || atWord(k, "months") || atWord(k, "weeks")
                || atWord(k, "years") || atWord(k, "month") || atWord(k, "year") || atChar(k, "天")
                || atKey(k - 1, Key.COUNTER) && (atChar(k, "月") || atChar(k, "年"));
        }

        /** {@code start [起] [为期|for] amount unit}: 9月1日起，为期三周; September 1, for three weeks. */
        private Period duration(Point a) throws ModelException {
            acceptKey(Key.DURATION);
            int[] length = amount(); // months, days
            tail();
            expectEnd();
            return lasting(a, length);
        }

        private Period lasting(Point a, int[] length) throws ModelException {
            if (a.issue) {
                throw fail("it lasts from the day of issue, which the plan does not give: add :plan-date: to the "
                    + "plan's header, or write the start");
            }
            requireMonth(a);
            stated = a.year != null || planYear != null;
            LocalDate start = firstDay(a, yearOf(a), Role.ALONE);
            LocalDate end = start.plusMonths(length[0]).plusDays(length[1]).minusDays(1);
            return make(start, end, false, null);
        }

        /** {@code for amount unit from|starting point}: for three weeks from September 1. */
        private Period durationFirst() throws ModelException {
            acceptKey(Key.DURATION);
            int[] length = amount();
            if (!acceptWord("from") && !acceptKey(Key.ONWARDS) && !acceptWord("after")) {
                throw fail(atEnd() ? "a duration needs a start (for three weeks from September 1)" : unexpected());
            }
            acceptWord("on");
            Point a = point();
            acceptChar("起");
            tail();
            expectEnd();
            return lasting(a, length);
        }

        private int[] amount() throws ModelException {
            int n;
            boolean half = false;
            Token x = peek(0);
            if (x == null) throw fail("it ends too early: expected how long (为期三周, for three weeks)");
            if (x.is(Key.HALF)) { // 半个月, half a month
                i++;
                half = true;
                n = 0;
                if (!acceptWord("a")) acceptWord("an");
            } else if (x.kind() == Kind.NUMBER && !x.ordinal()) {
                i++;
                n = x.value();
            } else if (x.kind() == Kind.WORD && NUMBER_WORDS.containsKey(x.text())) {
                i++;
                n = NUMBER_WORDS.get(x.text());
                acceptWord("of"); // a couple of weeks
            } else {
                throw fail("expected how long (为期三周, for three weeks), not \"" + x.text() + "\"");
            }
            half |= acceptHalf();
            acceptKey(Key.COUNTER);
            half |= acceptKey(Key.HALF); // 一个半月
            int unitMonths = 0;
            int unitDays = 0;
            Token u = peek(0);
            if (u != null && (u.is(Key.WEEK) || u.is(Key.UNIT))) {
                unitDays = u.value();
            } else if (atChar(0, "天") || atChar(0, "日")) {
                unitDays = 1;
            } else if (atChar(0, "旬")) {
                unitDays = 10;
            } else if (atChar(0, "月") || atWord(0, "month") || atWord(0, "months")) {
                unitMonths = 1;
            } else if (atChar(0, "年") || atWord(0, "year") || atWord(0, "years")) {
                unitMonths = 12;
            } else {
                throw fail(u == null ? "it ends too early: expected a unit (天, 周, 个月; days, weeks, months)"
                    : "expected a unit (天, 周, 个月; days, weeks, months), not \"" + u.text() + "\"");
            }
            i++;
            half |= acceptKey(Key.HALF) || acceptHalf(); // 一年半, two weeks and a half
            if (n > 1000) throw fail("a duration of " + n + " is too long");
            if (n == 0 && !half) throw fail("the duration is empty");
            int months = n * unitMonths + (half ? unitMonths / 2 : 0);
            int days = n * unitDays + (half ? (unitMonths == 1 ? 15 : unitDays / 2) : 0);
            if (months == 0 && days == 0) throw fail("the duration is shorter than a day");
            return new int[] {months, days};
        }

        /** "and a half". */
        private boolean acceptHalf() {
            if (atWord(0, "and") && atWord(1, "a") && atKey(2, Key.HALF)) {
                i += 3;
                return true;
            }
            return false;
        }

        // -- lists

        /** 8月上旬、中旬; 6月或7月; June and July: the span from the first to the last part. */
        private Period list(Point first) throws ModelException {
            List<Point> parts = new ArrayList<>();
            parts.add(first);
            boolean alternatives = false;
            while (true) {
                if (acceptKey(Key.OR) || acceptWord("or")) {
                    alternatives = true;
                } else if (!acceptKey(Key.LIST) && !acceptWord("and") && !(monthAt(0) != null && listAhead())) {
                    break;
                }
                Point prev = parts.get(parts.size() - 1);
                Point p = point();
                if (p.shape == Shape.BARE) {
                    if (prev.shape == Shape.DAY) p = Point.day(p.year, prev.month, p.from); // 5月10日、20日
                } else if (!p.hasMonth() && p.shape != Shape.YEAR) {
                    p.month = prev.month;
                }
                parts.add(p);
            }
            tail();
            expectEnd();
            for (int k = parts.size() - 2; k >= 0; k--) { // 7、8月; 10、20日 takes the month of what follows
                Point p = parts.get(k);
                Point next = parts.get(k + 1);
                if (p.shape != Shape.BARE) continue;
                if (next.shape == Shape.MONTH) {
                    parts.set(k, Point.whole(next.year, p.from));
                } else if (next.shape == Shape.DAY && next.month != null) {
                    parts.set(k, Point.day(next.year, next.month, p.from));
                } else {
                    throw fail("cannot tell what the number " + p.from + " means");
                }
            }
            Integer year = null;
            for (Point p : parts) {
                if (p.year != null) year = p.year;
            }
            for (Point p : parts) {
                if (p.year == null && p.relative == null) p.year = year;
                requireMonth(p);
                if (p.issue) throw fail("the day of issue cannot be part of a list");
            }
            stated = year != null || planYear != null;
            LocalDate start = null;
            LocalDate end = null;
            List<LocalDate[]> days = new ArrayList<>();
            for (Point p : parts) {
                int y = yearOf(p);
                LocalDate s = firstDay(p, y, Role.ALONE);
                LocalDate e = lastDay(p, y, p.month);
                days.add(new LocalDate[] {s, e});
                if (start == null || s.isBefore(start)) start = s;
                if (end == null || e.isAfter(end)) end = e;
            }
            days.sort((x, y) -> x[0].compareTo(y[0]));
            boolean gap = false;
            LocalDate reach = days.get(0)[1];
            for (LocalDate[] d : days) {
                if (d[0].isAfter(reach.plusDays(1))) gap = true;
                if (d[1].isAfter(reach)) reach = d[1];
            }
            return make(start, end, false, alternatives || gap ? core : null);
        }

        // -- meaning

        /** The year of a point: its own, else the plan's (plus 次年), else the reference year. */
        private int yearOf(Point p) {
            if (p.year != null) return p.year;
            if (planYear == null) return REFERENCE_YEAR;
            return p.relative == null ? planYear : Math.addExact(planYear, p.relative);
        }

        private void requireMonth(Point p) throws ModelException {
            if (p.shape == Shape.BARE) throw fail("cannot tell what the number " + p.from + " means");
            if (!p.hasMonth()) throw fail("it names no month");
        }

        private LocalDate firstDay(Point p, int year, Role role) {
            return p.shape == Shape.SPAN ? p.span.at(year, p.month)[0] : date(year, p.startMonth(), p.startDay(role));
        }

        private LocalDate firstDay(Point p, int year, Integer month) {
            return p.shape == Shape.SPAN ? p.span.at(year, month)[0]
                : date(year, month == null || p.shape == Shape.YEAR ? p.startMonth() : month, p.startDay(Role.ALONE));
        }

        private LocalDate lastDay(Point p, int year, Integer month) {
            return p.shape == Shape.SPAN ? p.span.at(year, month)[1]
                : date(year, month == null || p.shape == Shape.YEAR ? p.endMonth() : month, p.endDay());
        }

        private Period single(Point p) throws ModelException {
            requireMonth(p);
            stated = p.year != null || planYear != null;
            int year = yearOf(p);
            return make(firstDay(p, year, Role.ALONE), lastDay(p, year, p.month), false, null);
        }

        private Period before(Point p) throws ModelException {
            requireMonth(p);
            if (p.issue) throw fail("it ends on the day of issue: write a date");
            stated = p.year != null || planYear != null;
            int year = yearOf(p);
            if (p.named != null) {
                // before a holiday: up to the day before it; 元旦前 is before the New Year that ends the year
                if (p.named == NamedDays.Day.NEW_YEAR && p.year == null) year = Math.addExact(year, 1);
                LocalDate end = NamedDays.periodStart(p.named, year).minusDays(1);
                return make(end.withDayOfMonth(1), end, true, null);
            }
            LocalDate end = lastDay(p, year, p.month);
            LocalDate first = firstDay(p, year, Role.ALONE); // validates the day itself
            LocalDate start = p.shape == Shape.SPAN ? first.withDayOfMonth(1) : date(year, p.startMonth(), 1);
            return make(start, end, true, null);
        }

        private Period range(Point a, Point b, boolean endBefore) throws ModelException {
            if (!b.hasMonth() && b.shape != Shape.YEAR) { // 5月10日至20日, May 10 - 20, 5月初至月底, 9月第一周至第三周
                if (!a.hasMonth() || a.month == null) throw fail("it names no month");
                if (b.shape == Shape.BARE) {
                    if (a.shape != Shape.DAY) throw fail("cannot tell what the number " + b.from + " means");
                    Integer year = b.year;
                    b = Point.day(year, a.month, b.from);
                } else {
                    b.month = a.month;
                }
            }
            if (!a.hasMonth() && a.shape != Shape.YEAR) { // 5-6月, 10 - 20 May
                if (a.shape != Shape.BARE || b.shape == Shape.YEAR || b.month == null) throw fail("it names no month");
                Integer year = a.year;
                a = b.shape == Shape.DAY ? Point.day(year, b.month, a.from) : Point.whole(year, a.from);
            }
            if (b.issue) throw fail("it ends on the day of issue: write a date");
            boolean aYear = a.year != null;
            boolean bYear = b.year != null;
            stated = aYear || bYear || planYear != null;
            if (a.issue) { // from the day of issue, which the plan does not give: an open start, like "before"
                int year = bYear ? b.year : yearOf(b);
                LocalDate end = endOf(b, year, endBefore);
                return make(end.withDayOfMonth(1), end, true, null);
            }
            int startYear;
            if (aYear) {
                startYear = a.year;
            } else if (bYear && a.relative == null) {
                startYear = b.year;
            } else {
                startYear = yearOf(a);
            }
            int endYear = bYear ? b.year : b.relative != null ? Math.addExact(startYear, b.relative) : startYear;
            LocalDate start = firstDay(a, startYear, Role.START);
            LocalDate end = endOf(b, endYear, endBefore);
            if (end.isBefore(start)) {
                boolean yearsSaid = aYear && bYear || b.relative != null || bYear && a.relative != null;
                if (yearsSaid || start.getMonthValue() == end.getMonthValue() && start.getYear() == end.getYear()) {
                    throw fail("it ends before it starts");
                }
                if (!aYear && bYear) {
                    startYear = Math.subtractExact(startYear, 1);
                    start = firstDay(a, startYear, Role.START);
                } else {
                    endYear = Math.addExact(endYear, 1);
                    end = endOf(b, endYear, endBefore);
                }
                if (end.isBefore(start)) throw fail("it ends before it starts");
                if (warnings != null && b.named != NamedDays.Day.NEW_YEAR) {
                    warnings.accept("period " + ModelException.quote(text) + " ends before it starts, so it is read"
                        + " as running into the next year (" + start + " to " + end + "): write the year of its end,"
                        + " or 次年 / \"next year\" (12月至次年2月, December to February next year), to say so");
                }
            }
            return make(start, end, false, null);
        }

        /** The last day of a range's end; "至国庆节前" ends the day before the holiday. */
        private LocalDate endOf(Point b, int year, boolean before) {
            if (before && b.named != null) return NamedDays.periodStart(b.named, year).minusDays(1);
            return lastDay(b, year, b.month);
        }

        /**
         * The period; without a stated year its dates are moved into the reference year (the eve of January 5 is
         * in December: "any year" is still the reference year).
         */
        private Period make(LocalDate start, LocalDate end, boolean openStart, String note) {
            if (!stated && start.getYear() != REFERENCE_YEAR) {
                int shift = REFERENCE_YEAR - start.getYear();
                start = start.plusYears(shift);
                end = end.plusYears(shift);
                if (end.isBefore(start)) end = start;
            }
            return new Period(written, start, end, stated, openStart, approximate, false, note);
        }

        private LocalDate date(int year, int month, int day) {
            if (month < 1 || month > 12) throw new DateTimeException("there is no month " + month);
            if (day < 1 || day > 31 && day != LAST) throw new DateTimeException("there is no day " + day);
            YearMonth ym = YearMonth.of(year, month);
            if (day == LAST) return ym.atEndOfMonth();
            if (day > ym.lengthOfMonth()) {
                if (!stated && month == 2 && day == 29) return ym.atEndOfMonth(); // no year: assume a leap year
                String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                throw new DateTimeException(name + (stated ? " " + year : "") + " has no day " + day);
            }
            return ym.atDay(day);
        }
    }
}
