package org.planpress.print;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planpress.i18n.Scripts;

/**
 * Prepares an SVG drawing for asciidoctor-pdf, whose SVG renderer (prawn-svg) sets each piece of text in one
 * font and has no per-glyph fallback: every run of Chinese, Japanese or Korean characters in a {@code <text>}
 * becomes a {@code <tspan>} in the CJK font, so neither the Latin font's missing CJK glyphs nor the CJK font's
 * missing digits print as boxes. prawn-svg anchors each run separately, so a centred or end-anchored text
 * with several runs is turned into a start-anchored one, moved left by its estimated width.
 */
final class SvgScripts {
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");
    private static final Pattern ANCHOR = Pattern.compile("\\s*text-anchor=\"(middle|end)\"");
    private static final Pattern X = Pattern.compile("\\bx=\"(-?[0-9.]+)\"");
    private static final Pattern SIZE = Pattern.compile("\\bfont-size=\"([0-9.]+)\"");

    private SvgScripts() {
    }


    /** The SVG with its CJK text runs in {@code family}; unchanged when it has no CJK text. */
    static String split(String svg, String family) {
        if (family == null || family.isBlank() || svg.codePoints().noneMatch(Scripts::cjk)) return svg;
        Matcher m = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + 256);
        while (m.find()) {
            String attrs = m.group(1);
            String content = m.group(2);
            if (content.codePoints().noneMatch(Scripts::cjk)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            StringBuilder runs = new StringBuilder();
            int runs0 = 0;
            int i = 0;
            while (i < content.length()) {
                boolean c = Scripts.cjk(content.codePointAt(i));
                int j = i;
                while (j < content.length() && Scripts.cjk(content.codePointAt(j)) == c) j += Character.charCount(content.codePointAt(j));
                String run = content.substring(i, j);
                if (c) runs.append("<tspan font-family=\"").append(org.planpress.html.Html.escape(family)).append("\">").append(run).append("</tspan>");
                else runs.append("<tspan>").append(run).append("</tspan>");
                runs0++;
                i = j;
            }
            Matcher a = ANCHOR.matcher(attrs);
            if (runs0 > 1 && a.find()) {
                double shift = width(content, size(attrs)) * ("middle".equals(a.group(1)) ? 0.5 : 1.0);
                attrs = a.replaceFirst("");
                Matcher x = X.matcher(attrs);
                if (x.find()) {
                    double nx = Double.parseDouble(x.group(1)) - shift;
                    attrs = x.replaceFirst(Matcher.quoteReplacement("x=\"" + String.format(java.util.Locale.ROOT, "%.1f", nx) + "\""));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<text" + attrs + ">" + runs + "</text>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static double size(String attrs) {
        Matcher s = SIZE.matcher(attrs);
        return s.find() ? Double.parseDouble(s.group(1)) : 12;
    }

    /** Estimated advance of the text: 1 em for CJK, 0.55 em for other characters, 0.26 em for spaces. */
    static double width(String escaped, double size) {
        String text = org.planpress.html.Html.unescape(escaped);
        double em = 0;
        for (int cp : text.codePoints().toArray()) em += Scripts.cjk(cp) ? 1.0 : cp == ' ' ? 0.26 : 0.55;
        return em * size;
    }
}
