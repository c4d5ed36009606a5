package org.planpress.model;

/**
 * A role label as offices write it, reduced to the label itself: the brackets around it ({@code 【副总指挥】},
 * {@code [Members]}, {@code 〔组长〕}), a trailing colon and the padding that aligns labels in a column
 * ({@code 组 长}, {@code 成　员}, {@code 组  长}) are dropped; runs of spaces between Latin words become one.
 */
final class RoleLabel {
    private RoleLabel() {
    }

    private static final String OPEN = "【[〔〖［「『（(《<";
    private static final String CLOSE = "】]〕〗］」』）)》>";

    static String normalise(String label) {
        String s = label.strip();
        while (true) {
            String before = s;
            while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("："))) s = s.substring(0, s.length() - 1).strip();
            if (s.length() >= 2) {
                int open = OPEN.indexOf(s.charAt(0));
                if (open >= 0 && s.charAt(s.length() - 1) == CLOSE.charAt(open)
                        && s.indexOf(CLOSE.charAt(open)) == s.length() - 1) {
                    s = s.substring(1, s.length() - 1).strip();
                }
            }
            if (s.equals(before)) break;
        }
        return unpad(s);
    }

    /** Drops whitespace next to a character that is not Latin (Han padding), keeps one space between Latin words. */
    static String unpad(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0 && spaced(sb.codePointBefore(sb.length())) && spaced(cp)) sb.append(' ');
            gap = false;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Characters between which a space is a word space, not padding: anything but Han and CJK punctuation. */
    private static boolean spaced(int cp) {
        return !PositionWords.isHan(cp) && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF65);
    }
}
