package org.planpress.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.planpress.serve.ServeSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planpress serve}: bakes, serves the site, rebuilds on every change and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Bake the site, serve it, and rebuild and reload open pages whenever content/, templates/, "
                + "assets/ or jbake.properties change.",
                "A failed build is shown in the page and in the console; the last good site stays served."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "source directory holding content/ (default: current directory)")
    Path source = Path.of("");

    @Option(names = "--output", paramLabel = "DIR", description = "where the preview is baked (default: <source>/target/serve)")
    Path output;

    @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8820;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String bind = "127.0.0.1";

    @Option(names = "--pdf", negatable = true, description = "also print PDFs on every rebuild (default: off, for speed)")
    boolean pdf;

    @Option(names = "--threads", paramLabel = "N", description = "documents converted at a time (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--verbose", description = "show the time of each build stage")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(source.resolve("content"))) {
            err.println(source.toAbsolutePath().normalize() + ": error: no content/ directory: put plans in content/plans/<id>.adoc"
                    + " (or start one with: planpress new \"Plan title\")");
            return 1;
        }
        ServeSession.Options o = new ServeSession.Options(source, output, bind, port, pdf, threads,
                ServeSession.Options.QUIET_MILLIS, verbose);
        ServeSession session;
        try {
            session = ServeSession.start(o, out::println, err::println);
        } catch (java.net.BindException e) {
            err.println("error: cannot listen on " + bind + ":" + port + ": " + e.getMessage() + " (try --port 0 for a free port)");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            stopped.countDown();
        }, "planpress-serve-stop"));
        if (!InetAddress.getByName(bind).isLoopbackAddress()) {
            err.println("warning: listening on " + bind + ": other computers can see the preview");
        }
        out.println("serving " + session.url() + " (from " + session.output() + "); watching content/, templates/, assets/, "
                + "jbake.properties" + (pdf ? "" : "; PDFs off (use --pdf)") + ". Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
