package org.planpress.model;

import java.util.Objects;

/**
 * A heading of a plan, for tables of contents and deep links.
 *
 * @param id the HTML anchor of the section
 * @param title the heading text
 * @param level the section level (1 for {@code ==}, 2 for {@code ===} ...)
 * @param kind what the section is for (e.g. a role such as {@code "steps"}); null when unknown
 */
public record Section(String id, String title, int level, String kind) {

    /** Requires a title. */
    public Section {
        Objects.requireNonNull(title, "title");
    }
}
