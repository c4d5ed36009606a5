package org.planpress;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.planpress.cli.PlanPress;

/** Shared helpers for tests that bake real sites. */
public final class TestSites {
    private static Path defaultSite;

    private TestSites() {
    }

    /** The repository root (Maven runs tests there). */
    public static Path repo() {
        return Path.of("").toAbsolutePath();
    }

    /** The default content baked once per test JVM (without PDFs), in a temp directory. */
    public static synchronized Path defaultSite() throws IOException {
        if (defaultSite == null) {
            Path out = Files.createTempDirectory("pp-default").resolve("site");
            Run r = run("build", "--no-pdf", "--source", repo().toString(), "--output", out.toString());
            if (r.status != 0) throw new IllegalStateException("default bake failed:\n" + r.err + r.out);
            defaultSite = out;
        }
        return defaultSite;
    }

    /** The result of a command line run in this JVM. */
    public record Run(int status, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlanPress.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    public static Document page(Path site, String rel) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(rel), StandardCharsets.UTF_8), "");
    }

    public static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A digest of every file name and byte under a directory, to prove it did not change. */
    public static String treeDigest(Path dir) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted().forEach(all::add);
        }
        for (Path p : all) {
            md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            if (Files.isRegularFile(p)) md.update(Files.readAllBytes(p));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Copies a directory tree (test fixtures into temp dirs). */
    public static void copy(Path from, Path to) throws IOException {
        org.planpress.source.Workspace.copyTree(from, to);
    }

    /** A fresh source directory holding the repository's three plans (and nothing else). */
    public static Path sourceWithDefaultPlans() throws IOException {
        Path src = Files.createTempDirectory("pp-src");
        copy(repo().resolve("content"), src.resolve("content"));
        return src;
    }
}
