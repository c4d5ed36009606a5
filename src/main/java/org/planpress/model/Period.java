package org.planpress.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a stage of a plan happens, as written and as inclusive dates.
 *
 * @param text the period as written in the plan, e.g. {@code "May 10 - the end of October"}, with any remark
 * @param start first day (inclusive)
 * @param end last day (inclusive), never before {@code start}
 * @param yearStated false when neither the period nor the plan states a year; the dates
 *     are then computed in the reference year {@value org.planpress.period.PeriodParser#REFERENCE_YEAR}
 * @param openStart true for deadline forms ("before X", "X前") and for "from the day of issue" without a
 *     {@code :plan-date:}: the work may start earlier than {@code start}, which is only the first day of the
 *     end's month
 * @param approximate true for "around X", "X左右", "X前后", "the eve of X": the dates are the plan's best guess
 * @param tentative true when a remark says the dates are not settled: （暂定）, (tentative), (to be confirmed)
 * @param note a remark kept with the period, e.g. {@code "暂定"} from {@code "9月（暂定）"}, or the alternatives
 *     of {@code "6月或7月"}; null when there is none
 */
public record Period(String text, LocalDate start, LocalDate end, boolean yearStated, boolean openStart,
                     boolean approximate, boolean tentative, String note) {

    /** Validates that all parts are present and that {@code start <= end}. */
    public Period {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
        }
        if (note != null && note.isBlank()) note = null;
    }

    /** A period that is exact, settled and without a note. */
    public Period(String text, LocalDate start, LocalDate end, boolean yearStated, boolean openStart) {
        this(text, start, end, yearStated, openStart, false, false, null);
    }

    /** Whether the given day falls within this period (both ends inclusive). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** This period with a remark: tentative when the remark says so. */
    public Period withNote(String remark, boolean isTentative) {
        String n = note == null ? remark : remark == null ? note : note + "; " + remark;
        return new Period(text, start, end, yearStated, openStart, approximate, tentative || isTentative, n);
    }
}
