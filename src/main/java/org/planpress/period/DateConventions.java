package org.planpress.period;

import java.util.Locale;

/**
 * How a plan writes the dates that differ between countries: the order of a date written with slashes ({@code 3/4/2025}:
 * 3 April in Britain, March 4 in the United States) and the month its financial year starts in.
 *
 * @param dayFirst true when slashed dates put the day first (dd/mm/yyyy), false when the month (mm/dd/yyyy), null when
 *     the plan does not say: then a date that reads both ways is an error
 * @param fiscalYearStart the month (1–12) the financial year starts in: FY2026 is the year that ends in 2026
 * @param region the plan's country as {@code :lang:} gives it ({@code GB}, {@code US}, {@code AU}), "" when it does not:
 *     numbered school terms and semesters follow it (see {@link #schoolYearInAutumn()})
 */
public record DateConventions(Boolean dayFirst, int fiscalYearStart, String region) {

    /** No language known: slashed dates that read both ways are errors, financial years start in April. */
    public static final DateConventions UNKNOWN = new DateConventions(null, 4, "");

    /**
     * Whether the school year starts in the autumn (Britain, Ireland, the United States, Canada, China): then Term 1 and
     * Semester 1 are the autumn's; else (Australia, New Zealand, Singapore, South Africa, or no country given) the school
     * year is the calendar year and Term 1 starts in late January.
     */
    public boolean schoolYearInAutumn() {
        return java.util.Set.of("GB", "UK", "IE", "US", "CA", "CN", "HK", "TW").contains(region);
    }

    public DateConventions {
        java.util.Objects.requireNonNull(region, "region");
        if (fiscalYearStart < 1 || fiscalYearStart > 12) throw new IllegalArgumentException("no month " + fiscalYearStart);
    }

    /**
     * The conventions of a plan's {@code :lang:} ({@code en}, {@code en-GB}, {@code en-US}, {@code zh-CN}) and its
     * {@code :plan-fiscal-year-start:} (a month number or English name; null when not set). Slashed dates: month first in
     * Chinese and in {@code en-US}, day first in the other English regions, unknown in {@code en} alone. The financial
     * year: the attribute, else January in Chinese plans, July in {@code en-AU}, October in {@code en-US} (the federal
     * year), else April (Britain, India, Canada, Japan).
     *
     * @throws IllegalArgumentException when the attribute is not a month
     */
    public static DateConventions of(String lang, String fiscalYearStart) {
        Locale l = lang == null || lang.isBlank() ? Locale.ROOT : Locale.forLanguageTag(lang.strip().replace('_', '-'));
        String language = l.getLanguage();
        String region = l.getCountry();
        Boolean dayFirst = language.equals("zh") || region.equals("US") ? Boolean.FALSE
            : language.equals("en") && !region.isEmpty() ? Boolean.TRUE : null;
        int start = language.equals("zh") ? 1 : region.equals("AU") ? 7 : region.equals("US") ? 10 : 4;
        if (fiscalYearStart != null && !fiscalYearStart.isBlank()) start = month(fiscalYearStart.strip());
        return new DateConventions(dayFirst, start, language.equals("zh") && region.isEmpty() ? "CN" : region);
    }

    private static int month(String written) {
        if (written.matches("\\d{1,2}")) {
            int m = Integer.parseInt(written);
            if (m >= 1 && m <= 12) return m;
        }
        for (java.time.Month m : java.time.Month.values()) {
            String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (name.equalsIgnoreCase(written) || written.length() >= 3 && name.toLowerCase(Locale.ROOT).startsWith(written.toLowerCase(Locale.ROOT))) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("plan-fiscal-year-start must be a month such as 4 or April, not \"" + written + "\"");
    }
}
