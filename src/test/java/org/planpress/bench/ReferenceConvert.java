package org.planpress.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The benchmark's reference: bare AsciidoctorJ converting every .adoc under DIR/content to HTML in one
 * fresh JVM, single-threaded, with no extensions of PlanPress's (the SPI registry is bypassed by
 * converting with a plain instance and a property that disables it).
 * Usage: {@code java -cp planpress.jar org.planpress.bench.ReferenceConvert DIR OUT}.
 */
public final class ReferenceConvert {
    private ReferenceConvert() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve("content");
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        // SAFE mode, as PlanPress converts: the jail must hold both the sources and the output
        Path jail = commonParent(dir.toAbsolutePath(), out.toAbsolutePath());
        System.setProperty("planpress.extensions", "off");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        long t0 = System.nanoTime();
        Asciidoctor a = Asciidoctor.Factory.create();
        long t1 = System.nanoTime();
        for (Path f : files) {
            a.convertFile(f.toFile(), Options.builder().safe(SafeMode.SAFE).baseDir(jail.toFile())
                    .toDir(out.toFile()).mkDirs(true).build());
        }
        long t2 = System.nanoTime();
        System.out.printf("reference: %d files, instance %.1f s, conversion %.1f s%n", files.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        a.shutdown();
    }

    private static Path commonParent(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) p = p.getParent();
        return p == null ? a.getRoot() : p;
    }
}
