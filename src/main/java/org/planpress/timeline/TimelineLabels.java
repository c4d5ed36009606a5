package org.planpress.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The words a timeline is drawn and described with.
 *
 * @param locale the language of month names and dates; Chinese ({@code zh}) gets {@code 6月1日} forms,
 *     English {@code 1 Jun}, other languages the JDK's short month names
 * @param yearNotStated the note shown when the plan states no year
 * @param ariaLabel the accessible name of the timeline graphic
 */
public record TimelineLabels(Locale locale, String yearNotStated, String ariaLabel) {
    private static final String[] EN_MONTHS =
        {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** Requires all parts. */
    public TimelineLabels {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(yearNotStated, "yearNotStated");
        Objects.requireNonNull(ariaLabel, "ariaLabel");
    }

    /** English labels: "Jan".."Dec", "Year not stated in the plan". */
    public static TimelineLabels english() {
        return new TimelineLabels(Locale.ENGLISH, "Year not stated in the plan", "Timeline of the plan's stages");
    }

    /** Chinese labels: "1月".."12月", "方案未注明年份". */
    public static TimelineLabels chinese() {
        return new TimelineLabels(Locale.SIMPLIFIED_CHINESE, "方案未注明年份", "实施步骤时间轴");
    }

    /** Chinese labels for a {@code zh...} language tag (as in {@code :lang: zh-CN}), English otherwise. */
    public static TimelineLabels forLanguage(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? chinese() : english();
    }

    /** The short label of a month (1–12): "Jun" or "6月". */
    public String month(int month) {
        if (isChinese()) return month + "月";
        if (isEnglish()) return EN_MONTHS[month - 1];
        return Month.of(month).getDisplayName(TextStyle.SHORT, locale);
    }

    /** A day, e.g. "1 Jun", "1 Jun 2011", "6月1日", "2011年6月1日". */
    public String date(LocalDate day, boolean withYear) {
        if (isChinese()) {
            return (withYear ? day.getYear() + "年" : "") + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }
        return day.getDayOfMonth() + " " + month(day.getMonthValue()) + (withYear ? " " + day.getYear() : "");
    }

    /** A year label, e.g. "2011" or "2011年". */
    String year(int year) {
        return isChinese() ? year + "年" : String.valueOf(year);
    }

    /** A date range: "1 Jun – 30 Jun 2011", "2011年6月1日至6月30日"; one day when start equals end. */
    String range(LocalDate start, LocalDate end, boolean withYear) {
        if (start.equals(end)) return date(start, withYear);
        boolean sameYear = start.getYear() == end.getYear();
        if (isChinese()) {
            return date(start, withYear) + "至" + date(end, withYear && !sameYear);
        }
        return date(start, withYear && !sameYear) + " – " + date(end, withYear);
    }

    /** The mark of a tentative stage: "tentative", "暂定". */
    String tentative() {
        return isChinese() ? "暂定" : "tentative";
    }

    /** A deadline: "by 10 May", "截至5月10日". */
    String deadline(LocalDate end, boolean withYear) {
        return isChinese() ? "截至" + date(end, withYear) : "by " + date(end, withYear);
    }

    boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    private boolean isEnglish() {
        return locale.getLanguage().equals("en") || locale.getLanguage().isEmpty();
    }
}
