package org.planpress.model;

import java.util.List;

/**
 * An activity plan, read from one AsciiDoc file.
 *
 * @param id the plan's identifier (its page slug)
 * @param title the document title; may be null when the document has none
 * @param issuer the issuing organisation ({@code :plan-issuer:}); may be null
 * @param year the plan year ({@code :plan-year:}); null when not stated
 * @param description a one-sentence summary; may be null
 * @param lang the language tag, e.g. {@code "en"} or {@code "zh-CN"}; may be null
 * @param sourcePath the source file, relative to the content folder; may be null
 * @param rosters the organising groups (immutable)
 * @param timelines the implementation timelines (immutable)
 * @param sections the headings (immutable)
 */
public record Plan(String id, String title, String issuer, Integer year, String description, String lang,
                   String sourcePath, List<Roster> rosters, List<Timeline> timelines, List<Section> sections) {

    /** Copies the lists; null lists become empty. */
    public Plan {
        rosters = rosters == null ? List.of() : List.copyOf(rosters);
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** All stages of all timelines, in document order. */
    public List<Stage> stages() {
        return timelines.stream().flatMap(t -> t.stages().stream()).toList();
    }

    /**
     * Whether the plan's dates are anchored to a real year: the plan states a {@link #year()},
     * or at least one stage period names its own year.
     */
    public boolean yearStated() {
        return year != null || stages().stream().anyMatch(s -> s.period().yearStated());
    }
}
