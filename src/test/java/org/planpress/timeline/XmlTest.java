package org.planpress.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** XML escaping of the timeline's text, with its shortcut for text that needs none. */
class XmlTest {

    @Test
    void escapesMarkupFoldsWhitespaceAndDropsWhatXmlCannotCarry() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; f g", Xml.escape("a & b <c> \"d\" 'e' f\tg"));
        assertEquals("ok\ud83d\ude00", Xml.escape("ok\u0001\ud83d\ude00\ud800\uffff"));
        String plain = "1 Jun \u2013 30 Jun 2016 \u5de5\u4f5c";
        assertSame(plain, Xml.escape(plain), "nothing to escape: the same string");
    }

    @Test
    void agreesWithACodePointByCodePointEscaperOnRandomText() {
        String pool = "aZ09 .&<>\"'\t\n\r\u0001\u007f\u00a0\u00e9\u2013\u5de5\ud83d\ude00\ud800\udc00\ufffd\ufffe\uffff";
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(10);
            for (int k = 0; k < len; k++) sb.append(pool.charAt(r.nextInt(pool.length())));
            String s = sb.toString();
            assertEquals(reference(s), Xml.escape(s), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
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
                case '\t', '\n', '\r' -> sb.append(' ');
                default -> {
                    boolean ok = cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
                    if (ok) sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }
}
