package org.planpress.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a text by position: insertions and replacements, applied all at once. Insertions at one
 * position keep the order they were made in.
 */
public final class HtmlEdits {
    private record Edit(int start, int end, String text, int order) {
    }

    private static final Comparator<Edit> ORDER = Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order);

    private final String html;
    private final List<Edit> edits = new ArrayList<>();

    /** Edits of {@code html}. */
    public HtmlEdits(String html) {
        this.html = html;
    }

    /** Inserts {@code text} at {@code at}. */
    public HtmlEdits insert(int at, String text) {
        return replace(at, at, text);
    }

    /** Replaces {@code [start, end)} (which must not overlap another replacement) with {@code text}. */
    public HtmlEdits replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, edits.size()));
        return this;
    }

    /** The edits as text (position, end and text of each, in the order made): with the HTML, what {@link #apply} makes. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Edit e : edits) sb.append(e.start()).append(',').append(e.end()).append(':').append(e.text()).append('\n');
        return sb.toString();
    }

    /** Whether there is nothing to change. */
    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The whole text, changed. */
    public String apply() {
        if (edits.isEmpty()) return html;
        StringBuilder sb = new StringBuilder(html.length() + 64 * edits.size());
        appendRange(0, html.length(), sb);
        return sb.toString();
    }

    /**
     * Appends {@code [from, to)} of the text, changed, to {@code sb}; edits outside the range are left out.
     * (Runs of the text are appended as substrings: {@code StringBuilder.append(CharSequence, int, int)} copies
     * a non-Latin-1 string one character at a time.)
     */
    public void appendRange(int from, int to, StringBuilder sb) {
        edits.sort(ORDER);
        int pos = from;
        for (Edit e : edits) {
            if (e.start < from || e.start > to || e.start < pos) continue;
            sb.append(html.substring(pos, e.start)).append(e.text);
            pos = e.end;
        }
        sb.append(html.substring(pos, to));
    }
}
