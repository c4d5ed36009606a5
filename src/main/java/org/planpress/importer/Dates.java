package org.planpress.importer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates of signature blocks (Arabic or Chinese numerals, English) and a test for text that looks like a period. */
final class Dates {
    private Dates() {
    }

    private static final String ZH_Y = "[〇○OＯ零一二三四五六七八九]{4}";
    private static final String ZH_N = "[一二三四五六七八九十]{1,3}";
    static final Pattern ZH_DATE = Pattern.compile("(\\d{4}|" + ZH_Y + ")\\s*年\\s*(\\d{1,2}|" + ZH_N + ")\\s*月\\s*(?:(\\d{1,2}|" + ZH_N + ")\\s*[日号])?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    static final Pattern EN_MDY = Pattern.compile("(?i)" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    static final Pattern EN_DMY = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    /** A month and year without a day, as an English signature dates a plan: "March 2024", "Sept. 2025". */
    static final Pattern EN_MY = Pattern.compile("(?i)(?<![\\d\\p{L}])" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?\\s*(.*?)\\s*[）)]?$");

    /** The ISO date of a paragraph that is only a date (possibly in brackets), or null. */
    static String dateLine(String text) {
        String s = Text.squeeze(text);
        if (s.length() > 40) return null;
        Matcher b = DATE_LINE.matcher(s);
        if (b.matches()) s = b.group(1);
        s = s.replaceAll("[。.]$", "");
        String iso = find(s);
        if (iso == null) return null;
        String rest = s.replaceFirst(ZH_DATE.pattern(), "").replaceFirst(EN_MDY.pattern(), "").replaceFirst(EN_DMY.pattern(), "")
                .replaceFirst(ISO.pattern(), "").replaceFirst(EN_MY.pattern(), "");
        return Text.strip(rest).isEmpty() || rest.strip().matches("印发|制定|修订") ? iso : null;
    }

    /** The first full date in the text as yyyy-mm-dd (or yyyy-mm), or null. */
    static String find(String s) {
        Matcher m = ZH_DATE.matcher(s);
        if (m.find()) {
            int y = year(m.group(1));
            int mo = num(m.group(2));
            Integer d = m.group(3) == null ? null : num(m.group(3));
            if (y > 1900 && mo >= 1 && mo <= 12) return d == null ? String.format("%04d-%02d", y, mo) : String.format("%04d-%02d-%02d", y, mo, d);
        }
        m = EN_MDY.matcher(s);
        if (m.find()) return String.format("%04d-%02d-%02d", Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = EN_DMY.matcher(s);
        if (m.find()) return String.format("%04d-%02d-%02d", Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = ISO.matcher(s);
        if (m.find()) {
            int mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return String.format("%s-%02d-%02d", m.group(1), mo, d);
        }
        m = EN_MY.matcher(s);
        if (m.find()) return String.format("%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1)));
        return null;
    }

    private static int month(String s) {
        return MONTHS.getOrDefault(s.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    static int year(String s) {
        if (s.matches("\\d{4}")) return Integer.parseInt(s);
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = "〇○OＯ零".indexOf(c) >= 0 ? 0 : "一二三四五六七八九".indexOf(c) + 1;
            sb.append(d);
        }
        return Integer.parseInt(sb.toString());
    }

    private static int num(String s) {
        return s.matches("\\d+") ? Integer.parseInt(s) : Numbering.value(s);
    }

    private static final Pattern PERIODISH = Pattern.compile("(?i)\\d{1,2}\\s*月|[一二三四五六七八九十]{1,2}月|上旬|中旬|下旬|月底|月末|年底|年末|即日|\\d{4}\\s*年"
            + "|\\d{1,2}\\s*日|春节|国庆|元旦|五一|七一|暑假|寒假|全年|长期|前夕|\\b" + MONTH + "\\b|\\b(19|20)\\d{2}\\b"
            + "|\\bbefore\\b|\\bend of\\b|\\bthe end\\b|\\d{1,2}[/.-]\\d{1,2}");

    /**
     * Does the text read like a period ("June", "5月下旬至6月上旬", "before May 10")? It has a date word, or the period
     * reader reads it ("汛期", "长期", "as needed").
     */
    static boolean periodLike(String s) {
        if (s == null) return false;
        String t = Text.strip(s);
        if (t.isEmpty() || Text.width(t) > 60) return false;
        return PERIODISH.matcher(t).find() || reads(t);
    }

    /** Whether the period reader reads the text (with no year or issue date: a likeness test, not the stage's dates). */
    static boolean reads(String period) {
        try {
            org.planpress.period.PeriodParser.parse(period, org.planpress.period.PeriodParser.REFERENCE_YEAR);
            return true;
        } catch (org.planpress.model.ModelException | RuntimeException e) {
            return false;
        }
    }
}
