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
     * "(by 10 May)". Ends with the year-not-stated note when no stage states a year.
     * Returns plain text (not escaped); empty for a timeline without stages.
     */
    public static String describe(Timeline timeline, TimelineLabels labels) {
        boolean zh = labels.chinese();
        StringBuilder sb = new StringBuilder();
        boolean anyYear = false;
        for (Stage stage : timeline.stages()) {
            Period p = stage.period();
            anyYear |= p.yearStated();
            String dates = p.openStart()
                ? labels.deadline(p.end(), p.yearStated())
                : labels.range(p.start(), p.end(), p.yearStated());
            if (sb.length() > 0 && !zh) sb.append(' ');
            sb.append(stage.name().strip())
                .append(zh ? "：" : ": ")
                .append(p.text())
                .append(zh ? "（" : " (").append(dates).append(zh ? "）" : ")")
                .append(zh ? "。" : ".");
        }
        if (!timeline.stages().isEmpty() && !anyYear) {
            sb.append(zh ? "" : " ").append(labels.yearNotStated()).append(zh ? "。" : ".");
        }
        return sb.toString();
    }
}
