package org.planpress.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that says who issued a plan or when, as plans print it under the title or at the end: "Issued by: Lakeside
 * County Emergency Management Agency", "Date of issue: April 7, 2025", "Published: 12 May 2025", "Prepared by the
 * Marketing Department, Metro Transit Authority, 3 February 2025", "Approved: Board of Directors, 20 May 2025",
 * 发布日期：2025年3月1日. Its issuer (without "the") and date (ISO, as {@link Dates#find}), either may be null.
 */
record IssueLine(String issuer, String date) {

    private static final Pattern LABELLED = Pattern.compile("^(?i)(?<label>issued\\s+by|issuer|from|prepared\\s+by|drawn\\s+up\\s+by"
        + "|plan\\s+owner|owner|approved\\s+by|approved|issued(?:\\s+on)?|date\\s+of\\s+issue|issue\\s+date|date(?:d)?|published(?:\\s+on)?"
        + "|publication\\s+date|effective(?:\\s+date)?|version\\s+date|发布单位|印发单位|制定单位|发文单位|编制单位|日期|印发日期|发布日期"
        + "|发布时间|印发时间|成文日期)(?<colon>\\s*[:：]|\\s+(?=the\\s|\\p{Lu}))\\s*(?<value>.{2,140})$");
    private static final Pattern BY = Pattern.compile("(?i).*\\bby$|.*owner$|.*单位$|^from$");
    private static final Pattern TRAILING_DATE = Pattern.compile("^(.*?)[,，]?\\s*(?:on\\s+)?(" + Dates.EN_DMY.pattern() + "|"
        + Dates.EN_MDY.pattern() + "|" + Dates.ZH_DATE.pattern() + "|" + Dates.ISO.pattern() + ")\\s*[.。]?$");

    /** The line read, or null when it is not such a line (a sentence, a label without a unit or a date). */
    static IssueLine of(String text) {
        String s = Text.squeeze(text).replace("**", "");
        if (Text.width(s) > 160) return null;
        Matcher m = LABELLED.matcher(s);
        if (!m.find()) return null;
        String label = m.group("label").toLowerCase(java.util.Locale.ROOT);
        String value = Text.strip(m.group("value").split("\\s+[·•|]\\s+")[0]); // "Issued by: X · Year: 2024"
        boolean colon = !m.group("colon").isBlank();
        if (!colon && !BY.matcher(label).matches()) return null; // "Approved the budget": a sentence
        String unit = value, date = null;
        Matcher d = TRAILING_DATE.matcher(value);
        if (d.find()) {
            date = Dates.find(d.group(2));
            unit = Text.strip(d.group(1));
        }
        boolean byLabel = BY.matcher(label).matches() || label.startsWith("approved"); // "Approved: the Board, 20 May"
        String issuer = null;
        if (!unit.isEmpty() && (byLabel || date != null) && unit.matches("(?s).*\\p{L}.*") && !Text.endsSentence(unit)) {
            issuer = unit.replaceFirst("^(?i)the\\s+", "");
        }
        if (issuer == null && date == null) return null;
        return new IssueLine(issuer, date);
    }
}
