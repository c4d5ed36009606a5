package org.planpress.convert;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A timeline line whose period sits in brackets inside the stage's name, as Chinese and English plans write their
 * stages: {@code 第一阶段：宣传发动阶段（3月1日-3月15日）}, {@code 宣传发动阶段（3月1日-3月15日）：召开动员大会},
 * {@code Phase 1: Preparation (1–15 March)}, {@code Phase 1 (1–15 March): Preparation}.
 *
 * <p>The stage's name is the line without the brackets, with the plan's numbering as written; text after a colon
 * that follows the brackets is the stage's description, unless what comes before the brackets is only numbering
 * ({@code Phase 1}, {@code 第一阶段}): then it is the rest of the name.
 */
final class StageLines {
    private StageLines() {
    }

    /**
     * A stage read from a line.
     *
     * @param name the stage's name as written
     * @param period the period's text
     * @param description what the stage does, written after its period; null when none
     */
    record Parts(String name, String period, String description) {
    }

    private static final String OPEN = "（(";
    private static final String CLOSE = "）)";

    /** Numbering alone: 第一阶段, 第2步, Phase 1, Stage II, 1., 一、, (1), （一）. */
    private static final Pattern NUMBERING = Pattern.compile("(?i)第[0-9一二三四五六七八九十]+(?:阶段|步骤|步|环节|部分)"
            + "|(?:phase|stage|step|part)\\s*[0-9]+|(?:phase|stage|step|part)\\s+[ivx]+"
            + "|[0-9一二三四五六七八九十]+\\s*[.、．]?|[（(][0-9一二三四五六七八九十]+[）)]");

    /**
     * The stage of a line whose first bracketed text that {@code readable} accepts is its period; null when no
     * bracketed text is one.
     */
    static Parts inBrackets(String line, Predicate<String> readable) {
        for (int open = 0; open < line.length(); open++) {
            if (OPEN.indexOf(line.charAt(open)) < 0) continue;
            int close = closing(line, open);
            if (close < 0) return null;
            String inner = line.substring(open + 1, close).strip();
            if (!inner.isEmpty() && readable.test(inner)) return parts(line.substring(0, open), inner, line.substring(close + 1));
        }
        return null;
    }

    /** Where a period may follow a stage's name: a comma, a colon (Stage 1: Planning: June), or a dash with spaces around it (a dash in "1–15" joins dates). */
    private static final Pattern NAME_END = Pattern.compile("\\s*[,，:：]\\s*|\\s+[-–—]{1,2}\\s+|\\s*——\\s*");

    /**
     * The stage of a line whose period follows its name after a comma or a spaced dash ({@code Stage 3 - Implementation,
     * September to November}, {@code Preparation – 1–15 March}, {@code 集中整治阶段，6月1日至30日}): the longest end that
     * {@code readable} accepts is the period; null when none is.
     */
    static Parts trailingPeriod(String line, Predicate<String> readable) {
        java.util.regex.Matcher m = NAME_END.matcher(line);
        while (m.find()) {
            String name = trimSeparators(line.substring(0, m.start()).strip());
            String period = line.substring(m.end()).strip();
            if (!name.isEmpty() && !period.isEmpty() && readable.test(period)) return new Parts(name, period, null);
        }
        return null;
    }

    private static Parts parts(String before, String period, String after) {
        String head = before.strip();
        String tail = after.strip();
        boolean colon = !tail.isEmpty() && (tail.charAt(0) == '：' || tail.charAt(0) == ':');
        if (!colon) return new Parts(trimSeparators(joined(head, tail)), period, null);
        String rest = tail.substring(1).strip();
        if (head.isEmpty() || NUMBERING.matcher(head).matches()) { // Phase 1 (June): Preparation
            return new Parts(trimSeparators(head + (tail.charAt(0) == ':' ? ": " : "：") + rest), period, null);
        }
        return new Parts(trimSeparators(head), period, rest.isEmpty() ? null : rest);
    }

    /** The text before and after the brackets as one name: a space between them unless one side is empty. */
    private static String joined(String head, String tail) {
        return head.isEmpty() || tail.isEmpty() ? head + tail : head + " " + tail;
    }

    /** The name without a colon or comma left at either end by the brackets taken out of it. */
    private static String trimSeparators(String s) {
        String t = s;
        while (!t.isEmpty() && "：:，,、 ".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        while (!t.isEmpty() && "：:，,、 ".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
        return t;
    }

    /** The index of the bracket closing the one at {@code open} (either width), or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPEN.indexOf(c) >= 0) depth++;
            else if (CLOSE.indexOf(c) >= 0 && --depth == 0) return i;
        }
        return -1;
    }
}
