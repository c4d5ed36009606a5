package org.planpress.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a stage of a plan happens, as written and as inclusive dates.
 *
 * @param text the period as written in the plan, e.g. {@code "May 10 - the end of October"}
 * @param start first day (inclusive)
 * @param end last day (inclusive), never before {@code start}
 * @param yearStated false when neither the period nor the plan states a year; the dates
 *     are then computed in the reference year {@value PeriodParser#REFERENCE_YEAR}
 * @param openStart true for deadline forms ("before X", "X前"): the work may start earlier
 *     than {@code start}, which is only the first day of X's month
 */
public record Period(String text, LocalDate start, LocalDate end, boolean yearStated, boolean openStart) {

    /** Validates that all parts are present and that {@code start <= end}. */
    public Period {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
        }
    }

    /** Whether the given day falls within this period (both ends inclusive). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
