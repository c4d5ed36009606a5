package org.planpress.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering at the start of a paragraph: its style (一、 （一） 1. （1） ① 第一章 I. 1.1 (1) "First," ...), its
 * value and the text after it. Styles are what headings are nested by.
 *
 * @param style the numbering style, e.g. {@code "CN"} for 一、, {@code "AR."} for 1.
 * @param value the number (一 = 1, II = 2, ③ = 3)
 * @param marker the numbering as written, e.g. {@code "（三）"}
 * @param rest the text after the numbering
 */
record Numbering(String style, int value, String marker, String rest) {

    static final String CN_DIGITS = "〇零一二三四五六七八九十百两";
    private static final String CN_NUM = "[一二三四五六七八九十百零〇两]{1,4}";
    private static final Pattern CHAPTER = Pattern.compile("^(第\\s*(" + CN_NUM + "|\\d{1,3})\\s*(章|节|部分|阶段|步|条|篇|项))\\s*[、：:．.，,]?\\s*");
    private static final Pattern CN = Pattern.compile("^((" + CN_NUM + ")\\s*[、．.，,])\\s*");
    private static final Pattern CN_PAREN = Pattern.compile("^([（(]\\s*(" + CN_NUM + ")\\s*[）)]\\s*[、．.]?)\\s*");
    private static final Pattern AR_PAREN = Pattern.compile("^([（(]\\s*(\\d{1,2})\\s*[）)]\\s*[、．.]?)\\s*");
    private static final Pattern AR_MULTI = Pattern.compile("^((\\d{1,2}(?:[.．]\\d{1,2})+)[.．、]?)(?=\\s|[^\\d.．])\\s*");
    private static final Pattern AR_DOT = Pattern.compile("^((\\d{1,2})\\s*[.．、](?![\\d.．]))\\s*");
    private static final Pattern AR_RPAREN = Pattern.compile("^((\\d{1,2})[)）])\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473\\u2776-\\u277F])\\s*");
    private static final Pattern ROMAN = Pattern.compile("^(([IVX]{1,5}|[\\u2160-\\u216B])\\s*[.、．])\\s*");
    private static final Pattern ROMAN_CHAR = Pattern.compile("^([\\u2160-\\u216B])\\s*");
    private static final Pattern LETTER = Pattern.compile("^(([A-H])[.、．])\\s+");
    private static final Pattern ORDINAL = Pattern.compile(
            "^((First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?\\s*[,:，：])\\s*");
    private static final Pattern EN_STAGE = Pattern.compile(
            "^((?:The\\s+)?(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|final|last)\\s+(?:stage|phase|step)\\s*[:：,.，]?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_STAGE2 = Pattern.compile(
            "^((?:Stage|Phase|Step)\\s+(\\d{1,2}|one|two|three|four|five|six|I{1,3}|IV|V|VI)\\s*[:：.,，]?)\\s*", Pattern.CASE_INSENSITIVE);

    /** The numbering of a paragraph's text, or null when it does not start with one (or nothing follows it). */
    static Numbering of(String text) {
        String s = Text.strip(text);
        if (s.isEmpty()) return null;
        Matcher m;
        if ((m = CHAPTER.matcher(s)).find()) return make("第" + m.group(3), value(m.group(2)), m, s);
        if ((m = CN_PAREN.matcher(s)).find()) return make("(CN)", value(m.group(2)), m, s);
        if ((m = AR_PAREN.matcher(s)).find()) return make("(AR)", Integer.parseInt(m.group(2)), m, s);
        if ((m = CN.matcher(s)).find() && !s.startsWith("一是")) return make("CN", value(m.group(2)), m, s);
        if ((m = AR_MULTI.matcher(s)).find()) {
            String[] parts = m.group(2).split("[.．]");
            return make("AR" + parts.length, Integer.parseInt(parts[parts.length - 1]), m, s);
        }
        if ((m = AR_DOT.matcher(s)).find()) return make("AR.", Integer.parseInt(m.group(2)), m, s);
        if ((m = AR_RPAREN.matcher(s)).find()) return make("AR)", Integer.parseInt(m.group(2)), m, s);
        if ((m = CIRCLED.matcher(s)).find()) {
            char c = m.group(1).charAt(0);
            return make("①", c >= 0x2776 ? c - 0x2776 + 1 : c - 0x2460 + 1, m, s);
        }
        if ((m = ROMAN.matcher(s)).find()) return make("ROMAN", roman(m.group(2)), m, s);
        if ((m = ROMAN_CHAR.matcher(s)).find()) return make("ROMAN", roman(m.group(1)), m, s);
        if ((m = EN_STAGE.matcher(s)).find()) return make("STAGE", ordinal(m.group(2)), m, s);
        if ((m = EN_STAGE2.matcher(s)).find()) return make("STAGE", ordinal(m.group(2)), m, s);
        if ((m = ORDINAL.matcher(s)).find()) return make("FIRST", ordinal(m.group(2)), m, s);
        if ((m = LETTER.matcher(s)).find()) return make("A.", m.group(2).charAt(0) - 'A' + 1, m, s);
        return null;
    }

    private static Numbering make(String style, int value, Matcher m, String s) {
        String rest = Text.strip(s.substring(m.end()));
        if (rest.isEmpty() || value <= 0) return null;
        return new Numbering(style, value, Text.strip(m.group(1)), rest);
    }

    /** Is this a style of list items rather than of headings, when it is below the top level? */
    boolean listLike() {
        return style.equals("AR.") || style.equals("AR)") || style.equals("①") || style.equals("FIRST") || style.equals("A.");
    }

    boolean stageStyle() {
        return style.equals("STAGE") || style.equals("第阶段") || style.equals("第步");
    }

    /** 一 = 1, 十二 = 12, 二十 = 20, 一百 = 100; digits too; 0 when unreadable. */
    static int value(String s) {
        s = s.strip();
        if (s.matches("\\d+")) return Integer.parseInt(s);
        int total = 0, cur = 0;
        for (char c : s.toCharArray()) {
            int d = "〇零一二三四五六七八九".indexOf(c);
            if (d >= 2) d -= 1;
            else if (d == 1) d = 0;
            if (c == '两') d = 2;
            if (d >= 0) {
                cur = d;
            } else if (c == '十') {
                total += (cur == 0 ? 1 : cur) * 10;
                cur = 0;
            } else if (c == '百') {
                total += (cur == 0 ? 1 : cur) * 100;
                cur = 0;
            } else {
                return 0;
            }
        }
        return total + cur;
    }

    static int roman(String s) {
        if (s.length() == 1 && s.charAt(0) >= 0x2160 && s.charAt(0) <= 0x216B) return s.charAt(0) - 0x2160 + 1;
        int total = 0, prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    static int ordinal(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+(st|nd|rd|th)?")) return Integer.parseInt(w.replaceAll("\\D", ""));
        if (w.matches("[ivx]+")) return roman(w.toUpperCase(Locale.ROOT));
        return switch (w) {
            case "first", "one" -> 1;
            case "second", "two" -> 2;
            case "third", "three" -> 3;
            case "fourth", "four" -> 4;
            case "fifth", "five" -> 5;
            case "sixth", "six" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            case "final", "last" -> 9;
            default -> 0;
        };
    }
}
