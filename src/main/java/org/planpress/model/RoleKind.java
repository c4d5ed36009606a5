package org.planpress.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The rank of a role in an organising group, read from the role's title. */
public enum RoleKind {
    /**
     * Heads the group: leader, head, chair, director, convener, commander, controller, president, 组长, 主任, 主席, 负责人,
     * 召集人.
     */
    LEADER,
    /** Second in command: deputy, vice, assistant, associate, 副. */
    DEPUTY,
    /** Everyone else. */
    MEMBER;

    private static final Set<String> DEPUTY_WORDS = Set.of("deputy", "deputies", "vice", "assistant", "assistants",
        "associate", "associates");
    private static final Set<String> LEADER_WORDS = Set.of(
        "leader", "leaders", "lead", "head", "heads", "chair", "chairs", "chairman", "chairmen",
        "chairwoman", "chairwomen", "chairperson", "chairpersons", "director", "directors", "convener", "conveners",
        "convenor", "convenors", "commander", "commanders", "controller", "controllers", "president", "presidents",
        "chief", "coordinator-in-chief");
    private static final String[] LEADER_ZH = {"组长", "主任", "主席", "负责人", "队长", "指挥长", "总指挥", "召集人",
        "組長", "負責人", "隊長", "指揮長", "總指揮"}; // and in traditional characters

    /**
     * Reads the kind from a role title, case-insensitively, after dropping its brackets and padding
     * ({@code 【副总指挥】}, {@code 组  长}). Deputy words win ("Deputy team leader" is {@link #DEPUTY});
     * titles without leader words ({@code 成员}, {@code 组员}, {@code 队员}, {@code 委员}, Members) are {@link #MEMBER}, and so
     * are the posts of the group's office ({@code 办公室主任}, {@code 办公室副主任}, Office director): in a leading group
     * its office's head is not the group's leader. A title of two roles joined by 兼 ranks by the first
     * ({@code 副组长兼办公室主任} is {@link #DEPUTY}).
     */
    public static RoleKind of(String roleTitle) {
        Objects.requireNonNull(roleTitle, "roleTitle");
        return ofTitle(heldFirst(RoleTitle.normalise(roleTitle).toLowerCase(Locale.ROOT)));
    }

    /**
     * The role a title holding two (副组长兼办公室主任, 组长兼秘书长) names first: the person's rank in the group;
     * the post held with it (兼…) does not lower it.
     */
    private static String heldFirst(String title) {
        int also = title.indexOf('兼');
        return also > 0 ? title.substring(0, also) : title;
    }

    /** The kind of a title already normalised and in lower case. */
    private static RoleKind ofTitle(String s) {
        String[] words = s.split("[^\\p{L}]+");
        // the group's office is staffed by members, whatever its head is called: 办公室主任, office director
        if (s.contains("办公室") || s.contains("辦公室")) return MEMBER;
        for (String w : words) {
            if (w.equals("office") || w.equals("secretariat")) return MEMBER;
        }
        if (s.contains("副")) return DEPUTY;
        for (String w : words) {
            if (DEPUTY_WORDS.contains(w) || w.startsWith("vice")) return DEPUTY;
        }
        for (String zh : LEADER_ZH) {
            if (s.contains(zh)) return LEADER;
        }
        for (String w : words) {
            if (LEADER_WORDS.contains(w)) return LEADER;
        }
        return MEMBER;
    }

    private static final String[] MEMBERS_ZH = {"成员", "组员", "队员", "委员", "人员", "联络员", "代表", "单位", "部门", "办公室",
        "秘书", "成員", "組員", "隊員", "委員", "聯絡員", "單位", "辦公室"};
    private static final Set<String> MEMBERS_WORDS = Set.of("member", "members", "membership", "representative",
        "representatives", "staff", "officers", "team", "teams", "group", "groups", "office", "secretariat", "secretary",
        "attendees", "participants", "liaison", "liaisons", "contacts", "advisers", "advisors", "observers", "others",
        "partners", "agencies", "departments", "units", "bodies", "organisations", "organizations", "support");

    /**
     * Whether a group's first role heads it when no role of the group has a leader's title ({@link #of} is
     * {@link #MEMBER} for all): the first line of a leading group names its head (Senior Responsible Officer, Gold
     * Commander is read already, 总负责), unless its title names members, the office or units (成员, 联络员, 成员单位,
     * Members, Representatives, Secretariat, Staff).
     */
    public static boolean leadsWhenFirst(String roleTitle) {
        String s = RoleTitle.normalise(Objects.requireNonNull(roleTitle, "roleTitle")).toLowerCase(Locale.ROOT);
        if (s.isBlank() || ofTitle(heldFirst(s)) != MEMBER) return false;
        for (String zh : MEMBERS_ZH) {
            if (s.contains(zh)) return false;
        }
        for (String w : s.split("[^\\p{L}]+")) {
            if (MEMBERS_WORDS.contains(w)) return false;
        }
        return true;
    }
}
