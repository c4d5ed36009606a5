package org.planpress.roster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional characters and their simplified forms (張 张, 縣 县, 長 长, 辦 办 ...), by ICU4J's {@code Hant-Hans}
 * transliterator, so that a roster in traditional characters is read by the same rules ({@code 局長 張三} is
 * 張三 (局長)). Each character is simplified alone and kept when its simplified form is not one character, so the
 * text keeps its length: it is read simplified and its pieces shown as written.
 */
final class TraditionalChars {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
    private static final Map<Character, Character> SIMPLE = new ConcurrentHashMap<>();

    private TraditionalChars() {
    }

    /** The text with each traditional Han character simplified; the same length. */
    static String simplified(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            char s = SIMPLE.computeIfAbsent(c, TraditionalChars::simplify);
            if (s == c) continue;
            if (sb == null) sb = new StringBuilder(text);
            sb.setCharAt(i, s);
        }
        return sb == null ? text : sb.toString();
    }

    private static char simplify(char c) {
        String s;
        synchronized (TO_SIMPLIFIED) { // a Transliterator is not safe for several threads at once
            s = TO_SIMPLIFIED.transliterate(String.valueOf(c));
        }
        return s.length() == 1 ? s.charAt(0) : c;
    }

    /**
     * {@code part}, read from {@code simplified} (the simplified form of {@code original}), in the characters of
     * {@code original}: each character simplified there is written back as it was.
     */
    static String asWritten(String part, String simplified, String original) {
        if (part == null) return null;
        int at = simplified.indexOf(part);
        if (at >= 0) return original.substring(at, at + part.length());
        StringBuilder sb = new StringBuilder(part);
        for (int i = 0; i < sb.length(); i++) {
            int k = simplified.indexOf(sb.charAt(i));
            if (k >= 0) sb.setCharAt(i, original.charAt(k));
        }
        return sb.toString();
    }
}
