package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;
import org.planpress.model.Role;

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
import java.util.function.Consumer;

import org.planpress.period.PeriodLexer.Key;
import org.planpress.period.PeriodLexer.Kind;
import org.planpress.period.PeriodLexer.Token;

/**
 * The reader of {@link PeriodParser}'s grammar: one pass over the tokens of one period, into points (the ends of
 * the period, before their years are settled) and then into dates.
 */
final class PeriodReader {
    private static final int REFERENCE_YEAR = PeriodParser.REFERENCE_YEAR;

    /** Day sentinel: the month's last day (a number no plan writes as a day, so "3月32日" is an error, not March 31). */
    private static final int LAST = Integer.MAX_VALUE;

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
        /** "国庆节后", "after May 10": the day after, which alone gives no end. */
        boolean afterwards;
        /** The summer or winter holidays: "before" them ends the day before they start (暑假前: June 30). */
        boolean holidays;

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

    PeriodReader(String text, String written, String core, List<Token> tokens, Integer planYear, LocalDate issueDate,
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
            if (between) throw fail(endsEarly());
            if (from || onwards || a.issue || a.issueDay || a.afterwards) return toYearEnd(a);
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
        if (atDuration()) { // 6月1日至30日，为期一个月: the dates, checked against the duration
            acceptKey(Key.DURATION);
            int[] length = amount();
            tail();
            expectEnd();
            Period p = range(a, b, endBefore);
            LocalDate byDuration = p.start().plusMonths(length[0]).plusDays(length[1]).minusDays(1);
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(byDuration, p.end())) > 3 && warnings != null) {
                warnings.accept("period " + ModelException.quote(text) + " gives an end and a duration that do not agree"
                    + " (the duration would end on " + byDuration + "): the dates are used, " + p.start() + " to " + p.end()
                    + "; keep one of them");
            }
            return p;
        }
        expectEnd();
        return range(a, b, endBefore);
    }

    /** What the warning about a start without an end says: a stage that goes on (长期, 每周五) drops it. */
    static final String NO_END = "gives no end";

    /**
     * A start without an end (自即日起, 9月1日起, from September, 国庆节后): read as running to the end of the start's
     * year, with a warning that says so, as a stage that goes on does.
     */
    private Period toYearEnd(Point a) throws ModelException {
        Period p;
        if (a.issue) { // from a day of issue the plan does not give: the year, with an open start
            stated = a.year != null || planYear != null;
            int year = yearOf(a);
            p = make(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true, null);
        } else {
            p = range(a, Point.whole(null, 12), false);
        }
        if (warnings != null) {
            warnings.accept("period " + ModelException.quote(text) + " " + NO_END + ": read as running to the end of the"
                + " year (" + p.end() + "); write the end if it has one (" + eg("自即日起至9月30日", "from May 10 to June 5")
                + ") or a duration (" + eg("即日起，为期一个月", "from May 10, for a month") + ")");
        }
        return p;
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
        while (acceptKey(Key.FILLER)) {
            // words after the period that add nothing: 全年完成, 年内开展
        }
        if (!atEnd()) throw fail(unexpected());
    }

    /**
     * What was not expected where the reading stopped: the token, when the text as written holds it; else (a word a
     * rewrite put there) what a period looks like; at the end, what is missing.
     */
    private String unexpected() {
        Token x = peek(0);
        if (x == null) return endsEarly();
        if (!PeriodText.characters(text).contains(x.text())) {
            return "it does not read as a period (" + eg("5月10日至6月30日, 9月底前", "10 May to 30 June, by the end of September") + ")";
        }
        return "did not expect \"" + x.text() + "\"";
    }

    /** What a period that stops too early lacks: the date after its last word, or any date at all. */
    private String endsEarly() {
        Token last = i > 0 && i <= t.size() ? t.get(i - 1) : null;
        if (last == null) return "it gives no date (" + eg("5月10日, 6月底前", "10 May, by the end of June") + ")";
        boolean han = PeriodText.isHan(last.text());
        boolean shown = PeriodText.characters(text).contains(last.text()) && !last.text().isBlank();
        String after = shown ? " after \"" + last.text() + "\"" : "";
        return "it ends too early: a date is missing" + after + " (" + (han ? "6月30日, 6月至8月" : eg("6月30日, 6月至8月", "30 June, June to August")) + ")";
    }

    /** The example of the text's language: Chinese for a period written in Chinese, else English. */
    private String eg(String zh, String en) {
        return PeriodText.isHan(text) ? zh : en;
    }

    private ModelException fail(String detail) {
        return PeriodParser.failure(text, detail);
    }

    /** before, by, until, till, through, prior to, no/not later than, 截至, 截止. */
    private boolean acceptDeadlinePrefix() {
        if (acceptWord("before") || acceptWord("by") || acceptWord("until") || acceptWord("till")
                || acceptWord("through") || acceptWord("thru")) return true;
        if (atWord(0, "up") && (atWord(1, "to") || atWord(1, "until"))) {
            i += 2;
            return true;
        }
        if (atWord(0, "prior") && atWord(1, "to")) {
            i += 2;
            return true;
        }
        if (i > 0 && t.get(i - 1).text().equals("on") && atKey(0, Key.OR) && atWord(1, "before")) { // on or before 30 June
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
        // 至6月30日, 直至6月30日, 到6月底: a period that starts with "to" ends there
        if (i == 0 && (acceptChar("至") || acceptChar("到"))) return true;
        if (i == 0 && atChar(0, "直") && (atChar(1, "至") || atChar(1, "到"))) {
            i += 2;
            return true;
        }
        return false;
    }

    /** 前, 以前, 之前, and 止 at the end of a period that is one day or part (6月30日止: until June 30). */
    private boolean acceptDeadlineSuffix() {
        if (acceptChar("前")) return true;
        if (atChar(0, "止") && peek(1) == null) {
            i++;
            return true;
        }
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
        String nextTo = null;
        int[] nextLength = null;
        boolean during = false;
        boolean around = false;
        boolean aroundBefore = false; // around Christmas: the weeks around it when it is the whole period
        Integer relative = null;
        while (true) {
            if (acceptKey(Key.APPROX_BEFORE)) {
                approximate = true;
                aroundBefore = true;
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
        } else if (relative != null && (atEnd() || atChar(0, "前") || atChar(0, "至") || atChar(0, "到") || atKey(0, Key.FILLER)
            || peek(0).kind() == Kind.DASH || atWord(0, "to") || atKey(0, Key.LIST) || atKey(0, Key.OR))) {
            p = Point.whole(null, null); // 今年, 全年, this year: the whole year
        } else {
            p = base();
        }
        while (true) {
            if (atKey(0, Key.RELATIVE_YEAR) && peek(0).value() == 0 && p.shape == Shape.YEAR) {
                i++; // 2015年全年
            } else if (atKey(0, Key.RELATIVE_YEAR)) { // February next year
                if (relative != null || p.year != null) throw fail("it gives two years");
                relative = peek(0).value();
                i++;
            } else if (acceptKey(Key.APPROX_AFTER)) {
                approximate = true;
                around = true;
            } else if (acceptKey(Key.EVE)) {
                eve = true;
            } else if ((atChar(0, "前") || atKey(0, Key.AFTER)) && atAmount(1) && nextTo == null) { // 国庆节前一周
                nextTo = atChar(0, "前") ? "before" : "after";
                i++;
                nextLength = amount();
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
        if ((around || aroundBefore && atEnd()) && !eve && !after && nextTo == null && p.named != null) {
            return aroundHoliday(p); // 春节前后, around Christmas
        }
        if (eve) {
            approximate = true;
            p = eve(p);
        }
        if (after) p = after(p);
        if (nextTo != null) p = nextTo(p, nextTo.equals("before"), nextLength);
        return p;
    }

    /** The days just before or after a point: 国庆节前一周 (the week before), 节后两周, 9月1日前10天. */
    private Point nextTo(Point p, boolean before, int[] length) {
        Point q = p.named != null ? holiday(p.named, p.year, p.relative, true) : p; // the holiday, 春节 from 除夕
        Point w = Point.span(q.year, q.month, (y, m) -> {
            if (before) {
                LocalDate first = firstDay(q, y, m);
                return new LocalDate[] {first.minusMonths(length[0]).minusDays(length[1]), first.minusDays(1)};
            }
            LocalDate next = lastDay(q, y, m).plusDays(1);
            return new LocalDate[] {next, next.plusMonths(length[0]).plusDays(length[1]).minusDays(1)};
        });
        w.relative = q.relative;
        w.needsMonth = !q.hasMonth();
        return w;
    }

    private Point base() throws ModelException {
        acceptWord("the");
        Token x = peek(0);
        if (x == null) throw fail(endsEarly());
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
                return holiday(x.named(), optionalYear(), null, x.named().isSpan());
            }
            case LUNAR_MONTH -> {
                i++;
                return lunarMonth(x.value(), null);
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
            case DURATION -> throw fail("a duration needs a start before it (" + eg("9月1日起，为期一个月", "September 1, for a month") + ")");
            default -> throw fail(unexpected());
        }
    }

    /**
     * the week of X (Monday to Sunday), the week before X, the week after X, the week commencing (beginning,
     * starting) X: the seven days from X.
     */
    private Point weekAround() throws ModelException {
        boolean starting = atWord(1, "beginning") || atKey(1, Key.ONWARDS); // commencing, starting
        if (!(starting || atWord(1, "of") || atWord(1, "before") || atKey(1, Key.AFTER))) {
            throw fail(peek(1) == null ? endsEarly() : "did not expect \"" + peek(1).text() + "\"");
        }
        i++;
        String how = starting ? "from" : peek(0).is(Key.AFTER) ? "after" : peek(0).text();
        i++;
        acceptWord("on");
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
            if (how.equals("from")) {
                LocalDate d = firstDay(p, y, m);
                return new LocalDate[] {d, d.plusDays(6)};
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

    /**
     * A lunar month, with a day after it or not: 正月, 腊月二十三, 农历八月十五, 正月初八 (the month is the one of that
     * number that begins first in the year, so 腊月 of a year is in its January or February: 腊月二十至正月十五 runs
     * forwards).
     */
    private Point lunarMonth(int month, Integer year) throws ModelException {
        acceptChar("初");
        Token d = peek(0);
        int day = 0;
        if (d != null && d.kind() == Kind.NUMBER && d.digits() <= 2) {
            i++;
            day = d.value();
            if (day < 1 || day > 30) throw fail("a lunar month has no day " + day);
            if (!acceptChar("日")) acceptChar("号");
        }
        int lunarDay = day;
        return Point.span(year, null, (y, m) -> NamedDays.lunarMonth(y, month, lunarDay));
    }

    /** Days either side of a named day taken as "around" it: a week. */
    private static final int AROUND_DAYS = 7;

    /**
     * The days around a named day ({@code 春节前后}, {@code 清明节左右}, {@code around Christmas} alone): from a week before its
     * holiday period to a week after it (approximate), not the day alone.
     */
    private Point aroundHoliday(Point p) {
        Point q = holiday(p.named, p.year, p.relative, true);
        Point a = Point.span(q.year, null, (y, m) -> new LocalDate[] {
            firstDay(q, y, m).minusDays(AROUND_DAYS), lastDay(q, y, m).plusDays(AROUND_DAYS)});
        a.relative = q.relative;
        return a;
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
        a.afterwards = true;
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
            return quarterTail(n < 0 ? 4 : n, year != null ? year : optionalYearOf());
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
            throw fail(y == null ? endsEarly() : unexpected());
        }
        if (monthMayFollow && (n == 1 || n == 2 || n == -1) && unitDays(peek(0)) == 14) { // the first fortnight of July
            i++;
            acceptWord("of");
            acceptWord("the");
            Integer m = monthAt(0);
            if (m == null) throw fail(peek(0) == null ? endsEarly() : unexpected());
            i++;
            Integer y = optionalYear();
            return n == 1 ? Point.part(Shape.PART, y, m, 1, 14) : n == 2 ? Point.part(Shape.PART, y, m, 15, LAST)
                : Point.span(y, m, (yy, mm) -> {
                    LocalDate last = YearMonth.of(yy, mm).atEndOfMonth();
                    return new LocalDate[] {last.minusDays(13), last};
                });
        }
        if (monthMayFollow && (n == 1 || n == -1) && count(peek(0)) > 1 && unitDays(peek(1)) > 0) {
            return firstOrLastDays(n, count(peek(0)) * unitDays(peek(1)));
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
                    throw fail(peek(0) == null ? endsEarly() : unexpected());
                }
                i++;
                year = optionalYear();
                month = m;
            }
        }
        return ordinalSpan(n, what, year, month);
    }

    /** The first or last {@code days} days of a month written after: the first two weeks of June, the last ten days of May. */
    private Point firstOrLastDays(int n, int days) throws ModelException {
        i += 2;
        acceptWord("of");
        acceptWord("the");
        Integer m = monthAt(0);
        if (m == null) throw fail(peek(0) == null ? "it ends too early: expected the month" : unexpected());
        i++;
        if (days > 28) throw fail("a month may not have " + days + " days");
        return Point.span(optionalYear(), m, (y, month) -> {
            LocalDate first = LocalDate.of(y, month, 1);
            LocalDate last = first.plusMonths(1).minusDays(1);
            return n == 1 ? new LocalDate[] {first, first.plusDays(days - 1)} : new LocalDate[] {last.minusDays(days - 1), last};
        });
    }

    /** The value of a count written in digits or as a word (two, ten), or 0. */
    private static int count(Token t) {
        if (t == null) return 0;
        if (t.kind() == Kind.NUMBER && !t.ordinal()) return t.value();
        return t.kind() == Kind.WORD ? NUMBER_WORDS.getOrDefault(t.text(), 0) : 0;
    }

    /** The days of a unit token (days 1, weeks 7, fortnights 14), or 0. */
    private static int unitDays(Token t) {
        return t != null && (t.is(Key.WEEK) || t.is(Key.UNIT)) ? t.value() : 0;
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
        Point p = Point.span(year, month, (y, m) -> CalendarSpans.ordinal(y, m, n, what));
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

    /** A quarter in Chinese, with the end or start of it after: 三季度末 (September 21–30), 四季度初 (October 1–10). */
    private Point quarterTail(int q, Integer year) {
        if (acceptChar("末") || acceptChar("底")) return Point.part(Shape.END, year, 3 * q, LATE_FROM, LAST);
        if (acceptChar("初")) return Point.part(Shape.PART, year, 3 * q - 2, EARLY_FROM, EARLY_TO);
        return quarter(q, year);
    }

    /**
     * 春季 / spring March–May, summer June–August, autumn September–November, winter December–February; 暑期 July–August,
     * 寒假 about January 21 to February 20 (between the autumn term's end and the spring term's start, as {@link
     * PeriodForms} reads the terms); about: 汛期 / the flood season June–September, 主汛期 July–August, 供暖期 / the
     * heating season November 15 to March 15.
     */
    private Point season(int season, Integer year) {
        if (season < 5) return months(year, season == 4 ? 12 : 3 * season, 3);
        if (season >= 7) { // the flood and heating seasons vary by region: about
            approximate = true;
            Point p = season == 9
                ? Point.span(year, null, (y, m) -> new LocalDate[] {LocalDate.of(y, 11, 15), LocalDate.of(y + 1, 3, 15)})
                : season == 7 ? months(year, 6, 4) : months(year, 7, 2);
            p.holidays = true;
            return p;
        }
        if (season == 6) approximate = true;
        Point p = season == 5 ? months(year, 7, 2)
            : Point.span(year, null, (y, m) -> new LocalDate[] {LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20)});
        p.holidays = true;
        return p;
    }

    /** A year after a season, half or quarter: "summer 2015", "the summer of 2015", "Q3 2015". */
    private Integer optionalYearOf() {
        if (atWord(0, "of") && peek(1) != null && peek(1).isYear()) i++;
        return optionalYear();
    }

    private Point wordPoint() throws ModelException {
        String w = peek(0).text();
        Integer month = MONTHS.get(w);
        if (month != null) {
            i++;
            return monthWordPoint(month);
        }
        if (w.equals("h") && peek(1) != null && peek(1).kind() == Kind.NUMBER && (peek(1).value() == 1 || peek(1).value() == 2)
            && peek(1).digits() == 1) { // H1 2015: the first half of the year
            int half = peek(1).value();
            i += 2;
            return months(optionalYear(), half == 1 ? 1 : 7, 6);
        }
        Integer quarter = quarterAt();
        if (quarter != null) return quarter(quarter, optionalYear()); // Q3 2015
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
        if (!ofForm) to = laterPart(to); // mid to late September
        if (peek(0) != null && peek(0).kind() == Kind.DASH && (monthAt(1) != null || atWord(1, "year")
            || peek(1) != null && peek(1).isYear())) {
            i++; // mid-June, mid-2024, mid-year
        }
        acceptWord("of");
        acceptWord("the");
        Token x = peek(0);
        if (!ofForm || w.equals("middle")) { // early 2024, mid-year, late 2024, the middle of 2024
            if (atWord(0, "year")) {
                i++;
                return yearPart(from, null);
            }
            if (x != null && x.isYear()) {
                i++;
                return yearPart(from, x.value());
            }
        }
        Integer q = quarterAt();
        if (q != null && from != MID_FROM) { // the end of Q2, the beginning of the third quarter
            return shape == Shape.END ? Point.part(Shape.END, optionalYearOf(), 3 * q, LATE_FROM, LAST)
                : Point.part(Shape.PART, optionalYearOf(), 3 * q - 2, EARLY_FROM, EARLY_TO);
        }
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
        throw fail(x == null ? endsEarly() : unexpected());
    }

    /**
     * Early, mid or late in a year, by thirds (January–April, May–August, September–December), approximate: "early
     * 2024", "mid-year", 年中; {@code from} says which, as for a month.
     */
    private Point yearPart(int from, Integer year) {
        approximate = true;
        return months(year, from == EARLY_FROM ? 1 : from == MID_FROM ? 5 : 9, 4);
    }

    /** A quarter written here, read past it: Q2, the second quarter; else null, nothing read. */
    private Integer quarterAt() throws ModelException {
        if (atWord(0, "q") && peek(1) != null && peek(1).kind() == Kind.NUMBER && peek(1).digits() == 1) {
            int q = peek(1).value();
            if (q < 1 || q > 4) throw fail("there is no quarter " + q);
            i += 2;
            return q;
        }
        if (atKey(0, Key.ORDINAL) && atKey(1, Key.QUARTER) && peek(0).value() >= 1 && peek(0).value() <= 4) {
            int q = peek(0).value();
            i += 2;
            return q;
        }
        return null;
    }

    /**
     * After early, mid or late: the end of a span of parts of one month ("mid to late September", "early- to
     * mid-October", "mid-to-late", "early and mid"), the English of 上中旬 and 中下旬; else {@code to}.
     */
    private int laterPart(int to) {
        int k = 0;
        boolean joined = false;
        if (peek(k) != null && peek(k).kind() == Kind.DASH) {
            k++;
            joined = true;
        }
        if (atWord(k, "to") || atWord(k, "and") || atWord(k, "through")) {
            k++;
            joined = true;
            if (peek(k) != null && peek(k).kind() == Kind.DASH) k++;
        }
        int later = atWord(k, "mid") || atWord(k, "middle") ? MID_TO : atWord(k, "late") ? LAST : 0;
        if (!joined || later <= to) return to;
        i += k + 1;
        return later;
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
        if (!x.ordinal() && x.digits() <= 2 && (atChar(1, "至") || atChar(1, "到") || atKey(1, Key.LIST)
                || peek(1) != null && peek(1).kind() == Kind.DASH) && peek(2) != null && peek(2).kind() == Kind.NUMBER
                && atKey(3, Key.QUARTER)) { // 一至三季度, 二、三季度: from the first quarter
            i++;
            if (x.value() < 1 || x.value() > 4) throw fail("there is no quarter " + x.value());
            return quarter(x.value(), null);
        }
        if (!x.ordinal() && x.digits() <= 2 && atKey(1, Key.QUARTER)) { // 三季度
            i += 2;
            if (x.value() < 1 || x.value() > 4) throw fail("there is no quarter " + x.value());
            return quarterTail(x.value(), null);
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
                if (n != null && n.kind() == Kind.NUMBER && n.digits() <= 2 && peek(1) != null
                        && (peek(1).kind() == Kind.DASH || atChar(1, "至") || atChar(1, "到"))
                        && peek(2) != null && peek(2).kind() == Kind.NUMBER && atChar(3, "月")) { // 2024年6-8月
                    i++;
                    Point bare = Point.bare(n.value());
                    bare.year = year;
                    return bare;
                }
                if (n != null && n.is(Key.NAMED_DAY)) {
                    i++;
                    return holiday(n.named(), year, null, false);
                }
                if (n != null && n.is(Key.LUNAR_MONTH)) { // 2024年腊月二十三
                    i++;
                    return lunarMonth(n.value(), year);
                }
                if (n != null && n.is(Key.ORDINAL)) { // 2015年第三季度
                    i++;
                    if (!atKey(0, Key.QUARTER)) throw fail(unexpected());
                    return ordinal(n.value(), year, null, false);
                }
                if (n != null && n.kind() == Kind.NUMBER && atKey(1, Key.QUARTER)) { // 2015年三季度
                    i += 2;
                    if (n.value() < 1 || n.value() > 4) throw fail("there is no quarter " + n.value());
                    return quarterTail(n.value(), year);
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
                if (acceptChar("中")) return yearPart(MID_FROM, year); // 2024年中
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
        Point listed = partList(year, month);
        if (listed != null) return listed;
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

    /**
     * Parts of a month before one 旬, side by side or listed ({@code 上中旬}, {@code 中下旬}, {@code 上、中旬},
     * {@code 上、中、下旬}): the span from the first to the last; null (nothing read) when the tokens are not such parts.
     */
    private Point partList(Integer year, Integer month) {
        int k = 0;
        int first = part(peek(0));
        if (first == 0) return null;
        int last = first;
        while (true) {
            int next = atKey(k + 1, Key.LIST) ? k + 2 : k + 1;
            if (part(peek(next)) <= last) break;
            k = next;
            last = part(peek(k));
        }
        if (k == 0 || !atChar(k + 1, "旬")) return null;
        i += k + 2;
        int from = first == 1 ? EARLY_FROM : first == 2 ? MID_FROM : LATE_FROM;
        int to = last == 1 ? EARLY_TO : last == 2 ? MID_TO : LAST;
        return Point.part(Shape.PART, year, month, from, to);
    }

    /** 1, 2 or 3 for a token 上, 中 or 下 (the parts of a month before 旬); else 0. */
    private static int part(Token t) {
        if (t == null || t.kind() != Kind.CHAR) return 0;
        return switch (t.text()) {
            case "上" -> 1;
            case "中" -> 2;
            case "下" -> 3;
            default -> 0;
        };
    }

    /** Month-less Chinese forms that take the month of the other end: 月底, 月初, 中旬, 年底. */
    private Point charPoint() throws ModelException {
        if (acceptChar("月")) return chineseTail(null, null);
        if (atChar(1, "旬") || (atChar(1, "中") || atChar(1, "下")) && atChar(2, "旬")) return chineseTail(null, null);
        if (part(peek(0)) > 0 && atKey(1, Key.LIST)) return chineseTail(null, null); // 至7月上、中旬's 上、中旬
        if (acceptChar("年")) {
            if (acceptChar("底") || acceptChar("末")) return Point.part(Shape.END, null, 12, LATE_FROM, LAST);
            if (acceptChar("初")) return Point.part(Shape.PART, null, 1, EARLY_FROM, EARLY_TO);
            if (acceptChar("中")) return yearPart(MID_FROM, null); // 年中
        }
        throw fail(unexpected());
    }

    // -- durations

    private boolean atDuration() {
        if (atWord(0, "and") && atKey(1, Key.DURATION)) i++; // and lasting three weeks
        return atKey(0, Key.DURATION) || atAmount(0);
    }

    /** Whether an amount and a unit (三周, 一个月, two weeks) start at token {@code at} from here. */
    private boolean atAmount(int at) {
        Token x = peek(at);
        if (x == null) return false;
        boolean amount = x.kind() == Kind.NUMBER && !x.ordinal() || x.is(Key.HALF)
            || x.kind() == Kind.WORD && NUMBER_WORDS.containsKey(x.text());
        if (!amount) return false;
        int k = at + 1;
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
            throw fail(atEnd() ? "a duration needs a start (" + eg("9月1日起，为期三周", "for three weeks from September 1") + ")" : unexpected());
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
        if (x == null) throw fail("it ends too early: expected how long (" + eg("为期三周", "for three weeks") + ")");
        if (x.is(Key.HALF)) { // 半个月, half a month
            i++;
            half = true;
            n = 0;
            if (!acceptWord("a")) acceptWord("an");
        } else if (x.kind() == Kind.NUMBER && !x.ordinal() || count(x) > 0) {
            i++;
            n = count(x);
            if (x.kind() == Kind.WORD) acceptWord("of"); // a couple of weeks
        } else {
            throw fail("expected how long (" + eg("为期三周", "for three weeks") + "), not \"" + x.text() + "\"");
        }
        half |= acceptHalf();
        acceptKey(Key.COUNTER);
        half |= acceptKey(Key.HALF); // 一个半月
        int unitMonths = 0;
        int unitDays = 0;
        Token u = peek(0);
        if (unitDays(u) > 0) {
            unitDays = unitDays(u);
        } else if (atChar(0, "天") || atChar(0, "日")) {
            unitDays = 1;
        } else if (atChar(0, "旬")) {
            unitDays = 10;
        } else if (atChar(0, "月") || atWord(0, "month") || atWord(0, "months")) {
            unitMonths = 1;
        } else if (atChar(0, "年") || atWord(0, "year") || atWord(0, "years")) {
            unitMonths = 12;
        } else {
            String units = eg("天, 周, 个月", "days, weeks, months");
            throw fail(u == null ? "it ends too early: expected a unit (" + units + ")"
                : "expected a unit (" + units + "), not \"" + u.text() + "\"");
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

    /** A period that ends on the day of issue (至今, to date, 截至目前) in a plan without a {@code :plan-date:}. */
    private static final String ENDS_ON_ISSUE = "it ends on the day of issue, which the plan does not give: add :plan-date: to"
        + " the plan's header, or write a date";

    private Period before(Point p) throws ModelException {
        requireMonth(p);
        if (p.issue) throw fail(ENDS_ON_ISSUE);
        stated = p.year != null || planYear != null;
        int year = yearOf(p);
        if (p.named != null) {
            // before a holiday: up to the day before it; 元旦前 is before the New Year that ends the year
            if (p.named == NamedDays.Day.NEW_YEAR && p.year == null) year = Math.addExact(year, 1);
            LocalDate end = NamedDays.periodStart(p.named, year).minusDays(1);
            return make(openStart(end), end, true, null);
        }
        if (p.holidays) { // 暑假前: up to the day before they start
            LocalDate end = firstDay(p, year, Role.ALONE).minusDays(1);
            return make(openStart(end), end, true, null);
        }
        LocalDate end = lastDay(p, year, p.month);
        LocalDate first = firstDay(p, year, Role.ALONE); // validates the day itself
        LocalDate start = p.shape == Shape.SPAN ? first.withDayOfMonth(1) : date(year, p.startMonth(), 1);
        return make(start.equals(end) ? openStart(end) : start, end, true, null);
    }

    /**
     * Where the timeline draws the open start of a deadline ending on {@code end}: the first day of its month, or of
     * the month before when the deadline is a month's first day (7月1日前: June 1), so that it is never one day.
     */
    private static LocalDate openStart(LocalDate end) {
        return end.getDayOfMonth() == 1 ? end.minusMonths(1) : end.withDayOfMonth(1);
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
        if (b.issue) throw fail(ENDS_ON_ISSUE);
        boolean aYear = a.year != null;
        boolean bYear = b.year != null;
        stated = aYear || bYear || planYear != null;
        if (a.issue) { // from the day of issue, which the plan does not give: an open start, like "before"
            int year = bYear ? b.year : yearOf(b);
            LocalDate end = endOf(b, year, endBefore);
            return make(openStart(end), end, true, null);
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
            boolean endYearWritten = !aYear && bYear; // 12月至2025年2月: the start is in the year before the end's
            if (endYearWritten) {
                startYear = Math.subtractExact(startYear, 1);
                start = firstDay(a, startYear, Role.START);
            } else {
                endYear = Math.addExact(endYear, 1);
                end = endOf(b, endYear, endBefore);
            }
            if (end.isBefore(start)) throw fail("it ends before it starts");
            if (warnings != null && b.named != NamedDays.Day.NEW_YEAR && !endYearWritten) {
                warnings.accept("period " + ModelException.quote(text) + " ends before it starts, so it is read"
                    + " as running into the next year (" + start + " to " + end + "): write the year of its end,"
                    + " or " + eg("次年 (12月至次年2月)", "\"next year\" (December to February next year)") + ", to say so");
            }
        }
        return make(start, end, false, null);
    }

    /** The last day of a range's end; "至国庆节前" ends the day before the holiday. */
    private LocalDate endOf(Point b, int year, boolean before) {
        if (before && b.named != null) return NamedDays.periodStart(b.named, year).minusDays(1);
        if (before && b.holidays) return firstDay(b, year, b.month).minusDays(1);
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
