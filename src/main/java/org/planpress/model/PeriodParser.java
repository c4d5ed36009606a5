package org.planpress.model;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the period of a plan stage, as people write it, into inclusive dates.
 *
 * <p>English: {@code June}, {@code May 10}, {@code 10 May 2011}, {@code June 1st, 2011},
 * {@code (the) end of May}, {@code early/mid/late June}, {@code the beginning/middle of June},
 * {@code before May 10}, {@code by the end of December}, ranges {@code X to Y}, {@code X - Y},
 * {@code X – Y}, {@code X — Y}, {@code from X to Y}, {@code X through Y}, {@code X until Y},
 * {@code between X and Y}; ISO dates {@code 2011-05-10} and months {@code 2011-05}; a bare year
 * {@code 2011}. Chinese: {@code 6月}, {@code 五月}, {@code 6月1日} / {@code 6月1号}, {@code 6月底},
 * {@code 6月初}, {@code 6月上旬/中旬/下旬}, {@code 5月底前}, {@code 6月1日以前},
 * {@code X至Y}, {@code X到Y}, {@code X-Y}, {@code X～Y}, {@code 2011年5月10日}, {@code 5月10日至20日}.
 *
 * <p>Meaning: a month is the whole month; a day is that day; early/上旬/初 is days 1–10,
 * mid/中旬 11–20, late/下旬 21 to the month's end; "the end of May"/5月底 alone is May 21–31 but
 * as either end of a range it is May 31. A range covers both ends whole. "before X"/"by X"/X前 is a
 * deadline: it ends where X ends and starts, with {@link Period#openStart()} set, on the first day
 * of X's month. The year comes from the period, else from the plan, else the reference year
 * {@value #REFERENCE_YEAR} with {@link Period#yearStated()} false. A range whose end falls before
 * its start, and whose end states no year of its own, runs into the next year
 * ({@code November to February}) — unless both ends are in the same month ({@code May 20 - 10} is
 * rejected).
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

    private static final String ZH_DIGITS = "〇零一二三四五六七八九十廿卅";
    private static final String ZH_CHARS = "年月日号號底初末中上下旬前以之至到从從自起止份截为為";

    private PeriodParser() {
    }

    /**
     * Parses a period.
     *
     * @param text the period as written, e.g. {@code "May 10 - the end of October"} or {@code "5月底前"};
     *     surrounding whitespace, parentheses and trailing punctuation are ignored
     * @param planYear the plan's year, used when the period states none; may be null
     * @return the period, with {@code start <= end}
     * @throws ModelException when the text is empty, not a period, or names a day that does not exist;
     *     the message quotes the text
     */
    public static Period parse(String text, Integer planYear) throws ModelException {
        Objects.requireNonNull(text, "text");
        String written = clean(text);
        if (written.isEmpty()) {
            throw new ModelException("cannot read period " + ModelException.quote(text) + ": it is empty");
        }
        try {
            String normal = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            List<Token> tokens = new Lexer(text, normal).tokens();
            return new Reader(text, written, tokens, planYear).period();
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

    private static boolean isOpen(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）';
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

    private static ModelException failure(String text, String detail) {
        return new ModelException("cannot read period " + ModelException.quote(text)
            + (detail == null ? "" : ": " + detail));
    }

    // ---------------------------------------------------------------- tokens

    private enum Kind { NUMBER, DATE, YEAR_MONTH, WORD, CHAR, DASH, SLASH }

    /** A lexical token; numbers carry value and digit count, dates their parts. */
    private record Token(Kind kind, String text, int value, int digits, boolean ordinal, int year, int month, int day) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, 0, 0, false, 0, 0, 0);
        }

        static Token number(String text, int value, int digits, boolean ordinal) {
            return new Token(Kind.NUMBER, text, value, digits, ordinal, 0, 0, 0);
        }

        boolean isYear() {
            return kind == Kind.NUMBER && digits == 4 && !ordinal;
        }

        boolean isDay() {
            return kind == Kind.NUMBER && digits <= 2;
        }
    }

    private static final class Lexer {
        private final String text;
        private final String s;
        private final List<Token> out = new ArrayList<>();

        Lexer(String text, String normal) {
            this.text = text;
            this.s = normal;
        }

        List<Token> tokens() throws ModelException {
            int i = 0;
            int n = s.length();
            while (i < n) {
                int cp = s.codePointAt(i);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == ',' || cp == '.') {
                    i += Character.charCount(cp);
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
                } else if (ZH_DIGITS.indexOf(cp) >= 0) {
                    int j = i;
                    while (j < n && ZH_DIGITS.indexOf(s.charAt(j)) >= 0) j++;
                    out.add(chineseNumber(s.substring(i, j)));
                    i = j;
                } else if (ZH_CHARS.indexOf(cp) >= 0) {
                    out.add(Token.of(Kind.CHAR, String.valueOf((char) cp)));
                    i++;
                } else {
                    throw failure(text, "did not expect \"" + new String(Character.toChars(cp)) + "\"");
                }
            }
            return out;
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isDash(int c) {
            return c == '-' || c == '~' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x301C;
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
            if (len > 4) throw failure(text, "cannot read the number " + digits);
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
                            out.add(new Token(Kind.DATE, s.substring(i, e), 0, 0, false, year, month, day));
                            return e;
                        }
                    } else if (!(k + 1 < s.length() && "-/.".indexOf(s.charAt(k)) >= 0 && isDigit(s.charAt(k + 1)))) {
                        out.add(new Token(Kind.YEAR_MONTH, s.substring(i, k), 0, 0, false, year, month, 0));
                        return k;
                    }
                }
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
            int tens = run.indexOf('十') >= 0 ? run.indexOf('十') : run.indexOf('廿') >= 0 ? run.indexOf('廿') : run.indexOf('卅');
            if (tens < 0) {
                if (run.length() > 4) throw failure(text, "cannot read the number " + run);
                int value = 0;
                for (int k = 0; k < run.length(); k++) value = value * 10 + digit(run.charAt(k));
                return Token.number(run, value, run.length(), false);
            }
            char t = run.charAt(tens);
            String head = run.substring(0, tens);
            String tail = run.substring(tens + 1);
            boolean ok = tail.length() <= 1 && (tail.isEmpty() || digit(tail.charAt(0)) > 0)
                && (t == '十' ? head.length() <= 1 && (head.isEmpty() || digit(head.charAt(0)) > 1) : head.isEmpty());
            if (!ok) throw failure(text, "cannot read the number " + run);
            int base = t == '廿' ? 20 : t == '卅' ? 30 : head.isEmpty() ? 10 : digit(head.charAt(0)) * 10;
            return Token.number(run, base + (tail.isEmpty() ? 0 : digit(tail.charAt(0))), 2, false);
        }

        private static int digit(char c) {
            int d = "〇一二三四五六七八九".indexOf(c);
            return c == '零' ? 0 : d; // -1 for 十廿卅
        }
    }

    // ---------------------------------------------------------------- points

    private enum Shape { YEAR, MONTH, DAY, PART, END, BARE }

    private enum Role { ALONE, START, END }

    /** One end of a period, before years are settled. Month may be null when inherited from the other end. */
    private static final class Point {
        Integer year;
        Integer month;
        final Shape shape;
        final int from;
        final int to;

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
    }

    private static final int EARLY_FROM = 1, EARLY_TO = 10, MID_FROM = 11, MID_TO = 20, LATE_FROM = 21;

    // ---------------------------------------------------------------- grammar

    private static final class Reader {
        private final String text;
        private final String written;
        private final List<Token> t;
        private final Integer planYear;
        private int i;

        Reader(String text, String written, List<Token> tokens, Integer planYear) {
            this.text = text;
            this.written = written;
            this.t = tokens;
            this.planYear = planYear;
        }

        Period period() throws ModelException {
            if (atWord(0, "in") || atWord(0, "during")) i++;
            if (acceptDeadlinePrefix()) {
                Point p = point();
                acceptDeadlineSuffix();
                expectEnd();
                return before(p);
            }
            boolean from = acceptWord("from") || acceptChar("从") || acceptChar("從") || acceptChar("自");
            boolean between = !from && acceptWord("between");
            Point a = point();
            boolean onwards = acceptChar("起");
            if (atEnd()) {
                if (from || between || onwards) throw fail("it gives no end");
                return single(a);
            }
            if (!from && !between && !onwards && acceptDeadlineSuffix()) {
                expectEnd();
                return before(a);
            }
            if (!acceptSeparator(between)) throw fail(unexpected());
            Point b = point();
            if (atChar(0, "为") || atChar(0, "為")) {
                i++;
                if (!acceptChar("止")) throw fail(unexpected());
            } else {
                acceptChar("止");
            }
            acceptDeadlineSuffix();
            expectEnd();
            return range(a, b);
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
            return x != null && x.kind == Kind.WORD && x.text.equals(w);
        }

        private boolean atChar(int k, String c) {
            Token x = peek(k);
            return x != null && x.kind == Kind.CHAR && x.text.equals(c);
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

        private Integer monthAt(int k) {
            Token x = peek(k);
            return x != null && x.kind == Kind.WORD ? MONTHS.get(x.text) : null;
        }

        private void expectEnd() throws ModelException {
            if (!atEnd()) throw fail(unexpected());
        }

        private String unexpected() {
            Token x = peek(0);
            return x == null ? "it ends too early" : "did not expect \"" + x.text + "\"";
        }

        private ModelException fail(String detail) {
            return failure(text, detail);
        }

        /** before, by, until, till, prior to, no/not later than, 截至, 截止. */
        private boolean acceptDeadlinePrefix() {
            if (acceptWord("before") || acceptWord("by") || acceptWord("until") || acceptWord("till")) return true;
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
            boolean sep = switch (x.kind) {
                case DASH, SLASH -> true;
                case WORD -> x.text.equals("to") || x.text.equals("through") || x.text.equals("thru")
                    || x.text.equals("until") || x.text.equals("till") || (between && x.text.equals("and"));
                case CHAR -> x.text.equals("至") || x.text.equals("到");
                default -> false;
            };
            if (sep) i++;
            return sep;
        }

        // -- points

        private Point point() throws ModelException {
            acceptWord("the");
            Token x = peek(0);
            if (x == null) throw fail("it ends too early");
            switch (x.kind) {
                case DATE:
                    i++;
                    return Point.day(x.year, x.month, x.day);
                case YEAR_MONTH:
                    i++;
                    return Point.whole(x.year, x.month);
                case WORD:
                    return wordPoint();
                case NUMBER:
                    return numberPoint();
                case CHAR:
                    return charPoint();
                default:
                    throw fail(unexpected());
            }
        }

        private Point wordPoint() throws ModelException {
            String w = peek(0).text;
            Integer month = MONTHS.get(w);
            if (month != null) {
                i++;
                return monthWordPoint(month);
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
            if (peek(0) != null && peek(0).kind == Kind.DASH && monthAt(1) != null) i++; // mid-June
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
                Integer year = yearWord ? null : x.value;
                return shape == Shape.END
                    ? Point.part(Shape.END, year, 12, from, to)
                    : Point.part(Shape.PART, year, 1, from, to);
            }
            throw fail(x == null ? "it ends too early" : unexpected());
        }

        /** After a month name: optional day (June 1, June 1st), optional year (June 1, 2011; June 2011). */
        private Point monthWordPoint(int month) throws ModelException {
            Token x = peek(0);
            if (x != null && x.isDay()) {
                i++;
                return Point.day(optionalYear(), month, x.value);
            }
            return Point.whole(optionalYear(), month);
        }

        private Integer optionalYear() {
            Token x = peek(0);
            if (x != null && x.isYear()) {
                i++;
                return x.value;
            }
            return null;
        }

        private Point numberPoint() throws ModelException {
            Token x = peek(0);
            if (atChar(1, "月")) return chineseMonth(null);
            i++;
            if (x.isYear()) {
                int year = x.value;
                if (acceptChar("年")) {
                    Token n = peek(0);
                    if (n != null && n.kind == Kind.NUMBER && atChar(1, "月")) return chineseMonth(year);
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
            if (x.digits > 2) throw fail("cannot read the number " + x.text);
            if (acceptChar("日") || acceptChar("号") || acceptChar("號")) return Point.day(null, null, x.value);
            if (atWord(0, "of") && monthAt(1) != null) i++;
            Integer m = monthAt(0);
            if (m != null) { // 10 May 2011
                i++;
                return Point.day(optionalYear(), m, x.value);
            }
            Point bare = Point.bare(x.value);
            bare.year = optionalYear();
            return bare;
        }

        /** {@code [year年]N月[份][D[日|号] | 底 | 末 | 初 | 中 | 上旬 | 中旬 | 下旬 | 上中旬 | 中下旬]}. */
        private Point chineseMonth(Integer year) throws ModelException {
            Token n = peek(0);
            if (n.digits > 2) throw fail("cannot read the number " + n.text);
            i += 2; // number and 月
            acceptChar("份");
            return chineseTail(year, n.value);
        }

        private Point chineseTail(Integer year, Integer month) throws ModelException {
            Token x = peek(0);
            if (x != null && x.kind == Kind.NUMBER) {
                if (x.digits > 2) throw fail("cannot read the number " + x.text);
                i++;
                if (!acceptChar("日") && !acceptChar("号")) acceptChar("號");
                return Point.day(year, month, x.value);
            }
            if (acceptChar("底") || acceptChar("末")) return Point.part(Shape.END, year, month, LATE_FROM, LAST);
            if (acceptChar("初")) return Point.part(Shape.PART, year, month, EARLY_FROM, EARLY_TO);
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

        // -- meaning

        private int baseYear() {
            return planYear != null ? planYear : REFERENCE_YEAR;
        }

        private void requireMonth(Point p) throws ModelException {
            if (p.shape == Shape.BARE) throw fail("cannot tell what the number " + p.from + " means");
            if (p.month == null && p.shape != Shape.YEAR) throw fail("it names no month");
        }

        private Period single(Point p) throws ModelException {
            requireMonth(p);
            boolean stated = p.year != null || planYear != null;
            int year = p.year != null ? p.year : baseYear();
            LocalDate start = date(year, p.startMonth(), p.startDay(Role.ALONE), stated);
            LocalDate end = date(year, p.endMonth(), p.endDay(), stated);
            return new Period(written, start, end, stated, false);
        }

        private Period before(Point p) throws ModelException {
            requireMonth(p);
            boolean stated = p.year != null || planYear != null;
            int year = p.year != null ? p.year : baseYear();
            LocalDate end = date(year, p.endMonth(), p.endDay(), stated);
            date(year, p.startMonth(), p.startDay(Role.ALONE), stated); // validates the day itself
            LocalDate start = date(year, p.startMonth(), 1, stated);
            return new Period(written, start, end, stated, true);
        }

        private Period range(Point a, Point b) throws ModelException {
            if (b.month == null && b.shape != Shape.YEAR) { // 5月10日至20日, May 10 - 20, 5月初至月底
                if (a.month == null) throw fail("it names no month");
                if (b.shape == Shape.BARE) {
                    if (a.shape != Shape.DAY) throw fail("cannot tell what the number " + b.from + " means");
                    Integer year = b.year;
                    b = Point.day(year, a.month, b.from);
                } else {
                    b.month = a.month;
                }
            }
            if (a.month == null && a.shape != Shape.YEAR) { // 5-6月, 10 - 20 May
                if (a.shape != Shape.BARE || b.shape == Shape.YEAR) throw fail("it names no month");
                Integer year = a.year;
                a = b.shape == Shape.DAY ? Point.day(year, b.month, a.from) : Point.whole(year, a.from);
            }
            int startMonth = a.startMonth();
            int startDay = a.startDay(Role.START);
            int endMonth = b.endMonth();
            int endDay = b.endDay();
            boolean backwards = endMonth < startMonth || endMonth == startMonth && endDay < startDay;
            boolean nextYear = endMonth < startMonth;
            int startYear;
            int endYear;
            if (a.year != null && b.year != null) {
                startYear = a.year;
                endYear = b.year;
            } else if (a.year != null || b.year == null) {
                startYear = a.year != null ? a.year : baseYear();
                endYear = startYear;
                if (backwards) {
                    if (!nextYear) throw fail("it ends before it starts");
                    endYear = Math.addExact(startYear, 1);
                }
            } else {
                endYear = b.year;
                startYear = endYear;
                if (backwards) {
                    if (!nextYear) throw fail("it ends before it starts");
                    startYear = Math.subtractExact(endYear, 1);
                }
            }
            boolean stated = a.year != null || b.year != null || planYear != null;
            LocalDate start = date(startYear, startMonth, startDay, stated);
            LocalDate end = date(endYear, endMonth, endDay, stated);
            if (end.isBefore(start)) throw fail("it ends before it starts");
            return new Period(written, start, end, stated, false);
        }

        private LocalDate date(int year, int month, int day, boolean yearStated) throws ModelException {
            if (month < 1 || month > 12) throw fail("there is no month " + month);
            if (day < 1 || day > 31 && day != LAST) throw fail("there is no day " + day);
            YearMonth ym = YearMonth.of(year, month);
            if (day == LAST) return ym.atEndOfMonth();
            if (day > ym.lengthOfMonth()) {
                if (!yearStated && month == 2 && day == 29) return ym.atEndOfMonth(); // no year: assume a leap year
                String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                throw fail(name + (yearStated ? " " + year : "") + " has no day " + day);
            }
            return ym.atDay(day);
        }
    }
}
