package org.planpress.model;

import java.util.List;
import java.util.Objects;

/**
 * One role of an organising group and the people who fill it.
 *
 * @param title the role as written, e.g. {@code "Deputy team leaders"}
 * @param kind the rank read from the title, see {@link RoleKind#of(String)}
 * @param people the people, in the order written (immutable)
 */
public record Role(String title, RoleKind kind, List<Person> people) {

    /** Requires all parts and copies the list. */
    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        people = List.copyOf(people);
    }
}
