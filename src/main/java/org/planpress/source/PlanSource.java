package org.planpress.source;

import java.nio.file.Path;

/**
 * One plan source file, read and decoded.
 *
 * @param id the plan id: the file's base name ({@code content/plans/harbor-plan.adoc} has id {@code harbor-plan})
 * @param file absolute path of the file
 * @param displayPath the path shown in messages, relative to the source directory
 * @param text the decoded text, with a UTF-8 byte-order mark removed and line endings normalized to LF
 * @param digest the digest of the file's bytes ({@link org.planpress.store.Store#key}), which the keys of what is made
 *     from the source hold instead of its text: at 10,000 plans, hashing the texts encoded again took 4 % of an edit
 *     rebuild's profile samples
 */
public record PlanSource(String id, Path file, String displayPath, String text, String digest) {
    /** A source whose digest is that of its text (one made in memory, not read from a file). */
    public PlanSource(String id, Path file, String displayPath, String text) {
        this(id, file, displayPath, text, org.planpress.store.Store.key(text));
    }
}
