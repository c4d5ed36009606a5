package org.planpress.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a build cannot go on. Carries the diagnostics to print; the command line prints them
 * without a stack trace and exits with status 1.
 */
public final class BuildFailure extends Exception {
    private final List<Diagnostic> diagnostics;

    public BuildFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString)
                .collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildFailure(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** A failure not tied to a source line, e.g. an unwritable output directory. */
    public static BuildFailure of(String file, String message) {
        return new BuildFailure(Diagnostic.error(file, 0, message));
    }

    public static BuildFailure of(String file, String message, Throwable cause) {
        BuildFailure f = of(file, message);
        f.initCause(cause);
        return f;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
