package org.planpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 20: the sites the independent validators check. The default plans plus a Chinese plan
 * (src/test/resources/zh) and an English and a Chinese plan of the validators' own
 * (src/test/resources/validators: stage names with , ; and \, markup characters in the issuer, a long
 * Chinese title, a wide table and a long code line), baked once per test JVM.
 */
public final class ValidationSites {
    public static final String HOST = "http://intranet.example/plans/";
    private static Path hosted;
    private static Path hostedZh;

    private ValidationSites() {
    }

    /** A source folder with the five plans; {@code properties} is written as its jbake.properties when not null. */
    public static Path source(String properties) throws IOException {
        Path src = TestSites.sourceWithDefaultPlans();
        TestSites.copy(TestSites.repo().resolve("src/test/resources/zh/content"), src.resolve("content"));
        TestSites.copy(TestSites.repo().resolve("src/test/resources/validators/content"), src.resolve("content"));
        // the authoring guide becomes the help page (code blocks, tables)
        Files.createDirectories(src.resolve("docs"));
        Files.copy(TestSites.repo().resolve("docs/authoring.adoc"), src.resolve("docs/authoring.adoc"));
        if (properties != null) Files.writeString(src.resolve("jbake.properties"), properties);
        return src;
    }

    /** Bakes {@code src} without PDFs into its target/site. */
    public static Path bake(Path src, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "build";
        args[1] = "--source";
        args[2] = src.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        TestSites.Run r = TestSites.run(args);
        if (r.status() != 0) throw new IllegalStateException("bake failed:\n" + r.err() + r.out());
        return src.resolve("target/site");
    }

    /** The five plans, English site, {@code site.host} set, no PDFs. */
    public static synchronized Path hosted() throws IOException {
        if (hosted == null) hosted = bake(source("site.host=" + HOST + "\n"), "--no-pdf");
        return hosted;
    }

    /** The five plans, Chinese site ({@code site.lang=zh-CN}), {@code site.host} set, no PDFs. */
    public static synchronized Path hostedChinese() throws IOException {
        if (hostedZh == null) hostedZh = bake(source("site.host=" + HOST + "\nsite.lang=zh-CN\n"), "--no-pdf");
        return hostedZh;
    }
}
