package org.planpress.timeline;

import org.planpress.model.Period;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

/**
 * The text equivalent of a timeline, for screen readers and for the SVG's description:
 * one sentence per stage, e.g. {@code Mobilization and deployment: June (1 Jun – 30 Jun).}
 */
public final class TimelineText {

    private TimelineText() {
    }

    /**
     * Describes each stage with its period as written and as dates; deadline periods read
     * "(by 10 May)", approximate ones "(≈ 18 Sep)", tentative ones "(1 Sep – 30 Sep, tentative)". Ends with the year-not-stated note unless every stage states a year.
     * Returns plain text (not escaped); empty for a timeline without stages.
     */
    public static String describe(Timeline timeline, TimelineLabels labels) {
        boolean zh = labels.isChinese();
        StringBuilder sb = new StringBuilder();
        for (Stage stage : timeline.stages()) {
            if (sb.length() > 0 && !zh) sb.append(' ');
            sb.append(sentence(stage, labels));
        }
        if (!timeline.stages().isEmpty() && !yearStated(timeline)) {
            sb.append(zh ? "" : " ").append(labels.yearNotStated().strip());
            if (!sb.toString().matches("(?s).*[.。!！]$")) sb.append(zh ? "。" : ".");
        }
        return sb.toString();
    }

    /** One stage as a sentence: "Name: period as written (dates)." */
    static String sentence(Stage stage, TimelineLabels labels) {
        boolean zh = labels.isChinese();
        Period p = stage.period();
        String dates = p.openStart()
            ? labels.deadline(p.end(), p.yearStated())
            : labels.range(p.start(), p.end(), p.yearStated());
        if (p.approximate()) dates = "≈ " + dates;
        if (p.tentative()) dates += (zh ? "，" : ", ") + labels.tentative();
        return stage.name().strip()
            + (zh ? "：" : ": ") + p.text()
            + (zh ? "（" : " (") + dates + (zh ? "）" : ")")
            + (zh ? "。" : ".");
    }

    /** Whether every stage's period states a year (false for a timeline without stages). */
    static boolean yearStated(Timeline timeline) {
        return !timeline.stages().isEmpty() && timeline.stages().stream().allMatch(s -> s.period().yearStated());
    }
}
