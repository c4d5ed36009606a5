package org.planpress.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.planpress.pipeline.Build;
import org.planpress.store.Store;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.i18n.Messages;

/**
 * A {@code planpress serve} session: bakes once, serves the output, watches the sources and rebuilds on
 * each change, reusing the conversions of unchanged plans, then reloads open pages. A failed build is
 * printed and shown over the pages, and the last good site stays served.
 */
public final class ServeSession implements AutoCloseable {

    /**
     * What to serve.
     *
     * @param source the source directory (holds content/)
     * @param output where the site is baked; null for {@code <source>/target/serve}
     * @param bind the address to listen on (127.0.0.1 unless told otherwise)
     * @param port the port; 0 picks a free one
     * @param pdf whether to print PDFs on every build (slow; off by default)
     * @param threads plans converted at a time
     * @param quietMillis how long the sources must be quiet before a rebuild starts
     * @param verbose whether to print the time of each build stage
     */
    public record Options(Path source, Path output, String bind, int port, boolean pdf, int threads, long quietMillis,
            boolean verbose) {
        /**
         * How long the sources must be quiet before a rebuild starts, by default: editors write a file in a
         * few milliseconds (a temporary file and a rename); 100 ms collects that into one rebuild.
         */
        public static final long QUIET_MILLIS = 100;

        /** Defaults for a source directory: 127.0.0.1, a free port, no PDFs. */
        public static Options defaults(Path source) {
            return new Options(source, null, "127.0.0.1", 0, false, Runtime.getRuntime().availableProcessors(), QUIET_MILLIS, false);
        }

        public Options withPort(int p) {
            return new Options(source, output, bind, p, pdf, threads, quietMillis, verbose);
        }

        public Options withOutput(Path o) {
            return new Options(source, o, bind, port, pdf, threads, quietMillis, verbose);
        }

        public Options withVerbose(boolean v) {
            return new Options(source, output, bind, port, pdf, threads, quietMillis, v);
        }
    }

    private final Options options;
    private final Path output;
    private final Consumer<String> out;
    private final Consumer<String> err;
    private final LiveReload live = new LiveReload();
    private final Store store;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planpress-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new TreeSet<>();
    private SiteServer server;
    private SourceWatcher watcher;
    private volatile int builds;
    private volatile boolean lastGood;
    private volatile double lastSeconds;

    private ServeSession(Options options, Consumer<String> out, Consumer<String> err) {
        this.options = options;
        Path src = options.source().toAbsolutePath().normalize();
        this.output = options.output() != null ? options.output().toAbsolutePath().normalize() : src.resolve("target/serve");
        this.store = Store.session(output);
        this.out = out;
        this.err = err;
    }

    /**
     * Starts the server and the source watcher, then bakes the site (a failure is reported, not thrown); an
     * edit saved during that first bake is rebuilt right after it.
     *
     * @param out receives progress lines ("rebuilt in 0.8 s")
     * @param err receives build problems
     */
    public static ServeSession start(Options options, Consumer<String> out, Consumer<String> err) throws IOException {
        ServeSession s = new ServeSession(options, out, err);
        s.server = SiteServer.start(s.output, new InetSocketAddress(options.bind(), options.port()), s.live);
        try {
            // watching starts first: an edit saved during the first bake is rebuilt right after it
            s.watcher = SourceWatcher.start(options.source(), options.quietMillis(), s::changed);
            s.build(Set.of(), true);
            // a first build that converted nothing (the store had every plan) left JRuby unstarted: it starts now,
            // on the rebuild thread, rather than at the first edit
            s.builder.submit(() -> Build.prepare(s.buildOptions()));
        } catch (IOException | RuntimeException | Error e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8820/}. */
    public URI url() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    public int port() {
        return server.port();
    }

    /** Where the site is baked and served from. */
    public Path output() {
        return output;
    }

    /** Builds finished so far, good or failed. */
    public int builds() {
        return builds;
    }

    /** Whether the last build succeeded. */
    public boolean lastGood() {
        return lastGood;
    }

    /** Seconds the last build took. */
    public double lastSeconds() {
        return lastSeconds;
    }

    /** The live-reload channel. */
    public LiveReload live() {
        return live;
    }

    private void changed(Set<Path> paths) {
        synchronized (pending) {
            boolean idle = pending.isEmpty();
            pending.addAll(paths);
            if (!idle) return;
        }
        builder.submit(() -> {
            Set<Path> batch;
            synchronized (pending) {
                batch = new TreeSet<>(pending);
                pending.clear();
            }
            build(batch, false);
        });
    }

    /** Rebuilds now, on the calling thread. */
    public void rebuild() {
        build(Set.of(), false);
    }

    private synchronized void build(Set<Path> changed, boolean first) {
        if (!changed.isEmpty()) out.accept("changed: " + describe(changed));
        long t0 = System.nanoTime();
        server.building(true);
        try {
            boolean drop = first || changed.stream().anyMatch(p -> p.startsWith(Path.of("content", org.planpress.source.Workspace.IMPORT_FOLDER)));
            List<String> imported = drop ? ImportDrop.run(options.source(), out, err) : List.of();
            Build.Result r = Build.run(buildOptions(), store,
                    options.verbose() ? s -> out.accept("  " + s) : s -> { });
            lastSeconds = (System.nanoTime() - t0) / 1e9;
            for (Diagnostic d : r.warnings()) err.accept(d.toString());
            lastGood = true;
            out.accept(String.format(Locale.ROOT, "%s in %.1f s (%d plans: %d converted, %d reused)", first ? "built" : "rebuilt",
                    lastSeconds, r.plans(), r.converted(), r.plans() - r.converted()));
            if (imported.isEmpty()) live.reload();
            else live.open(org.planpress.site.SiteModel.planUrl(imported.get(0))); // show the plan just imported
        } catch (BuildFailure f) {
            fail(t0, f.diagnostics().stream().map(Diagnostic::toString).toList());
        } catch (RuntimeException e) {
            fail(t0, List.of("error: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        } finally {
            server.building(false);
            builds++;
        }
    }

    private Build.Options buildOptions() {
        return new Build.Options(options.source(), output, options.pdf(), options.threads());
    }

    private void fail(long t0, List<String> messages) {
        lastSeconds = (System.nanoTime() - t0) / 1e9;
        lastGood = false;
        for (String m : messages) err.accept(m);
        long errors = messages.stream().filter(m -> m.contains("error: ")).count();
        err.accept(String.format(Locale.ROOT, "build failed in %.1f s: %d error%s; still serving the last good site",
                lastSeconds, errors, errors == 1 ? "" : "s"));
        live.failed(messages);
    }

    private static String describe(Set<Path> changed) {
        List<String> names = new ArrayList<>();
        for (Path p : changed) names.add(p.toString().replace('\\', '/'));
        if (names.size() > 5) return String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
        return String.join(", ", names);
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        builder.shutdownNow();
        try {
            builder.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) server.close();
    }
}
