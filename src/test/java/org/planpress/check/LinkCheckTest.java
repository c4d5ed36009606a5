package org.planpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planpress.bake.Baker;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.html.PageLinks;
import org.planpress.store.Store;

/**
 * The link check on a small site written here, with a real store: what it reports, and which pages it checks again
 * after a change.
 */
class LinkCheckTest {
    private Path site;
    private Store store;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createTempDirectory("pp-linkcheck");
        site = dir.resolve("site");
        store = Store.at(dir.resolve("store"));
        write("index.html", "<a href='plans/a.html'>a</a><a href='plans/b.html#stages'>b</a><link href='css/site.css'>");
        write("plans/a.html", "<h2 id='roster'>R</h2><a href='#roster'>r</a><a href='b.html#stages'>b</a><a href='../'>home</a>");
        write("plans/b.html", "<h2 id='stages'>S</h2><p>Text one.</p><a href='a.html'>a</a>");
        write("css/site.css", "body{}");
    }

    private void write(String path, String html) throws Exception {
        Path f = site.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, html);
    }

    /** The pages as a bake hands them over: scanned, each with the digest of what made it (here: its text). */
    private Map<String, LinkCheck.Page> baked() throws Exception {
        Map<String, LinkCheck.Page> pages = new TreeMap<>();
        for (String p : List.of("index.html", "plans/a.html", "plans/b.html")) {
            if (!Files.exists(site.resolve(p))) continue;
            byte[] bytes = Files.readAllBytes(site.resolve(p));
            pages.put(p, new LinkCheck.Page(Baker.Baked.of(p, site.resolve(p), PageLinks.ofUtf8(bytes)), Store.key(bytes)));
        }
        return pages;
    }

    private List<String> errors(Diagnostics d) {
        return d.sorted().stream().filter(Diagnostic::isError).map(x -> x.file() + ": " + x.message()).toList();
    }

    private LinkCheck.Result check(Diagnostics d) throws Exception {
        return LinkCheck.run(site, baked(), List.of(), store, d, 2);
    }

    /** The errors of a check. */
    private List<String> checkErrors() throws Exception {
        Diagnostics d = new Diagnostics();
        check(d);
        return errors(d);
    }

    @Test
    void aGoodSitePassesAndIsNotCheckedAgainUnchanged() throws Exception {
        Diagnostics d = new Diagnostics();
        assertEquals(new LinkCheck.Result(3, 3), check(d));
        assertEquals(List.of(), errors(d));
        assertEquals(new LinkCheck.Result(3, 0), check(new Diagnostics()));
    }

    @Test
    void aTargetsTextChangingChecksOnlyThatPage() throws Exception {
        check(new Diagnostics());
        write("plans/b.html", "<h2 id='stages'>S</h2><p>Text two.</p><a href='a.html'>a</a>");
        assertEquals(new LinkCheck.Result(3, 1), check(new Diagnostics()));
    }

    @Test
    void anIdGoneFromATargetIsFoundFromThePagesThatLinkToIt() throws Exception {
        check(new Diagnostics());
        write("plans/b.html", "<h2 id='timeline'>S</h2><a href='a.html'>a</a>");
        Diagnostics d = new Diagnostics();
        assertEquals(3, check(d).checked()); // b itself, and index and a, whose links name its fragment
        assertEquals(List.of("templates: link to a missing anchor: b.html#stages (in plans/a.html)",
                "templates: link to a missing anchor: plans/b.html#stages (in index.html)"), errors(d));
    }

    @Test
    void aFileGoneIsFoundFromThePagesThatLinkToIt() throws Exception {
        check(new Diagnostics());
        Files.delete(site.resolve("css/site.css"));
        Diagnostics d = new Diagnostics();
        assertEquals(1, check(d).checked());
        assertEquals(List.of("templates: broken link to css/site.css (in index.html)"), errors(d));
    }

    @Test
    void aBrokenLinkIsReportedAtEveryCheckUntilMended() throws Exception {
        write("plans/a.html", "<a href='c.html'>c</a><a href='javascript:void(0)'>x</a><a href='../../up.html'>u</a>");
        for (int run = 0; run < 2; run++) {
            assertEquals(List.of("templates: broken link to c.html (in plans/a.html)",
                    "templates: link leaves the site: ../../up.html (in plans/a.html)",
                    "templates: link with a javascript: URL: javascript:void(0) (in plans/a.html)"), checkErrors());
        }
        write("plans/a.html", "<a href='b.html'>b</a>");
        assertEquals(List.of(), checkErrors());
    }

    @Test
    void otherPagesOfTheSiteAreScannedAndChecked() throws Exception {
        write("notes/extra.html", "<a href='../plans/a.html#nowhere'>a</a>");
        Diagnostics d = new Diagnostics();
        assertEquals(4, check(d).pages());
        assertEquals(List.of("templates: link to a missing anchor: ../plans/a.html#nowhere (in notes/extra.html)"), errors(d));
    }

    @Test
    void onlyThePageServedForMissingUrlsMayUseAbsolutePaths() throws Exception {
        write("404.html", "<a href='/plans/a.html'>a</a>");
        write("people.html", "<a href='/plans/a.html'>a</a>");
        assertEquals(List.of("templates: link leaves the site: /plans/a.html (in people.html)"), checkErrors());
    }

    @Test
    void aFolderLinkNeedsTheFoldersIndexPage() throws Exception {
        check(new Diagnostics());
        Files.delete(site.resolve("index.html"));
        List<String> errors = checkErrors();
        assertTrue(errors.contains("templates: broken link to ../ (in plans/a.html)"), errors.toString());
    }
}
