package org.planpress.period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Ordinal weekdays and weeks of a month: the second Saturday, the last Friday, the third week (Monday to Sunday,
 * the week holding the month's third Thursday, so the first week has most of its days in the month), the second
 * weekend (a Saturday and the Sunday after it).
 */
final class CalendarSpans {
    /** {@code what}: 1 (Monday) to 7 (Sunday), 8 the weekend, 0 the week. */
    static final int WEEK = 0, WEEKEND = 8;

    private CalendarSpans() {
    }

    /**
     * The first and last day of the n-th (n = -1: the last) weekday, weekend or week of a month; throws
     * {@link DateTimeException} when the month has no such day ("February 2015 has no fifth Saturday").
     */
    static LocalDate[] ordinal(int year, int month, int n, int what) {
        YearMonth ym = YearMonth.of(year, month);
        if (what == WEEK) {
            LocalDate thursday = nth(ym, n, DayOfWeek.THURSDAY, "week");
            return new LocalDate[] {thursday.minusDays(3), thursday.plusDays(3)};
        }
        if (what == WEEKEND) {
            LocalDate saturday = nth(ym, n, DayOfWeek.SATURDAY, "weekend");
            return new LocalDate[] {saturday, saturday.plusDays(1)};
        }
        DayOfWeek dow = DayOfWeek.of(what);
        LocalDate d = nth(ym, n, dow, dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return new LocalDate[] {d, d};
    }

    private static LocalDate nth(YearMonth ym, int n, DayOfWeek dow, String what) {
        if (n < 0) return ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow));
        LocalDate d = ym.atDay(1).with(TemporalAdjusters.firstInMonth(dow)).plusWeeks(n - 1);
        if (d.getMonthValue() != ym.getMonthValue()) {
            String[] names = {"", "first", "second", "third", "fourth", "fifth"};
            throw new DateTimeException(Month.of(ym.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + ym.getYear() + " has no " + names[n] + " " + what);
        }
        return d;
    }
}
