package org.planpress.html;

import org.jsoup.parser.Parser;

/** Escaping and unescaping of HTML (and inline SVG) text and attribute values. */
public final class Html {
    private Html() {
    }

    /**
     * {@code s} escaped for HTML or XML (inline SVG) element content and for single- or double-quoted attribute
     * values: {@code & < > " '} as references, and the characters XML cannot carry (controls other than tab, line
     * feed and carriage return, lone surrogates, U+FFFE, U+FFFF) dropped. The one escaper of PlanPress's own
     * markup; null is "", and text with nothing to escape is returned as it is.
     */
    public static String escape(String s) {
        if (s == null) return "";
        if (plain(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (xmlChar(cp)) sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} needs no escaping: no markup character, control, surrogate or non-character in it. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '&' || c == '<' || c == '>' || c == '"'
                    || c == '\'' || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE) return false;
        }
        return true;
    }

    /** Whether XML 1.0 allows the code point (lone surrogates and most controls are not allowed). */
    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
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
