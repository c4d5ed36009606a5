package org.planpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinkTargetTest {
    private static LinkTarget at(String page, String raw) {
        return LinkTarget.of(page, raw);
    }

    @Test
    void aRelativePathIsResolvedAgainstThePagesFolder() {
        assertEquals("index.html", at("plans/a.html", "../index.html").path());
        assertEquals("plans/b.html", at("plans/a.html", "b.html").path());
        assertEquals("plans/b.html", at("plans/a.html", "./b.html").path());
        assertEquals("compare/stages.html", at("plans/a.html", "../compare/./stages.html").path());
        assertEquals("css/site.css", at("index.html", "css/site.css?v=3").path());
        assertEquals("", at("plans/a.html", "../").path()); // the site's root folder: its index.html
    }

    @Test
    void theFragmentAndPathArePercentDecodedButAPlusStaysAPlus() {
        LinkTarget t = at("index.html", "plans/%E5%AE%89%E5%85%A8.html#%E7%BB%84+1");
        assertEquals("plans/安全.html", t.path());
        assertEquals("组+1", t.fragment());
        assertEquals("a+b.pdf", at("index.html", "a+b.pdf").path());
        assertEquals("50%zz.html", at("index.html", "50%zz.html").path()); // a malformed escape is kept as written
    }

    @Test
    void attributeEscapesAreUndoneFirst() {
        LinkTarget t = at("plans/a.html", "b.html?x=1&amp;y=2#s");
        assertEquals("plans/b.html", t.path());
        assertEquals("s", t.fragment());
    }

    @Test
    void aFragmentAloneNamesThePageItself() {
        LinkTarget t = at("plans/a.html", "#roster");
        assertEquals(LinkTarget.Kind.SITE, t.kind());
        assertEquals("plans/a.html", t.path());
        assertEquals("roster", t.fragment());
    }

    @Test
    void externalMailAndDataLinksAreNotChecked() {
        for (String raw : List.of("https://example.org/x", "HTTP://EXAMPLE.ORG", "//cdn.example.org/a.js", "mailto:a@b",
                "tel:+86 10 1234", "data:image/png;base64,AAAA", "", "   ")) {
            assertEquals(LinkTarget.Kind.IGNORED, at("index.html", raw).kind(), raw);
        }
    }

    @Test
    void scriptsAndPathsOutOfTheSiteAreTold() {
        assertEquals(LinkTarget.Kind.SCRIPT, at("index.html", "JavaScript:alert(1)").kind());
        assertEquals(LinkTarget.Kind.OUTSIDE, at("plans/a.html", "../../etc/passwd").kind());
        assertEquals(LinkTarget.Kind.OUTSIDE, at("index.html", "/etc/passwd").kind());
        assertNull(at("index.html", "/etc/passwd").path());
    }

    @Test
    void thePageServedForMissingUrlsMayUseAbsolutePaths() {
        assertEquals(LinkTarget.Kind.IGNORED, at("404.html", "/plans/index.html").kind());
        assertEquals(LinkTarget.Kind.OUTSIDE, at("people.html", "/plans/index.html").kind());
    }

    @Test
    void aPagesTargetsAreEachFileOnceMarkedWhereAFragmentIsNamed() {
        PageLinks links = PageLinks.of("<a href='#top'>t</a><a href='b.html'>b</a><a href='b.html#s2'>b</a>"
                + "<a href='../index.html'>i</a><img src='../img/x.png'><a href='https://example.org'>e</a><span id='top'></span>");
        assertEquals(List.of("img/x.png", "index.html", "plans/b.html#"), links.targets("plans/a.html"));
    }
}
