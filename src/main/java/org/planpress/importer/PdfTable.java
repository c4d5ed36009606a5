package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in a PDF's text, read by where its words stand: the header line's cells give the columns, each later word
 * goes to the column it starts in, and a line that only goes on with the cells above (a cell's text wrapped in its
 * column, set closer than rows are) is joined to them. The table ends at a line whose words cross the columns (a
 * paragraph), at a wide gap, or at the page's end.
 */
final class PdfTable {

    /** A word of a line and where it starts and ends. */
    record Word(String text, float x0, float x1, boolean cellStart) {
    }

    /** One line of a page as the table reader needs it. */
    record Row(int page, float y, float size, List<Word> words) {
    }

    /** The rows read and the index of the first line after the table. */
    record Read(List<List<String>> rows, int end) {
    }

    private static final java.util.regex.Pattern NUMBER_ONLY = java.util.regex.Pattern.compile(
            "^[（(]?(?:[一二三四五六七八九十百]{1,4}|\\d{1,3}(?:\\.\\d{1,3})*|[A-Za-z]|[IVXivx]{1,5})[)）、.．]?$|^第[一二三四五六七八九十\\d]{1,4}[章节条部分]$");

    private PdfTable() {
    }

    /**
     * Reads the table whose header is line {@code from}, or returns null when the lines after it are not laid out
     * in its columns (fewer than two rows).
     */
    static Read read(List<Row> lines, int from) {
        Row head = lines.get(from);
        List<Float> cols = new ArrayList<>();
        for (Word w : head.words()) if (cols.isEmpty() || w.cellStart()) cols.add(w.x0());
        if (cols.size() < 2) return null;
        // "二、⇥实施步骤", "1.1⇥Scope": a heading whose number Word sets off with a tab, not a table's first row
        String first = head.words().get(0).text();
        if (head.words().size() > 1 && head.words().get(1).cellStart() && NUMBER_ONLY.matcher(first).matches()) return null;
        float tol = Math.max(2f, head.size() * 0.6f);
        List<List<StringBuilder>> rows = new ArrayList<>();
        rows.add(cells(head, cols, tol));
        float rowGap = rowGap(lines, from, cols, tol), prevY = head.y();
        int i = from + 1;
        for (; i < lines.size(); i++) {
            Row l = lines.get(i);
            float gap = l.y() - prevY;
            if (l.page() != head.page() || gap <= 0 || gap > 3.2f * head.size() || l.words().isEmpty()) break;
            if (!inColumns(l, cols, tol) || Math.abs(l.size() - head.size()) > Math.max(0.5f, head.size() * 0.12f)) break; // a paragraph, a heading in its own type
            List<StringBuilder> cells = cells(l, cols, tol);
            boolean firstColumn = cells.get(0).length() > 0;

            // set further below than rows are, or a numbered line alone in the first column: the text after the table
            if (firstColumn && rowGap > 0 && gap > rowGap + Math.max(0.3f, head.size() * 0.03f)) break;
            if (numberedAlone(cells)) break;
            // a row starts in the first column; a line that leaves it empty and sits closer than rows do goes on above
            boolean wrapped = !firstColumn && rowGap > 0 && gap < rowGap - Math.max(0.25f, head.size() * 0.02f);
            if (wrapped) {
                List<StringBuilder> last = rows.get(rows.size() - 1);
                for (int c = 0; c < cols.size(); c++) if (cells.get(c).length() > 0) joinWrapped(last.get(c), cells.get(c).toString());
            } else {
                rows.add(cells);
            }
            prevY = l.y();
        }
        if (rows.size() < 2) return null;
        List<List<String>> out = new ArrayList<>();
        for (List<StringBuilder> r : rows) {
            List<String> cells = new ArrayList<>();
            for (StringBuilder c : r) cells.add(Text.strip(PdfText.tidy(c.toString())));
            out.add(cells);
        }
        return new Read(out, i);
    }

    /**
     * How far apart the table's rows are set: the smallest distance above a line that starts in the first column,
     * among the lines laid out in the columns; -1 when no such line follows.
     */
    private static float rowGap(List<Row> lines, int from, List<Float> cols, float tol) {
        Row head = lines.get(from);
        float best = -1, prevY = head.y();
        for (int i = from + 1; i < lines.size(); i++) {
            Row l = lines.get(i);
            float gap = l.y() - prevY;
            if (l.page() != head.page() || gap <= 0 || gap > 3.2f * head.size() || l.words().isEmpty()) break;
            if (!inColumns(l, cols, tol) || Math.abs(l.size() - head.size()) > Math.max(0.5f, head.size() * 0.12f)) break;
            List<StringBuilder> cells = cells(l, cols, tol);
            if (numberedAlone(cells)) break;
            if (cells.get(0).length() > 0 && (best < 0 || gap < best)) best = gap;
            prevY = l.y();
        }
        return best;
    }

    /** A numbered line alone in the first column ("三、工作要求"): the plan's next heading, after the table. */
    private static boolean numberedAlone(List<StringBuilder> cells) {
        return cells.get(0).length() > 0 && cells.stream().skip(1).allMatch(c -> c.length() == 0) && Numbering.of(cells.get(0).toString()) != null;
    }

    /** A cell's wrapped text joined: no space at a dash ("3月1日—" + "3月31日") nor between Han characters. */
    private static void joinWrapped(StringBuilder sb, String next) {
        boolean dash = sb.length() > 0 && "—–-~～至".indexOf(sb.charAt(sb.length() - 1)) >= 0 || !next.isEmpty() && "—–~～".indexOf(next.charAt(0)) >= 0;
        if (dash && Text.hasHan(sb.toString() + next)) sb.append(next);
        else Text.join(sb, next);
    }

    /**
     * Whether the line is laid out in the columns: it does not start left of the table, and no word runs across a
     * column's start (a paragraph's line does) unless the line has cells set apart by wide gaps (a merged cell's text
     * runs on over the next column).
     */
    private static boolean inColumns(Row l, List<Float> cols, float tol) {
        if (l.words().get(0).x0() < cols.get(0) - 3 * tol) return false;
        if (l.words().stream().anyMatch(Word::cellStart)) return true;
        for (Word w : l.words()) {
            for (int c = 1; c < cols.size(); c++) {
                if (w.x0() < cols.get(c) - tol && w.x1() > cols.get(c) + tol) return false;
            }
        }
        return true;
    }

    /**
     * The line's words by column: each in the last column that starts at or before it; a column a word of the line
     * runs across is merged with the one before it for the rest of the line.
     */
    private static List<StringBuilder> cells(Row l, List<Float> cols, float tol) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) cells.add(new StringBuilder());
        boolean[] spanned = new boolean[cols.size()];
        int at = 0;
        for (Word w : l.words()) {
            // a word that starts left of a column and runs into it (not one set apart by a wide gap, which starts a cell)
            for (int c = 1; c < cols.size(); c++) if (!w.cellStart() && w.x0() < cols.get(c) - 1 && w.x1() > cols.get(c) + 1) spanned[c] = true;
            int c = 0;
            while (c + 1 < cols.size() && cols.get(c + 1) - tol <= w.x0()) c++;
            while (c > at && spanned[c]) c--;
            at = Math.max(at, c);
            StringBuilder sb = cells.get(at);
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        return cells;
    }
}
