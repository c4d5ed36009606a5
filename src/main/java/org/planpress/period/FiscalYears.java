package org.planpress.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Financial years written as the months they are, on the normalised text: {@code FY2026}, {@code FY25}, {@code FY2025-26},
 * {@code FY 2025/26}, {@code fiscal 2026}, {@code the financial year}, with a quarter ({@code Q2 FY26}, {@code FY2026 Q1}),
 * a half ({@code first half of FY}, {@code H1 FY26}) or an end ({@code end of fiscal year}). A financial year starts in
 * the month {@link DateConventions#fiscalYearStart()} gives and is named by the year it ends in (FY2026 in Britain:
 * April 2025 to March 2026; in a year that starts in January, the calendar year). A financial year without a number is
 * the one the plan's {@code :plan-date:} falls in, else the one that starts in its {@code :plan-year:}.
 */
final class FiscalYears {
    private FiscalYears() {
    }

    /** A financial year as written; group 1 this/next, 2 and 3 its years. */
    private static final Pattern WRITTEN = Pattern.compile(
        "(?<![a-z0-9])(?:(this|current|next|following|last|previous)\\s+)?(?:fy|f/y|fiscal\\s+year|financial\\s+year|fiscal)"
            + "(?:\\s*'?(\\d{4}|\\d{2})(?![0-9])(?:\\s*[-/–—]\\s*(\\d{4}|\\d{2})(?![0-9]))?)?(?![a-z])");

    /** A year pair before "financial year" (the 2025/26 financial year), and a Chinese financial year (2025财年). */
    private static final Pattern PAIR_BEFORE = Pattern.compile("(?<![0-9])(\\d{4})\\s*[-/–—]\\s*(\\d{4}|\\d{2})\\s+(fiscal|financial)\\s+year");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年?\\s*(?:财年|财政年度|会计年度)");

    /** The marker a financial year is first written as: {@code fy#2026} (the year it ends in) or {@code fy#+0}, {@code fy#+1}. */
    private static final String Y = "fy#([0-9]{4}|[+][0-9])";
    private static final Pattern QUARTER = Pattern.compile(
        "(?:the\\s+)?(?:q([1-4])|(first|second|third|fourth)\\s+quarter)\\s+(?:of\\s+)?(?:the\\s+)?" + Y + "|" + Y + "\\s+q([1-4])");
    /** The end or the start of a quarter of a financial year: the end of Q2 FY26. */
    private static final Pattern QUARTER_PART = Pattern.compile(
        "(?:the\\s+)?(end|close|start|beginning)\\s+of\\s+(?:the\\s+)?(?:q([1-4])|(first|second|third|fourth)\\s+quarter)\\s+(?:of\\s+)?(?:the\\s+)?"
            + Y + "|(?:the\\s+)?(end|close|start|beginning)\\s+of\\s+(?:the\\s+)?" + Y + "\\s+q([1-4])");
    private static final Pattern HALF = Pattern.compile(
        "(?:the\\s+)?(?:h([12])|([12])h|(first|second)\\s+half\\s+of)\\s+(?:the\\s+)?" + Y + "|" + Y + "\\s+h([12])");
    private static final Pattern END = Pattern.compile("(?:the\\s+)?(end|close|start|beginning)\\s+of\\s+(?:the\\s+)?" + Y);
    private static final Pattern WHOLE = Pattern.compile("(?:the\\s+)?" + Y);

    private static final Pattern MENTIONS = Pattern.compile("(?i)fy|fiscal|financial|f/y|财年|财政年度|会计年度");

    /** A quick scan of the text as written: whether it may name a financial year at all. */
    static boolean mentions(String written) {
        return MENTIONS.matcher(written).find() || PART_OF_PAIR.matcher(written.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /**
     * A quarter or a half before two years in one, Q4 2025/26, H1 2025-26: a part of the financial year, as quarters of
     * a year pair are counted (a school year is not).
     */
    private static final Pattern PART_OF_PAIR = Pattern.compile(
        "(?<![a-z0-9])(q[1-4]|h[12])\\s+(\\d{4}\\s*[-/–—]\\s*(?:\\d{4}|\\d{2}))(?![0-9])");
    /** "financial year end", "fiscal year-end": the end of the financial year. */
    private static final Pattern YEAR_END = Pattern.compile("(?<![a-z])(?:the\\s+)?(fiscal|financial)\\s+year[- ]end(?![a-z])");

    /** The text with its financial years written as months; unchanged when it names none. */
    static String rewrite(String s, DateConventions c, Integer planYear, LocalDate issueDate) {
        if (s.contains("财年") || s.contains("财政年度") || s.contains("会计年度")) s = CHINESE.matcher(s).replaceAll("fy$1");
        s = PART_OF_PAIR.matcher(s).replaceAll("$1 fy$2");
        if (!s.contains("fy") && !s.contains("fiscal") && !s.contains("financial") && !s.contains("f/y")) return s;
        s = YEAR_END.matcher(s).replaceAll("the end of the $1 year");
        s = PAIR_BEFORE.matcher(s).replaceAll("$3 year $1-$2");
        Matcher m = WRITTEN.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String marker = marker(m.group(1), m.group(2), m.group(3));
            m.appendReplacement(sb, Matcher.quoteReplacement(marker == null ? m.group() : "fy#" + marker));
        }
        m.appendTail(sb);
        s = sb.toString();
        int f = c.fiscalYearStart();
        Integer current = current(f, planYear, issueDate);
        s = replace(QUARTER_PART, s, q -> {
            int n = q.group(2) != null ? Integer.parseInt(q.group(2)) : q.group(3) != null ? ordinal(q.group(3)) : Integer.parseInt(q.group(7));
            Integer end = endYear(q.group(4) != null ? q.group(4) : q.group(6), current);
            String word = q.group(1) != null ? q.group(1) : q.group(5);
            boolean last = word.equals("end") || word.equals("close");
            return "the " + (last ? "end" : "beginning") + " of " + month(f, end, 3 * (n - 1) + (last ? 2 : 0));
        });
        s = replace(QUARTER, s, q -> {
            int n = q.group(1) != null ? Integer.parseInt(q.group(1)) : q.group(2) != null ? ordinal(q.group(2)) : Integer.parseInt(q.group(5));
            return months(f, endYear(q.group(3) != null ? q.group(3) : q.group(4), current), 3 * (n - 1), 3);
        });
        s = replace(HALF, s, h -> {
            int n = h.group(1) != null ? Integer.parseInt(h.group(1)) : h.group(2) != null ? Integer.parseInt(h.group(2))
                : h.group(3) != null ? ordinal(h.group(3)) : Integer.parseInt(h.group(6));
            return months(f, endYear(h.group(4) != null ? h.group(4) : h.group(5), current), 6 * (n - 1), 6);
        });
        s = replace(END, s, e -> {
            Integer end = endYear(e.group(2), current);
            boolean last = e.group(1).equals("end") || e.group(1).equals("close");
            return "the " + (last ? "end" : "beginning") + " of " + month(f, end, last ? 11 : 0);
        });
        return replace(WHOLE, s, w -> months(f, endYear(w.group(1), current), 0, 12));
    }

    /**
     * The marker of a financial year as written: the year it ends in, or +0, +1, -1 for this, the next and the last one;
     * null (left as written, an error) for a year before 1000 or two years that are not one after the other (FY2026-2030).
     */
    private static String marker(String relative, String first, String second) {
        if (first == null) return relative == null || relative.equals("this") || relative.equals("current") ? "+0"
            : relative.equals("next") || relative.equals("following") ? "+1" : "-1";
        int a = full(first, 2000);
        if (a < 1000) return null;
        if (second == null) return String.valueOf(a);
        int b = full(second, a / 100 * 100);
        return b == a + 1 ? String.valueOf(b) : null; // FY2025-26: the year ending in 2026
    }

    private static int full(String year, int century) {
        return year.length() == 4 ? Integer.parseInt(year) : century + Integer.parseInt(year);
    }

    /** The year the current financial year ends in: the one of the issue date, else the one starting in the plan year. */
    private static Integer current(int f, Integer planYear, LocalDate issueDate) {
        if (issueDate != null) return issueDate.getYear() + (f != 1 && issueDate.getMonthValue() >= f ? 1 : 0);
        if (planYear != null) return planYear + (f == 1 ? 0 : 1);
        return null;
    }

    /** The year a marker's financial year ends in, or null when no year is known. */
    private static Integer endYear(String marker, Integer current) {
        if (!marker.startsWith("+") && !marker.startsWith("-")) return Integer.valueOf(marker);
        return current == null ? null : current + Integer.parseInt(marker);
    }

    /** {@code count} months of a financial year from its month {@code from} (0 its first), as "april 2025 to june 2025". */
    private static String months(int f, Integer endYear, int from, int count) {
        return month(f, endYear, from) + " to " + month(f, endYear, from + count - 1);
    }

    /** The month {@code k} (0 the first) of the financial year ending in {@code endYear}, with its year when known. */
    private static String month(int f, Integer endYear, int k) {
        int m = (f - 1 + k) % 12 + 1;
        boolean inEndYear = f == 1 || m < f;
        String name = Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        if (endYear == null) return name + (inEndYear && f != 1 ? " next year" : "");
        return name + " " + (inEndYear ? endYear : endYear - 1);
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    private static String replace(Pattern p, String s, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
