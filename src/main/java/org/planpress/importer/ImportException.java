package org.planpress.importer;

/** A file that cannot be imported at all: the message is one line that says why (and what to do). */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
