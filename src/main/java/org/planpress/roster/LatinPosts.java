package org.planpress.roster;

import org.planpress.model.ModelException;

import java.util.ArrayList;
import java.util.List;

import org.planpress.roster.RosterParser.Item;

/**
 * English roster items after commas joined to the person they describe: a post after a name runs to the next
 * person, commas, "and" and brackets included ({@code Mrs. Sandra Okafor-Williams, Assistant Director, Highways and
 * Transport}); a post before a name and its comma ({@code Head of Estates, Facilities and Safety, Mr. John Doe}) is
 * that person's. A person is what {@link LatinReader#personName} says.
 */
final class LatinPosts {
    private LatinPosts() {
    }

    /**
     * English items after commas joined to the person they describe: a post after a name runs to the next person,
     * commas, "and" and brackets included ({@code Mrs. Sandra Okafor-Williams, Assistant Director, Highways and
     * Transport}); a post before a name and its comma ({@code Head of Estates, Facilities and Safety, Mr. John Doe})
     * is that person's. A person is what {@link LatinReader#personName} says; an item that is none continues a
     * post when the person has one already or the item reads as a post ({@link #readsAsPost}). Contact details,
     * vacancies, groups (all, each), initials and degrees (Smith, J.; Carter, PhD) end the run.
     */
    static List<Item> join(List<Item> items, PeopleReader reader) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); ) {
            Item item = items.get(i);
            List<PeopleReader.Read> person = latinPerson(item.text(), reader);
            if (person == null) {
                out.add(item);
                i++;
                continue;
            }
            String before = null;
            int lead = leadingPost(out, items, i, reader, person);
            if (lead >= 0) {
                List<String> posts = new ArrayList<>();
                while (out.size() > lead) posts.add(0, PeopleReader.collapse(out.remove(out.size() - 1).text()));
                before = String.join(", ", posts).replaceFirst("^(?i:the)\\s+", "");
                item = new Item(item.text(), items.get(i - posts.size()).after());
            }
            PeopleReader.Read holder = person.get(person.size() - 1);
            boolean hasPost = holder.position != null || before != null;
            boolean formal = formal(holder);
            List<String> after = new ArrayList<>();
            int j = i + 1;
            while (j < items.size() && items.get(j).after() == Item.COMMA) {
                String text = items.get(j).text();
                boolean open = hasPost || !after.isEmpty();
                String[] split = postAndPerson(text, open, reader);
                if (split != null) { // Tom Hill, Director, Finance and Ann Lee, Deputy
                    after.add(split[0]);
                    items = new ArrayList<>(items);
                    items.set(j, new Item(split[1], Item.COMMA));
                    break;
                }
                if (!continuesPost(text, open, reader) && !(formal && continuesFormalPost(items, j, reader))) break;
                after.add(PeopleReader.collapse(text));
                j++;
            }
            out.add(before == null && after.isEmpty() ? item
                : new Item(item.text(), item.after(), before, after.isEmpty() ? null : String.join(", ", after)));
            i = j;
        }
        return out;
    }

    /**
     * Where in {@code out} a post written before the person at {@code items[at]} starts, or -1: the items since the
     * last strong separator, all after commas, none a person, the first a post on its own (Head of Estates, The
     * Headteacher), when the person has no post of their own.
     */
    private static int leadingPost(List<Item> out, List<Item> items, int at, PeopleReader reader, List<PeopleReader.Read> person) {
        if (items.get(at).after() != Item.COMMA || person.size() != 1 || person.get(0).position != null) return -1;
        int k = out.size() - 1;
        while (k >= 0 && out.get(k).after() == Item.COMMA && noPerson(out.get(k), reader)) k--;
        if (k < 0 || out.get(k).after() == Item.COMMA || !noPerson(out.get(k), reader)) return -1;
        List<PeopleReader.Read> first = tryRead(out.get(k).text(), reader);
        if (first == null || first.size() != 1 || !first.get(0).post) return -1;
        for (int m = k; m < out.size(); m++) if (!continuesPost(out.get(m).text(), true, reader)) return -1;
        return k;
    }

    /**
     * An item that ends a post and starts the next person at its last "and" ({@code Finance and Ann Lee},
     * {@code Director of Finance and Ann Lee}): the post's end and the person; null when it is not one ({@code open}: as
     * for {@link #continuesPost}).
     */
    private static String[] postAndPerson(String text, boolean open, PeopleReader reader) {
        int and = text.lastIndexOf(" and ");
        if (and <= 0) return null;
        String post = text.substring(0, and).strip();
        String person = text.substring(and + 5).strip();
        if (latinPerson(person, reader) == null || !continuesPost(post, open, reader)) return null;
        return new String[] {PeopleReader.collapse(post), person};
    }

    /** Whether a person is named formally, with an honorific or a rank before the name (Dr. Ngozi Okonkwo, Captain Sarah Lowe). */
    private static boolean formal(PeopleReader.Read r) {
        return r.postBefore || PositionWords.isHonorific(r.name.split("\\s+")[0]);
    }

    /**
     * Whether, after a person named formally, the item at {@code j} continues the post: where people are named with
     * an honorific, capitalised words that are no name (Translator, Iwi Liaison) continue it unless a post after a
     * comma follows them; words that could be a name (Infectious Diseases) only when the next person is named
     * formally too (", and Mr. Li Qiang"), so that "Ms. Li Na, Director, Tom Hill" keeps Tom Hill.
     */
    private static boolean continuesFormalPost(List<Item> items, int j, PeopleReader reader) {
        String t = items.get(j).text().strip();
        if (t.isEmpty() || PeopleReader.hasHan(t) || RosterParser.endsAPost(t) || !Character.isUpperCase(t.codePointAt(0))) return false;
        List<PeopleReader.Read> read = tryRead(t, reader);
        if (read == null || read.size() != 1 || read.get(0).group && !read.get(0).post) return false;
        PeopleReader.Read r = read.get(0);
        if (r.position != null || PositionWords.isHonorific(t.split("\\s+")[0])) return false;
        for (String w : t.split("[\\s()]+")) if (PositionWords.isEnGroupWord(w)) return false;
        if (latinPerson(t, reader) == null) return !postAfter(items, j, reader); // Translator, Iwi Liaison
        // a phrase that could be a name (Infectious Diseases) only when a person named formally follows it
        return j + 1 < items.size() && formalPerson(items.get(j + 1).text(), reader);
    }

    /** Whether a post after a comma follows the item at {@code j} (Tom Hill, Nurse): the item is a person then. */
    private static boolean postAfter(List<Item> items, int j, PeopleReader reader) {
        return j + 1 < items.size() && items.get(j + 1).after() == Item.COMMA && latinPerson(items.get(j + 1).text(), reader) == null
            && readsAsPost(items.get(j + 1).text());
    }

    /** Whether the text names a person formally ("and Mr. Li Qiang", "Dr. Wu"). */
    private static boolean formalPerson(String text, PeopleReader reader) {
        List<PeopleReader.Read> read = latinPerson(text.strip().replaceFirst("^(?i:and)\\s+", ""), reader);
        return read != null && formal(read.get(0));
    }

    /** Whether an item names no person and has no post joined to it. */
    private static boolean noPerson(Item item, PeopleReader reader) {
        return item.postBefore() == null && item.postAfter() == null && latinPerson(item.text(), reader) == null;
    }

    /** The reads of a Latin item when one of them is a person by {@link LatinReader#personName}; else null. */
    private static List<PeopleReader.Read> latinPerson(String text, PeopleReader reader) {
        if (PeopleReader.hasHan(text)) return null;
        List<PeopleReader.Read> read = tryRead(text, reader);
        if (read == null) return null;
        for (PeopleReader.Read r : read) {
            if (!r.group && !r.post && LatinReader.personName(r.name)) return read;
        }
        return null;
    }

    private static List<PeopleReader.Read> tryRead(String text, PeopleReader reader) {
        try {
            return reader.item(text);
        } catch (ModelException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether an English item after a comma continues the post of the person before it: no person, no contact
     * details, vacancy, group or degree; and {@code open} (the person has a post already) or it reads as a post.
     */
    private static boolean continuesPost(String text, boolean open, PeopleReader reader) {
        String t = text.strip();
        if (t.isEmpty() || PeopleReader.hasHan(t) || latinPerson(t, reader) != null) return false;
        if (RosterParser.endsAPost(t)) return false;
        for (String w : t.split("[\\s()]+")) if (PositionWords.isEnGroupWord(w)) return false;
        if (Character.isLowerCase(t.codePointAt(0))) return PositionWords.isEnOf(t.split("\\s+")[0]); // parents and carers, and the heads: groups
        return open || readsAsPost(t);
    }

    /** Whether English text reads as a post or unit: a post or organisation word, a digit or brackets. */
    private static boolean readsAsPost(String text) {
        if (text.chars().anyMatch(Character::isDigit) || text.indexOf('(') >= 0) return true;
        for (String w : text.split("[\\s/]+")) {
            if (PositionWords.isEnPostWord(w) || PositionWords.isEnOrganisation(w) || PositionWords.lower(w).equals("the")) return true;
        }
        return false;
    }

    /** The reads of an item with the posts {@link #join} found around it: before the first person, after the last. */
    static List<PeopleReader.Read> withPosts(List<PeopleReader.Read> read, Item item) {
        if (item.postBefore() != null) {
            PeopleReader.Read r = read.get(0);
            r.position = r.position == null ? item.postBefore() : item.postBefore() + ", " + r.position;
            r.postBefore = true;
        }
        if (item.postAfter() != null) {
            PeopleReader.Read r = read.get(read.size() - 1);
            r.position = r.position == null ? item.postAfter() : r.position + ", " + item.postAfter();
        }
        return read;
    }
}
