package org.planpress.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a role's text holds besides its people, as paper plans write it: a second role inside the line, after a
 * separator or a run of spaces ({@code 王建国；副组长：李明}, {@code 王建国　县委书记　　副组长：李明},
 * {@code Tom Hill; Deputy Leader: Ann Lee}), and a closing sentence on a line of its own
 * ({@code 领导小组下设办公室，办公室设在县教育局，……}), which names no people.
 */
final class RoleLines {
    private RoleLines() {
    }

    /** One role written in the text: its label (null for the role the text belongs to) and its people. */
    record Part(String label, String text) {
    }

    /**
     * A label and its colon at the start of a text: 副组长：, 【成员】：, Deputy Leader:, 副组长（2人）： (not 张三：县长,
     * which is no role label).
     */
    private static final Pattern LABEL = Pattern.compile("^([^\\n：:；;，,、()（）]{1,24}?(?:\\s*[（(][^()（）\\n]{1,12}[)）])?)\\s*[：:]");

    /**
     * The text cut where a known role label ({@link RoleLabel#isKnown}) and its colon follow a separator, a line
     * break or a space (for a Latin label: a separator, a line break or two spaces); the first part is the text
     * before the first such label.
     */
    static List<Part> roles(String text) {
        List<Part> parts = new ArrayList<>();
        String label = null;
        int from = 0;
        int depth = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i - 1);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
            if (depth > 0 || !startsAfterBreak(text, i)) continue;
            Matcher m = LABEL.matcher(text).region(i, text.length());
            if (!m.lookingAt() || !RoleLabel.isKnown(m.group(1)) || !labelStart(text, i)) continue;
            parts.add(new Part(label, trimSeparators(text.substring(from, i))));
            label = m.group(1).strip();
            from = m.end();
            i = from;
        }
        parts.add(new Part(label, text.substring(from).strip()));
        return parts;
    }

    /** Whether position {@code i} follows a separator, a line break or whitespace, and starts a word. */
    private static boolean startsAfterBreak(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return false;
        char before = text.charAt(i - 1);
        return "；;，,、".indexOf(before) >= 0 || Character.isWhitespace(before) || Character.isSpaceChar(before);
    }

    /** A Latin label needs more than one space before it: "Tom Hill Deputy Leader:" may be one name and a post. */
    private static boolean labelStart(String text, int i) {
        if (PositionWords.isHan(text.codePointAt(i)) || "【[〔［".indexOf(text.charAt(i)) >= 0) return true;
        int k = i - 1;
        int spaces = 0;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
            if (text.charAt(k) == '\n') return true;
            spaces++;
            k--;
        }
        return spaces != 1 || k >= 0 && "；;，,、".indexOf(text.charAt(k)) >= 0;
    }

    private static String trimSeparators(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "；;，,、".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** Words that say where an office is set up: 设在安质部, 办公室设于县教育局, 挂靠县应急局. */
    private static final Pattern LOCATION = Pattern.compile("^(?:办公室)?(?:设在|设于|下设|挂靠|位于|办公地点)");

    /**
     * The first clause of the text (between ，；, and line breaks) that says where the office is, not who is in it
     * ({@code 设在安质部，陈刚兼任办公室主任}); null when there is none.
     */
    static String location(String text) {
        for (String clause : text.split("[，,；;。\n]")) {
            String c = clause.strip();
            if (LOCATION.matcher(c).find()) return c;
        }
        return null;
    }

    /** Words of a Chinese sentence about the group, not a list of people: 下设, 设在, 兼任, 负责 (not 负责人, 负责同志). */
    private static final Pattern ZH_SENTENCE = Pattern.compile(
        "下设|设在|设于|兼任|担任|承担|日常工作|负责(?!人|同志)|具体|协调|落实|组成");
    /** Text in parentheses, which does not make a line a sentence. */
    private static final Pattern PARENTHESISED = Pattern.compile("[（(][^（()）]*[)）]");
    /** Verbs of an English sentence: "The office is based at the Town Hall." */
    private static final Pattern EN_SENTENCE = Pattern.compile(
        "(?i)\\b(?:is|are|was|will|shall|has|have|serves|acts|reports|meets|located|based|responsible)\\b");

    /**
     * The first line after the first that is a sentence, not people: Chinese with a clause (a ，or a closing 。) and
     * words such as 下设, 设在, 兼任; English of five words or more with a verb and a clause or a closing period. Null
     * when there is none. Text in parentheses does not count ({@code 张三（兼任办公室主任）} is a person).
     */
    static String sentence(String text) {
        String[] lines = text.split("\n");
        for (int k = 1; k < lines.length; k++) {
            String line = lines[k].strip();
            String bare = PARENTHESISED.matcher(line).replaceAll("");
            if (PeopleReader.hasHan(bare)) {
                if ((bare.contains("，") || bare.endsWith("。")) && ZH_SENTENCE.matcher(bare).find()) return line;
            } else if (bare.split("\\s+").length >= 5 && EN_SENTENCE.matcher(bare).find()
                    && (bare.contains(", ") || bare.endsWith("."))) {
                return line;
            }
        }
        return null;
    }
}
