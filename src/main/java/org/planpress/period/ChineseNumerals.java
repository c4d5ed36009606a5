package org.planpress.period;

/**
 * Chinese numerals as plans write them in dates: digit by digit for years (二〇一五, with 〇 written as
 * 〇 U+3007, ○ U+25CB, a Latin O or a zero), with 十/廿/卅 for months and days (十二, 二十一, 廿三), and 两 for two.
 */
final class ChineseNumerals {
    /** The characters of a numeral run, after {@link #normalizeZeros}. */
    static final String CHARS = "〇零一二三四五六七八九十廿卅两";

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(int c) {
        return CHARS.indexOf(c) >= 0;
    }

    /**
     * Writes every zero-like character that stands next to a Chinese digit as 〇: ○ (U+25CB), O, o, Ｏ, 0 and
     * 零 in 二○一五, 二O一五, 二0一五. A ○ elsewhere (○月○日) is left: it is a blank to fill in.
     */
    static String normalizeZeros(String s) {
        char[] c = s.toCharArray();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < c.length; i++) {
                if (zeroLike(c[i]) && c[i] != '〇'
                    && (i > 0 && DIGITS.indexOf(c[i - 1]) >= 0 || i + 1 < c.length && DIGITS.indexOf(c[i + 1]) >= 0)) {
                    c[i] = '〇';
                    changed = true;
                }
            }
        }
        return new String(c);
    }

    private static boolean zeroLike(char ch) {
        return ch == '○' || ch == 'O' || ch == 'o' || ch == 'Ｏ' || ch == '0' || ch == '〇' || ch == '◯';
    }

    /**
     * The value of a run of numeral characters and its digit count (4 for a year written digit by digit,
     * 2 for a number with 十), or null when the run is not a number ({@code 十十}, {@code 一十二三}).
     */
    static int[] value(String run) {
        if (run.equals("两")) return new int[] {2, 1};
        if (run.indexOf('两') >= 0) return null;
        int t = firstOf(run, "十廿卅");
        if (t < 0) {
            if (run.length() > 4) return null;
            int value = 0;
            for (int k = 0; k < run.length(); k++) value = value * 10 + digit(run.charAt(k));
            return new int[] {value, run.length()};
        }
        char tens = run.charAt(t);
        String head = run.substring(0, t);
        String tail = run.substring(t + 1);
        boolean ok = tail.length() <= 1 && (tail.isEmpty() || digit(tail.charAt(0)) > 0)
            && (tens == '十' ? head.length() <= 1 && (head.isEmpty() || digit(head.charAt(0)) > 1) : head.isEmpty());
        if (!ok) return null;
        int base = tens == '廿' ? 20 : tens == '卅' ? 30 : head.isEmpty() ? 10 : digit(head.charAt(0)) * 10;
        return new int[] {base + (tail.isEmpty() ? 0 : digit(tail.charAt(0))), 2};
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** 0–9 for a digit character, -1 for 十廿卅. */
    private static int digit(char c) {
        return c == '零' ? 0 : DIGITS.indexOf(c);
    }
}
