package org.planpress.diag;

import java.util.Comparator;

/**
 * One problem found in a source: where it is, how bad it is and what to do about it.
 * Printed as {@code file:LINE: error: message}, the form editors and CI logs understand.
 *
 * @param file source path as shown to the user (relative to the source directory where possible), or null
 * @param line 1-based line number, or 0 when unknown
 * @param severity error or warning
 * @param message human-readable message
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

    /** How bad a diagnostic is. */
    public enum Severity {
        ERROR, WARNING;

        /** Lower-case label used in messages. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Orders diagnostics by file, then line, then severity. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore // not a field: stored findings are read back by their fields
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The {@code file:LINE: severity: message} form. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(':');
            if (line > 0) sb.append(line).append(':');
            sb.append(' ');
        }
        return sb.append(severity.label()).append(": ").append(message).toString();
    }
}
