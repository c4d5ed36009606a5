package org.planpress.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way PlanPress runs work in parallel: independent items on at most {@code threads} threads (a
 * build's {@code --threads}), results in the items' order. With one thread everything runs on the calling
 * thread, so {@code --threads 1} is a one-thread build. Errors are rethrown as thrown: an {@link IOException},
 * a runtime exception or an error (an out-of-memory error stays one).
 */
public final class Workers {
    /** Work on one item. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws IOException;
    }

    /** Work on one item, without a result. */
    @FunctionalInterface
    public interface Task<T> {
        void accept(T item) throws IOException;
    }

    private Workers() {
    }

    /** {@code work} applied to every item, on at most {@code threads} threads; the results in order. */
    public static <T, R> List<R> map(List<T> items, int threads, Work<T, R> work) throws IOException {
        int n = Math.min(Math.max(1, threads), items.size());
        List<R> out = new ArrayList<>(items.size());
        if (n <= 1) {
            for (T t : items) out.add(work.apply(t));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, named("planpress-worker"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T t : items) futures.add(pool.submit(() -> work.apply(t)));
            for (Future<R> f : futures) out.add(join(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Like {@link #map}, for work without a result. */
    public static <T> void forEach(List<T> items, int threads, Task<T> task) throws IOException {
        map(items, threads, t -> {
            task.accept(t);
            return null;
        });
    }

    /** Like {@link #map}, for work that throws no I/O errors. */
    public static <T, R> List<R> mapUnchecked(List<T> items, int threads, java.util.function.Function<T, R> work) {
        try {
            return map(items, threads, work::apply);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a Function
        }
    }

    /**
     * Starts {@code task} beside the caller's work when there are {@code threads} of 2 or more; with one
     * thread it runs at once, on the calling thread. {@link #join} waits for it.
     */
    public static <T> Future<T> beside(int threads, Callable<T> task) {
        if (threads <= 1) {
            try {
                return CompletableFuture.completedFuture(task.call());
            } catch (Exception | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        // a FutureTask keeps what its work threw without allocating: out of memory, a CompletableFuture could not
        // record the error, and the thread died of it instead (the JVM then printed its own message)
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(task);
        named("planpress-beside").newThread(f).start();
        return f;
    }

    /** The result of {@code f}, rethrowing what its work threw. */
    public static <T> T join(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Waits for {@code f}, ignoring what its work threw: a failed build waits for its side work before cleaning up. */
    public static void settle(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // reported by whoever joins it, or moot: the build has failed already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
