package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 19: plans imported from every format pass {@code planpress check} (no errors, no warnings). */
class RoundTripCheckTest {

    @Test
    void importedCorpusPlansPassCheck() throws Exception {
        Path dir = Files.createTempDirectory("pp-rt");
        Path src = Files.createTempDirectory("pp-rt-src");
        List<String> failures = new ArrayList<>();
        for (Corpus.Sample s : Corpus.all()) {
            List<Path> files = new ArrayList<>(List.of(Make.text(s, dir, StandardCharsets.UTF_8), Make.docx(s, dir), Make.html(s, dir)));
            if (s.lang().startsWith("zh")) files.add(Make.text(s, dir, Charset.forName("GBK")));
            else files.add(Make.pdfbox(s, dir));
            for (Path f : files) {
                String id = (s.name() + "-" + f.getFileName().toString().replaceFirst("^.*?\\.", "").replace('.', '-')
                        + (f.getFileName().toString().contains("-gbk") ? "-gbk" : "")).toLowerCase();
                TestSites.Run r = TestSites.run("import", "--source", src.toString(), "--id", id, f.toString());
                if (r.status() != 0) failures.add(f + ": " + r.err());
            }
        }
        assertEquals(List.of(), failures);
        Files.writeString(src.resolve("jbake.properties"), "site.host=http://intranet.example/plans/\n");
        TestSites.Run c = TestSites.run("check", "--source", src.toString());
        assertEquals(0, c.status(), c.out() + c.err());
        assertEquals("checked " + Corpus.all().size() * 4 + " plans: 0 errors, 0 warnings", c.out().strip(), c.out());

        // and they show their roster cards and timelines
        Path site = src.resolve("site");
        TestSites.Run b = TestSites.run("build", "--no-pdf", "--source", src.toString(), "--output", site.toString());
        assertEquals(0, b.status(), b.err());
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(src.resolve("content/plans"))) {
            for (Path f : files.toList()) {
                String adoc = Files.readString(f);
                String id = f.getFileName().toString().replace(".adoc", "");
                var page = TestSites.page(site, "plans/" + id + ".html");
                long roles = adoc.lines().dropWhile(l -> !l.equals("[.roster]")).skip(1).takeWhile(l -> !l.isBlank()).count();
                long stages = adoc.lines().dropWhile(l -> !l.equals("[.timeline]")).skip(1).takeWhile(l -> !l.isBlank()).count();
                if (page.select(".pp-roster .pp-role").size() < roles || page.select(".pp-stage-name").size() != stages) {
                    missing.add(id + ": roles " + page.select(".pp-roster .pp-role").size() + "/" + roles + ", stages "
                            + page.select(".pp-stage-name").size() + "/" + stages);
                }
                if (roles == 0 || stages == 0) missing.add(id + ": no roster or no timeline imported");
            }
        }
        assertEquals(List.of(), missing);
    }
}
