package org.planpress.importer;

import java.util.List;

/**
 * One paragraph (or table) of an input document, as a reader hands it to the {@link PlanDetector}.
 *
 * @param text the paragraph's text, one line, with the plan's own numbering (for a table: the cells joined)
 * @param level a heading level hint from the format (1 for a title or h1, 2 for h2 or "Heading 1" ...), 0 for none
 * @param bold the whole paragraph is bold
 * @param centred the paragraph is centred
 * @param rows the table's rows of cell texts, or null for a text paragraph
 * @param line where it is in the input, for messages: the line (text, HTML), paragraph (Word) or page (PDF)
 */
public record Paragraph(String text, int level, boolean bold, boolean centred, List<List<String>> rows, int line) {

    public Paragraph {
        text = text == null ? "" : text;
        rows = rows == null ? null : List.copyOf(rows.stream().map(List::copyOf).toList());
    }

    public static Paragraph of(String text, int line) {
        return new Paragraph(text, 0, false, false, null, line);
    }

    public static Paragraph table(List<List<String>> rows, int line) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(String.join(" | ", r));
        }
        return new Paragraph(sb.toString(), 0, false, false, rows, line);
    }

    public boolean isTable() {
        return rows != null;
    }

    Paragraph withText(String t) {
        return new Paragraph(t, level, bold, centred, rows, line);
    }
}
