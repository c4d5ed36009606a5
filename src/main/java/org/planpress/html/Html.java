package org.planpress.html;

import org.jsoup.parser.Parser;

/** Escaping and unescaping of HTML text and attribute values. */
public final class Html {
    private Html() {
    }

    /** {@code s} escaped for text content: {@code & < >} and no-break spaces. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** {@code s} escaped for a double-quoted attribute value: as {@link #escape}, and {@code "}. */
    public static String escapeAttribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00a0' -> "&nbsp;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (r != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (sb != null) {
                if (r != null) sb.append(r);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * {@code html} with each General Punctuation character (U+2000 to U+206F: dashes, quotes, the ellipsis, "›")
     * written as a character reference, the way Asciidoctor writes the typographic characters it makes
     * ({@code &#8212;}, {@code &#8217;}). For markup PlanPress writes itself, which has no script or style
     * element: a plan page in English then stays a Latin-1 string in memory, half the size of a string with one
     * such character in it, and quicker to scan and to write.
     */
    public static String punctuationAsReferences(String html) {
        int i = nextPunctuation(html, 0);
        if (i < 0) return html;
        StringBuilder sb = new StringBuilder(html.length() + 16);
        int from = 0;
        while (i >= 0) {
            // a substring, not append(s, from, i): that copies a UTF-16 string one character at a time
            sb.append(html.substring(from, i)).append("&#").append((int) html.charAt(i)).append(';');
            from = i + 1;
            i = nextPunctuation(html, from);
        }
        return sb.append(html.substring(from)).toString();
    }

    private static int nextPunctuation(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (generalPunctuation(s.charAt(i))) return i;
        }
        return -1;
    }

    private static boolean generalPunctuation(char c) {
        return c >= '\u2000' && c <= '\u206f';
    }

    /** {@code s} with its character references resolved (text content). */
    public static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /** {@code s} with its character references resolved (an attribute value). */
    public static String unescapeAttribute(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, true);
    }
}
