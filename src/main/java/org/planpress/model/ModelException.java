package org.planpress.model;

/**
 * A plan could not be read: a period, roster or other structured text is malformed.
 * The message quotes the offending text, e.g. {@code cannot read period "sometime soon"};
 * callers add the file and line.
 */
public final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that quotes the offending text. */
    public ModelException(String message) {
        super(message);
    }

    /**
     * Creates an exception about one line of a text of several: {@code line} counts from 0, the text's first line,
     * so that callers report the line the offending text is on.
     */
    public ModelException(String message, int line) {
        super(message);
        this.line = line;
    }

    private int line;

    /** The line of the text the message is about, counted from 0 (the text's first line, also when not known). */
    public int line() {
        return line;
    }

    /** Creates an exception with a message and the underlying cause. */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Quotes text for a message: trimmed, in double quotes, shortened if very long. */
    public static String quote(String text) {
        String s = text == null ? "" : text.strip().replaceAll("[\\p{Cf}\\p{Cc}]", ""); // never an invisible character in a quote
        if (s.codePointCount(0, s.length()) > 100) {
            s = s.substring(0, s.offsetByCodePoints(0, 100)) + "…";
        }
        return '"' + s + '"';
    }
}
