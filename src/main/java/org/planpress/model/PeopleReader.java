package org.planpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the people of one roster item, the text between two separators ({@code 、}, {@code ；}, {@code ,}):
 * it may still hold several people, written with spaces between them, a post beside each name, or a
 * conjunction ({@code 张三和李四}, {@code Zhang San and Li Si}).
 *
 * <p>The item is cut into words (runs of Han characters, runs of Latin words, parenthesised text). Each
 * word becomes a piece: a name, a post (by its ending, {@link PositionWords}), a name written against its
 * post ({@code 副县长王某某}), a group ({@code 各部门负责人}) or a position in parentheses. Pieces are then
 * paired: a post beside a name is that person's position, on the side the item starts with ("张三 县长 李四
 * 副县长" and "县长 张三 副县长 李四"); a post with no name beside it is a group entry.
 */
final class PeopleReader {

    /** What a piece of an item is. */
    private enum Type { NAME, POST, GROUP, PERSON, PAREN, CONJ }

    private record Piece(Type type, String text, String position) {
        static Piece of(Type type, String text) {
            return new Piece(type, text, null);
        }
    }

    /** A person (or group) being read; {@code post} marks a post written without a name. */
    static final class Read {
        String name;
        String position;
        boolean group;
        boolean post;
        /** The position came from parentheses. */
        boolean parenthesised;

        Read(String name, String position, boolean group, boolean post) {
            this.name = name;
            this.position = position;
            this.group = group;
            this.post = post;
        }

        Person person() {
            return new Person(name, group ? null : position, group);
        }
    }

    private static final String EXPECTED = "write people as 张三, 张三（县长）, 张三 县长 or 县长 张三 "
        + "(Wang Li, Wang Li (Director) or Director Wang Li), separated by 、 ； , or spaces between Chinese names";

    /** Dashes and colons written between a name and its post; they separate words like a space. */
    private static final String GAPS = "—–－―：:~～";

    private final String where;

    /** @param where how errors name the text, e.g. {@code roster role "成员"} */
    PeopleReader(String where) {
        this.where = where;
    }

    /** Reads one item; never empty. */
    List<Read> item(String item) throws ModelException {
        List<Piece> pieces = pieces(item);
        return pair(pieces, item);
    }

    // --- words ---------------------------------------------------------------------------------------

    /** A word of the item: Han text, one Latin word, or parenthesised text (without its parentheses). */
    private record Word(String text, boolean han, boolean paren) {
    }

    private List<Word> words(String item) throws ModelException {
        List<Word> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int kind = UNDECIDED; // of the current word: digits and symbols go with the letters around them
        for (int i = 0; i < item.length(); ) {
            int cp = item.codePointAt(i);
            if (cp == '(' || cp == '（') {
                int close = matchingClose(item, i);
                if (close < 0) throw unbalanced(item);
                if (kind == HAN && numbering(item, i, close)) { // 初三(1)班: a class number inside the word
                    cur.append(item, i, close + 1);
                    i = close + 1;
                    continue;
                }
                kind = flush(words, cur, kind);
                words.add(new Word(collapse(item.substring(i + 1, close)), false, true));
                i = close + 1;
                continue;
            }
            if (cp == ')' || cp == '）') throw unbalanced(item);
            i += Character.charCount(cp);
            boolean dash = cp == '-' && (cur.length() == 0 || kind == HAN || i >= item.length()
                || Character.isWhitespace(item.charAt(i)) || PositionWords.isHan(item.codePointAt(i)));
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || GAPS.indexOf(cp) >= 0 || dash) {
                kind = flush(words, cur, kind); // 张三——县长, Wang Li - Director, 张三：县长
                continue;
            }
            int k = PositionWords.isHan(cp) ? HAN : Character.isLetter(cp) ? LATIN : UNDECIDED;
            if (k != UNDECIDED && kind != UNDECIDED && k != kind) kind = flush(words, cur, kind); // 张三Wang
            if (k != UNDECIDED) kind = k;
            cur.appendCodePoint(cp);
        }
        flush(words, cur, kind);
        return words;
    }

    /** A short number in parentheses between Han characters: 初三(1)班, 高二（3）班. */
    private static boolean numbering(String item, int open, int close) {
        String inner = item.substring(open + 1, close);
        return !inner.isEmpty() && inner.length() <= 3 && close + 1 < item.length()
            && PositionWords.isHan(item.codePointAt(close + 1))
            && inner.chars().allMatch(c -> Character.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0);
    }

    private static final int UNDECIDED = 0;
    private static final int HAN = 1;
    private static final int LATIN = 2;

    private static int flush(List<Word> words, StringBuilder cur, int kind) {
        if (cur.length() > 0) words.add(new Word(cur.toString(), kind == HAN, false));
        cur.setLength(0);
        return UNDECIDED;
    }

    // --- pieces --------------------------------------------------------------------------------------

    private List<Piece> pieces(String item) throws ModelException {
        List<Word> words = mergePadded(words(item));
        List<Piece> pieces = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        for (Word w : words) {
            if (!w.han() && !w.paren()) {
                latin.add(w.text());
                continue;
            }
            if (!latin.isEmpty()) {
                pieces.addAll(latin(latin));
                latin.clear();
            }
            if (w.paren()) pieces.add(Piece.of(Type.PAREN, w.text()));
            else if (PositionWords.isZhConjunction(w.text())) pieces.add(Piece.of(Type.CONJ, w.text()));
            else pieces.addAll(han(w.text(), item));
        }
        if (!latin.isEmpty()) pieces.addAll(latin(latin));
        return pieces;
    }

    /**
     * Joins a Chinese name padded to a width ({@code 刘 洋}, {@code 许  强}, {@code 王 小明}): consecutive
     * single Han characters are one name (two or three of them; longer runs are names of two), and a single
     * surname before a one- or two-character word joins it.
     */
    private static List<Word> mergePadded(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            Word word = words.get(i);
            if (word.han() && !word.paren() && PositionWords.COMPOUND_SURNAMES.contains(word.text())
                    && i + 1 < words.size() && givenName(words.get(i + 1))) {
                out.add(new Word(word.text() + words.get(i + 1).text(), true, false)); // 欧阳 娜娜
                i += 2;
                continue;
            }
            if (!single(word)) {
                out.add(words.get(i++));
                continue;
            }
            int j = i;
            while (j < words.size() && single(words.get(j))) j++;
            int n = j - i;
            if (n == 1) {
                String w = words.get(i).text();
                if (j < words.size() && PositionWords.isSurname(w) && givenName(words.get(j))) {
                    out.add(new Word(w + words.get(j).text(), true, false));
                    i = j + 1;
                } else {
                    out.add(words.get(i++));
                }
                continue;
            }
            while (n > 0) {
                int take = n <= 3 ? n : 2;
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < take; k++) sb.append(words.get(i + k).text());
                out.add(new Word(sb.toString(), true, false));
                i += take;
                n -= take;
            }
        }
        return out;
    }

    /** A word that can follow a surname written apart from it: one or two Han characters, not a post. */
    private static boolean givenName(Word w) {
        return w.han() && !w.paren() && w.text().length() <= 2 && allHan(w.text())
            && !PositionWords.isZhConjunction(w.text()) && !PositionWords.isZhPosition(w.text());
    }

    private static boolean single(Word w) {
        return w.han() && !w.paren() && w.text().codePointCount(0, w.text().length()) == 1
            && PositionWords.isHan(w.text().codePointAt(0)) && !PositionWords.isZhConjunction(w.text());
    }

    /** The pieces of a run of Latin words: split at "and" between people, then names and posts. */
    private static List<Piece> latin(List<String> words) {
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
            if (!end) out.add(Piece.of(Type.CONJ, words.get(i)));
            from = i + 1;
        }
        return out;
    }

    /** One person's worth of Latin words (or several without a conjunction: "Wang Li Director Zhao Qiang Engineer"). */
    private static List<Piece> latinPart(List<String> words) {
        for (String w : words) {
            if (PositionWords.isEnGroupWord(w)) return List.of(Piece.of(Type.GROUP, String.join(" ", words)));
        }
        int n = words.size();
        boolean[] post = new boolean[n];
        for (int i = 0; i < n; i++) post[i] = PositionWords.isEnPostWord(words.get(i));
        if (n > 1 && PositionWords.lower(words.get(0)).equals("the") && post[1]) post[0] = true; // the Safety Office
        for (int i = 1; i < n; i++) {
            if (post[i - 1] && !hasLetter(words.get(i))) post[i] = true; // "Grade 7", "Team 2 leader"
        }
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
            while (j < n && post[j]) head |= PositionWords.isEnHead(words.get(j++));
            if (!head && !PositionWords.isEnUnit(words.get(j - 1))) for (int k = i; k < j; k++) post[k] = false;
            i = j;
        }
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && post[j] == post[i]) j++;
            out.add(Piece.of(post[i] ? Type.POST : Type.NAME, String.join(" ", words.subList(i, j))));
            i = j;
        }
        return out;
    }

    /**
     * The pieces of one run of Han characters (with middle dots or digits): one word, or several joined by
     * 和, 及, 与 or 以及 ({@code 张三和李四}) when the run is not one word as a whole ({@code 王和平}).
     */
    private List<Piece> han(String w, String item) throws ModelException {
        List<Piece> out = new ArrayList<>();
        String rest = w;
        while (true) {
            // a word as a whole first (王和平, 各乡镇镇长及县直各部门主要负责人); a long run only without conjunctions
            List<Piece> whole = rest.length() <= 64 || !hasConjunction(rest) ? hanWord(rest, item) : null;
            if (whole != null) {
                out.addAll(whole);
                return out;
            }
            int at = -1;
            String conjunction = null;
            List<Piece> left = null;
            for (int i = 1; i < rest.length() - 1 && left == null; i++) {
                for (String c : PositionWords.ZH_CONJUNCTIONS) {
                    if (!rest.startsWith(c, i) || i + c.length() >= rest.length()) continue;
                    try {
                        left = hanWord(rest.substring(0, i), item);
                    } catch (ModelException e) {
                        left = null; // not a word before this conjunction: try the next one
                    }
                    if (left != null) {
                        at = i;
                        conjunction = c;
                        break;
                    }
                }
            }
            if (left == null) throw unreadable(rest, item);
            out.addAll(left);
            out.add(Piece.of(Type.CONJ, conjunction));
            rest = rest.substring(at + conjunction.length());
        }
    }

    private static boolean hasConjunction(String s) {
        for (String c : PositionWords.ZH_CONJUNCTIONS) {
            if (s.indexOf(c, 1) > 0) return true;
        }
        return false;
    }

    private ModelException unreadable(String w, String item) {
        if (w.codePointCount(0, w.length()) == 1 && allHan(w)) {
            return new ModelException(where + " cannot read " + ModelException.quote(item) + ": \"" + w
                + "\" is a single character, and a Chinese name has 2 to 4 (a padded name is written 刘 洋 or 刘洋); "
                + EXPECTED);
        }
        return new ModelException(where + " cannot read " + ModelException.quote(item) + ": " + ModelException.quote(w)
            + " is neither a name of 2 to 4 characters (a minority name is written with a middle dot, 阿不都·热合曼), "
            + "a post ending like 县长, 主任 or 书记, nor a group such as 各部门负责人; " + EXPECTED);
    }

    /** One word of Han text: a group, a name, a post, a name with its post, or a unit; null when it is none. */
    private List<Piece> hanWord(String w, String item) throws ModelException {
        if (PositionWords.isZhGroup(w)) return List.of(Piece.of(Type.GROUP, w));
        for (String address : PositionWords.ZH_ADDRESS) {
            if (!w.endsWith(address)) continue;
            String name = w.substring(0, w.length() - address.length());
            if (name.length() >= 2 && name.length() <= 4 && allHan(name)
                    && PositionWords.isSurname(name) && !PositionWords.isZhPosition(name) && !PositionWords.isZhUnit(name)) {
                boolean honorific = address.equals("同志") || address.equals("先生") || address.equals("女士");
                return List.of(honorific ? Piece.of(Type.NAME, name) : new Piece(Type.PERSON, name, address)); // 张三同志, 张三老师
            }
        }
        if (hasDot(w)) return List.of(dotted(w, item));
        Piece pn = postThenName(w);
        if (pn != null) return List.of(pn);
        int len = w.codePointCount(0, w.length());
        if (PositionWords.isZhPosition(w)) {
            Piece np = nameThenPost(w);
            if (np != null) return List.of(np);
            if (len == 3 && allHan(w) && PositionWords.isSurname(w) && !PositionWords.isCompoundSurname(w)
                    && PositionWords.isZhTitle(w.substring(1))) {
                return List.of(Piece.of(Type.NAME, w)); // 王局长: Director Wang, as written
            }
            return List.of(Piece.of(Type.POST, w));
        }
        if (PositionWords.isZhUnit(w)) return List.of(Piece.of(Type.POST, w)); // 县教育局: a unit, or a person's unit
        if (allHan(w) && len >= 2 && len <= 4) return List.of(Piece.of(Type.NAME, w));
        return null;
    }

    /** 副县长王某某: a post, then a name of two or three characters (four with a two-character surname). */
    private static Piece postThenName(String w) {
        if (!allHan(w)) return null;
        int len = w.length();
        for (int n : new int[] {3, 2, 4}) {
            if (len - n < 2) continue;
            String name = w.substring(len - n);
            String post = w.substring(0, len - n);
            if (n == 4 && !PositionWords.isCompoundSurname(name)) continue;
            if (PositionWords.isZhPosition(post) && namelike(name)) return new Piece(Type.PERSON, name, post);
        }
        return null;
    }

    /** 李卫国副市长: a name, then a deputy's post starting with 副 or 常务 (other posts need a space). */
    private static Piece nameThenPost(String w) {
        if (!allHan(w)) return null;
        for (int n : new int[] {3, 2, 4}) {
            if (w.length() - n < 2) continue;
            String name = w.substring(0, n);
            String post = w.substring(n);
            if (n == 4 && !PositionWords.isCompoundSurname(name)) continue;
            if ((post.startsWith("副") || post.startsWith("常务")) && PositionWords.isZhPosition(post) && namelike(name)) {
                return new Piece(Type.PERSON, name, post);
            }
        }
        return null;
    }

    /**
     * Two to four Han characters starting with a common surname, not a post, unit or group, and not a place
     * ending in 市, 县, 区 ... (邵阳市副市长 is a post, not 邵阳市 the deputy mayor).
     */
    private static boolean namelike(String s) {
        return PositionWords.isSurname(s) && !PositionWords.isZhPosition(s) && !PositionWords.isZhUnit(s)
            && !PositionWords.isZhGroup(s) && !s.contains("副") && !PositionWords.isZhPostPrefix(s)
            && "省市县区州镇乡村旗盟".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /** A minority name with middle dots, alone or against a post: 阿不都·热合曼, 副县长阿不都·热合曼. */
    private Piece dotted(String w, String item) throws ModelException {
        int firstDot = -1;
        int lastDot = -1;
        for (int i = 0; i < w.length(); i++) {
            if (PositionWords.isNameDot(w.charAt(i))) {
                if (firstDot < 0) firstDot = i;
                lastDot = i;
            }
        }
        String head = w.substring(0, firstDot);
        String tail = w.substring(lastDot + 1);
        if (allHan(head) && head.length() > 2) {
            for (int k = 2; k <= head.length() - 1; k++) {
                if (PositionWords.isZhPosition(head.substring(0, k))) {
                    return new Piece(Type.PERSON, w.substring(k), head.substring(0, k));
                }
            }
        }
        if (allHan(tail) && PositionWords.isZhPosition(tail)) {
            for (int k = 1; k <= Math.min(4, tail.length() - 2); k++) {
                String post = tail.substring(k);
                if (PositionWords.isZhPosition(post) && "副总常执市县区省州镇乡村旗盟党校院局公项办集".indexOf(post.charAt(0)) >= 0) {
                    return new Piece(Type.PERSON, w.substring(0, lastDot + 1 + k), post);
                }
            }
            throw new ModelException(where + " cannot read " + ModelException.quote(item)
                + ": cannot tell where the name ends in \"" + w + "\"; put a space between the name and the post");
        }
        return Piece.of(Type.NAME, w);
    }

    // --- pairing -------------------------------------------------------------------------------------

    private List<Read> pair(List<Piece> pieces, String item) throws ModelException {
        boolean postFirst = false;
        for (int i = 0; i < pieces.size(); i++) {
            Type t = pieces.get(i).type();
            if (t == Type.NAME || t == Type.POST) {
                int j = i;
                while (j < pieces.size() && pieces.get(j).type() == Type.POST) j++;
                postFirst = j > i && j < pieces.size() && pieces.get(j).type() == Type.NAME; // 县长 县委书记 张三
                break;
            }
        }
        List<Read> out = new ArrayList<>();
        Piece previous = null;
        for (Piece p : pieces) {
            Read last = out.isEmpty() ? null : out.get(out.size() - 1);
            Type prev = previous == null ? null : previous.type();
            switch (p.type()) {
                case PAREN -> {
                    if (last == null || prev == Type.CONJ) throw noName(item);
                    if (prev == Type.PAREN) {
                        throw new ModelException(where + " cannot read " + ModelException.quote(item)
                            + ": it has text after the closing parenthesis; separate people with \"；\" or \";\"");
                    }
                    if (p.text().isEmpty()) break;
                    if (last.group) last.name = last.name + "（" + p.text() + "）";
                    else if (last.position == null) last.position = p.text();
                    else last.position = last.position + " (" + p.text() + ")";
                    last.parenthesised = true;
                }
                case NAME -> {
                    if (postFirst && prev == Type.POST && last != null && last.post) {
                        last.position = last.name;
                        last.name = p.text();
                        last.group = false;
                        last.post = false;
                    } else {
                        out.add(new Read(p.text(), null, false, false));
                    }
                }
                case POST -> {
                    if (prev == Type.POST && last != null) {
                        // 七年级2班 班主任, 张三 县委副书记 县长: posts side by side are one
                        if (last.post) last.name = last.name + " " + p.text();
                        else last.position = last.position == null ? p.text() : last.position + " " + p.text();
                    } else if (!postFirst && prev == Type.NAME && last != null && last.position == null) {
                        last.position = p.text();
                    } else {
                        out.add(new Read(p.text(), null, true, true));
                    }
                }
                case PERSON -> out.add(new Read(p.text(), p.position(), false, false));
                case GROUP -> out.add(new Read(p.text(), null, true, false));
                case CONJ -> {
                    // between people: nothing to keep
                }
            }
            previous = p;
        }
        if (out.isEmpty()) throw noName(item);
        for (Read r : out) {
            if (!hasLetterOrDigit(r.name)) throw noName(item);
            int space = r.name.indexOf(' ');
            if (!r.group && space > 0 && PositionWords.isEnOf(r.name.substring(0, space))) {
                throw new ModelException(where + " cannot read " + ModelException.quote(item)
                    + ": cannot tell where the post ends and the name begins; write Name (Position)");
            }
        }
        return out;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private ModelException noName(String item) {
        return new ModelException("roster item with no name: " + ModelException.quote(item));
    }

    private ModelException unbalanced(String item) {
        return new ModelException(where + " has unbalanced parentheses in " + ModelException.quote(item));
    }

    static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (PositionWords.isNameDot(s.charAt(i))) return true;
        }
        return false;
    }

    static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(PositionWords::isHan);
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Runs of whitespace become one space between Latin words and nothing next to Han text. */
    static String collapse(String s) {
        return RoleLabel.unpad(s);
    }
}
