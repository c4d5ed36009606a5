package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Escaping, unescaping and the punctuation written as character references. */
class HtmlTest {

    @Test
    void escapesTextAndAttributesAndUnescapesBack() {
        String s = "a < b & \"c\" > d\u00a0e 'f' 工作\nline";
        assertEquals("a &lt; b &amp; &quot;c&quot; &gt; d\u00a0e &#39;f&#39; 工作\nline", Html.escape(s));
        assertEquals(s, Html.unescape(Html.escape(s)));
        assertEquals(s, Html.unescapeAttribute(Html.escape(s)));
        assertEquals("ok\ud83d\ude00", Html.escape("ok\u0001\ud83d\ude00\ud800\uffff"), "what XML cannot carry is dropped");
        assertEquals("", Html.escape(null));
        String plain = "nothing to escape \u2013 1 Jun \u5de5\u4f5c";
        assertSame(plain, Html.escape(plain), "no copy when nothing changes");
    }

    /**
     * The one escaper, for HTML and for SVG: on random text it agrees with a code-point-by-code-point escaper, and
     * what it writes reads back as the text (in element content and in single- and double-quoted attributes) both
     * with jsoup's HTML parser and with the JDK's XML parser.
     */
    @Test
    void agreesWithAReferenceEscaperAndReadsBackInHtmlAndXml() throws Exception {
        String pool = "aZ09 .&<>\"'\t\n\r\u0001\u007f\u00a0\u00e9\u2013\u5de5\ud83d\ude00\ud800\udc00\ufffd\ufffe\uffff";
        java.util.Random r = new java.util.Random(11);
        javax.xml.parsers.DocumentBuilder xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(10);
            for (int k = 0; k < len; k++) sb.append(pool.charAt(r.nextInt(pool.length())));
            String s = sb.toString();
            String e = Html.escape(s);
            assertEquals(reference(s), e, () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
            if (i % 20 != 0) continue;
            // what the text reads as: the characters kept, line ends normalised as both parsers do
            String kept = reference(s).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("\r\n", "\n").replace('\r', '\n');
            org.jsoup.nodes.Element p = org.jsoup.Jsoup.parse("<p title=\"" + e + "\" data-x='" + e + "'>" + e + "</p>").selectFirst("p");
            // (jsoup's HTML reading of line breaks is its own: compared without them)
            assertEquals(kept.replaceAll("\\s", ""), p.wholeText().replaceAll("\\s", ""));
            assertEquals(kept.replaceAll("\\s", ""), p.attr("data-x").replaceAll("\\s", ""));
            org.w3c.dom.Element t = xml.parse(new org.xml.sax.InputSource(new java.io.StringReader(
                    "<text title=\"" + e + "\">" + e + "</text>"))).getDocumentElement();
            assertEquals(kept, t.getTextContent());
            assertEquals(kept.replaceAll("[\t\n]", " "), t.getAttribute("title"), "XML attribute values normalise white space");
        }
    }

    private static String reference(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean ok = cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
                    if (ok) sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }

    @Test
    void generalPunctuationBecomesCharacterReferencesAndReadsTheSame() {
        String html = "<p title=\"1 Jun \u2013 30 Jun\">Plan 1 \u203a Stages \u2026 \u201cquoted\u201d"
                + " (\u00b7 \u00e9 and \u5de5\u4f5c stay)</p>";
        String out = Html.punctuationAsReferences(html);
        assertEquals("<p title=\"1 Jun &#8211; 30 Jun\">Plan 1 &#8250; Stages &#8230; &#8220;quoted&#8221;"
                + " (\u00b7 \u00e9 and \u5de5\u4f5c stay)</p>", out);
        // what a browser reads is unchanged: text and attribute
        assertEquals(Jsoup.parse(html).text(), Jsoup.parse(out).text());
        assertEquals(Jsoup.parse(html).selectFirst("p").attr("title"), Jsoup.parse(out).selectFirst("p").attr("title"));
        // the range's ends, and no change (and no copy) without such a character
        assertEquals("&#8192;&#8303;\u1fff\u2070", Html.punctuationAsReferences("\u2000\u206f\u1fff\u2070"));
        String latin = "<p>caf\u00e9 \u00b7 ok</p>";
        assertSame(latin, Html.punctuationAsReferences(latin));
    }
}
