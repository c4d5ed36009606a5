package org.planpress.period;

import org.planpress.model.ModelException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school terms English plans name, written as the approximate dates PlanPress assumes for them (term dates differ
 * by country, region and school: a plan gives its own in brackets, {@code Term 1 (27 January – 4 April)}, and they win):
 * British half terms ({@code Autumn 1}, {@code February half term}), Oxford and Cambridge terms ({@code Michaelmas term}),
 * numbered terms, semesters and trimesters ({@code Term 2, Weeks 3–5}, {@code Semester 1}), the week before the
 * autumn term ({@code Welcome Week}), and the school year and holidays counted from the plan's {@code :plan-date:}.
 * Numbered terms follow the plan's country ({@link DateConventions#schoolYearInAutumn()}).
 */
final class SchoolTerms {
    private SchoolTerms() {
    }

    /** A quick scan: the words every form below holds one of. */
    private static final Pattern MENTIONS = Pattern.compile("(?i)term|semester|trimester|week|year|holiday|autumn|spring|summer");

    /** A quick scan of the text as written: whether it may name a term at all. */
    static boolean mentions(String written) {
        return MENTIONS.matcher(written).find();
    }

    private static final String YEAR = "(?:,?\\s+(\\d{4}))?(?![0-9])";
    /** The year of a school year after it: 2025, 2025/26, 2025-2026 (group 1 the first year, 2 the second). */
    private static final String YEARS = "(?:,?\\s+(\\d{4})(?:\\s*[-/–—]\\s*(\\d{4}|\\d{2}))?)?(?![0-9])";

    private static final Pattern HALF_OF_TERM = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?(autumn|spring|summer)\\s+([12])(?![0-9])(?:\\s+half[- ]?term)?" + YEAR);
    private static final Pattern HALF_TERM = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?(?:(february|feb|october|oct|may|autumn|spring|summer)\\s+)?half[- ]?term(?:\\s+(?:holidays?|break))?" + YEAR);
    private static final Pattern OXBRIDGE = Pattern.compile("(?<![a-z])(?:the\\s+)?(michaelmas|lent|hilary|easter|trinity)\\s+term" + YEAR);
    private static final Pattern WELCOME = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?(?:welcome|freshers|fresher|orientation|induction|o)[- ]week" + YEAR);
    private static final String TERM = "(term|semester|trimester)s?\\s+([1-9])(?![0-9])(?:\\s*(?:and|&|-|–|—|to)\\s*(?:(?:term|semester|trimester)\\s+)?([1-9]))?";
    /** Numbers written as words after a term, and ordinal weeks of a term, as digits: Semester One, the first week of Term 2. */
    private static final Pattern TERM_WORD = Pattern.compile("(?<![a-z])(term|semester|trimester)(s?\\s+)(one|two|three|four)(?![a-z])");
    private static final Pattern ORDINAL_WEEK = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?(first|second|third|fourth|fifth|sixth)\\s+week\\s+(?=(?:of|in)\\s+(?:the\\s+)?(?:term|semester|trimester)\\s+\\d)");
    private static final Pattern FIRST_WEEKS = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?first\\s+(two|three|four|five|six|\\d)\\s+weeks\\s+(?=(?:of|in)\\s+(?:the\\s+)?(?:term|semester|trimester)\\s+\\d)");
    /** The end or the start of a numbered term, or a deadline at its end: by the end of Term 1. */
    private static final Pattern TERM_PART = Pattern.compile(
        "(?<![a-z])(?:(by|before|until|till)\\s+)?(?:the\\s+)?(end|start|beginning)\\s+of\\s+(?:the\\s+)?" + TERM + YEAR);
    private static final Pattern WEEKS_OF_TERM = Pattern.compile(
        "(?<![a-z])weeks?\\s+(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?\\s+(?:of|in)\\s+(?:the\\s+)?" + TERM + YEAR
            + "|(?<![a-z])(?:the\\s+)?" + TERM + YEAR + "\\s*,?\\s*weeks?\\s+(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?");
    private static final Pattern NUMBERED = Pattern.compile("(?<![a-z])(?:the\\s+)?" + TERM + YEAR);
    private static final Pattern ORDINAL_SEMESTER = Pattern.compile("(?<![a-z])(?:the\\s+)?(first|second)\\s+(semester|trimester)" + YEAR);
    private static final Pattern SCHOOL_YEAR_END = Pattern.compile(
        "(?<![a-z])(by|before|until|till)?\\s*(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:this\\s+)?(?:school|academic)\\s+year" + YEARS);
    /** The start of the school year: its first term's first two weeks, as the start of a term is read. */
    private static final Pattern SCHOOL_YEAR_START = Pattern.compile(
        "(?<![a-z])(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the\\s+)?(?:this\\s+)?(?:new\\s+)?(?:school|academic)\\s+year" + YEARS);
    private static final Pattern HOLIDAYS = Pattern.compile("(?<![a-z])(?:the\\s+)?school\\s+holidays?");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?<![a-z])(?:the\\s+)?next\\s+(?:school|academic)\\s+year");

    /** Terms of the calendar school year (Australia, New Zealand, Singapore): first and last day of Term 1 to 4. */
    private static final String[][] CALENDAR_TERMS = {{"01-28", "04-11"}, {"04-28", "07-04"}, {"07-21", "09-26"}, {"10-13", "12-19"}};
    /** Terms of a school year that starts in the autumn (Britain): autumn, spring, summer. */
    private static final String[][] AUTUMN_TERMS = {{"09-01", "12-19"}, {"01-05", "04-02"}, {"04-20", "07-22"}};
    private static final String[][] CALENDAR_SEMESTERS = {{"02-24", "06-27"}, {"07-21", "11-21"}};
    private static final String[][] AUTUMN_SEMESTERS = {{"09-01", "12-20"}, {"01-10", "05-31"}};
    private static final String[][] CALENDAR_TRIMESTERS = {{"02-17", "05-16"}, {"06-02", "08-29"}, {"09-15", "12-12"}};
    private static final String[][] AUTUMN_TRIMESTERS = {{"09-01", "11-30"}, {"12-01", "02-28"}, {"03-01", "05-31"}};
    /** British half terms: Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1, Summer 2. */
    private static final String[][] HALVES = {{"09-03", "10-24"}, {"11-03", "12-19"}, {"01-05", "02-13"}, {"02-23", "04-02"},
        {"04-20", "05-22"}, {"06-01", "07-22"}};
    /** The half-term holidays: February, May, October. */
    private static final String[][] HALF_TERMS = {{"02-14", "02-22"}, {"05-23", "05-31"}, {"10-25", "11-02"}};

    /** The text with the terms above written as dates; unchanged when it names none. */
    static String rewrite(String text, String s, DateConventions c, LocalDate issueDate) throws ModelException {
        if (!MENTIONS.matcher(s).find()) return s;
        boolean autumn = c.schoolYearInAutumn();
        s = replace(HALF_OF_TERM, s, m -> {
            int k = switch (m.group(1)) {
                case "autumn" -> 0;
                case "spring" -> 2;
                default -> 4;
            } + Integer.parseInt(m.group(2)) - 1;
            return about(HALVES[k], m.group(3));
        });
        String half = null;
        Matcher h = HALF_TERM.matcher(s);
        if (h.find()) {
            String which = h.group(1);
            if (which == null && issueDate == null) {
                throw PeriodParser.failure(text, "say which half term (February half term, May half term, October half"
                    + " term), or add :plan-date: to the plan's header for the coming one");
            }
            String[] days = which == null ? coming(HALF_TERMS, issueDate)
                : HALF_TERMS[which.startsWith("f") || which.equals("spring") ? 0 : which.equals("may") || which.equals("summer") ? 1 : 2];
            half = about(days, h.group(2));
            s = s.substring(0, h.start()) + half + s.substring(h.end());
        }
        s = replace(OXBRIDGE, s, m -> about(switch (m.group(1)) {
            case "michaelmas" -> new String[] {"10-01", "12-17"};
            case "lent", "hilary" -> new String[] {"01-07", "03-20"};
            default -> new String[] {"04-20", "06-24"};
        }, m.group(2)));
        s = replace(WELCOME, s, m -> about(c.region().equals("US") ? new String[] {"08-18", "08-24"} : new String[] {"09-22", "09-28"}, m.group(1)));
        s = replace(TERM_WORD, s, m -> m.group(1) + m.group(2) + (List.of("one", "two", "three", "four").indexOf(m.group(3)) + 1));
        s = replace(ORDINAL_WEEK, s, m -> "week " + (List.of("first", "second", "third", "fourth", "fifth", "sixth").indexOf(m.group(1)) + 1) + " ");
        s = replace(FIRST_WEEKS, s, m -> "weeks 1-" + (m.group(1).matches("\\d") ? m.group(1)
            : String.valueOf(List.of("two", "three", "four", "five", "six").indexOf(m.group(1)) + 2)) + " ");
        s = replace(TERM_PART, s, m -> {
            String[][] terms = table(m.group(3), autumn);
            String[] span = span(text, m.group(3), terms, m.group(4), m.group(5));
            boolean end = m.group(2).equals("end");
            if (m.group(1) != null) return m.group(1) + " about " + day(end ? span[1] : span[0], m.group(6));
            return about(part(span, end), m.group(6));
        });
        s = replace(WEEKS_OF_TERM, s, m -> m.group(1) != null
            ? weeks(text, table(m.group(3), autumn), m.group(4), m.group(5), m.group(6), m.group(1), m.group(2))
            : weeks(text, table(m.group(7), autumn), m.group(8), m.group(9), m.group(10), m.group(11), m.group(12)));
        s = replace(NUMBERED, s, m -> numbered(text, m.group(1), table(m.group(1), autumn), m.group(2), m.group(3), m.group(4)));
        s = replace(ORDINAL_SEMESTER, s, m -> numbered(text, m.group(2), table(m.group(2), autumn), m.group(1).equals("first") ? "1" : "2",
            null, m.group(3)));
        s = replace(SCHOOL_YEAR_END, s, m -> {
            boolean inAutumn = autumn || m.group(3) != null; // a school year of two years starts in the autumn
            String last = inAutumn ? "07-22" : "12-19";
            String year = yearOfDay(m.group(2), m.group(3), inAutumn, true);
            return m.group(1) != null ? m.group(1) + " about " + day(last, year) : about(new String[] {inAutumn ? "07-01" : "12-01", last}, year);
        });
        s = replace(SCHOOL_YEAR_START, s, m -> {
            boolean inAutumn = autumn || m.group(2) != null;
            return about(part((inAutumn ? AUTUMN_TERMS : CALENDAR_TERMS)[0], false), yearOfDay(m.group(1), m.group(2), inAutumn, false));
        });
        if (HOLIDAYS.matcher(s).find() || NEXT_YEAR.matcher(s).find()) {
            if (issueDate == null) {
                throw PeriodParser.failure(text, "the school holidays and the next school year count from the day the plan is"
                    + " issued: add :plan-date: to the plan's header, or write the dates (the summer holidays, 1 September 2026"
                    + " to 31 August 2027)");
            }
            int month = issueDate.getMonthValue();
            String[][] terms = autumn ? AUTUMN_TERMS : CALENDAR_TERMS;
            s = replace(HOLIDAYS, s, m -> about(coming(holidays(terms), issueDate), null));
            int first = (autumn ? (month >= 8 ? issueDate.getYear() : issueDate.getYear() - 1) : issueDate.getYear()) + 1;
            s = replace(NEXT_YEAR, s, m -> autumn ? "september 1, " + first + " to august 31, " + (first + 1) : String.valueOf(first));
        }
        return s;
    }

    /**
     * The year of the start or the end of a school year written with its years ({@code 2025/26}): a school year that
     * starts in the autumn ends in its second year; one year alone, or a calendar school year, is the year of the day.
     */
    private static String yearOfDay(String first, String second, boolean autumn, boolean end) {
        if (first == null) return null;
        return second != null && autumn && end ? String.valueOf(Integer.parseInt(first) + 1) : first;
    }

    private static String[][] table(String kind, boolean autumn) {
        return switch (kind) {
            case "semester" -> autumn ? AUTUMN_SEMESTERS : CALENDAR_SEMESTERS;
            case "trimester" -> autumn ? AUTUMN_TRIMESTERS : CALENDAR_TRIMESTERS;
            default -> autumn ? AUTUMN_TERMS : CALENDAR_TERMS;
        };
    }

    /** Terms {@code first} to {@code last} (or {@code first} alone) of a table, about. */
    private static String numbered(String text, String kind, String[][] terms, String first, String last, String year) {
        return about(span(text, kind, terms, first, last), year);
    }

    /** The first and last day (month-day) of terms {@code first} to {@code last} of a table. */
    private static String[] span(String text, String kind, String[][] terms, String first, String last) {
        int a = Integer.parseInt(first);
        int b = last == null ? a : Integer.parseInt(last);
        if (a > terms.length || b > terms.length || b < a) {
            throw new IllegalStateException(new ModelException(
                "cannot read period " + ModelException.quote(text) + ": there is no " + kind + " " + Math.max(a, b) + " (a school year"
                    + " has " + kind + "s 1 to " + terms.length + ")"));
        }
        return new String[] {terms[a - 1][0], terms[b - 1][1]};
    }

    /** The last three weeks of a span ({@code end}) or its first two, as 期末 and 期初 are read. */
    private static String[] part(String[] span, boolean end) {
        MonthDay from = MonthDay.parse("--" + span[0]);
        MonthDay to = MonthDay.parse("--" + span[1]);
        LocalDate a = from.atYear(PeriodParser.REFERENCE_YEAR);
        LocalDate b = to.atYear(PeriodParser.REFERENCE_YEAR + (to.isBefore(from) ? 1 : 0));
        LocalDate[] days = end ? new LocalDate[] {b.minusDays(20), b} : new LocalDate[] {a, a.plusDays(13)};
        return new String[] {monthDay(days[0]), monthDay(days[1])};
    }

    private static String monthDay(LocalDate d) {
        return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }

    /** Weeks {@code from} to {@code to} of a term, counted from its first day, about. */
    private static String weeks(String text, String[][] terms, String term, String lastTerm, String year, String from, String to) {
        int t = Integer.parseInt(term);
        if (lastTerm != null || t > terms.length) throw new IllegalStateException(new ModelException(
            "cannot read period " + ModelException.quote(text) + ": write the weeks of one term (Weeks 1-4 of Term 2)"));
        MonthDay start = MonthDay.parse("--" + terms[t - 1][0]);
        int y = year == null ? PeriodParser.REFERENCE_YEAR : Integer.parseInt(year);
        LocalDate first = start.atYear(y);
        int a = Integer.parseInt(from);
        int b = to == null ? a : Integer.parseInt(to);
        if (a < 1 || b < a || b > 20) throw new IllegalStateException(new ModelException(
            "cannot read period " + ModelException.quote(text) + ": a term has weeks 1 to about 20, not " + from + (to == null ? "" : "–" + to)));
        LocalDate s = first.plusWeeks(a - 1);
        LocalDate e = first.plusWeeks(b).minusDays(1);
        return "about " + name(s) + (year == null ? "" : ", " + s.getYear()) + " to " + name(e) + (year == null ? "" : ", " + e.getYear());
    }

    /** The school holidays of a school year: the days between its terms (the last to the first of the next year). */
    private static String[][] holidays(String[][] terms) {
        String[][] gaps = new String[terms.length][];
        for (int k = 0; k < terms.length; k++) {
            LocalDate end = MonthDay.parse("--" + terms[k][1]).atYear(PeriodParser.REFERENCE_YEAR);
            LocalDate next = MonthDay.parse("--" + terms[(k + 1) % terms.length][0]).atYear(PeriodParser.REFERENCE_YEAR);
            gaps[k] = new String[] {monthDay(end.plusDays(1)), monthDay(next.minusDays(1))};
        }
        java.util.Arrays.sort(gaps, java.util.Comparator.comparing((String[] g) -> g[0]));
        return gaps;
    }

    /**
     * The first span of a table that does not end before the day (a span from December into January counts from the
     * December before the day's year), as its first day, last day and the year it starts in.
     */
    private static String[] coming(String[][] spans, LocalDate day) {
        String[] best = null;
        LocalDate bestStart = null;
        for (int add = -1; add <= 1; add++) {
            for (String[] sp : spans) {
                boolean wraps = sp[1].compareTo(sp[0]) < 0; // December 20 to January 4: it ends in the next year
                int year = day.getYear() + add;
                LocalDate start = MonthDay.parse("--" + sp[0]).atYear(year);
                LocalDate end = MonthDay.parse("--" + sp[1]).atYear(year + (wraps ? 1 : 0));
                if (!end.isBefore(day) && (bestStart == null || start.isBefore(bestStart))) {
                    best = new String[] {sp[0], sp[1], String.valueOf(year)};
                    bestStart = start;
                }
            }
        }
        return best;
    }

    /** "about september 3 to october 24" (with the year after each day when one is given; a span into January takes the next). */
    private static String about(String[] days, String year) {
        String y = year != null ? year : days.length > 2 ? days[2] : null;
        boolean intoNext = days[1].compareTo(days[0]) < 0;
        String end = intoNext && y == null ? day(days[1], null) + " next year" : day(days[1], y == null ? null : intoNext ? String.valueOf(Integer.parseInt(y) + 1) : y);
        return "about " + day(days[0], y) + " to " + end;
    }

    private static String day(String monthDay, String year) {
        MonthDay md = MonthDay.parse("--" + monthDay);
        return md.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " " + md.getDayOfMonth()
            + (year == null ? "" : ", " + year);
    }

    private static String name(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " " + d.getDayOfMonth();
    }

    private static String replace(Pattern p, String s, java.util.function.Function<MatchResult, String> with) throws ModelException {
        try {
            return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ModelException me) throw me;
            throw e;
        }
    }
}
