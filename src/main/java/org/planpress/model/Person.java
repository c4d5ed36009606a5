package org.planpress.model;

import java.util.Objects;

/**
 * A named person in a roster, or an entry that stands for no single named person.
 *
 * @param name the person's name as written, e.g. {@code "库热西·买合苏提"}; for a group, its text, e.g.
 *     {@code "各部门负责人"} or {@code "heads of all departments"}
 * @param position the person's post, e.g. {@code "Deputy Director"}; null when not given (always for a group)
 * @param group true when the entry is not a named person: a group of people ({@code 全体班主任}), a post
 *     written without its holder's name ({@code 县教育局局长}) or a member unit ({@code 县卫生局}). Groups are
 *     shown on the roster card but are not people of the People page.
 */
public record Person(String name, String position, boolean group) {

    /** Requires a name. */
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /** A named person (not a group). */
    public Person(String name, String position) {
        this(name, position, false);
    }

    /** A group, post or unit standing in the roster for people not named, see {@link #group()}. */
    public static Person group(String text) {
        return new Person(text, null, true);
    }
}
