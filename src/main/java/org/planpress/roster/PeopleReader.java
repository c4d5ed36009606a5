package org.planpress.roster;

import org.planpress.model.RoleTitle;

import org.planpress.model.ModelException;
import org.planpress.model.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the people of one roster item, the text between two separators ({@code 、}, {@code ；}, {@code ,}):
 * it may still hold several people, written with spaces between them, a post beside each name, or a
 * conjunction ({@code 张三和李四}, {@code Zhang San and Li Si}).
 *
 * <p>The item is cut into words (runs of Han characters, Latin words, parenthesised text); a Chinese name
 * padded to a width ({@code 刘 洋}) is joined again. Han words are read by {@link HanReader}, runs of Latin words
 * by {@link LatinReader}, into {@linkplain Piece pieces}: names, posts, names with their posts, groups, positions
 * in parentheses. Pieces are then
 * paired: a post beside a name is that person's position, on the side the item starts with ("张三 县长 李四
 * 副县长" and "县长 张三 副县长 李四"); a post with no name beside it is a group entry.
 */
final class PeopleReader {

    /** A person (or group) being read; {@code post} marks a post written without a name. */
    static final class Read {
        String name;
        String position;
        boolean group;
        boolean post;
        /** The position came from parentheses. */
        boolean parenthesised;
        /** The position was written before the name: 县长 黄海, 副县长王某某. */
        boolean postBefore;

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

    /** Dashes and colons written between a name and its post; they separate words like a space. */
    private static final String GAPS = "—–－―：:~～";

    private final String where;
    private final HanReader han;

    /** @param where how errors name the text, e.g. {@code roster role "成员"} */
    PeopleReader(String where) {
        this.where = where;
        this.han = new HanReader(where);
    }

    /** Reads one item; never empty. */
    List<Read> item(String item) throws ModelException {
        String[] two = dashedNames(item);
        if (two != null) { // Zhang San – Li Si: two people, not one of four names
            List<Read> out = new ArrayList<>(pair(pieces(two[0]), item));
            out.addAll(pair(pieces(two[1]), item));
            return out;
        }
        List<Piece> pieces = pieces(dashedPost(item));
        return pair(pieces, item);
    }

    /** Two personal names either side of a spaced dash, neither with a post word; null when the item is not that. */
    private static String[] dashedNames(String item) {
        if (item.indexOf('(') >= 0 || item.indexOf('（') >= 0 || item.codePoints().anyMatch(PositionWords::isHan)) return null;
        java.util.regex.Matcher m = SPACED_DASH.matcher(item.strip());
        if (!m.matches() || hasPostWord(m.group(1)) || hasPostWord(m.group(2))) return null;
        return LatinReader.personName(m.group(1)) && LatinReader.personName(m.group(2)) ? new String[] {m.group(1), m.group(2)} : null;
    }

    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("^(.+?)\\s+[-–—]+\\s+(.+)$");

    /**
     * A Latin name and post written either side of a spaced dash, as {@code Name (Post)}: "John Smith – Facilities
     * Manager", "Facilities Manager – John Smith". The words of the post need not be known title words then; when
     * neither side has one, the side that reads as a personal name is the person ("Ambulance – Jo Bloggs").
     */
    private static String dashedPost(String item) {
        if (item.indexOf('(') >= 0 || item.indexOf('（') >= 0 || item.codePoints().anyMatch(PositionWords::isHan)) return item;
        java.util.regex.Matcher m = SPACED_DASH.matcher(item.strip());
        if (!m.matches()) return item;
        boolean beforePost = hasPostWord(m.group(1));
        boolean afterPost = hasPostWord(m.group(2));
        if (!afterPost && !beforePost) { // Ambulance – Jo Bloggs: no post word either side, a name on one
            beforePost = !LatinReader.personName(m.group(1));
            afterPost = !LatinReader.personName(m.group(2));
        }
        if (afterPost && !beforePost) return m.group(1) + " (" + m.group(2) + ")";
        if (beforePost && !afterPost) return m.group(2) + " (" + m.group(1) + ")";
        return item;
    }

    private static boolean hasPostWord(String text) {
        for (String w : text.split("[\\s,/]+")) { // Finance/Admin
            if (PositionWords.isEnPostWord(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
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
                if (kind == LATIN && cp == '(' && item.substring(i + 1, close).matches("e?s")) { // Microbiologist(s)
                    cur.append(item, i, close + 1);
                    i = close + 1;
                    continue;
                }
                boolean inside = close + 1 < item.length() && PositionWords.isHan(item.codePointAt(close + 1));
                if (kind == HAN && (numbering(item, i, close) || inside && (PositionWords.isZhGroup(cur.toString())
                        || unitAlternative(cur.toString(), item.substring(i + 1, close))))) {
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
            boolean range = (cp == '–' || cp == '-') && cur.length() > 0 && Character.isDigit(cur.charAt(cur.length() - 1))
                && i < item.length() && Character.isDigit(item.charAt(i)); // Years 7–11
            boolean slash = (cp == '/' || cp == '／') && (kind == HAN || i < item.length() && PositionWords.isHan(item.codePointAt(i))); // 张三/县教育局局长
            if (!range && (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || GAPS.indexOf(cp) >= 0 || dash || slash)) {
                kind = flush(words, cur, kind); // 张三——县长, Wang Li - Director, 张三：县长
                continue;
            }
            int k = PositionWords.isHan(cp) ? HAN : Character.isLetter(cp) && !(kind == HAN && isBlankChar(cp)) ? LATIN : UNDECIDED; // 刘XX
            if (k != UNDECIDED && kind != UNDECIDED && k != kind) kind = flush(words, cur, kind); // 张三Wang
            if (k != UNDECIDED) kind = k;
            cur.appendCodePoint(cp);
        }
        flush(words, cur, kind);
        return words;
    }

    /**
     * Units in parentheses after a unit, as another name for it or others like it, inside one word: 部门（单位） in
     * 市直有关部门（单位）负责同志, 乡（镇） in 乡（镇）长, 县（市、区）. Not a person's unit after a name (张三（县教育局）李四).
     */
    private static boolean unitAlternative(String before, String inner) {
        if (!unitOrPlace(before)) return false;
        for (String part : inner.split("、", -1)) if (!unitOrPlace(part)) return false;
        return true;
    }

    /** Han text that ends as a unit or place does: 部门, 单位, 社区, 街道, 乡, 镇, 县, 市, 区, 村. */
    private static boolean unitOrPlace(String s) {
        if (s.isEmpty() || !allHan(s)) return false;
        return "省市县区州乡镇村旗盟".indexOf(s.charAt(s.length() - 1)) >= 0 || PositionWords.isZhUnit(s) || PositionWords.endsAsOrganisation(s)
            || s.length() == 2 && java.util.Set.of("部门", "单位", "社区", "街道", "机构", "科室", "处室", "园区").contains(s);
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
                pieces.addAll(LatinReader.read(latin));
                latin.clear();
            }
            if (w.paren()) pieces.add(Piece.of(Piece.Kind.PAREN, w.text()));
            else if (PositionWords.isZhConjunction(w.text())) pieces.add(Piece.of(Piece.Kind.CONJ, w.text()));
            else pieces.addAll(han.read(w.text(), item));
        }
        if (!latin.isEmpty()) pieces.addAll(LatinReader.read(latin));
        return pieces;
    }

    /**
     * Joins a Chinese name padded to a width ({@code 刘 洋}, {@code 许  强}, {@code 王 小明}): consecutive
     * single Han characters are one name (two or three of them; longer runs are names of two), and a single
     * surname before a one- or two-character word joins it.
     */
    private static List<Word> mergePadded(List<Word> words) {
        words = joinSpacedDots(words);
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
        return joinCourtesy(out);
    }

    /** Courtesy words written apart from the name before them: 张三 同志, 王五　先生 (read as 张三同志, 王五先生). */
    private static final java.util.Set<String> COURTESY = java.util.Set.of("同志", "先生", "女士");

    /** 张三 同志: a courtesy word written apart joins the Han word before it, which reads it as a form of address. */
    private static List<Word> joinCourtesy(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            Word before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (w.han() && !w.paren() && COURTESY.contains(w.text()) && before != null && before.han() && !before.paren()
                    && !COURTESY.contains(before.text())) {
                out.set(out.size() - 1, new Word(before.text() + w.text(), true, false));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** 阿不都 · 热合曼: a middle dot standing between two Han words joins them into one name. */
    private static List<Word> joinSpacedDots(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean dot = !w.han() && !w.paren() && w.text().length() == 1 && PositionWords.isNameDot(w.text().charAt(0));
            if (dot && !out.isEmpty() && out.get(out.size() - 1).han() && !out.get(out.size() - 1).paren()
                    && i + 1 < words.size() && words.get(i + 1).han() && !words.get(i + 1).paren()) {
                Word before = out.remove(out.size() - 1);
                out.add(new Word(before.text() + w.text() + words.get(i + 1).text(), true, false));
                i++;
            } else {
                out.add(w);
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

    // --- pairing -------------------------------------------------------------------------------------

    /**
     * Whether the people from piece {@code from} on write the post first (县长 县委书记 张三, Director Wang Li):
     * the first post or name there is a post followed by a name. Settled again after each "and" or 和, so one
     * item may hold both orders ("Tom Anderson and Research and Development Manager Jane Doe").
     */
    private static boolean postFirst(List<Piece> pieces, int from) {
        for (int i = from; i < pieces.size(); i++) {
            Piece.Kind t = pieces.get(i).kind();
            if (t == Piece.Kind.NAME || t == Piece.Kind.POST) {
                int j = i;
                while (j < pieces.size() && (pieces.get(j).kind() == Piece.Kind.POST
                        || j > i && pieces.get(j).kind() == Piece.Kind.PAREN && abbreviation(pieces.get(j).text()))) j++;
                return j > i && j < pieces.size() && pieces.get(j).kind() == Piece.Kind.NAME;
            }
        }
        return false;
    }

    /**
     * Whether text in parentheses after a post names its holder: one name alone, Latin and capitalised (Mr. Lee, Ms. K.
     * Patel, Wang Li) or Chinese of two or three characters starting with a surname (张三); not a remark (牵头, lead).
     */
    private boolean namesAPerson(String text) {
        if (abbreviation(text)) return false; // Designated Safeguarding Lead (DSL)
        List<Piece> read;
        try {
            read = pieces(text);
        } catch (ModelException e) {
            return false;
        }
        if (read.size() != 1 || read.get(0).kind() != Piece.Kind.NAME) return false;
        if (allHan(text)) return text.length() <= 3 && PositionWords.isSurname(text);
        return LatinReader.personName(text); // Mr. Lee, Wang Li; not (Unison), a body's name
    }

    /** Whether Han text names a whole unit of three characters or more, no post: 县教育局, 县人民医院, 团县委. */
    private static boolean zhUnit(String s) {
        return allHan(s) && s.length() >= 3 && (PositionWords.isZhUnit(s) || PositionWords.endsAsOrganisation(s)) && !PositionWords.isZhPosition(s);
    }

    /** 王局长, 李副校长: a surname and a title, as one addresses a person (a post when a name follows it). */
    private static boolean addressedByTitle(String s) {
        if (!allHan(s) || !PositionWords.isSurname(s) || PositionWords.isCompoundSurname(s)) return false;
        return s.length() == 3 && PositionWords.isZhTitle(s.substring(1))
            || s.length() == 4 && s.charAt(1) == '副' && PositionWords.isZhTitle(s.substring(2));
    }

    /** Whether a group entry names a body, not people described: Acme Ltd, the Environment Agency (not all staff). */
    private static boolean organisationGroup(String text) {
        if (hasHan(text)) return false;
        String[] ws = text.split("\\s+");
        for (String w : ws) if (PositionWords.isEnGroupWord(w)) return false;
        return PositionWords.isEnOrganisation(ws[ws.length - 1]);
    }

    /** Whether Latin words name a place or body, not a person: a digit (Ward 7) or an organisation word (Kent Police). */
    private static boolean namesAPlace(String text) {
        if (text.chars().anyMatch(Character::isDigit)) return true;
        for (String w : text.split("\\s+")) if (PositionWords.isEnOrganisation(w)) return true;
        return false;
    }

    /**
     * Whether English words in lower case after a person's bracketed position say more of it ("Jo Bloggs (Network
     * Rail) – observer"): they name no one, and no name follows them.
     */
    private static boolean remarkAfterPosition(Read last, Piece.Kind prev, Piece p, List<Piece> pieces, int at) {
        return prev == Piece.Kind.PAREN && last != null && !last.group && last.parenthesised && !hasHan(p.text())
            && Character.isLowerCase(p.text().codePointAt(0)) && !nameFollows(pieces, at);
    }

    /** Whether a name comes right after piece {@code at}, so a post there may be its post (教授 王五). */
    private static boolean nameFollows(List<Piece> pieces, int at) {
        if (at + 1 >= pieces.size()) return false;
        Piece.Kind t = pieces.get(at + 1).kind();
        return t == Piece.Kind.NAME || t == Piece.Kind.PERSON;
    }

    private List<Read> pair(List<Piece> pieces, String item) throws ModelException {
        boolean postFirst = postFirst(pieces, 0);
        List<Read> out = new ArrayList<>();
        Piece previous = null;
        for (int at = 0; at < pieces.size(); at++) {
            Piece p = pieces.get(at);
            Read last = out.isEmpty() ? null : out.get(out.size() - 1);
            Piece.Kind prev = previous == null ? null : previous.kind();
            switch (p.kind()) {
                case PAREN -> {
                    if (last == null || prev == Piece.Kind.CONJ) throw noName(item);
                    if (prev == Piece.Kind.PAREN) {
                        throw new ModelException(where + " cannot read " + ModelException.quote(item)
                            + ": it has text after the closing parenthesis; separate people with \"；\" or \";\"");
                    }
                    if (p.text().isEmpty()) break;
                    if (last != null && !last.group && last.position == null && DEGREE_CLASS.matcher(p.text()).matches()
                            && postNominals(lastWord(last.name))) {
                        last.name = last.name + " (" + p.text() + ")"; // Tom Hill BSc (Hons)
                        break;
                    }
                    if (!last.group && last.position == null && !hasHan(last.name) && !LatinReader.personName(last.name)
                            && namesAPlace(last.name) && namesAPerson(p.text())) {
                        last.position = last.name; // Ward 7 (Ms A. Lee): the place is the post, the name in brackets its holder's
                        last.name = p.text();
                        last.postBefore = true;
                    } else if ((last.post || last.group && organisationGroup(last.name)) && !last.parenthesised
                            && namesAPerson(p.text())) { // Head of Science (Mr. Lee), Acme Ltd (Jane Smith)
                        last.position = last.name;
                        last.name = p.text();
                        last.group = false;
                        last.post = false;
                        last.postBefore = true;
                    } else if (last.group) last.name = withRemark(last.name, p.text()); // 县教育局（牵头）, Duty Director (on call)
                    else if (last.position == null) last.position = p.text();
                    else last.position = withRemark(last.position, p.text()); // 李四 副县长（兼）, Wang Li Director (acting)
                    last.parenthesised = true;
                }
                case NAME -> {
                    if (prev == Piece.Kind.PAREN && last != null && !last.group && last.position == null && postNominals(p.text())) {
                        last.name = last.name + " " + p.text(); // Tom Hill BSc (Hons) CEng MICE
                    } else if (postFirst && (prev == Piece.Kind.POST || prev == Piece.Kind.PAREN && abbreviation(previous.text()))
                            && last != null && last.post) {
                        last.position = last.name; // Safety Officer Li Ming, Designated Safeguarding Lead (DSL) Ms K. Patel
                        last.name = p.text();
                        last.group = false;
                        last.post = false;
                        last.postBefore = true;
                    } else if (prev == Piece.Kind.NAME && last != null && !last.group && last.position == null
                            && addressedByTitle(last.name) && allHan(p.text()) && !addressedByTitle(p.text())) {
                        last.position = last.name; // 林场长 王五: not Director Lin and 王五, the head of a forest farm, 王五
                        last.name = p.text();
                        last.postBefore = true;
                    } else {
                        out.add(new Read(p.text(), null, false, false));
                    }
                }
                case POST -> {
                    if (PositionWords.isZhDuty(p.text())) {
                        if (last == null || last.group) throw dutyWithoutPerson(item, p.text());
                        last.position = last.position == null ? p.text() : last.position + "，" + p.text(); // 张三（县长） 负责全面工作
                    } else if (prev == Piece.Kind.PAREN && last != null && !last.group && last.parenthesised && !nameFollows(pieces, at)
                            && !hasHan(p.text())) {
                        last.position = last.position + ", " + p.text(); // Sam Taylor (Highways Manager) – lead
                    } else if (last != null && !last.group && p.text().startsWith("兼") && p.text().length() > 2) {
                        last.position = last.position == null ? p.text().substring(1) : last.position + p.text(); // 李四（副县长）兼办公室主任
                    } else if (last != null && !last.group && prev == Piece.Kind.NAME && last.position != null
                            && PositionWords.isZhRankTitle(p.text()) && !nameFollows(pieces, at)) {
                        last.position = last.position + "、" + p.text(); // 党委副书记 买买提·吐尔逊 教授
                    } else if (prev == Piece.Kind.NAME && last != null && !last.group && last.postBefore && last.position != null
                            && !last.parenthesised && !nameFollows(pieces, at) && hasHan(p.text())) {
                        last.position = last.position + " " + p.text(); // 县交通运输局 王五 局长: the unit's head
                    } else if (postFirst && prev == Piece.Kind.POST && last != null && !last.post && nameFollows(pieces, at)) {
                        out.add(new Read(p.text(), null, true, true)); // 院长 陈明 研究员 副院长 李华: 副院长 is 李华's
                    } else if (prev == Piece.Kind.POST && last != null && last.post && zhUnit(last.name) && zhUnit(p.text())) {
                        out.add(new Read(p.text(), null, true, true)); // 县教育局　县公安局: two units, two entries
                    } else if (prev == Piece.Kind.POST && last != null) {
                        // 七年级2班 班主任, 张三 县委副书记 县长: posts side by side are one
                        if (last.post) last.name = last.name + " " + p.text();
                        else last.position = last.position == null ? p.text() : last.position + " " + p.text();
                    } else if (!postFirst && prev == Piece.Kind.NAME && last != null && last.position == null) {
                        last.position = p.text();
                    } else {
                        out.add(new Read(p.text(), null, true, true));
                    }
                }
                case PERSON -> {
                    if (prev == Piece.Kind.POST && last != null && last.post && !last.parenthesised && !p.positionFirst()) {
                        last.position = last.name + "、" + p.position(); // 校医院院长 张华医生: 张华 (校医院院长、医生)
                        last.name = p.text();
                        last.group = false;
                        last.post = false;
                        last.postBefore = true;
                        break;
                    }
                    Read r = new Read(p.text(), p.position(), false, false);
                    r.postBefore = p.positionFirst();
                    out.add(r);
                }
                case GROUP -> {
                    if (remarkAfterPosition(last, prev, p, pieces, at)) last.position = last.position + ", " + p.text(); // Jo Bloggs (Network Rail) – observer
                    else out.add(new Read(p.text(), null, true, false));
                }
                case CONJ -> postFirst = postFirst(pieces, at + 1); // between people: nothing else to keep
            }
            previous = p;
        }
        if (out.isEmpty()) throw noName(item);
        for (Read r : out) {
            if (blank(r.name)) {
                throw new ModelException(where + " cannot read " + ModelException.quote(item) + ": "
                    + ModelException.quote(r.name) + " is a blank left in a template; write the name");
            }
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

    /** An abbreviation in Latin letters, two to six with two capitals or more: DSL, HR, SENCo, IPC (a post's or a unit's). */
    static boolean abbreviation(String text) {
        return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isLetter)
            && text.chars().allMatch(c -> c < 0x250) && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** The class or university of a degree, in brackets after it: BSc (Hons), MA (Oxon), PhD (Cantab). */
    private static final java.util.regex.Pattern DEGREE_CLASS = java.util.regex.Pattern.compile("(?i)hons|oxon|cantab|dist|distinction");

    /** Letters after a name: words of up to six letters with two capitals or more (BSc, CEng, MICE, PhD, FRCP). */
    private static boolean postNominals(String text) {
        String[] ws = text.strip().split("\\s+");
        for (String w : ws) {
            String letters = w.replace(".", "");
            if (letters.isEmpty() || letters.length() > 6 || !letters.chars().allMatch(Character::isLetter)
                    || letters.chars().filter(Character::isUpperCase).count() < 2) return false;
        }
        return true;
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /**
     * Text with a remark in brackets after it, in the brackets of its script: full-width after Han text
     * ({@code 县教育局（牵头）}), ASCII after a space otherwise ({@code Duty Director (on call)}).
     */
    static String withRemark(String text, String remark) {
        return PositionWords.isHan(text.codePointBefore(text.length())) ? text + "（" + remark + "）" : text + " (" + remark + ")";
    }

    /**
     * Whether the text holds a blank left in a template for a name (XXX（校长）): XXX, ×××, ＿＿, ***, ○○○. A surname
     * with the rest of the name blanked out (刘XX, 王××) is a name as written, as 王某某 is ({@link HanReader}).
     */
    static boolean hasBlank(String text) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (BLANKS.indexOf(c) >= 0) {
                run.append(c);
            } else {
                if (blank(run.toString())) return true;
                run.setLength(0);
            }
        }
        return false;
    }

    private static final String BLANKS = "XxＸｘ×✕_＿*＊○〇□◯";

    /** Whether a character is one of those left for a name's blank ({@link #blank}): X, ×, _, *, ○ ... */
    static boolean isBlankChar(int c) {
        return BLANKS.indexOf(c) >= 0;
    }

    static boolean blank(String name) {
        return name.length() >= 2 && name.chars().allMatch(c -> BLANKS.indexOf(c) >= 0);
    }

    /** A duty with no person before it (组长：负责全面工作): what someone does, which names no one. */
    private ModelException dutyWithoutPerson(String item, String duty) {
        return new ModelException(where + " cannot read " + ModelException.quote(item) + ": " + ModelException.quote(duty)
            + " says what someone does, not who; write it after the person, as 张三（县长），" + duty + ", or in the text of the plan");
    }

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

    static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(PositionWords::isHan);
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(PositionWords::isHan);
    }

    static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Runs of whitespace become one space between Latin words and nothing next to Han text. */
    static String collapse(String s) {
        return RoleTitle.unpad(s);
    }
}
