package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void findsIdsAndLinksInsideTags() {
        PageLinks p = PageLinks.of("<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"../css/site.css\">"
                + "<script src=\"../js/page.js\"></script></head><body><h2 id=\"work-content\">Work</h2>"
                + "<p>See <a class=\"x\" href=\"plan-2.html#work-measures\">measures</a> and <img alt=\"map\" src=\"map.png\"/>"
                + "<a href='single.html'>x</a><a href=bare.html>y</a></p><svg><a href=\"#s-1\"><rect id=\"s-1\"/></a></svg>");
        assertEquals(List.of("../css/site.css", "../js/page.js", "plan-2.html#work-measures", "map.png", "single.html",
                "bare.html", "#s-1"), p.links());
        assertEquals(Set.of("work-content", "s-1"), p.ids());
        assertEquals(List.of(new PageLinks.Anchor("plan-2.html#work-measures", 1), new PageLinks.Anchor("single.html", 1),
                new PageLinks.Anchor("bare.html", 1), new PageLinks.Anchor("#s-1", 1)), p.anchors());
        assertEquals(List.of("work-content"), p.headingIds());
    }

    @Test
    void unescapesIdsButKeepsLinksRaw() {
        PageLinks p = PageLinks.of("<h2 id=\"a&amp;b\">x</h2><a href=\"x.html?a=1&amp;b=2\">y</a>");
        assertEquals(Set.of("a&b"), p.ids());
        assertEquals(List.of("x.html?a=1&amp;b=2"), p.links());
    }

    @Test
    void skipsMarkupShownAsTextScriptsStylesAndComments() {
        PageLinks p = PageLinks.of("<pre>&lt;a href=\"nowhere.html\"&gt; and a=\"b\" x href=\"text.html\"</pre>"
                + "<script>var s = '<a href=\"' + u + '\">'; if (a<b) {}</script>"
                + "<style>a[href=\"q\"]{}</style><!-- <a href=\"commented.html\"> -->"
                + "<p data-id=\"not-an-id\" title=\"a > b\" id=\"real\"><a href=\"ok.html\">ok</a></p>");
        assertEquals(List.of("ok.html"), p.links());
        assertEquals(Set.of("real"), p.ids());
    }

    @Test
    void utf8BytesGiveTheSameResultAsText() {
        String page = "<h2 id=\"_工作措施\">工作措施 › “quoted”</h2><a href=\"#_工作措施\">链接</a>"
                + "<a href=\"plan-2.html#_安全生产月\">x</a><img src=\"图.png\"><p id=\"plain\">é</p>";
        PageLinks text = PageLinks.of(page);
        PageLinks bytes = PageLinks.ofUtf8(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(text.ids(), bytes.ids());
        assertEquals(text.links(), bytes.links());
        assertEquals(text.anchors(), bytes.anchors());
        assertEquals(text.headingIds(), bytes.headingIds());
        assertEquals(List.of("#_工作措施", "plan-2.html#_安全生产月", "图.png"), bytes.links());
    }

    @Test
    void chineseAttributeValuesAndUnclosedTagsDoNotBreakTheScan() {
        PageLinks p = PageLinks.of("<h2 id=\"_工作措施\">工作措施</h2><a href=\"#_工作措施\">链接</a><p title=\"unclosed");
        assertTrue(p.ids().contains("_工作措施"));
        assertEquals(List.of("#_工作措施"), p.links());
    }
}
