package org.planpress.source;

import java.nio.file.Path;

/**
 * One plan source file, read and decoded.
 *
 * @param id the plan id: the file's base name ({@code content/plans/harbor-plan.adoc} has id {@code harbor-plan})
 * @param file absolute path of the file
 * @param displayPath the path shown in messages, relative to the source directory
 * @param text the decoded text, with a UTF-8 byte-order mark removed and line endings normalized to LF
 */
public record PlanSource(String id, Path file, String displayPath, String text) {
}
