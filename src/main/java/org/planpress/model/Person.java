package org.planpress.model;

import java.util.Objects;

/**
 * A named person in a roster.
 *
 * @param name the person's name as written, e.g. {@code "库热西·买合苏提"}
 * @param position the person's post, e.g. {@code "Deputy Director"}; null when not given
 */
public record Person(String name, String position) {

    /** Requires a name. */
    public Person {
        Objects.requireNonNull(name, "name");
    }
}
