package org.planpress.html;

/**
 * Reads HTML text tag by tag, in one pass, without building a tree: start tags with their attributes, end
 * tags and comments, in page order. Markup shown as text (escaped) is text, and the contents of scripts and
 * styles are skipped, as a browser would. Nothing is unescaped or normalized: positions point into the text.
 */
public final class TagScanner {

    /** Receives what {@link #scan} reads, in page order. */
    public interface Handler {
        /** A start tag begins: {@code <name} at {@code start}. Its attributes and {@link #tagEnd} follow. */
        void tagStart(String name, int start);

        /**
         * An attribute of the current start tag: its name is {@code html[nameStart, nameEnd)}; its raw value
         * {@code html[valueStart, valueEnd)}, without quotes, or both -1 for an attribute without a value.
         */
        void attribute(int nameStart, int nameEnd, int valueStart, int valueEnd);

        /** The current start tag ends just before {@code end}; {@code selfClosing} if it ends with {@code />}. */
        void tagEnd(int end, boolean selfClosing);

        /** An end tag {@code html[start, end)}. */
        default void endTag(String name, int start, int end) {
        }

        /** A comment, doctype or processing instruction {@code html[start, end)}. */
        default void comment(int start, int end) {
        }
    }

    /** Receives the attributes of one tag ({@link #attributes}). */
    public interface Attributes {
        /**
         * An attribute: its name {@code html[nameStart, nameEnd)}, its raw value {@code html[valueStart, valueEnd)}
         * (-1 without a value), the whole attribute ending just before {@code end} (after a closing quote).
         */
        void attribute(int nameStart, int nameEnd, int valueStart, int valueEnd, int end);
    }

    private TagScanner() {
    }

    /** Scans {@code html}; an unclosed tag or comment at the end stops the scan there. */
    public static void scan(String html, Handler h) {
        int n = html.length();
        Attributes attrs = (ns, ne, vs, ve, e) -> h.attribute(ns, ne, vs, ve);
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (c == '!' || c == '?') {
                int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i);
                if (end < 0) break;
                end += html.charAt(end) == '-' ? 3 : 1;
                h.comment(i, end);
                i = html.indexOf('<', end);
                continue;
            }
            if (c == '/') {
                int j = i + 2;
                while (j < n && isNameChar(html.charAt(j))) j++;
                int gt = j > i + 2 && isLetter(html.charAt(i + 2)) ? html.indexOf('>', j) : -1;
                if (gt >= 0) {
                    h.endTag(html.substring(i + 2, j), i, gt + 1);
                    i = html.indexOf('<', gt + 1);
                } else {
                    i = html.indexOf('<', i + 1);
                }
                continue;
            }
            if (!isLetter(c)) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int j = i + 1;
            while (j < n && isNameChar(html.charAt(j))) j++;
            String tag = html.substring(i + 1, j);
            h.tagStart(tag, i);
            int end = attributes(html, j, attrs);
            if (end < 0) break;
            h.tagEnd(end, html.charAt(end - 2) == '/');
            if (tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("style")) {
                int close = indexOfIgnoreCase(html, "</" + tag, end);
                if (close < 0) break;
                i = close;
                continue;
            }
            i = html.indexOf('<', end);
        }
    }

    /**
     * Reads the attributes of a tag from {@code from} (just after its name) and returns the index after its
     * {@code >}, or -1 if the tag does not end.
     */
    public static int attributes(String html, int from, Attributes a) {
        int n = html.length();
        int j = from;
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') return j + 1;
            if (!isNameChar(c)) {
                j++;
                continue;
            }
            int start = j;
            while (j < n && isNameChar(html.charAt(j))) j++;
            int nameEnd = j;
            while (j < n && html.charAt(j) == ' ') j++;
            if (j >= n || html.charAt(j) != '=') {
                a.attribute(start, nameEnd, -1, -1, nameEnd);
                continue;
            }
            j++;
            while (j < n && html.charAt(j) == ' ') j++;
            if (j >= n) return -1;
            char q = html.charAt(j);
            int valueStart;
            int valueEnd;
            if (q == '"' || q == '\'') {
                valueStart = j + 1;
                valueEnd = html.indexOf(q, valueStart);
                if (valueEnd < 0) return -1;
                j = valueEnd + 1;
            } else {
                valueStart = j;
                while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') j++;
                valueEnd = j;
            }
            a.attribute(start, nameEnd, valueStart, valueEnd, j);
        }
        return -1;
    }

    /** Whether {@code html[start, end)} is {@code name}, ignoring case. */
    public static boolean is(String html, int start, int end, String name) {
        return end - start == name.length() && html.regionMatches(true, start, name, 0, name.length());
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
            if (s.regionMatches(true, k, what, 0, what.length())) return k;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
    }
}
