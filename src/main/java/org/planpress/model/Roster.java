package org.planpress.model;

import java.util.List;

/**
 * An organising group (leading group, working group) as a list of roles.
 *
 * @param id the HTML anchor of the roster block; null when it has none
 * @param roles the roles in the order written (immutable)
 */
public record Roster(String id, List<Role> roles) {

    /** Copies the list. */
    public Roster {
        roles = List.copyOf(roles);
    }
}
