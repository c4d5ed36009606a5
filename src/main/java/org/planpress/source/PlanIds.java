package org.planpress.source;

import java.text.Normalizer;

/** Plan ids made from titles, as {@code planpress new} and {@code planpress import} name the files they write. */
public final class PlanIds {
    private static final int MAX_SLUG = 60;

    private PlanIds() {
    }

    /**
     * The ASCII id for a title: accents dropped, lower-cased, runs of other characters turned into one hyphen,
     * at most {@value #MAX_SLUG} characters; null when the title has letters that are not Latin (e.g. Chinese)
     * or nothing is left.
     */
    public static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.append(Character.toLowerCase((char) cp));
            } else if (Character.isLetterOrDigit(cp)) {
                return null;
            } else {
                dash = true;
            }
        }
        String out = sb.toString();
        if (out.length() > MAX_SLUG) {
            int cut = out.lastIndexOf('-', MAX_SLUG);
            out = out.substring(0, cut > 20 ? cut : MAX_SLUG);
        }
        return out.isEmpty() || !Character.isLetterOrDigit(out.charAt(0)) ? null : out;
    }
}
