package org.planpress.pipeline;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

import org.planpress.diag.BuildFailure;

/** Runs the pipeline's stages and reports what each took ("converted plans in 3.4 s"). */
final class Timer {
    /** A stage with a result. */
    interface Stage<T> {
        T run() throws IOException, BuildFailure;
    }

    /** A stage without one. */
    interface Task {
        void run() throws IOException, BuildFailure;
    }

    private final Consumer<String> progress;
    private final long start = System.nanoTime();

    Timer(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Runs {@code stage}, then reports {@code what} and its time. */
    <T> T stage(String what, Stage<T> stage) throws IOException, BuildFailure {
        long t = System.nanoTime();
        T result = stage.run();
        progress.accept(what + " in " + secs(t) + heap());
        return result;
    }

    /** Like {@link #stage}, for a stage without a result. */
    void task(String what, Task task) throws IOException, BuildFailure {
        stage(what, () -> {
            task.run();
            return null;
        });
    }

    /** Reports {@code what} with the time since the build started. */
    void done(String what) {
        progress.accept(what + " in " + secs(start));
    }

    private static String heap() {
        if (!Boolean.getBoolean("planpress.debug.heap")) return "";
        System.gc();
        Runtime r = Runtime.getRuntime();
        return " [heap " + (r.totalMemory() - r.freeMemory()) / (1 << 20) + " MB]";
    }

    private static String secs(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
