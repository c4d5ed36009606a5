package org.planpress.roster;

import org.planpress.model.ModelException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of Han characters (with middle dots or digits) in a roster item into pieces: a name of 2 to 4
 * characters, a post by its ending ({@link PositionWords}), a name written against its post ({@code 副县长王某某},
 * {@code 李卫国副市长}), a minority name with middle dots, a group ({@code 各部门负责人}) or a unit
 * ({@code 县教育局}); several of them when joined by 和, 及, 与 or 以及. What is none of these is an error that
 * says what is expected.
 */
final class HanReader {

    private static final String EXPECTED = "write people as 张三, 张三（县长）, 张三 县长 or 县长 张三 "
        + "(Wang Li, Wang Li (Director) or Director Wang Li), separated by 、 ； , or spaces between Chinese names";

    private final String where;

    /** @param where how errors name the text, e.g. {@code roster role "成员"} */
    HanReader(String where) {
        this.where = where;
    }

    /**
     * The pieces of one run of Han characters (with middle dots or digits): one word, or several joined by
     * 和, 及, 与 or 以及 ({@code 张三和李四}) when the run is not one word as a whole ({@code 王和平}).
     */
    List<Piece> read(String w, String item) throws ModelException {
        String simplified = TraditionalChars.simplified(w);
        if (simplified.equals(w)) return readSimplified(w, item);
        List<Piece> out = new ArrayList<>(); // 局長張三: read as 局长张三, shown as written
        for (Piece p : readSimplified(simplified, item)) {
            out.add(new Piece(p.kind(), TraditionalChars.asWritten(p.text(), simplified, w),
                TraditionalChars.asWritten(p.position(), simplified, w), p.positionFirst()));
        }
        return out;
    }

    /** As {@link #read}, for text in simplified characters. */
    private List<Piece> readSimplified(String w, String item) throws ModelException {
        List<Piece> out = new ArrayList<>();
        int group = conjunctionBeforeGroup(w);
        if (group >= 0) { // 孙伟及全体班主任, 及各乡镇分管领导: a group after 及, 和, 与 is an entry of its own
            if (group > 0) out.addAll(readSimplified(w.substring(0, group), item));
            String conjunction = conjunctionAt(w, group);
            out.add(Piece.of(Piece.Kind.CONJ, conjunction));
            out.addAll(readSimplified(w.substring(group + conjunction.length()), item));
            return out;
        }
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
            out.add(Piece.of(Piece.Kind.CONJ, conjunction));
            rest = rest.substring(at + conjunction.length());
        }
    }

    /** Where a conjunction stands before a group that starts as groups do: 及全体班主任, 张三和各村书记; else -1. */
    private static int conjunctionBeforeGroup(String s) {
        if (PositionWords.isZhGroup(s)) return -1; // 各乡镇镇长及县直各部门主要负责人: one group
        for (int i = 0; i < s.length() - 2; i++) {
            String c = conjunctionAt(s, i);
            if (c != null && PositionWords.startsZhGroup(s, i + c.length())) return i;
        }
        return -1;
    }

    private static String conjunctionAt(String s, int i) {
        for (String c : PositionWords.ZH_CONJUNCTIONS) {
            if (s.startsWith(c, i)) return c;
        }
        return null;
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
        if (redacted(w)) return List.of(Piece.of(Piece.Kind.NAME, w)); // 刘XX, 欧阳××
        String bare = QUOTES.matcher(w).replaceAll("");
        if (!bare.equals(w) && !bare.isEmpty()) { // 县直各部门“一把手”: read without its quotes, kept as written
            List<Piece> read = hanWord(bare, item);
            boolean entry = read != null && read.size() == 1 && (read.get(0).kind() == Piece.Kind.POST || read.get(0).kind() == Piece.Kind.GROUP);
            return entry ? List.of(Piece.of(read.get(0).kind(), w)) : read;
        }
        if (PositionWords.isZhGroup(w)) return List.of(Piece.of(Piece.Kind.GROUP, w));
        for (String address : PositionWords.ZH_ADDRESS) {
            if (!w.endsWith(address)) continue;
            String name = w.substring(0, w.length() - address.length());
            boolean honorific = address.equals("同志") || address.equals("先生") || address.equals("女士");
            if (name.length() >= 2 && name.length() <= 4 && allHan(name) && !name.endsWith("副")
                    && PositionWords.isSurname(name) && !PositionWords.isZhPosition(name) && !PositionWords.isZhUnit(name)) {
                return List.of(honorific ? Piece.of(Piece.Kind.NAME, name) : Piece.person(name, address, false)); // 张三同志, 张三老师
            }
            Piece pn = honorific ? postThenName(name) : null; // 县委书记张三同志
            if (pn != null) return List.of(pn);
            if (hasDot(name)) return List.of(addressedDotted(name, address, honorific, item)); // 阿卜杜拉·买买提同志
            break;
        }
        if (allHan(w) && w.length() >= 3 && w.length() <= 4 && PositionWords.isCompoundSurname(w) && !PositionWords.isZhPosition(w.substring(2))
                && namelike(w)) {
            return List.of(Piece.of(Piece.Kind.NAME, w)); // 上官云飞: a two-character surname starts a name, never a post (官)
        }
        Piece serves = servesAs(w);
        if (serves != null) return List.of(serves);
        if (hasDot(w)) return List.of(dotted(w, item));
        Piece pn = postThenName(w);
        if (pn != null) return List.of(pn);
        int len = w.codePointCount(0, w.length());
        if (PositionWords.isZhPosition(w)) {
            Piece np = nameThenPost(w);
            if (np != null) return List.of(np);
            if (len == 3 && allHan(w) && PositionWords.isSurname(w) && !PositionWords.isCompoundSurname(w)
                    && PositionWords.isZhTitle(w.substring(1)) && !PositionWords.isZhSubUnit(w)) {
                return List.of(Piece.of(Piece.Kind.NAME, w)); // 王局长: Director Wang, as written
            }
            if (len == 4 && allHan(w) && PositionWords.isSurname(w) && !PositionWords.isCompoundSurname(w)
                    && w.charAt(1) == '副' && PositionWords.isZhTitle(w.substring(2))) {
                return List.of(Piece.of(Piece.Kind.NAME, w)); // 李副校长: as 王局长
            }
            return List.of(Piece.of(Piece.Kind.POST, w));
        }
        if (PositionWords.isZhUnit(w) || PositionWords.endsAsOrganisation(w)) {
            return List.of(Piece.of(Piece.Kind.POST, w)); // 县教育局, 团委: a unit, or a person's unit
        }
        if (allHan(w) && len >= 2 && len <= 4) return List.of(Piece.of(Piece.Kind.NAME, w));
        if (PositionWords.isZhDuty(w)) return List.of(Piece.of(Piece.Kind.POST, w)); // 负责全面工作: the person's, as a post
        return null;
    }

    /** Quotation marks around a word inside a post or group: “一把手”, “两新”组织. */
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”‘’「」]");

    /** 陈刚兼任办公室主任, 张三任副县长: a name, 兼任, 担任 or 任, and the post the person holds. */
    private static Piece servesAs(String w) {
        if (!allHan(w)) return null;
        for (String verb : new String[] {"兼任", "担任", "任"}) {
            int at = w.indexOf(verb);
            if (at < 2 || at > 6) continue;
            String name = w.substring(0, at);
            if (name.endsWith("同志")) name = name.substring(0, name.length() - 2); // 王五同志任副组长
            String post = w.substring(at + verb.length());
            if (namelike(name) && PositionWords.isZhPosition(post)) return Piece.person(name, post, false);
        }
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
            if (PositionWords.isZhPosition(post) && namelike(name)) return Piece.person(name, post, true);
        }
        return null;
    }

    /**
     * 李卫国副市长, 王建国县长, 张华常委, 王芳安全总监: a name of two or three characters (four with a two-character
     * surname), then a post that reads as one on its own ({@link PositionWords#isWholePost}); with a two-character
     * name a two-character post must be a title one is addressed by (县长, 主任, 常委: 劳动委员 is a post).
     */
    private static Piece nameThenPost(String w) {
        if (!allHan(w)) return null;
        for (int n : new int[] {3, 2, 4}) {
            if (w.length() - n < 2) continue;
            String name = w.substring(0, n);
            String post = w.substring(n);
            if (n == 4 && !PositionWords.isCompoundSurname(name)) continue;
            boolean deputy = (post.startsWith("副") || post.startsWith("常务")) && PositionWords.isZhPosition(post);
            boolean whole = PositionWords.isWholePost(post) && !unitThenHead(name, post)
                && (n > 2 || post.length() > 2 || PositionWords.isZhAddressTitle(post) && PositionWords.isCommonSurname(name));
            if ((deputy || whole) && namelike(name)) return Piece.person(name, post, false);
        }
        return null;
    }

    /** 林场场长, 何家村村长, 汤阴县县长: a unit and its head, the unit's last character written twice; no name in it. */
    private static boolean unitThenHead(String name, String post) {
        return post.charAt(0) == name.charAt(name.length() - 1) || post.length() > 2 && post.charAt(0) == post.charAt(1);
    }

    /**
     * Two to four Han characters starting with a common surname, not a post, unit or group, and not a place
     * ending in 市, 县, 区 ... (邵阳市副市长 is a post, not 邵阳市 the deputy mayor).
     */
    private static boolean namelike(String s) {
        return PositionWords.isSurname(s) && !PositionWords.endsAsOrganisation(s) && !PositionWords.isZhPosition(s) && !PositionWords.isZhUnit(s)
            && !PositionWords.isZhGroup(s) && !s.contains("副") && !PositionWords.isZhPostPrefix(s) && !PositionWords.isZhField(s)
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
                    return Piece.person(w.substring(k), head.substring(0, k), true);
                }
            }
        }
        if (allHan(tail) && PositionWords.isZhPosition(tail)) {
            for (int k = 1; k <= Math.min(4, tail.length() - 2); k++) {
                String post = tail.substring(k);
                if (PositionWords.isZhPosition(post) && "副总常执市县区省州镇乡村旗盟党校院局公项办集".indexOf(post.charAt(0)) >= 0) {
                    return Piece.person(w.substring(0, lastDot + 1 + k), post, false);
                }
            }
            throw new ModelException(where + " cannot read " + ModelException.quote(item)
                + ": cannot tell where the name ends in \"" + w + "\"; put a space between the name and the post");
        }
        return Piece.of(Piece.Kind.NAME, w);
    }

    /**
     * A minority name with middle dots and a form of address after it ({@code 阿卜杜拉·买买提同志},
     * {@code 热合曼·吐尔逊教授}): the name (with its post when written against one), a title of rank its position.
     */
    private Piece addressedDotted(String name, String address, boolean honorific, String item) throws ModelException {
        Piece p = dotted(name, item);
        if (honorific) return p;
        if (p.kind() == Piece.Kind.NAME) return Piece.person(p.text(), address, false);
        return Piece.person(p.text(), p.position() + "、" + address, p.positionFirst());
    }

    /**
     * A name with all but its surname blanked out, as published plans write it: 刘XX, 王××, 张*, 欧阳○○ (a name as
     * written, like 王某某; a blank with no surname, XXX, is a template's and an error).
     */
    private static boolean redacted(String w) {
        int surname = PositionWords.isCompoundSurname(w) ? 2 : 1;
        if (w.length() <= surname || w.length() > surname + 3 || !allHan(w.substring(0, surname))) return false;
        if (surname == 1 && !PositionWords.isSurname(w)) return false;
        return w.substring(surname).chars().allMatch(PeopleReader::isBlankChar);
    }

    private static boolean hasDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (PositionWords.isNameDot(s.charAt(i))) return true;
        }
        return false;
    }

    private static boolean allHan(String s) {
        return PeopleReader.allHan(s);
    }
}
