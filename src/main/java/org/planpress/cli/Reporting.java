package org.planpress.cli;

import java.io.PrintWriter;

import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;

/** Prints a failed build the same way for every command. */
final class Reporting {
    private Reporting() {
    }

    static int fail(BuildFailure f, PrintWriter err, boolean verbose) {
        if (OutOfMemory.in(f)) return OutOfMemory.report(err);
        long errors = 0;
        for (Diagnostic d : f.diagnostics()) {
            err.println(d);
            if (d.isError()) errors++;
        }
        err.println("build failed: " + errors + (errors == 1 ? " error" : " errors") + "; the previous output was left as it was");
        if (verbose && f.getCause() != null) f.getCause().printStackTrace(err);
        return 1;
    }
}
