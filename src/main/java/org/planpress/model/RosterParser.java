package org.planpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the people of a roster role, written {@code Name (Position); Name (Position)}.
 *
 * <p>People are separated by {@code ;}, {@code ；} or {@code 、} (not inside parentheses); an item
 * without parentheses that contains commas ({@code ,} or {@code ，}) is split on them too, so
 * {@code Chen Konghui, Liu Mingsen} is two people. Full-width parentheses {@code （）} work like
 * {@code ()}; the position is optional. Names are kept as written, including middle dots
 * ({@code 库热西·买合苏提}); surrounding whitespace and a trailing period are dropped. A separator
 * at the very end is tolerated; an empty item anywhere else is an error.
 */
public final class RosterParser {

    private RosterParser() {
    }

    /**
     * Parses the people of one role.
     *
     * @param description the role's description, e.g. {@code "Zhang Jianjun (Deputy Director); Hao Xinli"}
     * @return the people in order, at least one
     * @throws ModelException if the description lists no names, has an item with no name, or has
     *     unbalanced parentheses; the message quotes the text
     */
    public static List<Person> parsePeople(String description) throws ModelException {
        return people(null, description);
    }

    /**
     * Parses one role: its {@link RoleKind} from the title and its people from the description.
     * Error messages name the role.
     *
     * @param title the role title, e.g. {@code "Deputy team leaders"} or {@code "副组长"}
     * @param description the people, as for {@link #parsePeople(String)}
     * @throws ModelException as for {@link #parsePeople(String)}
     */
    public static Role parseRole(String title, String description) throws ModelException {
        Objects.requireNonNull(title, "title");
        String t = title.strip();
        return new Role(t, RoleKind.of(t), people(t, description));
    }

    /**
     * Parses one person, {@code Name} or {@code Name (Position)}.
     *
     * @throws ModelException if the item has no name, unbalanced parentheses, or text after the
     *     closing parenthesis; the message quotes the item
     */
    public static Person parsePerson(String item) throws ModelException {
        Objects.requireNonNull(item, "item");
        String s = dropTrailingPeriod(item.strip());
        String name;
        String position = null;
        int open = indexOfOpen(s);
        if (open < 0) {
            if (s.indexOf(')') >= 0 || s.indexOf('）') >= 0) {
                throw new ModelException("roster item " + ModelException.quote(item) + " has unbalanced parentheses");
            }
            name = s;
        } else {
            int close = PeriodParser.matchingClose(s, open);
            if (close < 0) {
                throw new ModelException("roster item " + ModelException.quote(item) + " has unbalanced parentheses");
            }
            if (close != s.length() - 1) {
                throw new ModelException("roster item " + ModelException.quote(item)
                    + " has text after the closing parenthesis; separate people with \";\"");
            }
            name = s.substring(0, open);
            position = collapse(s.substring(open + 1, close));
            if (position.isEmpty()) position = null;
        }
        name = collapse(name);
        if (!hasLetterOrDigit(name)) {
            throw new ModelException("roster item with no name: " + ModelException.quote(item));
        }
        return new Person(name, position);
    }

    private static List<Person> people(String title, String description) throws ModelException {
        Objects.requireNonNull(description, "description");
        String role = title == null ? "roster role" : "roster role " + ModelException.quote(title);
        String text = dropTrailingPeriod(description.strip());
        if (text.isEmpty()) throw new ModelException(role + " lists no names");

        List<String> items = new ArrayList<>();
        for (String part : split(text, role, description, ";；、", true)) {
            if (indexOfOpen(part) < 0 && (part.indexOf(',') >= 0 || part.indexOf('，') >= 0)) {
                items.addAll(split(part, role, description, ",，", false));
            } else {
                items.add(part);
            }
        }
        if (items.size() > 1 && items.get(items.size() - 1).isBlank()) items.remove(items.size() - 1); // "A; B;"
        List<Person> people = new ArrayList<>(items.size());
        for (String item : items) {
            if (item.isBlank()) {
                throw new ModelException(role + " has a roster item with no name in " + ModelException.quote(description));
            }
            people.add(parsePerson(item));
        }
        return List.copyOf(people);
    }

    /** Splits on any of the separators outside parentheses. */
    private static List<String> split(String text, String role, String description, String separators,
                                      boolean checkBalance) throws ModelException {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth < 0 && checkBalance) {
                    throw new ModelException(role + " has unbalanced parentheses in " + ModelException.quote(description));
                }
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        if (depth != 0 && checkBalance) {
            throw new ModelException(role + " has unbalanced parentheses in " + ModelException.quote(description));
        }
        parts.add(text.substring(from).strip());
        return parts;
    }

    private static int indexOfOpen(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') return i;
        }
        return -1;
    }

    private static String dropTrailingPeriod(String s) {
        if (s.endsWith(".") || s.endsWith("。")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
