package org.planpress.timeline;

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
final class Xml {

    private Xml() {
    }

    /** Escapes for element content and for double- or single-quoted attribute values. */
    static String escape(String s) {
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
                case '\t', '\n', '\r' -> sb.append(' ');
                default -> {
                    if (isXmlChar(cp)) sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} needs no escaping: no markup character, control, surrogate or non-character in it. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0xD800 && c <= 0xDFFF
                    || c >= 0xFFFE) return false;
        }
        return true;
    }

    /** Whether XML 1.0 allows the code point (lone surrogates and most controls are not allowed). */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
            || cp >= 0x20 && cp <= 0xD7FF
            || cp >= 0xE000 && cp <= 0xFFFD
            || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
