package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph holding several numbered items in a row: "（一）开展水源地排查。（二）加强水质检测。（三）做好应急储备。"
 * or "1. Check the mains. 2. Test the water." Each item starts after a sentence's end with the next number of the
 * same style. Such a paragraph is a list, not a heading with text after it.
 */
final class InlineList {

    private InlineList() {
    }

    /** The items as {marker, text}, or null when the paragraph is not two or more numbered items in a row. */
    static List<String[]> items(String text) {
        String s = Text.strip(text);
        Numbering cur = Numbering.of(s);
        if (cur == null || cur.stageStyle() || cur.style().equals("FIRST") || cur.value() != 1) return null;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '。' && c != '；' && c != ';' && c != '！' && !(c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) continue;
            String after = Text.strip(s.substring(i + 1));
            Numbering next = Numbering.of(after);
            if (next == null || !next.style().equals(cur.style()) || next.value() != cur.value() + 1) continue;
            starts.add(s.length() - after.length());
            cur = next;
        }
        if (starts.size() < 2) return null;
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            String item = Text.strip(s.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : s.length()));
            Numbering n = Numbering.of(item);
            if (n == null) return null;
            out.add(new String[] {n.marker(), n.rest()});
        }
        return out;
    }
}
