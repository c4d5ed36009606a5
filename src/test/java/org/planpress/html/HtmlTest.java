package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Escaping, unescaping and the punctuation written as character references. */
class HtmlTest {

    @Test
    void escapesTextAndAttributesAndUnescapesBack() {
        String s = "a < b & \"c\" > d\u00a0e 'f' 工作";
        assertEquals("a &lt; b &amp; \"c\" &gt; d&nbsp;e 'f' 工作", Html.escape(s));
        assertEquals("a &lt; b &amp; &quot;c&quot; &gt; d&nbsp;e 'f' 工作", Html.escapeAttribute(s));
        assertEquals(s, Html.unescape(Html.escape(s)));
        assertEquals(s, Html.unescapeAttribute(Html.escapeAttribute(s)));
        String plain = "nothing to escape";
        assertSame(plain, Html.escape(plain), "no copy when nothing changes");
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
