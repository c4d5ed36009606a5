package org.planpress.site;

import java.util.function.Supplier;

/**
 * Text in the site model that is made only when a template shows it (a template shows a value by its
 * {@link #toString}): the calendar's timeline figures, some 40 MB of SVG at 10,000 plans, are drawn when the
 * calendar page is rendered, not in every build that takes that page from the store (1 s of a 10,000-plan rebuild).
 */
final class Deferred {
    private final Supplier<String> text;

    Deferred(Supplier<String> text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text.get();
    }
}
