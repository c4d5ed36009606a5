package org.planpress.roster;

import org.planpress.model.RoleTitle;

/** The role labels of organising groups, as a line names them ({@link RoleTitle} reduces a label to its title). */
final class RoleLabel {
    private RoleLabel() {
    }

    /**
     * Whether a label is one of the role labels of organising groups, so that written after a separator inside a
     * line ({@code 王建国；副组长：李明}) it starts a role of its own: 组长, 副组长, 成员, 办公室主任, 总指挥 ... and Leader,
     * Deputy Leader, Members, Secretary ..., padded or bracketed, and one of them with a post held with it
     * ({@code 副组长兼办公室主任}, {@code Vice-Chair and Treasurer}). A post that is not a role label ({@code 县长},
     * {@code Safety Officer}) is not one.
     */
    static boolean isKnown(String label) {
        String s = withoutCount(RoleTitle.normalise(label));
        if (knownRole(s)) return true;
        String[] two = TWO_ROLES.split(s, -1); // 副组长兼办公室主任, Vice-Chair and Treasurer: a role and a post held with it
        return two.length == 2 && knownRole(two[0]) && (knownRole(two[1]) || PositionWords.isZhPosition(two[1])
            || PositionWords.isEnHead(two[1].substring(two[1].lastIndexOf(' ') + 1)));
    }

    /**
     * A title without the count or the order of its people in brackets after it: 副组长（3人）, 成员（若干名）,
     * 成员（按姓氏笔画排序）, Members (12), Members (in alphabetical order) are 副组长, 成员, Members. Other brackets
     * stay: Chief Executive (Chair), Senior Responsible Owner (SRO).
     */
    static String withoutCount(String title) {
        java.util.regex.Matcher m = COUNT.matcher(title);
        return m.find() && m.start() > 0 ? title.substring(0, m.start()).strip() : title;
    }

    /** A count or order of people in brackets at the end of a title, see {@link #withoutCount}. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
        "\\s*[（(]\\s*(?:[0-9０-９一二三四五六七八九十两若干]+\\s*(?:人|名|位)?(?:同志)?"
            + "|[^()（）]*(?:为序|排序|排名|先后|笔画|笔划)[^()（）]*|(?i:[^()]*\\border\\b[^()]*))\\s*[)）]$");

    private static boolean knownRole(String s) {
        return ZH_ROLE.matcher(s).matches() || EN_ROLE.matcher(s).matches();
    }

    /** What joins two roles held together in one label: 兼, "and", "&amp;", "/". */
    private static final java.util.regex.Pattern TWO_ROLES = java.util.regex.Pattern.compile("兼|\\s+(?i:and)\\s+|\\s*[&/]\\s*");

    private static final java.util.regex.Pattern ZH_ROLE = java.util.regex.Pattern.compile(
        "(?:领导小组|工作小组|小组|指挥部|委员会)?(?:办公室)?(?:常务|执行|第一)?副?"
            + "(?:组长|成员|组员|队员|委员|主任委员|主任|总指挥|指挥长|召集人|负责人|队长|主席|秘书长|联络员|顾问"
            + "|組長|組員|成員|隊長|總指揮|指揮長|負責人)");
    private static final java.util.regex.Pattern EN_ROLE = java.util.regex.Pattern.compile(
        "(?i)(?:(?:deputy|vice|assistant|associate|co)[\\s-]+)?(?:(?:group|team|committee|working group|steering group"
            + "|task force|project|office|leading group)\\s+)?(?:leaders?|heads?|chair(?:man|woman|person)?s?|directors?"
            + "|conven[eo]rs?|commanders?|coordinators?|members?|secretar(?:y|ies)|deputies|deputy|secretariat)");

}
