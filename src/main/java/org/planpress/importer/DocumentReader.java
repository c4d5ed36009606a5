package org.planpress.importer;

import java.nio.file.Path;
import java.util.List;

/** Turns one input format into paragraphs for the {@link PlanDetector}. A new format is one more reader. */
public interface DocumentReader {

    /**
     * Reads the file.
     *
     * @throws ImportException when the file cannot be read at all (corrupt, encrypted, not this format, no text)
     */
    List<Paragraph> read(Path file) throws ImportException;

    /** What a message's line number counts in this format: "line", "paragraph" or "page". */
    default String unit() {
        return "line";
    }
}
