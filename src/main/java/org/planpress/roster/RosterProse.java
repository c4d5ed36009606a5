package org.planpress.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence that sets up a leading group into its roles and their people, as plans write it:
 * {@code 成立以县长张三为组长、副县长李四为副组长的领导小组}, {@code 由书记周建平任组长，镇长汪海任副组长},
 * {@code 组长由县长张三担任，副组长由副县长李四、王五担任，成员由县应急局、县公安局主要负责同志组成},
 * {@code 组长为县长张三}, {@code 领导小组组长：张三；副组长：李四}; in English {@code chaired by Jane Smith (Operations
 * Director), with Tom Hill as vice-chair. Other members are Ann Lee and Raj Singh}, {@code Led by X (Director),
 * supported by Y and Z}, {@code chaired by the Headteacher, Mrs. Patricia Evans}.
 *
 * <p>Each role comes as a {@link Line}: its label ({@code 组长}, {@code Vice-chairs}) and its people as written
 * ({@code 县长张三}, {@code Tom Hill and Ann Lee}), for {@link RosterParser#parseRoles} to read. The converter reads a
 * {@code [.roster]} paragraph written this way with {@link #read(String)}; the importer finds such sentences in a
 * document's prose with {@link #inPlan(String, boolean)}, which asks the sentence to say it sets up a group.
 * {@link #unread(String)} gives the words of a sentence that name someone but went into no role.
 */
public final class RosterProse {
    private RosterProse() {
    }

    /** One role read from the sentence: its label and its people as written. */
    public record Line(String label, String people) {
        /** The role as a label line: {@code 组长：县长张三}, {@code Chair: Jane Smith}. */
        public String text() {
            return PeopleReader.hasHan(label + people) ? label + "：" + people : label + ": " + people;
        }
    }

    /** A role found at {@code start}..{@code end} of the sentence. */
    private record Hit(int start, int end, String label, String people) {
    }

    /**
     * The roles of a sentence marked as the roster, in the order it names them; none when it names no role's people
     * in a way read here. A sentence in Chinese (any Han character) is read as Chinese.
     */
    public static List<Line> read(String sentence) {
        String t = flat(sentence);
        return lines(PeopleReader.hasHan(t) ? chinese(t, false) : english(t, false));
    }

    /**
     * The roles of a paragraph of a plan being imported, when it sets up the group: in Chinese it says 成立, 组建 or
     * 设立 (… 以张三为组长), or names the group (领导小组, 指挥部, 委员会 …); in English it names a group, team, committee,
     * board …. None otherwise.
     */
    public static List<Line> inPlan(String text, boolean zh) {
        String t = flat(text);
        return lines(zh ? chinese(t, true) : english(t, true));
    }

    /**
     * The words of a sentence marked as the roster that name someone (a person, a post, a unit) but that no role took,
     * each clause as written; empty when every such word is in a role (the words that set up the group,
     * 成立……领导小组, The group is …, are no one).
     */
    public static List<String> unread(String sentence) {
        String t = flat(sentence);
        boolean zh = PeopleReader.hasHan(t);
        List<Hit> hits = zh ? chinese(t, false) : english(t, false);
        StringBuilder rest = new StringBuilder(t);
        for (Hit h : hits) {
            for (int k = h.start(); k < h.end(); k++) rest.setCharAt(k, '\u0000');
        }
        List<String> out = new ArrayList<>();
        // a sentence with no role in it is about the group, not its people (领导小组下设办公室，办公室设在县应急局。):
        // whole, as the roster card would lose it
        java.util.regex.Matcher m = Pattern.compile(zh ? "[^。]+。?" : "[^.]+(?:\\.(?=\\s|$)|$)").matcher(t);
        while (m.find()) {
            int a = m.start(), b = m.end();
            if (m.group().isBlank() || hits.stream().anyMatch(h -> h.start() < b && h.end() > a)) continue;
            boolean says = false;
            for (String clause : m.group().split(zh ? "[，,；;。：:]" : "[;:]|[,.](?=\\s|$)")) says |= names(clause.strip(), zh);
            if (!says) continue; // 学校成立安全工作领导小组。: the group set up, no one
            out.add(m.group().strip());
            for (int k = a; k < b; k++) rest.setCharAt(k, '\u0000');
        }
        for (String piece : rest.toString().split("\u0000+")) {
            for (String clause : piece.split(zh ? "[，,；;。：:]" : "[;:]|[,.](?=\\s|$)")) {
                String c = clause.strip();
                if (names(c, zh)) out.add(c);
            }
        }
        return out;
    }

    private static List<Line> lines(List<Hit> hits) {
        List<Line> out = new ArrayList<>();
        for (Hit h : hits) {
            String people = h.people().strip().replaceFirst("(?<![\\s.][A-Z])\\.$", ""); // the sentence's full stop
            if (!people.isBlank()) out.add(new Line(h.label(), people));
        }
        return List.copyOf(out);
    }

    /** The text on one line: line breaks inside Chinese are nothing, elsewhere a space. */
    private static String flat(String s) {
        return s.strip().replaceAll("(?<=\\p{IsHan}|[，、；：。])\\s*\\n\\s*(?=\\p{IsHan}|[，、；：。])", "").replaceAll("\\s*\\n\\s*", " ");
    }

    // ---- Chinese -----------------------------------------------------------------------------------------------

    private static final String ZH_ROLES = "常务副组长|副组长|组长|副总指挥|总指挥|副指挥长|指挥长|办公室副主任|办公室主任|副主任|主任|联络员|成员单位|成员|组员|委员";
    /** The group's name before a role: 领导小组组长, 防汛工作领导小组副组长, 指挥部总指挥. */
    private static final String ZH_GROUP_PREFIX = "(?:[^，,；;。：:、为由以]{0,20}?(?:领导小组|工作小组|小组|指挥部|委员会|工作组|工作专班|专班))?";
    /** "以县长张三为组长，副县长李四、王五为副组长" and "由书记周建平任组长，镇长汪海、副书记蔡玲任副组长": the people, then the role. */
    private static final Pattern ZH_PROSE = Pattern.compile("(?:以|由|[、，,；;])\\s*([^、，,；;为以。]{1,40}(?:、[^、，,；;为以。]{1,40})*?)\\s*(?:为|担任|任)\\s*(" + ZH_ROLES + ")");
    /** "县长张三任组长", "由王强同志担任组长": a clause of one person, then the role. */
    private static final Pattern ZH_REN = Pattern.compile("(?:^|[，,；;、。：:])\\s*(由?[^，,；;、。：:为任]{2,30}?)(?:同志)?\\s*(?:兼任|担任|任)(" + ZH_ROLES + ")");
    /** "组长由县长张三担任", "副组长由副县长李四、王五兼任": the role, then the people. */
    private static final Pattern ZH_DANREN = Pattern.compile("(" + ZH_ROLES + ")由([^，,；;。]{2,40}?)(?:同志)?(?:担任|兼任)");
    /** "成员由县应急局、县公安局主要负责同志组成": the members, then 组成. */
    private static final Pattern ZH_ZUCHENG = Pattern.compile("(?:^|[，,；;。：:])\\s*" + ZH_GROUP_PREFIX + "(成员单位|成员|组员|委员)(?:由|为|包括)([^，,；;。]{2,80}?)(?:共同)?(?:组成|构成)");
    /** "组长为县长张三", "领导小组成员包括各村支部书记": the role, 为 or 是 or 包括, then the people. */
    private static final Pattern ZH_WEI = Pattern.compile("(?:^|[，,；;。])\\s*" + ZH_GROUP_PREFIX + "(" + ZH_ROLES + ")(?:为|是|包括)([^，,；;。]{2,80})");
    /** "领导小组组长：张三；副组长：李四": a label line inside the sentence; its people run to the next role or 。；. */
    private static final Pattern ZH_LABEL = Pattern.compile("(?:^|[，,；;。])\\s*" + ZH_GROUP_PREFIX + "(" + ZH_ROLES + ")\\s*[：:]\\s*"
            + "([^；;。]+?)(?=[；;。]|[，,]\\s*" + ZH_GROUP_PREFIX + "(?:" + ZH_ROLES + ")\\s*[：:]|$)");
    private static final Pattern ZH_SETS_UP = Pattern.compile("成立|组建|设立");
    private static final Pattern ZH_GROUP = Pattern.compile("领导小组|工作小组|指挥部|委员会|工作组");

    /**
     * The roles of a Chinese sentence. With {@code gate} (the importer's prose), a sentence is read only when it sets
     * up a group or names one, as before: 以……为 after 成立, else 任/担任 and 由……担任 in a sentence naming the group.
     */
    private static List<Hit> chinese(String t, boolean gate) {
        List<Hit> hits = new ArrayList<>();
        boolean setsUp = !gate || t.matches("(?s).*[为任].*") && ZH_SETS_UP.matcher(t).find();
        if (setsUp) {
            int at = gate ? proseStart(t) : 0;
            if (at >= 0) {
                Matcher m = ZH_PROSE.matcher(t);
                m.region(at, t.length());
                while (m.find()) add(hits, m.start(1), m.end(2), m.group(2), who(m.group(1))); // ，由乡长刘明任组长
            }
        }
        if (gate && !hits.isEmpty()) {
            zuCheng(t, hits);
            return sorted(hits);
        }
        if (gate && !ZH_GROUP.matcher(t).find()) return hits;
        if (!gate) {
            Matcher l = ZH_LABEL.matcher(t);
            while (l.find()) add(hits, l.start(1), l.end(2), l.group(1), l.group(2));
        }
        int before = hits.size();
        Matcher m = ZH_REN.matcher(t);
        while (m.find()) add(hits, m.start(1), m.end(2), m.group(2), who(m.group(1)));
        if (!gate || hits.size() == before) {
            Matcher d = ZH_DANREN.matcher(t);
            while (d.find()) add(hits, d.start(1), d.end(), d.group(1), d.group(2));
        }
        if (!gate || !hits.isEmpty()) zuCheng(t, hits);
        if (!gate) {
            Matcher w = ZH_WEI.matcher(t);
            while (w.find()) add(hits, w.start(1), w.end(2), w.group(1), w.group(2));
        }
        return sorted(hits);
    }

    /** Who serves, without the words around the name: 由乡长刘明 (任组长), 赵六同志兼 (任办公室主任). */
    private static String who(String words) {
        return words.strip().replaceFirst("^由", "").replaceFirst("(?:同志)?兼$", "").replaceFirst("同志$", "");
    }

    private static void zuCheng(String t, List<Hit> hits) {
        Matcher z = ZH_ZUCHENG.matcher(t);
        while (z.find()) add(hits, z.start(1), z.end(), z.group(1), z.group(2));
    }

    /**
     * Where the roles of a "成立以……为组长" or "成立由……任组长" sentence begin: its first 以 or 由, or -1 when it has
     * neither.
     */
    private static int proseStart(String t) {
        int yi = t.indexOf('以'), you = t.indexOf('由');
        if (yi < 0) return you;
        return you < 0 ? yi : Math.min(yi, you);
    }

    /** Whether a clause names someone, or (in Chinese) where the office is. */
    private static boolean names(String clause, boolean zh) {
        return zh ? namesSomeoneZh(clause) || ZH_LOCATION.matcher(clause).find() : namesSomeoneEn(clause);
    }

    /** Where the group's office is (领导小组下设办公室, 办公室设在县应急局): not a role, but words the roster card would lose. */
    private static final Pattern ZH_LOCATION = Pattern.compile("设在|设于|下设|挂靠|位于|办公地点");

    /** Words that set up or name the group, or join its roles: no one. */
    private static final Pattern ZH_NO_ONE = Pattern.compile(
            "^(?:[^，,；;。]*?(?:成立|组建|设立|调整|组成|领导小组|工作小组|小组|指挥部|委员会|工作组|专班|办公室)[^，,；;。]*"
            + "|[由以为任担兼的及和与并等如下名单同志具体人员见附件其中共计人]*)$");

    private static boolean namesSomeoneZh(String clause) {
        String c = clause.replaceAll("[\\s“”\"《》（）()、]", "");
        return !c.isEmpty() && PeopleReader.hasHan(c) && !ZH_NO_ONE.matcher(c).matches();
    }

    // ---- English -----------------------------------------------------------------------------------------------

    private static final String EN_ROLE_WORDS = "(?i:(?:deputy\\s+|vice[\\s-]+|co-)?(?:group\\s+|team\\s+)?(?:leaders?|heads?|members?"
            + "|chair(?:man|woman|person)?s?|directors?|coordinators?|secretar(?:y|ies)))";
    /** "with the heads of all terminals as members", "with Ann Fox and Raj Patel as deputy chairs". */
    private static final Pattern EN_PROSE = Pattern.compile("(?:with|and)\\s+(the\\s+[a-z ]{2,40}?|[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,5}"
            + "(?:\\s*(?:,|,?\\s+and)\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,5})*)\\s+as\\s+(?:the\\s+)?"
            + "(?i)((?:deputy\\s+|vice[\\s-]+|co-)?(?:group\\s+|team\\s+)?(?:leaders?|heads?|members?|chair(?:man|woman|person)?s?"
            + "|directors?|coordinators?|secretar(?:y|ies)))");
    private static final String EN_VERB = "((?i:led|headed|chaired))";
    private static final Pattern EN_LED = Pattern.compile(EN_VERB + "\\s+by\\s+((?:[A-Z][\\w.]*\\s+){0,4}[A-Z][\\w.]*(?:\\s*\\([^)]{2,60}\\))?)");
    private static final String EN_NAME = "[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){1,4}";
    /** "chaired by Sarah Collins, Director of Place, with …" and "chaired by Emma Price, Cabinet Member for Environment.". */
    private static final Pattern EN_LED_APPOS = Pattern.compile(EN_VERB + "\\s+by\\s+(" + EN_NAME + "),\\s+([A-Z][^,;.()]{2,60}?)\\s*(?:,|\\.(?=\\s|$))");
    /** "chaired by the Headteacher, Mrs. Patricia Evans.": the post, then the person. */
    private static final String EN_TITLED_NAME = "(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Rev)\\.?\\s+)?[A-Z][\\w'-]*(?:\\s+[A-Z]\\.|\\s+[A-Z][\\w'-]*){1,4}?"
            + "(?=[,;]|\\.(?:\\s|$)|$)";
    private static final Pattern EN_LED_POST_FIRST = Pattern.compile(EN_VERB + "\\s+by\\s+the\\s+([A-Z][^,;.()]{2,60}?),\\s+("
            + EN_TITLED_NAME + ")");
    /** "The Deputy Headteacher, Mr. Daniel Cho, is vice-chair.": a post, the person, then the role. */
    private static final Pattern EN_POST_IS = Pattern.compile("\\b[Tt]he\\s+([A-Z][^,;.()]{2,60}?),\\s+(" + EN_TITLED_NAME
            + "),\\s+(?:is|will\\s+be|acts\\s+as)\\s+(?:the\\s+)?(" + EN_ROLE_WORDS.replace("chair(?:man", "(?:vice[\\s-]+)?chair(?:man")
            + ")\\b");
    /** "with David Park, Network Delivery Manager, as deputy chair". */
    private static final Pattern EN_PROSE_APPOS = Pattern.compile("(?:with|and)\\s+(" + EN_NAME + "),\\s+([A-Z][^,;.()]{2,60}?),\\s+as\\s+(?:the\\s+)?("
            + EN_ROLE_WORDS + ")");
    private static final String EN_PERSON = "(?:[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,4}(?:\\s*\\([^)]{2,60}\\))?"
            + "|the\\s+[A-Z][\\w'-]*(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\w'-]*){0,5})"; // or a post: "the Head of Street Scene"
    /** "The vice-chair is Councillor Raj Gill.", "The secretary will be Ann Fox, Policy Officer.": the role, then the person. */
    private static final Pattern EN_ROLE_IS = Pattern.compile("\\b[Tt]he\\s+(" + EN_ROLE_WORDS.replace("chair(?:man", "(?:vice[\\s-]+)?chair(?:man")
            + ")\\s+(?:is|will\\s+be)\\s+(" + EN_TITLED_NAME + ")(?:,\\s+([A-Z][^,;.()]{2,60}?)(?=[,;]|\\.(?:\\s|$)|$))?");
    /** "Other members are Ann Lee (Network Manager) and Raj Singh", "The members of the group include ...". */
    private static final Pattern EN_MEMBERS = Pattern.compile("(?i:(?:other|the|its)\\s+)?(?i:members)(?:\\s+of\\s+the\\s+[a-z ]{2,30}?)?\\s+"
            + "(?i:are|include|will\\s+be|comprise)\\s*:?\\s+(" + EN_PERSON + "(?:\\s*(?:,|,?\\s+and)\\s+" + EN_PERSON + ")*)");
    /** "supported by Tom Hill and Ann Lee", "assisted by the Head of Estates": the members. */
    private static final Pattern EN_SUPPORTED = Pattern.compile("(?i:supported|assisted|joined)\\s+by\\s+(" + EN_PERSON
            + "(?:\\s*(?:,|,?\\s+and)\\s+" + EN_PERSON + ")*)");
    private static final Pattern EN_GROUP = Pattern.compile("(?s).*\\b(group|team|committee|campaign|board|panel|taskforce|task force"
            + "|working party|steering|partnership|forum)\\b.*");

    private static String leaderLabel(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.equals("chaired") ? "Chair" : v.equals("headed") ? "Head" : "Group leader";
    }

    private static String capitalised(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** The roles of an English sentence; with {@code gate} (the importer's prose) the leader only in a sentence naming a group. */
    private static List<Hit> english(String t, boolean gate) {
        List<Hit> hits = new ArrayList<>();
        boolean aboutGroup = !gate || EN_GROUP.matcher(t.toLowerCase(Locale.ROOT)).matches();
        Matcher pf = EN_LED_POST_FIRST.matcher(t);
        Matcher l = EN_LED_APPOS.matcher(t);
        boolean postFirst = pf.find(), appos = !postFirst && l.find();
        if (!postFirst && !appos) l = EN_LED.matcher(t);
        if (aboutGroup && postFirst) {
            add(hits, pf.start(2) - 4, pf.end(3), leaderLabel(pf.group(1)), pf.group(3) + " (" + pf.group(2).strip() + ")");
        } else if ((appos || l.find()) && aboutGroup) {
            String who = appos ? l.group(2) + " (" + l.group(3).strip() + ")" : l.group(2);
            add(hits, l.start(2), appos ? l.end(3) : l.end(2), leaderLabel(l.group(1)), who);
        }
        Matcher is = EN_POST_IS.matcher(t);
        while (aboutGroup && is.find()) {
            add(hits, is.start(), is.end(3), capitalised(is.group(3)), is.group(2) + " (" + is.group(1).strip() + ")");
        }
        Matcher ap = EN_PROSE_APPOS.matcher(t);
        while (ap.find()) add(hits, ap.start(1), ap.end(3), capitalised(ap.group(3)), ap.group(1) + " (" + ap.group(2).strip() + ")");
        Matcher m = EN_PROSE.matcher(t);
        while (m.find()) add(hits, m.start(1), m.end(2), capitalised(m.group(2)), m.group(1).strip());
        Matcher roleIs = EN_ROLE_IS.matcher(t);
        while (!hits.isEmpty() && roleIs.find()) {
            String who = roleIs.group(3) == null ? roleIs.group(2) : roleIs.group(2) + " (" + roleIs.group(3).strip() + ")";
            add(hits, roleIs.start(1), roleIs.group(3) == null ? roleIs.end(2) : roleIs.end(3), capitalised(roleIs.group(1)), who);
        }
        Matcher members = EN_MEMBERS.matcher(t);
        if (!hits.isEmpty() && members.find()) add(hits, members.start(), members.end(1), "Members", members.group(1).strip());
        Matcher sup = EN_SUPPORTED.matcher(t);
        if (!hits.isEmpty() && sup.find()) add(hits, sup.start(1), sup.end(1), "Members", sup.group(1).strip());
        return gate ? hits : sorted(hits);
    }

    /** Words of an English clause that are no one: the sentence's opening, the group's name and its verbs. */
    private static final java.util.Set<String> EN_NO_ONE = java.util.Set.of("The", "A", "An", "It", "Its", "This", "Other", "Members",
            "Led", "Chaired", "Headed", "Group", "Team", "Committee", "Board", "Panel", "Steering", "Working", "Members:");

    private static boolean namesSomeoneEn(String clause) {
        String[] words = clause.strip().split("\\s+");
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !EN_NO_ONE.contains(bare)) return true;
        }
        return false;
    }

    // ---- hits ---------------------------------------------------------------------------------------------------

    /** Adds the role unless it overlaps one found before (the earlier pattern reads those words). */
    private static void add(List<Hit> hits, int start, int end, String label, String people) {
        for (Hit h : hits) if (start < h.end() && h.start() < end) return;
        hits.add(new Hit(start, end, label, people.strip()));
    }

    private static List<Hit> sorted(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits);
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }
}
