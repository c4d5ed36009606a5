package org.planpress.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs independent per-page work on a given number of threads (pages do not depend on each other). */
final class Parallel {
    /** Work on one item that may fail with an I/O error. */
    interface Work<T> {
        void accept(T t) throws IOException;
    }

    private Parallel() {
    }

    static <T> void forEach(Collection<T> items, int threads, Work<T> work) throws IOException {
        if (threads <= 1 || items.size() < 2) {
            for (T t : items) work.accept(t);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> items.parallelStream().forEach(t -> {
                try {
                    work.accept(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
