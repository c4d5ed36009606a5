package org.planpress.model;

import java.util.List;

/**
 * The implementation steps of a plan.
 *
 * @param id the HTML anchor of the timeline block; null when it has none
 * @param stages the stages in the order written (immutable)
 */
public record Timeline(String id, List<Stage> stages) {

    /** Copies the list. */
    public Timeline {
        stages = List.copyOf(stages);
    }
}
