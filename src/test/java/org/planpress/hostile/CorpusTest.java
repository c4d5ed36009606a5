package org.planpress.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planpress.TestSites;

/**
 * Issue 8: a corpus of bad sources (src/test/resources/corpus/<case>/, each with an {@code expected.txt}:
 * the exit status, then the exact diagnostics). Build and check are both run on every case; a failure must
 * leave the previous output byte-identical, a success must publish nothing dangerous, and nothing may print
 * a stack trace or hang.
 */
class CorpusTest {
    static final Path CORPUS = TestSites.repo().resolve("src/test/resources/corpus");
    static final Pattern DIAGNOSTIC = Pattern.compile("^\\S.*?: (error|warning): .*$");

    static Stream<String> cases() throws Exception {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildAndCheckGiveTheExpectedOutcome(String name) throws Exception {
        Path src = Files.createTempDirectory("pp-corpus-" + name);
        copyKeepingLinks(CORPUS.resolve(name), src);
        Path out = src.resolve("target/site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "<p>the last good site</p>");
        String before = TestSites.treeDigest(out);

        List<String> expected = Files.readAllLines(src.resolve("expected.txt"), StandardCharsets.UTF_8);
        int status = Integer.parseInt(expected.get(0).replace("status ", "").strip());
        List<String> diagnostics = expected.subList(1, expected.size()).stream().filter(l -> !l.isBlank()).toList();

        TestSites.Run build = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> TestSites.run("build", "--no-pdf", "--source", src.toString()));
        TestSites.Run check = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> TestSites.run("check", "--source", src.toString()));

        if (Boolean.getBoolean("corpus.record")) {
            List<String> rec = new ArrayList<>();
            rec.add("status " + build.status());
            rec.addAll(diagnostics(build.err() + build.out()));
            Files.write(CORPUS.resolve(name).resolve("expected.txt"), rec, StandardCharsets.UTF_8);
            return;
        }
        for (TestSites.Run r : List.of(build, check)) {
            assertFalse((r.out() + r.err()).contains("\tat ") || (r.out() + r.err()).contains("Exception"),
                    "no stack trace:\n" + r.err() + r.out());
        }
        assertEquals(status, build.status(), build.err());
        assertEquals(status, check.status(), check.out());
        assertEquals(diagnostics, diagnostics(build.err() + build.out()), "build diagnostics");
        // the corpus is about plans: check's site-wide warning that site.host is not set is not part of it
        assertEquals(diagnostics, diagnostics(check.out()).stream()
                .filter(d -> !d.startsWith("jbake.properties: warning: site.host is not set")).toList(), "check diagnostics");
        if (status != 0) {
            assertEquals(before, TestSites.treeDigest(out), "the previous output must stay byte-identical");
        } else {
            assertNotEquals(before, TestSites.treeDigest(out));
            assertNothingDangerous(out);
        }
    }

    static List<String> diagnostics(String output) {
        return output.lines().filter(l -> DIAGNOSTIC.matcher(l).matches()).toList();
    }

    /** No script, event handler or script URL from the sources reaches a page. */
    static void assertNothingDangerous(Path site) throws Exception {
        for (Path f : TestSites.files(site, ".html")) {
            Document d = TestSites.page(site, site.relativize(f).toString());
            List<Element> scripts = d.select("script");
            for (Element s : scripts) {
                // the theme's own: 404.html finds the site's root from any depth (no site.host)
                if (f.getFileName().toString().equals("404.html") && s.data().contains("getElementById('pp-home')")) continue;
                assertTrue(s.attr("src").endsWith(".js") && s.data().isBlank(), f + ": unexpected script " + s);
            }
            for (Element e : d.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), f + ": event handler " + a);
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), f + ": script URL " + a);
                });
            }
        }
    }

    /** Copies a case, recreating symbolic links as links (a link pointing out of content/ is part of a case). */
    static void copyKeepingLinks(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createDirectories(t.getParent());
                    Files.createSymbolicLink(t, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
