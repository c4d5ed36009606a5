package org.planpress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 2: sources that cannot be baked fail with file:line, exit 1, and leave the previous output as it was. */
class FailureTest {

    private static Path goodBuild(Path src) throws Exception {
        Path out = src.resolve("target/site");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(out.resolve("index.html")));
        return out;
    }

    @Test
    void brokenXrefFailsWithFileLineAndKeepsPreviousOutput() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path out = goodBuild(src);
        String before = TestSites.treeDigest(out);
        Path plan = src.resolve("content/plans/ejl1-safety-year.adoc");
        String text = Files.readString(plan);
        Files.writeString(plan, text + "\nSee xref:fuzhou-xiuzhai-safety-year.adoc#no-such-section[the leading group].\n");
        int line = (int) (text + "\nSee").lines().count();
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/plans/ejl1-safety-year.adoc:" + line + ": error: cross-reference to a missing anchor"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(before, TestSites.treeDigest(out), "previous output must be untouched");

        Files.writeString(plan, text + "\nSee xref:no-such-plan.adoc#x[elsewhere].\n");
        r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("ejl1-safety-year.adoc:" + line + ": error: cross-reference to a missing plan: no-such-plan.adoc#x"), r.err());
        assertEquals(before, TestSites.treeDigest(out));
    }

    /** The link check follows a template's link into a plan page: an id that is there passes, one that is not fails. */
    @Test
    void aTemplateLinkToAMissingAnchorOfAPlanPageFails() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path out = goodBuild(src);
        String before = TestSites.treeDigest(out);
        String layout = Files.readString(Path.of("templates/layout.ftl"));
        assertTrue(layout.contains("</footer>"));
        Files.createDirectories(src.resolve("templates"));
        Path own = src.resolve("templates/layout.ftl");
        Files.writeString(own, layout.replace("</footer>",
                "<a href=\"${content.rootpath}plans/chengchi-expressway-safety-year.html#organizational-structure\">group</a></footer>"));
        TestSites.Run good = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, good.status(), good.err());
        before = TestSites.treeDigest(out);
        Files.writeString(own, layout.replace("</footer>",
                "<a href=\"${content.rootpath}plans/chengchi-expressway-safety-year.html#no-such-section\">group</a></footer>"));
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("templates: error: link to a missing anchor: plans/chengchi-expressway-safety-year.html#no-such-section (in index.html)")
                || r.err().contains("link to a missing anchor: plans/chengchi-expressway-safety-year.html#no-such-section"), r.err());
        assertEquals(before, TestSites.treeDigest(out), "previous output must be untouched");
    }

    @Test
    void documentWithoutTitleFailsAtLineOne() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path out = goodBuild(src);
        String before = TestSites.treeDigest(out);
        Files.writeString(src.resolve("content/plans/untitled.adoc"), "Just a paragraph, no title.\n\n== A section\n\nText.\n");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/plans/untitled.adoc:1: error: document has no title"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(before, TestSites.treeDigest(out));
    }

    @Test
    void workingXrefBecomesALinkToThePageAndAnchor() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path plan = src.resolve("content/plans/ejl1-safety-year.adoc");
        Files.writeString(plan, Files.readString(plan)
                + "\nCompare xref:fuzhou-xiuzhai-safety-year.adoc#organizational-leadership[the leading group of plan 1].\n");
        Path out = goodBuild(src);
        var d = TestSites.page(out, "plans/ejl1-safety-year.html");
        assertFalse(d.select("a[href=fuzhou-xiuzhai-safety-year.html#organizational-leadership]").isEmpty(), d.select(".pp-body a").toString());
    }
}
