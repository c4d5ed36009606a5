package org.planpress.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's table of contents, as Word, LibreOffice and PDFs print it: a "Contents" (目录) heading, then entries
 * that end with dot leaders or a tab and a page number ("3. Governance ........ 4", "一、总体要求\t2"). It repeats the
 * headings, so it is left out of the plan: the headings are read where they stand.
 */
final class Contents {

    /** A field code left in the text by old Word files: TOC with its switches (\\o "1-3" \\h \\z), PAGEREF _Toc123. */
    static final Pattern FIELD_CODE = Pattern.compile("\\s*\\b(?:TOC|PAGEREF|HYPERLINK)\\s+(?:\\\\[a-z](?:\\s+\"[^\"]*\")?\\s*|_Toc\\d+\\s*|\"[^\"]*\"\\s*)+");
    private static final Pattern ENTRY = Pattern.compile("^(?<text>.*?\\S)\\s*(?:[.．·…_\\-–—]{4,}\\s*|\\t+\\s*|\\s{3,})(?:\\d{1,3}|[ivxlc]{1,6})$");
    private static final Pattern HEADING = Pattern.compile("^(?i)(table\\s+of\\s+)?contents$|^目\\s*录$");

    private Contents() {
    }

    /** Whether the line is an entry of a table of contents: text, leaders or a tab, a page number. */
    static boolean entry(String line) {
        String t = FIELD_CODE.matcher(line).replaceAll("").replace('\u00a0', ' ').strip();
        java.util.regex.Matcher m = ENTRY.matcher(t);
        return m.matches() && Text.width(m.group("text")) <= 100;
    }

    /** Whether the line is a table of contents' heading: Contents, Table of contents, 目录. */
    static boolean heading(String line) {
        return HEADING.matcher(Text.strip(line)).matches();
    }

    /**
     * Removes the tables of contents (two entries or more in a row, with their heading), noting each on the plan.
     *
     * @return the paragraphs left
     */
    static List<Paragraph> without(List<Paragraph> ps, java.util.function.BiConsumer<Integer, String> note) {
        List<Paragraph> out = new java.util.ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            int j = i;
            if (!ps.get(i).isTable() && heading(ps.get(i).text())) j++;
            int k = j;
            while (k < ps.size() && !ps.get(k).isTable() && entry(ps.get(k).text())) k++;
            boolean bare = j > i && k == j && k < ps.size() && ps.get(k).level() > 0; // "Contents" over the headings: its links are gone
            if (k - j >= 2 || bare) {
                note.accept(ps.get(i).line(), bare ? "left out (the heading of a table of contents)"
                        : "left out (the table of contents, " + (k - j) + " entries: the headings are read where they stand)");
                i = k - 1;
                continue;
            }
            Paragraph p = ps.get(i);
            if (!p.isTable() && FIELD_CODE.matcher(p.text()).find()) {
                String t = FIELD_CODE.matcher(p.text()).replaceAll(" ").strip();
                if (t.isEmpty()) continue;
                p = p.withText(t);
            }
            out.add(p);
        }
        return out;
    }
}
