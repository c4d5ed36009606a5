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
            int k = j, entries = 0, lastPage = -1;
            while (k < ps.size()) {
                int n = entries(ps.get(k), entries > 0, lastPage);
                if (n == 0) break;
                entries += n;
                lastPage = lastPage(ps.get(k));
                k++;
            }
            boolean bare = j > i && k == j && k < ps.size() && ps.get(k).level() > 0; // "Contents" over the headings: its links are gone
            if (entries >= 2 || bare) {
                note.accept(ps.get(i).line(), bare ? "left out (the heading of a table of contents)"
                        : "left out (the table of contents, " + entries + " entries: the headings are read where they stand)");
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

    private static final Pattern LOOSE = Pattern.compile("^(?<text>\\S.*?[^\\s.。;；,，])\\s+(?<page>\\d{1,3})$");

    /**
     * How many entries of a table of contents the paragraph holds, 0 for none: a line, or a table of a title and
     * a page number a row (a PDF's tab makes the entries a table). After an entry, "3. Timeline 3" (one space before
     * the page, not less than the page before) is one too.
     */
    private static int entries(Paragraph p, boolean after, int lastPage) {
        if (p.isTable()) {
            for (List<String> r : p.rows()) if (r.size() != 2 || !r.get(1).strip().matches("\\d{1,3}") || r.get(0).isBlank()) return 0;
            return p.rows().size();
        }
        if (entry(p.text())) return 1;
        java.util.regex.Matcher m = LOOSE.matcher(Text.strip(p.text()));
        return after && m.matches() && Integer.parseInt(m.group("page")) >= lastPage && Text.width(m.group("text")) <= 80 ? 1 : 0;
    }

    /** The page number the paragraph's last entry ends with, or -1. */
    private static int lastPage(Paragraph p) {
        String t = p.isTable() ? p.rows().get(p.rows().size() - 1).get(1) : Text.strip(p.text());
        java.util.regex.Matcher m = Pattern.compile("(\\d{1,3})$").matcher(t.strip());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
