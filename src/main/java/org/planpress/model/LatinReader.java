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
                if (insidePost) continue;
            }
            if (i > from) out.addAll(latinPart(words.subList(from, i)));
            if (!end) out.add(Piece.of(Piece.Kind.CONJ, words.get(i)));
            from = i + 1;
        }
        return out;
    }

    /** One person's worth of Latin words (or several without a conjunction: "Wang Li Director Zhao Qiang Engineer"). */
    private static List<Piece> latinPart(List<String> words) {
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
