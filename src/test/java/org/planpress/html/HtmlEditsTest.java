package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEditsTest {

    @Test
    void insertionsAtOnePositionKeepTheirOrder() {
        String html = "<h2>T</h2><p>x</p>";
        String out = new HtmlEdits(html).insert(10, "<nav>1</nav>").insert(5, " <a>#</a>").insert(10, "<aside>2</aside>")
                .apply();
        assertEquals("<h2>T <a>#</a></h2><nav>1</nav><aside>2</aside><p>x</p>", out);
    }

    @Test
    void aRangeTakesOnlyItsOwnEdits() {
        String html = "<div><h3 id=\"a\">A</h3><p id=\"b\">B</p></div>";
        HtmlEdits e = new HtmlEdits(html).replace(5, 22, "").replace(22, 32, "<p>").insert(0, "never");
        StringBuilder sb = new StringBuilder();
        e.appendRange(5, html.length() - 6, sb);
        assertEquals("<p>B</p>", sb.toString());
        assertEquals("never<div><p>B</p></div>", e.apply());
    }

    @Test
    void nothingToChangeGivesTheSameText() {
        String html = "<p>same</p>";
        assertEquals(html, new HtmlEdits(html).apply());
    }

    @Test
    void escapingForTextAndAttributes() {
        assertEquals("a &amp; b &lt;c&gt; &quot;q&quot; ’", Html.escape("a & b <c> \"q\" ’"));
        assertEquals("Tom & Jerry’s", Html.unescape("Tom &amp; Jerry&#8217;s"));
    }
}
