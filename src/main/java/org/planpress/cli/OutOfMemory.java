package org.planpress.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The one line PlanPress prints when the JVM runs out of heap, wherever it happens (a command, a worker
 * thread, a build stage that wrapped the error): what happened and how to give the JVM more.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** Whether {@code t} is, or was caused by, an {@link OutOfMemoryError}. */
    static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /** The message: the heap limit this JVM had, and the setting that raises it. */
    static String message() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long suggest = Math.max(2, (mb * 2 + 1023) / 1024);
        return String.format(Locale.ROOT, "error: out of memory: the Java heap is limited to %,d MB, which this site"
                + " needs more than; give it more with JAVA_TOOL_OPTIONS=-Xmx%dg (e.g. JAVA_TOOL_OPTIONS=-Xmx%dg java"
                + " -jar planpress.jar build); the previous output was left as it was", mb, suggest, suggest);
    }

    /** Set once the message is printed: it is printed once, whichever thread meets the error first. */
    private static final java.util.concurrent.atomic.AtomicBoolean REPORTED = new java.util.concurrent.atomic.AtomicBoolean();
    /** Made before the heap runs out: printing it then allocates nothing new. */
    private static final String MESSAGE = message();
    /** The message encoded, and the process's standard error as a bare file: writing them allocates nothing. */
    private static final byte[] BYTES = (MESSAGE + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final java.io.FileOutputStream STDERR = new java.io.FileOutputStream(java.io.FileDescriptor.err);

    /** Prints the message (once) and returns the exit status 1. */
    static int report(PrintWriter err) {
        if (REPORTED.compareAndSet(false, true)) {
            try {
                err.println(MESSAGE);
                err.flush();
            } catch (OutOfMemoryError again) {
                writeRaw(); // printing through the writer needed memory it could not get
            }
        }
        return 1;
    }

    private static void writeRaw() {
        try {
            STDERR.write(BYTES);
        } catch (java.io.IOException | Error ignored) {
            // the status still says the build failed
        }
    }

    /**
     * Makes an out-of-memory error on any thread print the message and end the JVM with status 1 (a worker
     * thread's error would otherwise print a stack trace and leave the build waiting).
     */
    static void onAnyThread() {
        Handler h = new Handler(Thread.getDefaultUncaughtExceptionHandler());
        // run once now, while there is memory: its code is then linked, so running it out of memory allocates nothing
        // (a first call out of memory failed in the JVM's own call: "OutOfMemoryError thrown from the
        // UncaughtExceptionHandler")
        h.uncaughtException(Thread.currentThread(), WARM_UP);
        Thread.setDefaultUncaughtExceptionHandler(h);
    }

    private static final Throwable WARM_UP = new Throwable("warm-up", null, false, false) {
    };

    /** The handler: a class of its own rather than a lambda, whose first call would link it. */
    private static final class Handler implements Thread.UncaughtExceptionHandler {
        private final Thread.UncaughtExceptionHandler previous;

        Handler(Thread.UncaughtExceptionHandler previous) {
            this.previous = previous;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            try {
                boolean oom = in(e);
                if (e == WARM_UP) return;
                if (oom) {
                    if (REPORTED.compareAndSet(false, true)) writeRaw();
                    Runtime.getRuntime().halt(1);
                }
                if (previous != null) previous.uncaughtException(thread, e);
                else e.printStackTrace();
            } catch (Throwable again) {
                if (REPORTED.compareAndSet(false, true)) writeRaw();
                Runtime.getRuntime().halt(1); // out of memory even here: the status still says it failed
            }
        }
    }
}
