package org.planpress.search;

/**
 * One search result: a plan's introduction, a section, a person of a roster or a stage of a timeline.
 *
 * @param kind what it is
 * @param plan index of its plan in the site's plan list
 * @param anchor the HTML anchor on the plan page ("" for the top of the page)
 * @param title the heading, name or stage name (plain text)
 * @param path where it sits, shown under the title: parent heading, role or period (plain text, may be "")
 * @param text the body text: indexed, and stored (cut to {@link SearchIndex#STORED_TEXT}) for snippets
 * @param context more indexed text with a low weight (the plan title), not stored
 */
public record SearchDoc(Kind kind, int plan, String anchor, String title, String path, String text, String context) {

    /** This document as one of plan number {@code n}. */
    public SearchDoc inPlan(int n) {
        return n == plan ? this : new SearchDoc(kind, n, anchor, title, path, text, context);
    }

    /** What a result is; {@link #code} is its letter in the index files. */
    public enum Kind {
        PLAN("P"), SECTION("S"), PERSON("R"), STAGE("T");

        public final String code;

        Kind(String code) {
            this.code = code;
        }
    }
}
