package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** The position tree: checked against jsoup on every page of the default site, and on the awkward cases. */
class HtmlTreeTest {

    @Test
    void findsTheElementsJsoupFindsOnEveryPageOfTheDefaultSite() throws Exception {
        Path site = TestSites.defaultSite();
        List<Path> pages = TestSites.files(site, ".html");
        assertTrue(pages.size() > 10, "plans, compare pages and the site pages");
        int checked = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            HtmlTree tree = HtmlTree.of(html);
            Map<Integer, HtmlTree.Node> byStart = new HashMap<>();
            for (HtmlTree.Node n : tree.nodes()) byStart.put(n.start(), n);
            Document d = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
            for (Element e : d.getAllElements()) {
                if (!e.sourceRange().isTracked() || e.sourceRange().isImplicit()) continue;
                String where = page.getFileName() + ": " + e.cssSelector();
                HtmlTree.Node n = byStart.get(e.sourceRange().startPos());
                assertNotNull(n, where);
                assertEquals(e.normalName(), n.name(), where);
                assertEquals(e.hasAttr("id") ? e.id() : null, n.id(), where);
                assertEquals(e.sourceRange().endPos(), n.open(), where);
                // jsoup gives void elements, self-closed ones and raw text (title, style) no end tag of their own
                var endTag = e.endSourceRange();
                if (endTag.isTracked() && !endTag.isImplicit() && endTag.startPos() != e.sourceRange().startPos()
                        && endTag.endPos() > endTag.startPos()) {
                    assertEquals(endTag.startPos(), n.close(), where);
                    assertEquals(endTag.endPos(), n.end(), where);
                }
                if (e.normalName().matches("h[1-6]|p|li|td|th|dt|dd|a|span")) {
                    assertEquals(e.text(), tree.text(n, x -> false), where);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "texts compared: " + checked);
    }

    @Test
    void voidSelfClosedAndRawElementsHoldNoElements() {
        HtmlTree t = HtmlTree.of("<p>a<br>b<img src=\"x.png\"/><svg><rect id=\"r\"/><g></g></svg>"
                + "<script>if (a<b) document.write('<p id=\"no\">')</script>c</p>");
        HtmlTree.Node p = t.root().children().get(0);
        assertEquals(List.of("br", "img", "svg", "script"), p.children().stream().map(HtmlTree.Node::name).toList());
        assertEquals(List.of("rect", "g"), p.children().get(2).children().stream().map(HtmlTree.Node::name).toList());
        assertNotNull(t.byId("r"));
        assertNull(t.byId("no"), "markup inside a script is not markup");
        assertEquals("a b c", t.text(p, n -> n.name().equals("script")));
    }

    @Test
    void textIsUnescapedWithoutCommentsAndBlocksAreSetApart() {
        HtmlTree t = HtmlTree.of("<div><h2 id=\"a&amp;b\">Tom &amp; Jerry&#8217;s <!-- note --><em>run</em></h2>"
                + "<table><tr><td>甲</td><td>乙</td></tr></table><span hidden>x</span></div>");
        HtmlTree.Node div = t.root().children().get(0);
        assertEquals("Tom & Jerry’s run", t.text(t.byId("a&b"), n -> false));
        assertEquals("Tom & Jerry’s run 甲 乙", t.text(div, HtmlTree.Node::hidden));
        assertEquals("h2", t.firstHeading(div).name());
    }

    @Test
    void strayAndMissingEndTagsDoNotLoseTheRest() {
        HtmlTree t = HtmlTree.of("<div class=\"sect1 x\"><p>one</b> two<div id=\"in\">three</div></div><p>four");
        HtmlTree.Node div = t.root().children().get(0);
        assertEquals("sect1", div.classWithDigit("sect"));
        assertTrue(div.hasClass("x"));
        assertFalse(div.hasClass("sect"));
        assertEquals("one two three", t.text(div, n -> false), "a stray end tag is not text");
        assertEquals(div.close(), t.byId("in").end(), "the unclosed p closes with its div");
        HtmlTree.Node last = t.root().children().get(1);
        assertEquals("p", last.name());
        assertEquals(t.html().length(), last.close(), "what is open at the end closes there");
        assertEquals("four", t.text(last, n -> false));
    }

    @Test
    void anUnfinishedTagEndsTheElements() {
        HtmlTree t = HtmlTree.of("<h2 id=\"工作措施\">工作措施</h2><p title=\"unclosed");
        assertEquals(1, t.nodes().size());
        assertEquals("工作措施", t.text(t.byId("工作措施"), n -> false));
    }
}
