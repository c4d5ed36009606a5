package org.planpress.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a period before it is read: cleaned of its wrapping, split from a trailing remark, checked for
 * blanks left in a template, and normalised (NFKC, lower case, quotes, zeros, "一" as a dash, the day of issue).
 */
final class PeriodText {

    /** Remarks that say the dates are not settled. */
    private static final Pattern TENTATIVE = Pattern.compile(
        "暂定|暫定|待定|待确定|拟定|擬定|初定|另行通知|另行安排|视情况|tentative|provisional|to be (confirmed|determined|decided|announced)"
            + "|\\btb[cda]\\b|subject to (change|confirmation)|not (yet )?(final|fixed|confirmed)",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern TENTATIVE_SUFFIX = Pattern.compile(
        "(?i)^(.+?)[\\s,，、;；]*(暂定|暫定|待定|待确定|tentative|tentatively|provisional|provisionally|tbc|tbd"
            + "|to be confirmed|to be determined)$");

    private static final Pattern TENTATIVE_PREFIX = Pattern.compile(
        "(?i)^(暂定于?|暫定於?|拟定于?|初定于?|tentatively|provisionally|tentative:?)[\\s:：]*(.+)$");

    /** A blank left in a template: 20__年, XX月, ××日, ○月○日, 某月某日, ? */
    private static final Pattern BLANK = Pattern.compile(
        "_+|(?<![a-z])x+(?![a-z])|×+|\\*+|○+|◯+|□+|△+|…+|\\.{3,}|某+|\\?+");

    /** The day a document is issued, as plans name it: 本通知印发之日, 文件下发之日, 方案发布之日. */
    private static final Pattern ISSUED = Pattern.compile(
        "(本|此|该)?(通知|方案|文件|计划|意见|办法|活动方案|实施方案)?(印发|下发|发布|发文|公布|出台|下达)(之日|当日|当天|日)");

    /** Collapses whitespace and removes surrounding parentheses and trailing punctuation. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        while (true) {
            int before = s.length();
            int end = s.length();
            while (end > 0 && ".,;:!?。，；：！？、 ".indexOf(s.charAt(end - 1)) >= 0) end--;
            s = s.substring(0, end);
            if (s.length() >= 2 && isOpen(s.charAt(0)) && matchingClose(s, 0) == s.length() - 1) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (s.length() == before) return s;
        }
    }

    private static final String EN_WEEKDAY = "(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?)\\.?";
    /** A weekday written beside a date: （星期一）, (周五), (Monday), and "Monday, " or "Mon " before a day or a month. */
    private static final Pattern WEEKDAY_BESIDE_DATE = Pattern.compile("\\s*[（(]\\s*(?:星期|周|礼拜|禮拜)[一二三四五六日天]\\s*[）)]"
            + "|\\s*\\(\\s*" + EN_WEEKDAY + "\\s*\\)"
            + "|(?<![\\p{L}])" + EN_WEEKDAY + ",?\\s+(?=\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The text without the weekdays and hours written beside its dates ({@code 6月3日（周一）至6月7日（周五）}, {@code
     * Monday, June 3 to Friday, June 7}, {@code 6月1日0时至6月30日24时}): a stage's period is in days. A weekday that is
     * the period (the second Sunday in June) stays.
     */
    static String withoutWeekdaysAndHours(String written) {
        return TIME_OF_DAY.matcher(WEEKDAY_BESIDE_DATE.matcher(written).replaceAll("")).replaceAll("").strip();
    }

    /** The hour written after a day: 6月1日0时, 6月30日24时, 6月1日8:00, 6月1日上午9点, June 1 9:00, June 1, 9:30 am. */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?<=[日号號])\\s*(?:上午|下午|晚上|中午)?\\s*\\d{1,2}(?:[:：]\\d{2})?\\s*(?:时|点|時|點)(?:\\s*\\d{1,2}\\s*分)?"
            + "|(?<=[日号號\\d])[,，]?\\s*\\d{1,2}[:：]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Splits a cleaned period into the period and a remark: a trailing parenthesised remark ("9月（暂定）"),
     * or a trailing or leading tentative word ("9月，暂定", "tentatively September"). The remark is null when
     * there is none.
     */
    static String[] splitRemark(String written) {
        int last = written.length() - 1;
        if (last > 0 && isClose(written.charAt(last))) {
            int open = matchingOpen(written, last);
            if (open > 0) {
                return new String[] {clean(written.substring(0, open)), written.substring(open + 1, last).strip()};
            }
        }
        Matcher suffix = TENTATIVE_SUFFIX.matcher(written);
        if (suffix.matches()) return new String[] {clean(suffix.group(1)), suffix.group(2)};
        Matcher prefix = TENTATIVE_PREFIX.matcher(written);
        if (prefix.matches()) {
            return new String[] {clean(prefix.group(2)), prefix.group(1).replaceAll("[于於:]$", "")};
        }
        return new String[] {written, null};
    }

    /** The British abbreviations of "week commencing" and "week beginning": w/c 3 June, w/b 3 June. */
    private static final Pattern WEEK_COMMENCING = Pattern.compile("(?<![\\p{L}])w/[cb]\\.?\\s*");

    /**
     * NFKC, lower case, without quotation marks and apostrophes ("五四", new year's day), zeros of Chinese
     * numerals written as 〇, "w/c" as "week commencing", 元月 as 1月, and "一" between two dates written as a dash (5月1日一5月30日).
     */
    static String normalize(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\"'“”‘’「」『』《》〈〉`´".indexOf(c) < 0) sb.append(c);
        }
        s = ChineseNumerals.normalizeZeros(sb.toString());
        s = ISSUED.matcher(s).replaceAll("即日");
        s = WEEK_COMMENCING.matcher(s).replaceAll("week commencing ");
        s = s.replace("元月", "1月"); // January, as offices still write it
        if (s.indexOf('一') < 0) return s;
        char[] c = s.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] != '一') continue;
            char prev = c[i - 1];
            char next = c[i + 1];
            boolean nextStartsDate = next >= '0' && next <= '9' || ChineseNumerals.isNumeral(next) || "次翌来明今本当".indexOf(next) >= 0;
            boolean prevEndsDate = "日号號旬底初末".indexOf(prev) >= 0;
            boolean betweenDigits = prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
            boolean afterMonth = prev == '月' && next >= '0' && next <= '9';
            if (prevEndsDate && nextStartsDate || betweenDigits || afterMonth) c[i] = '-';
        }
        return new String(c);
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】';
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis opening the one that closes at {@code close}, or -1. */
    static int matchingOpen(String s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = s.charAt(i);
            if (isClose(c)) {
                depth++;
            } else if (isOpen(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first blank left to fill in (20__, XX, ××, 某), or null. */
    static String blank(String normal) {
        Matcher m = BLANK.matcher(normal);
        return m.find() ? m.group() : null;
    }

    /** Whether a remark says the dates are not settled: 暂定, 待定, tentative, to be confirmed, TBC ... */
    static boolean isTentative(String remark) {
        return TENTATIVE.matcher(remark).find();
    }

    private PeriodText() {
    }
}
