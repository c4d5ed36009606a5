package org.planpress.model;

/**
 * A role's title as offices write its label, reduced to the title itself: the brackets around it ({@code 【副总指挥】},
 * {@code [Members]}, {@code 〔组长〕}), a trailing colon and the padding that aligns labels in a column
 * ({@code 组 长}, {@code 成　员}, {@code 组  长}) are dropped; runs of spaces between Latin words become one.
 */
public final class RoleTitle {
    private RoleTitle() {
    }

    private static final String OPEN = "【[〔〖［「『（(《<";
    private static final String CLOSE = "】]〕〗］」』）)》>";

    /** The label reduced to the title: brackets, a trailing colon and padding dropped, spaces as {@link #spaces}. */
    public static String normalise(String label) {
        String s = spaces(label).strip();
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

    /**
     * The spaces of a text as one kind each: the character references web pages write ({@code &emsp;},
     * {@code &#8195;}, {@code &nbsp;}) and AsciiDoc's {@code {nbsp}} become the characters; an em space is a
     * full-width space (U+3000), other spaces (no-break, en, thin ...) and tabs an ordinary space, zero-width spaces
     * nothing.
     */
    public static String spaces(String s) {
        if (s.indexOf('&') >= 0 || s.indexOf('{') >= 0) s = SPACE_REFERENCE.matcher(s).replaceAll(m -> referenced(m.group()));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') continue;
            if (c == '\u2003') sb.append('\u3000');
            else if (c != '\u3000' && c != '\n' && c != '\r' && (Character.isSpaceChar(c) || c == '\t')) sb.append(' ');
            else sb.append(c);
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern SPACE_REFERENCE = java.util.regex.Pattern.compile(
        "&(?:emsp|ensp|nbsp|thinsp|numsp|puncsp|hairsp|emsp13|emsp14|ThinSpace|MediumSpace|NonBreakingSpace);"
            + "|&#\\d{2,5};|&#[xX]\\p{XDigit}{2,4};|\\{(?:nbsp|sp|zwsp)\\}");

    /** The character a space reference stands for; a numeric reference to anything but a space stays as written. */
    private static String referenced(String ref) {
        int cp;
        if (ref.startsWith("&#x") || ref.startsWith("&#X")) cp = Integer.parseInt(ref.substring(3, ref.length() - 1), 16);
        else if (ref.startsWith("&#")) cp = Integer.parseInt(ref.substring(2, ref.length() - 1));
        else if (ref.equals("&emsp;")) cp = 0x3000;
        else if (ref.equals("{zwsp}")) cp = 0x200B;
        else cp = ' ';
        boolean space = Character.isSpaceChar(cp) || cp == 0x200B;
        return space ? java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp))) : java.util.regex.Matcher.quoteReplacement(ref);
    }

    /** Drops whitespace next to a character that is not Latin (Han padding), keeps one space between Latin words. */
    public static String unpad(String s) {
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
        return Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF65);
    }
}
