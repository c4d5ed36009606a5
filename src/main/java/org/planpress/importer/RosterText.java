package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leading-group lines: which labels are roster roles, and the people of a role written in the form the roster list
 * reads ({@code Name (Position)}), keeping every word. Text that cannot be taken apart safely is kept as written.
 */
final class RosterText {
    private RosterText() {
    }

    private static final Pattern COLON_LINE = Pattern.compile("^[【\\[]?\\s*([^：:【】\\[\\]。，,;；]{1,30}?)\\s*[】\\]]?\\s*[：:]\\s*(.+)$");
    /** "Chairperson – Dr. Ama Mensah", "组长——张三": a role, a dash between spaces (or a Chinese dash), the people. */
    private static final Pattern DASH_LINE = Pattern.compile("^([^：:【】\\[\\]。，,;；–—-]{1,30}?)(?:\\s+[–—-]{1,2}\\s+|\\s*(?:——|—|－－)\\s*)(.+)$");
    private static final Pattern BRACKET_LINE = Pattern.compile("^[【\\[]([^】\\]]{1,14})[】\\]]\\s*[：:]?\\s*(.+)$");
    private static final Pattern ZH_ROLE = Pattern.compile(
            "^(常务|第一)?副?(组长|成员|组员|队员|委员|主任|总指挥|指挥长|指挥|顾问|联络员|负责人|主席|召集人|秘书长|秘书|队长|办公室主任|主任委员|副主任委员|首席|成员单位)$"
                    + "|^(领导小组|工作小组|小组|指挥部|委员会)?(办公室)?(副)?(组长|主任|成员|组员)$");
    /** Posts that head a role line in English teams: "Program Manager:", "Incident Controller:", "Senior Responsible Owner:". */
    private static final String EN_POST_WORDS = "managers?|controllers?|officers?|supervisors?|superintendents?|commissioners?"
            + "|representatives?|crews?|wardens?|marshals?|captains?|chiefs?|presidents?|officials?|champions?|owners?|treasurers?|trustees?|clerks?";
    private static final Pattern EN_ROLE = Pattern.compile("(?i)^(the\\s+)?((deputy|vice|executive|assistant|chief|honorary|first|co)[\\s-]+)*"
            + "((leading\\s+)?(group|team|project|office|working\\s+group|committee|task\\s+force|steering\\s+group)\\s+)?"
            + "(leaders?|leads?|heads?|directors?|chair(man|woman|person)?s?|commanders?|(co-?)?ordinators?|conveno?e?rs?|members?|secretar(y|ies)"
            + "|advis[oe]rs?|liaisons?|deputies|deputy|secretariat|team(\\s+members?)?|sponsors?|" + EN_POST_WORDS + ")$");
    /** "Safety Month Coordinator", "Campaign Director": up to three capitalised words before a role word. */
    private static final Pattern EN_ROLE_LOOSE = Pattern.compile("^(?:(?:Deputy|Vice|Assistant)[\\s-]+)?(?:[A-Z][\\w&-]*\\s+){1,3}"
            + "(?i:leaders?|leads?|heads?|directors?|chair(?:man|woman|person)?s?|commanders?|coordinators?|conveno?e?rs?|members?"
            + "|secretar(?:y|ies)|advis[oe]rs?|liaisons?|sponsors?|" + EN_POST_WORDS + ")$");
    private static final Pattern DUTY_START = Pattern.compile(
            "^(主要)?(负责|组织|协调|落实|统筹|指导|督促|检查|开展|承担|牵头|抓好|做好)|^(?i)(responsible|in charge|shall|will|takes?|leads?|oversees?)\\b");
    private static final Pattern NOT_NAMES = Pattern.compile(
            "负责|组织|协调|落实|统筹|指导|督促|检查|工作|开展|承担|(?i)\\b(responsible|shall|will|is|are|in charge|for the)\\b");

    /** Where a role label may start inside a paragraph: after 。；; or a run of spaces, a short label and a colon. */
    private static final Pattern ROLE_START = Pattern.compile("(?:(?<=[。；;])|\\s{2,}|\\u3000+)\\s*(?=[^\\s。；;，,：:]{1,16}\\s*[：:])");

    /**
     * A paragraph that holds several roster lines, or a sentence and then roster lines, as its parts: "组长：张三；副组长：李四；
     * 成员：王五" and "镇成立领导小组。组长：张三（镇长）；副组长：李四" each become one part per role (and the sentence before).
     * Any other paragraph is itself.
     */
    static List<String> splitRoles(String text) {
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) return List.of(text);
        List<Integer> starts = new ArrayList<>();
        Matcher m = ROLE_START.matcher(text);
        while (m.find()) {
            int at = m.end();
            if (at > 0 && at < text.length() && roleLine(clause(text.substring(at)), true) != null) starts.add(at);
        }
        if (starts.isEmpty()) return List.of(text);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at : starts) {
            String part = Text.strip(text.substring(from, at)).replaceFirst("[；;]$", "");
            if (!part.isEmpty()) parts.add(part);
            from = at;
        }
        // the last role ends at its full stop; a sentence after it (领导小组办公室设在……) is a paragraph of its own
        String last = Text.strip(text.substring(from));
        String lastRole = clause(last);
        String tail = Text.strip(last.substring(lastRole.length()));
        parts.add(lastRole);
        // only roster lines after the first part (which may be a sentence): otherwise it is prose with colons in it
        for (int k = 1; k < parts.size(); k++) if (roleLine(parts.get(k), true) == null) return List.of(text);
        if (!tail.isEmpty()) parts.add(tail);
        if (roleLine(parts.get(0), true) == null && !parts.get(0).endsWith("。") && !parts.get(0).endsWith(".")
                && !parts.get(0).endsWith("：") && !parts.get(0).endsWith(":")) {
            return List.of(text);
        }
        return parts;
    }

    /**
     * The text up to and with its first 。: one role's clause in a run of roles (English full stops are left alone:
     * "Dr. Samira Haddad" has one).
     */
    private static String clause(String s) {
        Matcher m = FULL_STOP.matcher(s);
        return m.find() && m.end() < s.length() ? s.substring(0, m.end()) : s;
    }

    private static final Pattern FULL_STOP = Pattern.compile("。");

    /** A roster line "Label: people" as {label, people}, or null. */
    static String[] roleLine(String text, boolean inOrgSection) {
        String s = Text.strip(text);
        String item = PlanDetector.bullet(s); // • 组长：张三, - Chair: Jane Doe
        if (item != null) s = item;
        if (s.length() > 400) return null;
        Matcher m = BRACKET_LINE.matcher(s);
        if (!m.find()) {
            m = COLON_LINE.matcher(s);
            if (!m.find()) {
                m = DASH_LINE.matcher(s);
                if (!m.find()) return null;
            }
        }
        String label = Text.strip(m.group(1));
        String people = Text.strip(m.group(2));
        if (!isRole(label) || people.isEmpty()) return null;
        // a duty, not people: 组长：负责全面工作 / Group leader: responsible for ... ("……主要负责同志" is people)
        if (DUTY_START.matcher(people).find()) return null;
        if (NOT_NAMES.matcher(people.replaceAll("(主要)?负责(同志|人)", "")).find() && !people.contains("（") && !people.contains("(")) return null;
        if (Text.sentences(people).size() > 2 && !inOrgSection) return null;
        return new String[] {label, people};
    }

    /** Any run of spaces: ASCII, no-break, the typesetting spaces (en, em, thin) and the ideographic space. */
    static final String SPACES = "[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+";
    private static final Pattern LABEL_BEFORE_COLON = Pattern.compile("^(" + SPACES + ")?([^：:。，,；;]{1,20}?)(" + SPACES + ")?([：:])");

    /**
     * A short label before a colon with its typesetting spaces made ASCII: "组&emsp;长：吴志刚" is "组 长：吴志刚" (read as
     * 组长), "Deputy&nbsp;Lead:" is "Deputy Lead:". Other text is itself.
     */
    static String plainLabel(String text) {
        Matcher m = LABEL_BEFORE_COLON.matcher(text);
        if (!m.find() || !m.group(0).matches(".*[\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000].*")) return text;
        String label = m.group(2).replaceAll(SPACES, " ").strip();
        if (label.isEmpty() || !isRole(label)) return text;
        return label + m.group(4) + text.substring(m.end()).replaceFirst("^" + SPACES, "");
    }

    static boolean isRole(String label) {
        String compact = label.replaceAll(SPACES, "");
        if (Text.hasHan(compact)) return compact.length() <= 10 && ZH_ROLE.matcher(compact).find();
        String l = Text.squeeze(label);
        if (l.split("\\s+").length > 5) return false;
        return EN_ROLE.matcher(l).find() || EN_ROLE_LOOSE.matcher(l).find();
    }

    /** The label as a roster role title: padding inside Chinese labels removed ("组  长" is "组长"). */
    static String label(String label) {
        return Text.hasHan(label) ? label.replaceAll(SPACES, "") : Text.squeeze(label);
    }

    private static final Pattern BARE_LABEL = Pattern.compile("^[【\\[]?\\s*([^：:【】\\[\\]。，,;；]{1,30}?)\\s*[】\\]]?\\s*[：:]$");

    /** The role of a line that is only a role label and a colon ("成员：", "Members:"), or null. */
    static String bareLabel(String text) {
        Matcher m = BARE_LABEL.matcher(Text.strip(text));
        return m.matches() && isRole(m.group(1)) ? Text.strip(m.group(1)) : null;
    }

    /** Whether a line is one person or a few, as a list under a bare label has them: 王五（办公室主任）, Ann Lee (Nurse). */
    static boolean personLine(String text) {
        return linePeople(text) != null;
    }

    /** A line that is people of whom at least one has a post ("何丽萍　镇人大副主席", "Mary Lee, Head of HR"). */
    static boolean postedPersonLine(String text) {
        List<org.planpress.model.Person> people = linePeople(text);
        return people != null && people.stream().anyMatch(p -> p.position() != null && !p.group());
    }

    /** The people of a line that is one person or a few ({@link #personLine}), or null when it is not such a line. */
    private static List<org.planpress.model.Person> linePeople(String text) {
        String s = Text.strip(text).replaceFirst("[；;，,、。.]$", "");
        if (s.isEmpty() || Text.width(s) > 80 || s.contains("：") || s.contains(":") || Numbering.of(s) != null) return null;
        if (roleLine(s, true) != null || bareLabel(s + "：") != null || OFFICE_SENTENCE.matcher(s).find()) return null;
        if (NOT_NAMES.matcher(s).find()) return null;
        try {
            List<org.planpress.model.Person> people = org.planpress.roster.RosterParser.parsePeople(s);
            return people.isEmpty() ? null : people;
        } catch (org.planpress.model.ModelException | RuntimeException e) {
            return null;
        }
    }

    /** Words of a sentence about the group (its office, who serves as what), not a line of people. */
    private static final Pattern OFFICE_SENTENCE = Pattern.compile("设在|下设|兼任|担任|负责|组成(?!员)|如下");

    /** Is this line only names (a wrapped member list)? */
    static boolean namesOnly(String text) {
        String s = Text.strip(text);
        if (s.isEmpty() || s.length() > 300 || Numbering.of(s) != null || s.contains("：") || s.contains(":")) return false;
        if (Text.hasHan(s)) {
            if (s.endsWith("。") || OFFICE_SENTENCE.matcher(s).find()) return false;
            String[] parts = s.split("[、，,；;\\s\\u3000]+");
            if (parts.length < 2) return false;
            for (String p : parts) if (p.length() > 12 || NOT_NAMES.matcher(p).find()) return false;
            return true;
        }
        String[] parts = s.replaceAll("\\.$", "").split("\\s*[,;]\\s*");
        if (parts.length < 2) return false;
        for (String p : parts) if (!p.matches("([A-Z][\\p{L}'.-]*)( [A-Z][\\p{L}'.-]*){0,3}( \\(.*\\))?")) return false;
        return true;
    }

    // ---- people ----------------------------------------------------------------------------------------------

    private static final Pattern ZH_POSITION_END = Pattern.compile(
            "(长|主任|书记|经理|总监|委员|干事|校医|主席|秘书|会计|科员|教师|老师|班主任|负责人|工程师|总工|专员|站长|馆长|所长|院长|馆员|队员|组员|调研员|巡视员|指导员|辅导员|管理员|安全员|联络员|总工程师|医生|护士长)$");
    private static final Set<String> EN_TITLE_WORDS = Set.of("deputy", "vice", "chief", "project", "general", "assistant", "executive",
            "senior", "manager", "engineer", "director", "secretary", "head", "officer", "chairman", "chairwoman", "chairperson",
            "leader", "mayor", "principal", "president", "supervisor", "inspector", "accountant", "commissioner", "governor", "dean",
            "captain", "minister", "administrator", "coordinator", "foreman", "technician", "teacher", "doctor", "nurse", "safety",
            "party", "committee", "department", "office", "of", "the", "and", "section", "finance", "technical", "quality",
            "production", "chief's", "county", "city", "district", "township", "town", "bureau", "station", "school", "company",
            "division", "unit", "first", "second", "standing", "team", "group", "site", "construction", "equipment", "operations",
            "human", "resources", "logistics", "planning", "development", "research", "sales", "marketing", "member", "board",
            "party's", "branch", "village", "director-general", "secretary-general", "ceo", "cfo", "cto", "hr", "it");
    private static final Set<String> EN_TITLE_HEADS = Set.of("manager", "engineer", "director", "secretary", "head", "officer", "chairman",
            "chairwoman", "chairperson", "leader", "mayor", "principal", "president", "supervisor", "inspector", "accountant",
            "commissioner", "governor", "dean", "captain", "minister", "administrator", "coordinator", "foreman", "technician",
            "teacher", "doctor", "nurse", "chief", "director-general", "secretary-general", "ceo", "cfo", "cto", "member");

    /**
     * The people of a role in the roster list's form. Separators the list reads are kept; a "?" between names (a
     * lost 、 in text that went through the wrong encoding) becomes a separator; positions written before or after
     * a name go into parentheses after it.
     *
     * @param notes receives a message for each change that is more than spacing
     */
    static String people(String text, boolean zh, List<String> notes) {
        String s = Text.strip(text).replaceAll("[。.]$", "");
        if (s.matches(".*\\S\\s*\\?\\s*\\S.*") && !s.contains("？")) {
            s = s.replaceAll("\\s*\\?\\s*", zh ? "、" : "; ");
            notes.add("read \"?\" between names as a separator (a 、 lost to the wrong encoding?)");
        }
        if (s.contains("(") || s.contains("（")) return s; // already Name (Position)
        return zh || Text.hasHan(s) ? zhPeople(s) : enPeople(s);
    }

    private static String enPeople(String s) {
        String read = asRead(s, false);
        if (read != null && !read.equals(s)) return read; // Mr. T. Hill, Business Manager: Mr. T. Hill (Business Manager)
        String[] items = s.split("\\s*[;,]\\s*");
        List<String[]> people = new ArrayList<>(); // {name, position}
        for (String raw : items) {
            String item = Text.squeeze(raw);
            if (item.isEmpty()) continue;
            String[] words = item.split(" ");
            boolean endsWithTitle = EN_TITLE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) && words.length <= 6;
            if ((allTitle(words, 0, words.length) || endsWithTitle && !nameWords(words, 0, words.length - 1)
                    || endsWithTitle && words.length >= 2 && words[0].matches("[A-Z]{2,6}"))
                    && !people.isEmpty() && people.get(people.size() - 1)[1] == null) {
                people.get(people.size() - 1)[1] = item;
                continue;
            }
            // Title then name: the longest run of title words ending with a title head, then 1-3 name words
            int split = -1;
            for (int k = words.length - 1; k >= 1; k--) {
                if (allTitle(words, 0, k) && EN_TITLE_HEADS.contains(words[k - 1].toLowerCase(Locale.ROOT)) && nameWords(words, k, words.length)) {
                    split = k;
                    break;
                }
            }
            if (split > 0) {
                people.add(new String[] {String.join(" ", List.of(words).subList(split, words.length)),
                        String.join(" ", List.of(words).subList(0, split))});
                continue;
            }
            // Name then title
            for (int k = 1; k < words.length; k++) {
                if (nameWords(words, 0, k) && allTitle(words, k, words.length)
                        && EN_TITLE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                    split = k;
                    break;
                }
            }
            if (split > 0) {
                people.add(new String[] {String.join(" ", List.of(words).subList(0, split)),
                        String.join(" ", List.of(words).subList(split, words.length))});
                continue;
            }
            people.add(new String[] {item, null});
        }
        boolean positions = people.stream().anyMatch(p -> p[1] != null);
        if (!positions) return s;
        List<String> out = new ArrayList<>();
        for (String[] p : people) out.add(p[1] == null ? p[0] : p[0] + " (" + p[1] + ")");
        return String.join("; ", out);
    }

    private static boolean allTitle(String[] w, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!EN_TITLE_WORDS.contains(w[i].toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private static boolean nameWords(String[] w, int from, int to) {
        if (to - from < 1 || to - from > 3) return false;
        for (int i = from; i < to; i++) {
            if (!w[i].matches("[A-Z][\\p{L}'.-]*") || EN_TITLE_WORDS.contains(w[i].toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Pattern POSITION_NAME = Pattern.compile(
            "^(.{1,16}?(?:长|主任|书记|经理|总监|委员|干事|主席|秘书|负责人|工程师|总工))([\\p{IsHan}·]{2,4})$");
    private static final Pattern ZH_NAME = Pattern.compile("[\\p{IsHan}·•]{2,8}");

    private static String zhPeople(String s) {
        String read = asRead(s, true);
        if (read != null) return read;
        String[] tokens = s.split("[、，,；;]+|[\\s\\u3000]+");
        // a two-character name padded with spaces: single characters side by side
        List<String> toks = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) continue;
            if (t.length() == 1 && Text.hasHan(t) && i + 1 < tokens.length && tokens[i + 1].length() <= 2 && Text.hasHan(tokens[i + 1])
                    && s.matches("(?s).*" + Pattern.quote(t) + "[\\s\\u3000]+" + Pattern.quote(tokens[i + 1]) + ".*")) {
                toks.add(t + tokens[i + 1]);
                i++;
            } else {
                toks.add(t);
            }
        }
        List<String[]> people = new ArrayList<>();
        String pending = null; // a position written before its name, as its own token
        boolean changed = false;
        for (String t : toks) {
            // position then name in one token: 副县长王某某, 校长王明
            Matcher pm = POSITION_NAME.matcher(t);
            if (pm.find() && !ZH_POSITION_END.matcher(pm.group(2)).find()) {
                people.add(new String[] {pm.group(2), pm.group(1)});
                changed = true;
                continue;
            }
            boolean isPos = ZH_POSITION_END.matcher(t).find();
            if (isPos) {
                if (!people.isEmpty() && pending == null && !startsWithPosition(toks)) {
                    // name then position(s): 王明 镇党委副书记、镇长
                    String[] last = people.get(people.size() - 1);
                    last[1] = last[1] == null ? t : last[1] + "、" + t;
                    changed = true;
                } else {
                    pending = pending == null ? t : pending + "、" + t; // 县委副书记、县长 张三
                }
                continue;
            }
            if (pending != null) {
                people.add(new String[] {t, pending});
                pending = null;
                changed = true;
            } else {
                people.add(new String[] {t, null});
            }
        }
        if (pending != null) people.add(new String[] {pending, null});
        if (!changed && toks.equals(pieces(s))) return s;
        List<String> out = new ArrayList<>();
        boolean pos = people.stream().anyMatch(p -> p[1] != null);
        for (String[] p : people) out.add(p[1] == null ? p[0] : p[0] + "（" + p[1] + "）");
        return String.join(pos ? "；" : "、", out);
    }

    /**
     * The people as the roster reader reads them ({@link org.planpress.roster.RosterParser}: padded names, posts
     * before or after a name, several posts of one person), written as {@code 名字（职务）} separated by ； (in English
     * {@code Name (Position)} separated by ;), or {@code s} itself when it needs no change; null when the reader cannot
     * read it, or in English finds no position or a post standing alone (the guesses below try).
     */
    private static String asRead(String s, boolean zh) {
        List<org.planpress.model.Person> people;
        try {
            people = org.planpress.roster.RosterParser.parsePeople(s);
        } catch (org.planpress.model.ModelException | RuntimeException e) {
            return null;
        }
        boolean positions = people.stream().anyMatch(p -> p.position() != null && !p.position().isBlank());
        List<String> out = new ArrayList<>();
        for (org.planpress.model.Person p : people) {
            out.add(p.position() == null || p.position().isBlank() ? p.name()
                : zh ? p.name() + "（" + p.position() + "）" : p.name() + " (" + p.position() + ")");
        }
        if (!positions && out.equals(pieces(s))) return s; // as written
        // English names alone, or a post the list would leave as a group of its own ("Yan Tao; Chief Project Engineer"):
        // the guesses below
        if (!zh && (!positions || people.stream().anyMatch(org.planpress.model.Person::group))) return null;
        return String.join(zh ? (positions ? "；" : "、") : "; ", out);
    }

    /** The text between the list separators of {@code s}, stripped. */
    private static List<String> pieces(String s) {
        List<String> pieces = new ArrayList<>();
        for (String piece : s.split("[、，,；;]+")) if (!Text.strip(piece).isEmpty()) pieces.add(Text.strip(piece));
        return pieces;
    }

    private static boolean startsWithPosition(List<String> toks) {
        return !toks.isEmpty() && ZH_POSITION_END.matcher(toks.get(0)).find();
    }
}
