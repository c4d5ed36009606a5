package org.planpress.roster;

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
                if (insidePost || insideDescription(words, i) || insideOrganisation(words, from, i) || insideDepartment(words, from, i)) {
                    continue;
                }
            }
            if (i > from) out.addAll(latinPart(words.subList(from, i)));
            if (!end) out.add(Piece.of(Piece.Kind.CONJ, words.get(i)));
            from = i + 1;
        }
        return out;
    }

    /**
     * "Kent Fire and Rescue Service", "the NHS Trust and the Police": "and" inside the name of an organisation (or
     * between two), no person on either side, joins it.
     */
    private static boolean insideOrganisation(List<String> words, int from, int and) {
        int to = and + 1;
        while (to < words.size() && !PositionWords.isEnConjunction(words.get(to))) to++;
        List<String> left = words.subList(from, and);
        List<String> right = words.subList(and + 1, to);
        if (left.isEmpty() || right.isEmpty() || !PositionWords.isEnOrganisation(right.get(right.size() - 1))) return false;
        for (String w : words.subList(from, to)) if (PositionWords.isEnHead(w)) return false; // Safety Officer Raj Patel
        return !personName(String.join(" ", left)) && !personName(String.join(" ", right));
    }

    /**
     * "Head of Planning and Building Control": "and" after a head and "of" joins the departments, unless an honorific
     * starts a name after it ("Head of HR and Mr. Tom Hill") or "the" starts a post of its own ("the Director of
     * Operations and the Medical Director").
     */
    private static boolean insideDepartment(List<String> words, int from, int and) {
        if (and + 1 >= words.size() || PositionWords.isHonorific(words.get(and + 1)) || postOfItsOwn(words, and + 1)) return false;
        boolean head = false;
        for (int k = from; k < and; k++) {
            if (PositionWords.isEnHead(words.get(k))) head = true;
            else if (head && PositionWords.isEnOf(words.get(k))) return true;
        }
        return false;
    }

    /** Whether "the" at {@code at} starts a post with a head word of its own before the next "and": "the Medical Director". */
    private static boolean postOfItsOwn(List<String> words, int at) {
        if (!PositionWords.lower(words.get(at)).equals("the")) return false;
        for (int k = at + 1; k < words.size() && !PositionWords.isEnConjunction(words.get(k)); k++) {
            if (PositionWords.isEnHead(words.get(k))) return true;
        }
        return false;
    }

    /** "primary and secondary schools", "parents and carers": "and" between lower-case words joins a description. */
    private static boolean insideDescription(List<String> words, int and) {
        if (and == 0 || and + 1 >= words.size()) return false;
        String before = words.get(and - 1);
        String after = words.get(and + 1);
        return lowerCase(before) && lowerCase(after) && !PositionWords.isEnGroupWord(after) && !DETERMINERS.contains(PositionWords.lower(after));
    }

    /** Words in lower case that start a description of people by number, no one named: a, an, one, two ... */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("a", "an", "one", "two", "three", "four", "five");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "one", "two", "our", "their", "its");

    /** One person's worth of Latin words: a name, posts, a name with a post, or a description of people. */
    private static List<Piece> latinPart(List<String> words) {
        if (possessiveUnit(words)) return List.of(Piece.of(Piece.Kind.POST, String.join(" ", words))); // the Chief Executive's Office
        List<Piece> pieces = namesAndPosts(words);
        if (postWithRemark(words, pieces)) return List.of(Piece.of(Piece.Kind.POST, String.join(" ", words))); // Duty Manager on call
        if (pieces.size() == 2 && pieces.get(0).kind() == Piece.Kind.NAME && pieces.get(1).kind() == Piece.Kind.POST
                && (modifiesPost(pieces.get(0).text()) || bodysInitials(pieces.get(0).text()))) {
            return List.of(Piece.of(Piece.Kind.POST, String.join(" ", words))); // Parent Governor, Divisional Commander
        }
        if (unitsPost(words, pieces)) {
            return List.of(Piece.of(Piece.Kind.POST, String.join(" ", words))); // the Principal Contractor, St John Ambulance representative
        }
        if (words.size() == 1 && pieces.size() == 1 && pieces.get(0).kind() == Piece.Kind.NAME && words.get(0).chars().allMatch(Character::isUpperCase)
                && PeopleReader.abbreviation(words.get(0)) && !PeopleReader.blank(words.get(0))) {
            return List.of(Piece.of(Piece.Kind.GROUP, words.get(0))); // SLT, PTA: a team or body, no one's name
        }
        if (pieces.size() == 1 && pieces.get(0).kind() == Piece.Kind.NAME && organisation(words) && nameOfUnit(words) == null) {
            return List.of(Piece.of(Piece.Kind.GROUP, pieces.get(0).text())); // Anglian Water, the State Emergency Service
        }
        if (words.size() > 1 && COUNTED.contains(words.get(0))) {
            return List.of(Piece.of(Piece.Kind.GROUP, String.join(" ", words))); // a representative of Natural England
        }
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

    /**
     * Whether words are a post and lower-case words after it that say more of it, no name: "Duty Manager on call",
     * "Site Manager on duty" (the words before the remark read as one post alone).
     */
    private static boolean postWithRemark(List<String> words, List<Piece> pieces) {
        int k = pieces.size();
        int remark = 0;
        while (k > 1 && pieces.get(k - 1).kind() == Piece.Kind.NAME && lowerCaseWords(pieces.get(k - 1).text())) {
            remark += pieces.get(--k).text().split("\\s+").length;
        }
        if (remark == 0 || remark >= words.size()) return false;
        List<Piece> post = latinPart(words.subList(0, words.size() - remark));
        return post.size() == 1 && post.get(0).kind() == Piece.Kind.POST;
    }

    private static boolean lowerCaseWords(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isLowerCase);
    }

    /**
     * Whether words end in a unit named after its head or owner, with no honorific: "Chief Executive's Office", "the
     * Leader's Office", "Governors' Support Team" (a unit, not the post Chief and a name Executive's).
     */
    private static boolean possessiveUnit(List<String> words) {
        if (words.size() < 2 || PositionWords.isHonorific(words.get(0)) || !PositionWords.isEnUnit(words.get(words.size() - 1))) return false;
        for (String w : words.subList(0, words.size() - 1)) {
            if (w.matches("\\p{L}+(?:['’]s|s['’])")) return true;
        }
        return false;
    }

    /**
     * Whether words read as names and posts are one post of an organisation, no person: they start with "the" (the
     * Principal Contractor), or the name before the post is an organisation's (St John Ambulance representative,
     * Kent Police liaison officer). An honorific makes them a person's.
     */
    private static boolean unitsPost(List<String> words, List<Piece> pieces) {
        boolean named = false;
        for (Piece p : pieces) {
            if (p.kind() == Piece.Kind.NAME) named = true;
            else if (p.kind() != Piece.Kind.POST) return false;
        }
        if (!named || PositionWords.isHonorific(words.get(0)) || styledThe(words.toArray(String[]::new))) return false;
        if (PositionWords.lower(words.get(0)).equals("the")) return true;
        if (pieces.size() != 2 || pieces.get(0).kind() != Piece.Kind.NAME) return false;
        String name = pieces.get(0).text();
        return !personName(name) && organisation(List.of(name.split(" ")));
    }

    /**
     * Whether the one word before a post qualifies it, no name: one capitalised word, not an honorific or initials
     * (Parent Governor, Divisional Commander, Students' Union President; Wang Li Director keeps its name).
     */
    private static boolean modifiesPost(String word) {
        return !word.contains(" ") && !PositionWords.isHonorific(word) && !word.endsWith(".")
            && word.length() > 2 && Character.isUpperCase(word.codePointAt(0)) && !word.chars().skip(1).allMatch(Character::isUpperCase);
    }

    /** A body's initials before its post, one word in capitals: ICB in "ICB Director of Nursing", NHS, UKHSA (as SLT alone is a group). */
    private static boolean bodysInitials(String word) {
        return !word.contains(" ") && word.length() <= 6 && PeopleReader.abbreviation(word) && word.chars().allMatch(Character::isUpperCase)
            && !PeopleReader.blank(word);
    }

    /** Words that name an organisation, not a person: "the ..." or an organisation word, and no honorific. */
    private static boolean organisation(List<String> words) {
        if (PositionWords.isHonorific(words.get(0)) || styledThe(words.toArray(String[]::new))) return false;
        if (PositionWords.lower(words.get(0)).equals("the")) return true;
        for (String w : words) if (PositionWords.isEnOrganisation(w)) return true;
        return false;
    }

    /** "Mary Lee of the Water Quality Unit", "Tom Hill from the PTA": a name, then "of" or "from" and where the person is from. */
    private static Piece nameOfUnit(List<String> words) {
        if (peerage(words)) return Piece.of(Piece.Kind.NAME, String.join(" ", words)); // Baroness Smith of Leigh
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

    /** Titles of peers, whose name runs on with "of" and a place: Baroness Smith of Leigh, Lord Patel of Bradford. */
    private static final java.util.Set<String> PEERS = java.util.Set.of("lord", "lady", "baron", "baroness", "viscount",
        "viscountess", "earl", "countess");

    /** Whether words are a peer's title, name, "of" and a place, all capitalised but "of": Baroness Smith of Leigh. */
    private static boolean peerage(List<String> words) {
        if (words.size() < 4 || !PEERS.contains(PositionWords.lower(words.get(0))) || !words.get(2).equals("of")) return false;
        for (int k = 1; k < words.size(); k++) {
            if (k != 2 && !Character.isUpperCase(words.get(k).codePointAt(0))) return false;
        }
        return true;
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
            } else if (!(i > 0 && particle(w)) && Character.isLetter(w.codePointAt(0))) {
                return false;
            }
        }
        return capital;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
        "de", "la", "le", "du", "da", "di", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "ter", "ten",
        "bin", "binti", "binte", "bte", "bt", "al", "el", "ibn", "y", "e", "zu", "af", "st.",
        "s/o", "d/o", "a/l", "a/p"); // son of, daughter of, anak lelaki, anak perempuan: Rajesh s/o Kumar

    /** Whether a word is a particle inside a name: de, van, binte, s/o, or a prefix before a capital (al-Rashid, d'Arcy). */
    private static boolean particle(String w) {
        if (PARTICLES.contains(w)) return true;
        for (String prefix : new String[] {"al-", "el-", "d'", "d’"}) {
            if (w.startsWith(prefix) && w.length() > prefix.length() && Character.isUpperCase(w.codePointAt(prefix.length()))) return true;
        }
        return false;
    }

    /** Whether a word is possessive (Mary's, Thomas', Students'): it names a place or body, no person. */
    private static boolean possessive(String w) {
        String l = w.replace('’', '\'');
        return l.endsWith("'s") || l.endsWith("s'");
    }

    /** Head words that are common family names too: James Dean, Anne Marshal, Minnie Driver (Divisional Commander is a post). */
    private static final java.util.Set<String> SURNAME_HEADS = java.util.Set.of("Dean", "Marshal", "Driver", "Steward", "Mayor",
        "Clerk", "Master", "Porter", "Guard", "Pilot", "Coach", "Chancellor", "Warden", "Monitor", "Bishop", "Deacon", "Major");

    /**
     * Whether Latin text reads as one person's name, the test for a person everywhere in an English roster: an
     * honorific before capitalised words (Mrs. Ward, Mdm Siti Nurhaliza binte Abdullah), or given and family names
     * (two capitalised words or more, initials and particles: J. K. Lee, Rajesh s/o Kumar) none of which is a post,
     * unit or organisation word (Divisional Commander, Metropolitan Police, Corporate Services are not names); no
     * digit (Ward 4B), no leading "the".
     */
    static boolean personName(String text) {
        if (text.isBlank()) return false;
        String[] ws = text.strip().split("\\s+");
        int h = styledThe(ws) ? 1 : 0; // The Rt Hon. Jane Smith MP
        while (h < ws.length && PositionWords.isHonorific(ws[h])) h++;
        if (h == ws.length) return false;
        int capitals = 0;
        boolean postWord = false;
        for (int i = h; i < ws.length; i++) {
            String w = ws[i];
            if (w.chars().anyMatch(Character::isDigit)) return false;
            if (i > h && particle(w)) continue;
            if (!Character.isUpperCase(w.codePointAt(0)) || possessive(w)) return false; // St Mary's School
            if (i == h && h == 0 && (w.equals("St") || w.equals("St.") || w.equals("Saint"))) return false; // St Thomas' Hospital
            capitals++;
            postWord |= PositionWords.isEnOrganisation(w) || PositionWords.isEnHead(w) && !(i == ws.length - 1 && SURNAME_HEADS.contains(w));
        }
        if (h > 0) return capitals > 0;
        return capitals >= 2 && !postWord && !PositionWords.lower(ws[0]).equals("the");
    }

    /** Whether "The" starts a style of address, not an organisation: The Rt Hon., The Revd, The Hon. */
    private static boolean styledThe(String[] ws) {
        return ws.length > 2 && PositionWords.lower(ws[0]).equals("the") && PositionWords.isHonorific(ws[1]);
    }

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
        for (int i = 0; i + 1 < n && PositionWords.isHonorific(words.get(i)); i++) post[i] = false; // Professor Dame Carter
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
                } else if (PositionWords.isEnOf(words.get(i)) || PositionWords.isEnConjunction(words.get(i)) && ofBefore(words, post, i)) {
                    // "Director of Jinan Mine Safety Office": the post runs to its last post word
                    int last = -1;
                    for (int k = j; k < n; k++) if (post[k]) last = k;
                    // "Head of HR", "Head of Human Resources": with no post word after it, "of" takes the one or two
                    // words that end the run ("Director of Jinan Wang Li" stays unclear: which words are the name?)
                    if (last < 0 && j < n && n - j <= 2 && allPost(post, i)) last = n - 1;
                    if (last < 0 && j < n) last = departmentEnd(words, j);
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
        for (int i = 1; i < n; i++) { // James Dean, Lucy Marshal: a head word that is a family name, after a given name
            boolean alone = post[i] && !post[i - 1] && (i + 1 == n || !post[i + 1]);
            if (alone && SURNAME_HEADS.contains(words.get(i)) && Character.isUpperCase(words.get(i - 1).codePointAt(0))
                    && !PositionWords.isEnPostWord(words.get(i - 1))) post[i] = false;
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

    /**
     * Where the department named after "of" ends ("Director of Adult Social Care", "Director of Adult Social Care
     * Tom Green"): at an organisation word after which only a person's name or nothing follows; -1 when there is none.
     */
    private static int departmentEnd(List<String> words, int from) {
        int n = words.size();
        for (int k = n - 1; k >= from; k--) {
            if (!PositionWords.isEnOrganisation(words.get(k))) continue;
            boolean nameAfter = k == n - 1 || personName(String.join(" ", words.subList(k + 1, n)));
            if (nameAfter && !personName(String.join(" ", words.subList(from, k + 1)))) return k;
        }
        return -1;
    }

    /**
     * Whether "and" at {@code and} goes on naming departments after "of": the post words before it run back to an
     * "of" ("Head of Planning and Building Control").
     */
    private static boolean ofBefore(List<String> words, boolean[] post, int and) {
        for (int k = and - 1; k > 0 && post[k]; k--) {
            if (PositionWords.isEnOf(words.get(k))) return true;
        }
        return false;
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
