package org.planpress.diag;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector of diagnostics, reported sorted by file and line. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        if (!list.contains(d)) list.add(d);
    }

    public void error(String file, int line, String message) {
        add(Diagnostic.error(file, line, message));
    }

    public void warning(String file, int line, String message) {
        add(Diagnostic.warning(file, line, message));
    }

    public synchronized void addAll(Diagnostics other) {
        for (Diagnostic d : other.sorted()) add(d);
    }

    /** Adds each of {@code found}. */
    public synchronized void addAll(java.util.Collection<Diagnostic> found) {
        for (Diagnostic d : found) add(d);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return list.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return list.size() - errorCount();
    }

    /** All diagnostics, sorted by file, line and severity. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(list);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }

    /** Throws a {@link BuildFailure} carrying every diagnostic when any of them is an error. */
    public void throwIfErrors() throws BuildFailure {
        if (hasErrors()) throw new BuildFailure(sorted());
    }
}
