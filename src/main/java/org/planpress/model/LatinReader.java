package org.planpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of Latin words in a roster item into pieces: "and" or "&amp;" between people splits it (not inside a
 * post, "Research and Development Manager", nor inside a word, "Anderson"); a phrase with a group word ("all",
 * "each") is a group; runs of title words ({@link PositionWords}) are posts, the words around them names. Spaces
 * never separate people here: "Wang Jinxuan" is one name.
 */
final class LatinReader {
    private LatinReader() {
    }

    /** The pieces of a run of Latin words: split at "and" between people, then names and posts. */
    static List<Piece> read(List<String> words) {
        List<Piece> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean end = i == words.size();
            if (!end) {
                if (!PositionWords.isEnConjunction(words.get(i))) continue;
                boolean insidePost = i > 0 && i + 1 < words.size()
                    && PositionWords.isEnPostWord(words.get(i - 1)) && PositionWords.isEnPostWord(words.get(i + 1));
                if (insidePost || insideDescription(words, i)) continue;
            }
            if (i > from) out.addAll(latinPart(words.subList(from, i)));
            if (!end) out.add(Piece.of(Piece.Kind.CONJ, words.get(i)));
            from = i + 1;
        }
        return out;
    }

    /** "primary and secondary schools", "parents and carers": "and" between lower-case words joins a description. */
    private static boolean insideDescription(List<String> words, int and) {
        if (and == 0 || and + 1 >= words.size()) return false;
        String before = words.get(and - 1);
        String after = words.get(and + 1);
        return lowerCase(before) && lowerCase(after) && !PositionWords.isEnGroupWord(after) && !DETERMINERS.contains(PositionWords.lower(after));
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "one", "two", "our", "their", "its");

    /** One person's worth of Latin words: a name, posts, a name with a post, or a description of people. */
    private static List<Piece> latinPart(List<String> words) {
        List<Piece> pieces = namesAndPosts(words);
        boolean descriptive = false;
        for (Piece p : pieces) {
            if (p.kind() != Piece.Kind.NAME || nameLike(p.text())) continue;
            if (PositionWords.isEnLink(p.text().split(" ")[0])) return pieces; // "Director of Jinan Wang Li": unclear, an error
            descriptive = true;
        }
        if (!descriptive) return pieces;
        Piece of = nameOfUnit(words); // Mary Lee of the Water Quality Unit
        if (of != null) return List.of(of);
        // one parent governor, a student representative, local police: lower-case words describe, they name no one
        boolean post = false;
        for (String w : words) post |= PositionWords.isEnHead(w) || PositionWords.isEnUnit(w);
        return List.of(Piece.of(post ? Piece.Kind.POST : Piece.Kind.GROUP, String.join(" ", words)));
    }

    /** "Mary Lee of the Water Quality Unit", "Tom Hill from the PTA": a name, then "of" or "from" and where the person is from. */
    private static Piece nameOfUnit(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            String w = PositionWords.lower(words.get(i));
            if (!w.equals("of") && !w.equals("from") && !w.equals("at")) continue;
            String name = String.join(" ", words.subList(0, i));
            if (!nameLike(name) || i < 2 && !PositionWords.isHonorific(words.get(0))) return null;
            int from = i + 1;
            if (PositionWords.lower(words.get(from)).equals("the") && from + 1 < words.size()) from++;
            return Piece.person(name, String.join(" ", words.subList(from, words.size())), false);
        }
        return null;
    }

    /**
     * Whether words read as a personal name: capitalised words, initials and honorifics (Dr. Jane Smith, J. K. Lee,
     * Tom O'Brien, Mary-Ann Lee), with particles inside (Maria de la Cruz, Ludwig van Beethoven).
     */
    static boolean nameLike(String text) {
        String[] ws = text.strip().split("\\s+");
        boolean capital = false;
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) && ws.length == 1) {
                capital = true;
            } else if (!(i > 0 && PARTICLES.contains(w)) && Character.isLetter(w.codePointAt(0))) {
                return false;
            }
        }
        return capital;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
        "de", "la", "le", "du", "da", "di", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "ter", "ten",
        "bin", "binti", "al", "el", "ibn", "y", "e", "zu", "af", "st.");

    private static boolean lowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /** The names and posts of the words, as title words mark them (see {@link #latinPart}). */
    private static List<Piece> namesAndPosts(List<String> words) {
        for (String w : words) {
            if (PositionWords.isEnGroupWord(w)) return List.of(Piece.of(Piece.Kind.GROUP, String.join(" ", words)));
        }
        int n = words.size();
        boolean[] post = new boolean[n];
        for (int i = 0; i < n; i++) post[i] = PositionWords.isEnPostWord(words.get(i));
        if (n > 1 && PositionWords.lower(words.get(0)).equals("the") && post[1]) post[0] = true; // the Safety Office
        for (int i = 1; i < n; i++) {
            if (post[i - 1] && !hasLetter(words.get(i))) post[i] = true; // "Grade 7", "Team 2 leader"
        }
        if (pluralGroup(words, post)) return List.of(Piece.of(Piece.Kind.GROUP, String.join(" ", words)));
        for (int i = 1; i < n - 1; i++) {
            if (!post[i] && PositionWords.isEnLink(words.get(i)) && post[i - 1]) {
                int j = i;
                while (j < n && !post[j] && PositionWords.isEnLink(words.get(j))) j++;
                if (j < n && post[j]) {
                    for (int k = i; k < j; k++) post[k] = true;
                } else if (PositionWords.isEnOf(words.get(i))) {
                    // "Director of Jinan Mine Safety Office": the post runs to its last post word
                    int last = -1;
                    for (int k = j; k < n; k++) if (post[k]) last = k;
                    // "Head of HR", "Head of Human Resources": with no post word after it, "of" takes the one or two
                    // words that end the run ("Director of Jinan Wang Li" stays unclear: which words are the name?)
                    if (last < 0 && j < n && n - j <= 2 && allPost(post, i)) last = n - 1;
                    for (int k = i; k <= last; k++) post[k] = true;
                }
            }
        }
        // a run of post words is a post only with a head word ("Project Manager") or a unit at its end
        for (int i = 0; i < n; ) {
            if (!post[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean head = false;
            while (j < n && post[j]) {
                // a head word, or a unit before "of": the Office of Safety, the Department of Education
                head |= PositionWords.isEnHead(words.get(j))
                    || PositionWords.isEnUnit(words.get(j)) && j + 1 < n && PositionWords.isEnOf(words.get(j + 1));
                j++;
            }
            if (!head && !PositionWords.isEnUnit(words.get(j - 1))) for (int k = i; k < j; k++) post[k] = false;
            i = j;
        }
        leadingPostWords(words, post);
        organisation(words, post);
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && post[j] == post[i]) j++;
            out.add(Piece.of(post[i] ? Piece.Kind.POST : Piece.Kind.NAME, String.join(" ", words.subList(i, j))));
            i = j;
        }
        return out;
    }

    /**
     * Words before the first post that belong to it: "Traffic Control Supervisor" (a post word starts them),
     * "Parent representative", "one parent governor" (they describe a post written in lower case).
     */
    private static void leadingPostWords(List<String> words, boolean[] post) {
        int j = 0;
        while (j < post.length && !post[j]) j++;
        if (j == 0 || j == post.length) return;
        String first = words.get(0);
        boolean startsAsPost = PositionWords.isEnPostWord(first) && !PositionWords.isHonorific(first);
        boolean describes = lowerCase(words.get(j)) && (j == 1 && !PositionWords.isHonorific(first) || lowerCase(first));
        if (startsAsPost || describes) for (int k = 0; k < j; k++) post[k] = true;
    }

    /** "St. Mary's School", "Riverside Primary School": capitalised words and one unit word at the end are an organisation. */
    private static void organisation(List<String> words, boolean[] post) {
        int n = words.size();
        if (n < 2 || !post[n - 1] || post[n - 2] || !PositionWords.isEnUnit(words.get(n - 1)) || PositionWords.isEnHead(words.get(n - 1))) return;
        for (int k = 0; k < n; k++) if (post[k] != (k == n - 1)) return;
        for (int k = 0; k < n; k++) post[k] = true;
    }

    /**
     * "heads of the departments concerned", "department heads", "class teachers of each grade": posts in the
     * plural with no capitalised word beside them that could be a name are a group, not a person.
     */
    private static boolean pluralGroup(List<String> words, boolean[] post) {
        boolean plural = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (post[i]) plural |= PositionWords.isEnPluralHead(w);
            else if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0)) && !PositionWords.isEnLink(w)) return false;
        }
        return plural;
    }

    /** Whether the words before {@code end} are all post words: the post starts the run. */
    private static boolean allPost(boolean[] post, int end) {
        for (int k = 0; k < end; k++) if (!post[k]) return false;
        return true;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
