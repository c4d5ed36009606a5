package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unnumbered headings of plain text: short title-case English lines without a final stop ("Purpose", "Outreach
 * Team", "Implementation Schedule"), or short Chinese lines without punctuation (指导思想, 工作目标, 组织领导), each
 * followed by body text. They are marked as headings (level 2), as a format's heading style would mark them, when a
 * plan has at least three and no headings of its format.
 */
final class PlainHeadings {

    private static final Pattern SMALL = Pattern.compile("(?i)a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|we|will|do");

    private PlainHeadings() {
    }

    static List<Paragraph> mark(List<Paragraph> ps, boolean zh) {
        if (ps.stream().anyMatch(p -> p.level() >= 2) || numberedHeadings(ps) >= 2) return ps;
        java.util.function.Predicate<Paragraph> candidate = zh ? PlainHeadings::candidateZh : PlainHeadings::candidate;
        boolean[] h = new boolean[ps.size()];
        int count = 0;
        for (int i = 0; i + 1 < ps.size(); i++) {
            Paragraph next = ps.get(i + 1);
            if (candidate.test(ps.get(i)) && !candidate.test(next) && !next.isTable() && Dates.dateLine(next.text()) == null
                    && (!zh || Text.width(Text.squeeze(next.text())) > 2 * Text.width(Text.squeeze(ps.get(i).text())))) {
                h[i] = true;
                count++;
            }
        }
        if (count < 3) return ps;
        List<Paragraph> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            out.add(h[i] ? new Paragraph(p.text(), 2, p.bold(), p.centred(), null, p.line()) : p);
        }
        return out;
    }

    /**
     * Paragraphs numbered as sections are ("1. Purpose", "II. Goals", "1.0 SCOPE"): the plan has its headings. Numbered
     * stage lines ("1. Phase 1 - Notification (April 1-18)") are a schedule's items, not headings.
     */
    private static long numberedHeadings(List<Paragraph> ps) {
        return ps.stream().filter(p -> !p.isTable() && PlanDetector.stage(p.text(), Text.hasHan(p.text())) == null).filter(p -> {
            Numbering n = Numbering.of(p.text());
            return n != null && Set.of("AR.", "ROMAN", "AR.0", "CN", "第章", "第部分").contains(n.style()) && !Text.endsSentence(n.rest())
                    && Text.width(n.rest()) <= 60;
        }).count();
    }

    /**
     * A short Chinese line (2 to 15 characters, Han only) that is not numbered, a roster line, a date, or a line with
     * punctuation (特此通知 followed by the signature is taken care of by the date line after it).
     */
    static boolean candidateZh(Paragraph p) {
        if (p.isTable()) return false;
        String t = Text.squeeze(p.text()).replace(" ", "").replace("\u3000", "");
        if (t.length() < 2 || t.length() > 15 || !HAN_ONLY.matcher(t).matches()) return false;
        return Numbering.of(t) == null && Dates.find(t) == null && RosterText.roleLine(t, true) == null;
    }

    private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan}（）()、与和及]+");

    /** A short title-case line that is not numbered, a roster line, a date or a sentence. */
    static boolean candidate(Paragraph p) {
        if (p.isTable()) return false;
        String t = Text.squeeze(p.text());
        if (t.isEmpty() || Text.hasHan(t) || Text.width(t) > 60 || !Character.isUpperCase(t.charAt(0))) return false;
        if (t.matches(".*[.:;,!?。：]$") || t.matches(".*[,;:].*") || Numbering.of(t) != null || PlanDetector.bullet(t) != null) return false;
        if (Dates.find(t) != null || RosterText.roleLine(t, true) != null) return false;
        String[] words = t.split(" ");
        if (words.length > 6) return false;
        for (String w : words) {
            if (w.isEmpty() || SMALL.matcher(w).matches()) continue;
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
        }
        return true;
    }
}
