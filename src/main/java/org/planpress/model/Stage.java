package org.planpress.model;

import java.util.Objects;

/**
 * One step of a plan's timeline.
 *
 * @param name the stage name, e.g. {@code "Mobilization and deployment"}
 * @param period when the stage happens
 * @param anchor the HTML anchor of the section describing the stage; null when none
 */
public record Stage(String name, Period period, String anchor) {

    /** Requires a name and a period. */
    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
    }
}
