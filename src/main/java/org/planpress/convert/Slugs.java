package org.planpress.convert;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable, readable ids from heading text. */
public final class Slugs {
    private static final Pattern ENUMERATION = Pattern.compile(
            "^\\s*(?:[(（]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+(?:\\.[0-9]+)*[.、)]|[IVXLC]+\\.|[一二三四五六七八九十]+[、.．]"
            + "|第[一二三四五六七八九十0-9]+[章节部分阶段条]?[、:：]?)\\s*");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Slugs() {
    }

    /**
     * The id for a heading: the plan's own enumeration ("1.", "(2)", "VI.", "三、") dropped, lower-cased,
     * and every run of characters that are not letters or digits (in any script) turned into one hyphen.
     */
    public static String of(String heading) {
        String s = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFKC);
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll("");
        s = ENUMERATION.matcher(s).replaceFirst("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        String out = sb.toString();
        if (out.length() > 80) {
            int cut = out.lastIndexOf('-', 80);
            out = out.substring(0, cut > 20 ? cut : 80);
        }
        return out.isEmpty() ? "section" : out;
    }
}
