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

    /** {@code s} with its character references resolved (text content). */
    public static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /** {@code s} with its character references resolved (an attribute value). */
    public static String unescapeAttribute(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, true);
    }
}
