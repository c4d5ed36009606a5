package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the readers, the detector and the writer. */
final class Text {
    private Text() {
    }

    /** Strips ASCII, full-width and no-break spaces and byte-order marks at both ends. */
    static String strip(String s) {
        if (s == null) return "";
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '\u200b' || c == '\u2002'
                || c == '\u2003' || c == '\u2009';
    }

    /** Runs of spaces (any kind, no line breaks) as one ASCII space, ends stripped. */
    static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static long han(String s) {
        return s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }

    /** Display width: Chinese characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += isCjk(s.charAt(i)) ? 2 : 1;
        return w;
    }

    /** Appends a wrapped line to a paragraph: no space between Chinese characters, one space otherwise. */
    static void join(StringBuilder sb, String next) {
        if (sb.length() == 0) {
            sb.append(next);
            return;
        }
        char last = sb.charAt(sb.length() - 1);
        char first = next.isEmpty() ? ' ' : next.charAt(0);
        if (last == '-' && sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2)) && Character.isLowerCase(first)) {
            // a hyphen at the end of a line is kept ("self-" + "prevention"): plans are not hyphenated by their tools
        } else if (!(isCjk(last) || isCjk(first))) {
            sb.append(' ');
        }
        sb.append(next);
    }

    static boolean endsSentence(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        if (c == '”' || c == '"' || c == '）' || c == ')' || c == '’') {
            if (s.length() < 2) return false;
            c = s.charAt(s.length() - 2);
        }
        return "。！？；：.!?;:".indexOf(c) >= 0;
    }

    /**
     * The sentences of a paragraph: split after 。！？; and after . ! ? followed by a space (or the end). Each
     * sentence keeps its closing mark and is stripped.
     */
    static List<String> sentences(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '；';
            if (!end && (c == '.' || c == '!' || c == '?' || c == ';')) {
                end = i + 1 >= s.length() || s.charAt(i + 1) == ' ';
                if (end && c == '.' && i > 0 && Character.isDigit(s.charAt(i - 1)) && i - start <= 3) end = false; // "1. "
            }
            if (end) {
                int j = i + 1;
                while (j < s.length() && "”\"’）)".indexOf(s.charAt(j)) >= 0) j++;
                String t = strip(s.substring(start, j));
                if (!t.isEmpty()) out.add(t);
                start = j;
                i = j - 1;
            }
        }
        String t = strip(s.substring(Math.min(start, s.length())));
        if (!t.isEmpty()) out.add(t);
        return out;
    }

    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
