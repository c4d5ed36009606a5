package org.planpress.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the layout of a roster line separates people although no separator is written: a line break, and
 * between Chinese words a run of two spaces or more ({@code 林晓红　县教育局党组成员、副局长　　郑国华　县教育局副局长};
 * one space separates a name from its post). Not padding: a gap beside a single Chinese character
 * ({@code 许  强}) or a conjunction ({@code 张三  和  李四}); not inside parentheses. A line break between English
 * words separates only whole names: not one that splits a name or post ({@code Ou⏎Guochun},
 * {@code Deputy⏎Director}) or falls after "of", "and", "the".
 */
final class Gaps {
    private Gaps() {
    }

    /** The gaps of a text as [start, end) of their whitespace, in order. */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
            if (depth > 0 || !space(c) || i == 0) continue;
            int end = i;
            while (end < text.length() && space(text.charAt(end))) end++;
            if (end < text.length() && separates(text, i, end)) out.add(new int[] {i, end});
            i = end - 1;
        }
        return out;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean separates(String text, int start, int end) {
        String before = wordBefore(text, start);
        String after = wordAfter(text, end);
        if (before.isEmpty() || after.isEmpty() || SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0
                || SEPARATORS.indexOf(after.charAt(0)) >= 0) {
            return false;
        }
        boolean lineBreak = text.substring(start, end).indexOf('\n') >= 0;
        boolean hanBefore = PositionWords.isHan(before.codePointBefore(before.length())) || before.endsWith("）") || before.endsWith(")");
        boolean hanAfter = PositionWords.isHan(after.codePointAt(0));
        if (hanBefore || hanAfter) {
            if (!lineBreak && (end - start < 2 || !hanBefore || !hanAfter)) return false;
            return !padding(before) && !padding(after);
        }
        return lineBreak && wholeLatinName(text, start, end, before, after);
    }

    private static final String SEPARATORS = ";；、,，";

    /** A single Chinese character or a conjunction: padding, or a word that joins what is around it. */
    private static boolean padding(String word) {
        return word.codePointCount(0, word.length()) == 1 && PositionWords.isHan(word.codePointAt(0))
            || PositionWords.isZhConjunction(word);
    }

    /**
     * Whether an English line break falls between whole names or posts, each of two words or more; after a word
     * that cannot end a post ("Head of the Safety") only when the next line starts with a person's name
     * ({@link LatinReader#personName}): "Director of Operations⏎Mary Lee, Head of HR"; before a head word when the
     * line holds a head already ("Head of HR⏎Director of Adult Social Care"); before "the" and an organisation
     * ("the Police⏎the Fire Service").
     */
    private static boolean wholeLatinName(String text, int start, int end, String before, String after) {
        if (PositionWords.isEnLink(before) || PositionWords.isEnConjunction(before)) return false;
        String next = itemAfter(text, end);
        boolean whole = PositionWords.isEnOrganisation(before) || !PositionWords.isEnOpenModifier(before);
        if (PositionWords.lower(after).equals("the") && whole && endsAsOrganisation(next)) {
            return true; // the Police⏎the Fire Service: an organisation a line
        }
        if (PositionWords.isEnLink(after) || PositionWords.isEnConjunction(after) || !Character.isUpperCase(after.codePointAt(0))) return false;
        if (LatinReader.personName(next)) return words(itemBefore(text, start, false)) >= 2; // Head of Human⏎Resources⏎Tom Green
        if (PositionWords.isEnHead(after) && hasHead(itemBefore(text, start, true)) && !QUALIFYING.contains(PositionWords.lower(before))) {
            return true; // Head of HR⏎Director of Adult Social Care (not Deputy⏎Director)
        }
        if (PositionWords.isEnOpenModifier(before)) return false;
        return words(itemBefore(text, start, true)) >= 2 && words(next) >= 2;
    }

    private static String wordBefore(String text, int at) {
        int k = at;
        while (k > 0 && !space(text.charAt(k - 1))) k--;
        return text.substring(k, at);
    }

    private static String wordAfter(String text, int at) {
        int k = at;
        while (k < text.length() && !space(text.charAt(k))) k++;
        return text.substring(at, k);
    }

    /** The text back to the previous separator, or line break when {@code lines}. */
    private static String itemBefore(String text, int at, boolean lines) {
        int k = at;
        while (k > 0 && SEPARATORS.indexOf(text.charAt(k - 1)) < 0 && !(lines && text.charAt(k - 1) == '\n')) k--;
        return text.substring(k, at);
    }

    /** The text on to the next separator or line break. */
    private static String itemAfter(String text, int at) {
        int k = at;
        while (k < text.length() && SEPARATORS.indexOf(text.charAt(k)) < 0 && text.charAt(k) != '\n') k++;
        return text.substring(at, k);
    }

    /** Whether English text ends in an organisation word: "the Fire Service". */
    private static boolean endsAsOrganisation(String s) {
        String[] w = s.strip().split("\\s+");
        return w.length >= 2 && PositionWords.isEnOrganisation(w[w.length - 1]);
    }

    /** Head words that qualify the head after them: Deputy Director, Chief Executive, Assistant Head. */
    private static final java.util.Set<String> QUALIFYING = java.util.Set.of("deputy", "vice", "assistant", "associate", "chief",
        "acting", "senior", "executive", "lead", "principal", "head", "general", "managing", "co");

    /** Whether English text holds a head word (Director, Manager): a post that is whole. */
    private static boolean hasHead(String s) {
        for (String w : s.strip().split("\\s+")) if (PositionWords.isEnHead(w)) return true;
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
