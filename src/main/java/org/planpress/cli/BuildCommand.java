package org.planpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.planpress.pipeline.Build;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planpress build}: bakes the site (and PDFs) into the output directory. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bake the plans in <source>/content into a static site (and PDFs).")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "source directory holding content/ (default: current directory)")
    Path source = Path.of("");

    @Option(names = "--output", paramLabel = "DIR", description = "output directory (default: <source>/target/site)")
    Path output;

    @Option(names = "--no-pdf", description = "skip PDFs, for quick previews")
    boolean noPdf;

    @Option(names = "--pdf-editions", paramLabel = "LIST",
            description = "PDF editions to print: a4, a3, summary, comma-separated (default: planpress.pdf.editions in jbake.properties, else all three)")
    String pdfEditions;

    @Option(names = "--threads", paramLabel = "N", description = "documents converted at a time (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--verbose", description = "show detail and stack traces")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Build.Result r = Build.run(new Build.Options(source, output, !noPdf, threads, pdfEditions), out::println);
            for (Diagnostic d : r.warnings()) err.println(d);
            return 0;
        } catch (BuildFailure f) {
            return Reporting.fail(f, err, verbose);
        }
    }
}
