package org.planpress.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage line set as a table of contents is: the name, a dot leader (or a wide gap), the period:
 * "Stage 1  Outreach launch ............ June 3 - June 21, 2024", "宣传发动……………5月22日至31日".
 */
final class StageLeader {

    static final Pattern LEADER = Pattern.compile("\\.{4,}|…{2,}|·{4,}|\\s\\.{3}\\s|[.·…]{3,}\\s*\\d");
    private static final Pattern LINE = Pattern.compile("^(.{2,60}?)\\s*(?:\\.{3,}|…+|·{3,})\\s*(\\S.{1,50}?)[。.;；]?$");

    private StageLeader() {
    }

    /** {name, period} of a leader line whose period reads as one, or null. */
    static String[] of(String text) {
        Matcher m = LINE.matcher(Text.strip(text));
        if (!m.find() || !Dates.periodLike(m.group(2))) return null;
        return new String[] {Text.squeeze(m.group(1)), Text.strip(m.group(2))};
    }
}
