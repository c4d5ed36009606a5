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

    /**
     * Held while the message is printed, and {@code reported} once it is: it is printed once, whichever thread meets
     * the error first, and a worker's handler halts the JVM only after it is out (a halt in between ended a run with
     * status 1 and no line).
     */
    private static final Object LOCK = new Object();
    private static boolean reported;
    /** Made before the heap runs out: printing it then allocates nothing new. */
    private static final String MESSAGE = message();
    /** The message encoded, and the process's standard error as a bare file: writing them allocates nothing. */
    private static final byte[] BYTES = (MESSAGE + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final java.io.FileOutputStream STDERR = new java.io.FileOutputStream(java.io.FileDescriptor.err);

    /**
     * The process's standard error as a writer, for {@code main}: the message goes to it as bare bytes, since
     * printing through a writer out of memory can fail after it took the text (a run then ended with status 1 and
     * no line).
     */
    static final PrintWriter STANDARD_ERROR = new PrintWriter(System.err, true);

    /** Prints the message (once) and returns the exit status 1. */
    static int report(PrintWriter err) {
        synchronized (LOCK) {
            if (reported) return 1;
            reported = true;
            if (err == STANDARD_ERROR) {
                try {
                    err.flush(); // what the command printed before, then the message
                } catch (OutOfMemoryError ignored) {
                    // the message matters more
                }
                writeRaw();
            } else {
                try {
                    err.println(MESSAGE);
                    err.flush();
                } catch (OutOfMemoryError again) {
                    writeRaw(); // printing through the writer needed memory it could not get
                }
            }
        }
        return 1;
    }

    /** Prints the message as bare bytes, unless it is out already. */
    private static void reportRaw() {
        synchronized (LOCK) {
            if (reported) return;
            reported = true;
            writeRaw();
        }
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
        Thread.setDefaultUncaughtExceptionHandler(new Handler(Thread.getDefaultUncaughtExceptionHandler()));
        // a thread dies of a harmless error now, while there is memory: the JVM's way to the handler and the handler
        // itself are then linked, so the same way out of memory allocates nothing (linked by a direct call only, a
        // worker's death out of memory failed on the way: "OutOfMemoryError thrown from the UncaughtExceptionHandler")
        Thread t = new Thread(() -> {
            throw WARM_UP;
        }, "planpress-warm-up");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Error WARM_UP = new Error("warm-up", null, false, false) {
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
                    reportRaw();
                    Runtime.getRuntime().halt(1);
                }
                if (previous != null) previous.uncaughtException(thread, e);
                else e.printStackTrace();
            } catch (Throwable again) {
                reportRaw();
                Runtime.getRuntime().halt(1); // out of memory even here: the status still says it failed
            }
        }
    }
}
