package org.planpress.period;

import org.planpress.model.ModelException;
import org.planpress.model.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.planpress.period.PeriodLexer.Token;

/**
 * Reads the period of a plan stage, as people write it, into inclusive dates.
 *
 * <p>First {@link PeriodTimes} rewrites the forms of office plans the grammar does not know (a time of day after the day,
 * kept as the note; 5.12防灾减灾日; 3, 10 and 17 March; 25年3月; Start: …; End: …) and reads weeks by number (2025-W24)
 * and, when nothing else reads, weeks counted from a term or a holiday (开学第三周, the first week after Easter).
 *
 * <p>{@link PeriodVariants} then rewrites variants of forms the grammar reads as published plans write them (2024.6—12,
 * 三四季度, Quarter 3 2025/26, Apr 25 – Mar 26, April 2025 – ongoing). A text that still does not read may be a stage's
 * name or label with its period ({@code 动员部署阶段（2025年3月）}, {@code Phase 1: April–June 2025}): the period, the name
 * its note; or the weekend of a holiday ({@code Labor Day weekend}).
 *
 * <p>Then in four steps. {@link PeriodText} cleans the text (whitespace, surrounding parentheses, trailing punctuation),
 * splits off a trailing remark ("（暂定）", "(to be confirmed)", kept as {@link Period#note()}), refuses blanks left
 * in a template (20__年, XX月) and normalises it (NFKC, lower case, quotes dropped, 〇/○/O zeros, "一" used as a
 * dash, 印发之日 as 即日); {@link PeriodForms} rewrites forms that say what another says (一个月内, 冬春季, 前三季度,
 * 初夏, school years and terms), financial years ({@link FiscalYears}: FY2026, Q2 FY26) and English school terms
 * ({@link SchoolTerms}: Autumn 1, Term 2, Semester 1) are written as their months and days, by the plan's
 * {@link DateConventions} (its country and financial year), and months, weeks and terms counted from the issue date
 * (本月底, next week, 本学期) are written as the months, days and terms they are. {@link PeriodLexer} makes tokens of it, with key phrases of both languages ("即日" / "the
 * date of issue", "次年" / "next year", "左右" / "around", named days from {@link NamedDays}, Chinese numerals from
 * {@link ChineseNumerals}). {@link PeriodReader} reads the grammar
 *
 * <pre>
 * period   = [deadline-prefix] point [deadline-suffix]            before May 10, 5月底前, 国庆节前
 *          | [from] point [起] (sep point [止] | duration | )       5月10日至20日, 即日起至9月30日, 9月1日起，为期三周
 *          | point (list-sep point)+                               8月上旬、中旬, 6月或7月, June and July
 * point    = [around] [eve|after] [next-year] base [next-year] [左右|前后] [前夕|后|期间]
 * base     = day | month | part of a month | year | ISO date | named day | ordinal weekday or week | day of issue
 * </pre>
 *
 * <p>Meaning: a month is the whole month; a day is that day; early/上旬/初 is days 1–10, mid/中旬 11–20, late/下旬
 * 21 to the month's end; "the end of May"/5月底 alone is May 21–31 but as either end of a range it is May 31. A
 * range covers both ends whole. "before X"/"by X"/X前 is a deadline: it ends where X ends (for a named day: the day
 * before it) and starts, with {@link Period#openStart()} set, on the first day of that month. The year comes from
 * the period, else from the plan, else from the plan's issue date, else the reference year {@value #REFERENCE_YEAR}
 * with {@link Period#yearStated()} false; a timeline stage under another is read with {@link #parseAfter}. A range whose end falls before its start runs into the next year: said so
 * (次年, next year, a year) it is read silently; implied ({@code November to February}) it is read the same way
 * but reported as a warning — unless both ends are in the same month ({@code May 20 - 10} is rejected). A start
 * without an end ({@code 9月1日起}, {@code from June}) runs to the end of its year, with a warning; a stage that goes
 * on or recurs ({@code 长期}, {@code 每周五}, {@code ongoing}) is the year, or runs from its start, with its words as
 * the note.
 */
public final class PeriodParser {
    /** The year periods are computed in when no year is stated: a leap year, so February 29 exists. */
    public static final int REFERENCE_YEAR = 2000;

    private PeriodParser() {
    }

    /** Parses a period of a plan whose year may be known, without an issue date; warnings are dropped. */
    public static Period parse(String text, Integer planYear) throws ModelException {
        return parse(text, planYear, null, null);
    }

    /**
     * Parses a period.
     *
     * @param text the period as written, e.g. {@code "May 10 - the end of October"} or {@code "5月底前"};
     *     surrounding whitespace, parentheses and trailing punctuation are ignored, a trailing parenthesised
     *     remark is kept as the note
     * @param planYear the plan's year, used when the period states none; may be null
     * @param issueDate the day the plan is issued ({@code :plan-date:}), the start of "即日起" / "from the date of
     *     issue" and, without a plan year, the year of the periods; may be null
     * @param warnings receives what was read but may not be what was meant (a range that runs into the next year
     *     without saying so); may be null
     * @return the period, with {@code start <= end}
     * @throws ModelException when the text is empty, not a period, has a blank to fill in, or names a day that does
     *     not exist; the message quotes the text and says what is expected
     */
    public static Period parse(String text, Integer planYear, LocalDate issueDate, Consumer<String> warnings)
        throws ModelException {
        return parse(text, planYear, issueDate, DateConventions.UNKNOWN, warnings);
    }

    /**
     * Parses a period of a plan whose conventions are known: the order of its slashed dates and its financial year.
     *
     * @see #parse(String, Integer, LocalDate, Consumer)
     */
    public static Period parse(String text, Integer planYear, LocalDate issueDate, DateConventions conventions,
            Consumer<String> warnings) throws ModelException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conventions, "conventions");
        String[] office = PeriodTimes.rewrite(text, clean(text)); // times of day, 5.12防灾减灾日, 3, 10 and 17 March, 25年3月
        Period iso = PeriodTimes.isoWeeks(office[0], planYear != null ? planYear : issueDate != null ? Integer.valueOf(issueDate.getYear()) : null);
        if (iso == null) iso = PeriodTimes.weekOfDay(office[0], base -> parse(base, planYear, issueDate, conventions, null));
        if (iso != null) return asWritten(text, office[1] == null ? iso : iso.withNote(office[1], false));
        try {
            Period p = parseWritten(text, office[0], planYear, issueDate, conventions, warnings);
            return asWritten(text, office[1] == null ? p : p.withNote(office[1], false));
        } catch (ModelException e) {
            PeriodTimes.Reading reader = base -> parse(base, planYear, issueDate, conventions, null);
            Period weeks = PeriodTimes.weeksOf(office[0], reader);
            if (weeks == null) weeks = PeriodTimes.countedFrom(office[0], reader);
            if (weeks == null) weeks = holidayWeekend(office[0], planYear, issueDate, conventions);
            if (weeks == null) throw e;
            return asWritten(text, office[1] == null ? weeks : weeks.withNote(office[1], false));
        }
    }

    /** A weekend named after the holiday in it: "Labor Day weekend", "Thanksgiving weekend", "the Labour Day long weekend". */
    private static final java.util.regex.Pattern HOLIDAY_WEEKEND = java.util.regex.Pattern.compile(
        "(?i)^(?:the\\s+)?(.+?)\\s+(?:long\\s+|holiday\\s+)?weekend$");

    /**
     * The weekend of a holiday that falls on a single day next to one: Saturday to a Monday holiday, a Friday (or
     * Thursday) holiday to Sunday, the Saturday and Sunday of a weekend day; null for a holiday midweek or a text
     * that is no such weekend.
     */
    private static Period holidayWeekend(String rewritten, Integer planYear, LocalDate issueDate, DateConventions conventions) {
        java.util.regex.Matcher m = HOLIDAY_WEEKEND.matcher(clean(rewritten));
        if (!m.matches()) return null;
        Period day;
        try {
            day = parse(m.group(1), planYear, issueDate, conventions, null);
        } catch (ModelException | RuntimeException e) {
            return null;
        }
        if (!day.start().equals(day.end())) return null;
        LocalDate d = day.start();
        LocalDate[] weekend = switch (d.getDayOfWeek()) {
            case MONDAY -> new LocalDate[] {d.minusDays(2), d};
            case THURSDAY -> new LocalDate[] {d, d.plusDays(3)};
            case FRIDAY -> new LocalDate[] {d, d.plusDays(2)};
            case SATURDAY -> new LocalDate[] {d, d.plusDays(1)};
            case SUNDAY -> new LocalDate[] {d.minusDays(1), d};
            default -> null;
        };
        if (weekend == null) return null;
        return new Period(day.text(), weekend[0], weekend[1], day.yearStated(), false, day.approximate(), day.tentative(), day.note());
    }

    /**
     * The period with its text as the author wrote it (cleaned), whatever the office forms rewrote before reading it:
     * the page, plans.json and stages.ics show {@code “5·12”防灾减灾日前后}, not the {@code 5月12日前后} read.
     */
    private static Period asWritten(String text, Period p) {
        String written = clean(text);
        return p.text().equals(written) ? p : new Period(written, p.start(), p.end(), p.yearStated(), p.openStart(),
                p.approximate(), p.tentative(), p.note());
    }

    /** {@link #parse(String, Integer, LocalDate, DateConventions, Consumer)} of the text as the office forms leave it. */
    private static Period parseWritten(String text, String rewritten, Integer planYear, LocalDate issueDate,
            DateConventions conventions, Consumer<String> warnings) throws ModelException {
        String written = clean(PeriodVariants.rewrite(clean(rewritten), conventions)); // 2024.6—12, 三四季度, Apr 25 – Mar 26
        if (written.isEmpty()) {
            throw new ModelException("cannot read period " + ModelException.quote(text) + ": it is empty");
        }
        Integer year = planYear != null ? planYear : issueDate != null ? Integer.valueOf(issueDate.getYear()) : null;
        try {
            String blank = PeriodText.blank(PeriodText.characters(written)); // rewriting the forms adds or takes no blank
            if (blank != null) {
                throw failure(text, "\"" + blank + "\" is a blank to fill in: write the date there"
                    + " (for example " + (PeriodText.isHan(text) ? "2024年9月30日" : "September 30, 2024") + ")");
            }
            String undated = PeriodText.undated(written);
            if (undated != null) {
                throw failure(text, "\"" + undated + "\" leaves the date to be fixed: write the month or the day expected and"
                    + " keep the words as a remark, for example " + (PeriodText.isHan(text) ? "9月（待定）" : "September (TBC)"));
            }
            String[] split = PeriodText.splitRemark(written);
            String remark = split[1];
            String[] ongoing = PeriodText.splitOngoing(split[0]);
            if (ongoing != null && PeriodForms.isLabelOnly(PeriodText.characters(ongoing[0]))) ongoing[0] = ""; // 完成时限：长期坚持
            String core = PeriodText.withoutWeekdaysAndHours(ongoing == null ? split[0] : ongoing[0]); // a weekday at the end is a remark, as before
            if (core.isEmpty() && ongoing != null) core = "全年"; // 长期, ongoing, 每周五: the whole year
            if (core.isEmpty()) throw failure(text, "it gives no date, only the remark \"" + remark + "\"");
            // a stage that goes on needs no warning that its start gives no end
            Consumer<String> said = ongoing == null || warnings == null ? warnings : w -> {
                if (!w.contains(PeriodReader.NO_END)) warnings.accept(w);
            };
            refuseStatus(text, core);
            core = fiscalYears(text, core, planYear, issueDate, conventions);
            core = schoolTerms(text, core, issueDate, conventions);
            core = relativeTerms(text, relativeWeeks(text, relativeMonths(text, core, issueDate), issueDate), issueDate);
            refuseUnknownSpans(text, core, conventions);
            List<String> heard = new java.util.ArrayList<>(); // the warnings of the reading kept
            Period p = readWithWork(text, written, core, year, issueDate, conventions, said == null ? null : heard::add);
            if (planYear == null && issueDate != null && p.end().isBefore(comingFrom(text, core, issueDate, conventions))
                    && !writesYear(text, written, core, conventions)) {
                // the year only from the date of issue: a period over by then is the coming one
                heard.clear();
                p = readWithWork(text, written, core, issueDate.getYear() + 1, issueDate, conventions, said == null ? null : heard::add);
            }
            if (said != null) heard.forEach(said);
            if (ongoing != null) p = p.withNote(ongoing[1], false);
            if (said != null && p.yearStated()) checkWeekdays(text, written, p, said);
            if (remark == null) return p;
            Period exact = exactDates(remark, p, planYear, issueDate, conventions);
            if (exact != null && said != null && (exact.end().isBefore(p.start()) || exact.start().isAfter(p.end()))) {
                said.accept("period " + ModelException.quote(text) + ": the dates in brackets (" + exact.start() + " to " + exact.end()
                    + ") fall outside " + p.start() + " to " + p.end() + "; read as the dates in brackets");
            }
            return exact != null ? exact : p.withNote(remark, PeriodText.isTentative(remark));
        } catch (DateTimeException | ArithmeticException e) {
            throw new ModelException("cannot read period " + ModelException.quote(text) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the period of a timeline stage listed after {@code above}, in a plan without a {@code :plan-year:}: a period
     * without a year of its own is the first occurrence that does not end before {@code above} starts (under
     * {@code 2024—2025学年}, {@code 9月} is September 2024 and {@code 3月} March 2025; under {@code 2024年11月至2025年4月},
     * {@code 12月} is December 2024). Read a year later than the stage above for no other reason than that, and more
     * than half a year after it ends, it is reported as a warning: it may be a stage listed out of order.
     *
     * @param above the period of the stage just above, with its year stated
     * @see #parse(String, Integer, LocalDate, Consumer)
     */
    public static Period parseAfter(String text, Period above, LocalDate issueDate, DateConventions conventions,
            Consumer<String> warnings) throws ModelException {
        Objects.requireNonNull(above, "above");
        int year = above.start().getYear();
        List<String> heard = new java.util.ArrayList<>();
        Period p = parse(text, year, issueDate, conventions, heard::add);
        if (p.end().isBefore(above.start()) && !writesYear(text, conventions)) {
            heard.clear();
            p = parse(text, year + 1, issueDate, conventions, heard::add);
            if (p.start().isAfter(above.end().plusMonths(6))) {
                heard.add("period " + ModelException.quote(text) + " is read as " + p.start() + " to " + p.end()
                    + ", the first time it comes after the stage above starts (" + above.start() + "): write its year if"
                    + " it is meant before that stage");
            }
        }
        if (warnings != null) heard.forEach(warnings);
        return p;
    }

    /** Whether a period writes its own year ({@code 2024年3月}, {@code March 2025}) or counts from the issue date. */
    private static boolean writesYear(String text, DateConventions conventions) {
        try {
            return parse(text, null, null, conventions, null).yearStated();
        } catch (ModelException | RuntimeException e) {
            return true; // it needs the issue date (30日内, 本学期): its dates count from it already
        }
    }

    /** A period read, or else the period before the words on the work ({@code 11月底前全部完成}) with them as its note. */
    private static Period readWithWork(String text, String written, String core, Integer year, LocalDate issueDate,
            DateConventions conventions, Consumer<String> warnings) throws ModelException {
        try {
            return read(text, written, core, year, issueDate, conventions, warnings);
        } catch (ModelException e) {
            String[] work = PeriodText.splitWork(core); // 11月底前全部完成, 6月至9月汛期
            if (work == null) work = PeriodText.splitLabel(core);
            if (work == null) work = PeriodText.splitWordsAfterDay(core); // 5月12日防灾减灾日
            if (work != null) {
                try {
                    return read(text, written, work[0], year, issueDate, conventions, warnings).withNote(work[1], false);
                } catch (ModelException notWork) {
                    if (LIST_OF_PERIODS.matcher(core).find()) {
                        Period listed = rangesListed(text, written, core, year, issueDate, conventions); // 5月底前完成自查，6月底前完成整改
                        if (listed != null) return listed;
                    }
                    throw notWork;
                }
            }
            Period listed = rangesListed(text, written, core, year, issueDate, conventions);
            if (listed != null) return listed;
            throw e;
        }
    }

    /** The separators of periods listed one after another: 3月1日-3月31日、9月1日-9月30日; 春季：3月—5月；秋季：9月—11月. */
    private static final java.util.regex.Pattern LIST_OF_PERIODS = java.util.regex.Pattern.compile("\\s*[、；;，]\\s*");
    /** How a period listed after a comma starts: a figure, a Chinese numeral, or the day of issue (5月底前, 十月, 即日起). */
    private static final java.util.regex.Pattern DATED_START = java.util.regex.Pattern.compile("[0-9０-９一二三四五六七八九十〇○]|即日");

    /**
     * Periods listed one after another, each a period of its own ({@code 3月1日-3月31日、9月1日-9月30日},
     * {@code 4月1日至15日；10月1日至15日}): from the first one's start to the last one's end, with the text as the note, as
     * a list with a gap is read ({@code 5月、8月}); null when a part is no period or they are not in order.
     */
    private static Period rangesListed(String text, String written, String core, Integer year, LocalDate issueDate,
            DateConventions conventions) {
        String[] parts = LIST_OF_PERIODS.split(core.strip());
        if (parts.length < 2) return null;
        if (core.indexOf('，') >= 0) {
            // a comma also ends a period before the work it is for (即日起至4月30日，完成汛前检查): listed deadlines start with a date
            for (String part : parts) if (!DATED_START.matcher(part).lookingAt()) return null;
        }
        Period first = null;
        Period last = null;
        boolean stated = false;
        for (String part : parts) {
            Period p;
            try {
                String[] work = PeriodText.splitWork(part); // 5月底前完成自查，6月底前完成整改: each deadline with its work
                p = read(text, written, work == null ? part : work[0], year, issueDate, conventions, null);
            } catch (ModelException | RuntimeException e) {
                return null;
            }
            if (last != null && p.start().isBefore(last.end())) return null; // out of order, or overlapping
            if (first == null) first = p;
            last = p;
            stated |= p.yearStated();
        }
        return new Period(first.text(), first.start(), last.end(), stated, first.openStart(), first.approximate() || last.approximate(),
            false, clean(text));
    }

    /**
     * The first day a period without a year may end on to be read in the year of issue, not the next: the day of issue
     * for a holiday or a term (春节期间, 寒假前: the coming one), the first day of the month before for months and days
     * (2月下旬 in a plan issued on March 2 is work already under way).
     */
    private static LocalDate comingFrom(String text, String core, LocalDate issueDate, DateConventions conventions) {
        boolean holiday;
        try {
            holiday = new PeriodLexer(text, PeriodText.normalize(core), conventions.dayFirst()).tokens().stream()
                .anyMatch(t -> t.named() != null || t.key() == PeriodLexer.Key.SEASON);
        } catch (ModelException | RuntimeException e) {
            holiday = false;
        }
        return holiday ? issueDate : issueDate.withDayOfMonth(1).minusMonths(1);
    }

    /** Whether the period's words give its year (2024年3月), read without a plan year or an issue date. */
    private static boolean writesYear(String text, String written, String core, DateConventions conventions) {
        try {
            return readWithWork(text, written, core, null, null, conventions, null).yearStated();
        } catch (ModelException | RuntimeException e) {
            return true; // it needs the issue date (30日内): its dates count from it already
        }
    }

    /** The financial years of a period written as their months ({@link FiscalYears}); the period as it was when it has none. */
    private static String fiscalYears(String text, String core, Integer planYear, LocalDate issueDate,
            DateConventions conventions) throws ModelException {
        if (!FiscalYears.mentions(core)) return core;
        String s = PeriodText.characters(core);
        String months = FiscalYears.rewrite(s, conventions, planYear, issueDate);
        if (FY_LEFT.matcher(months).find()) {
            throw failure(text, "a financial year is written as the year it ends in, FY2026 or FY26, or as two years one"
                + " after the other, FY2025-26");
        }
        if (months.equals(s)) return core;
        return FY_CHAIN.matcher(months).replaceFirst("$1$2 to $3$4"); // Q3 2025/26 to Q4 2025/26: from the first's start to the last's end
    }

    /** Two financial periods in a range, each written as its months: "october 2025 to december 2025 to january 2026 to march 2026". */
    private static final java.util.regex.Pattern FY_CHAIN = java.util.regex.Pattern.compile(
        "^(.*?)([a-z]+ \\d{4}) to [a-z]+ \\d{4}\\s*(?:to|-|–|—|until|through)\\s*[a-z]+ \\d{4} to ([a-z]+ \\d{4})(.*)$");

    /** The English school terms of a period written as their dates ({@link SchoolTerms}); the period as it was without any. */
    private static String schoolTerms(String text, String core, LocalDate issueDate, DateConventions conventions)
            throws ModelException {
        if (!SchoolTerms.mentions(core)) return core;
        String s = PeriodText.characters(core);
        String dates = PeriodVariants.edgesOfSpans(SchoolTerms.rewrite(text, s, conventions, issueDate)); // before the May half term
        return dates.equals(s) ? core : dates;
    }

    /** "fy" left by {@link FiscalYears}: a financial year it could not read. */
    private static final java.util.regex.Pattern FY_LEFT = java.util.regex.Pattern.compile("(?<![a-z])fy(?![a-z#])");

    /** Two years in one, 2024-25, 2024/25, throughout 2025-26: a school year or a financial year, which the text does not say. */
    private static final java.util.regex.Pattern YEAR_PAIR = java.util.regex.Pattern.compile(
        "^(?:(?:throughout|through|during|in|over|for|all\\s+of|year|from)\\s+)?(?:the\\s+)?(\\d{4})\\s*[-/–—]\\s*(\\d{2})(?:\\s+onwards?)?$");
    /** Weeks of a school term, counted from its start: 第十周, 第1-2周, 开学第2周, week 3 (of term). */
    /** The first week of term, which the school-week reading knows: 开学第一周. */
    private static final java.util.regex.Pattern FIRST_TERM_WEEK = java.util.regex.Pattern.compile("开学第一(?:个)?(?:周|星期)");
    private static final java.util.regex.Pattern TERM_WEEK = java.util.regex.Pattern.compile(
        "^(?:开学(?:后)?|本学期|学期)?第\\s*[0-9一二三四五六七八九十]+(?:\\s*[-–—~至到、,，]\\s*第?\\s*[0-9一二三四五六七八九十]+)?\\s*(?:个)?(?:周|星期)(?!末)"
            + "|^weeks?\\s+\\d+(?:\\s*[-–—]\\s*\\d+)?(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?:term|semester))?$");

    /**
     * Months, days or years counted from the start of the work, which no date gives: Month 1, Months 1-3, Days 1-30, Year 2,
     * the first 90 days, 第一个月, 第1-3个月, 第二年.
     */
    private static final java.util.regex.Pattern COUNTED_SPAN = java.util.regex.Pattern.compile(
        "^(?:(?:in\\s+)?(?:months?|days?|years?)\\s+\\d+(?:\\s*[-–—]\\s*\\d+)?"
            + "|(?:the\\s+|in\\s+the\\s+|within\\s+the\\s+)?first\\s+(?:\\d+|two|three|four|five|six|nine|twelve)\\s+(?:days|months|years)"
            + "|第\\s*[0-9一二三四五六七八九十]+(?:\\s*[-–—~至到]\\s*第?\\s*[0-9一二三四五六七八九十]+)?\\s*(?:个月|年|天)"
            + "|(?:within\\s+)?(?:\\d+|one|two|three|four|five|six|nine|twelve)\\s+(?:days?|weeks?|months?|years?)\\s+(?:of|from|after|following)\\s+"
            + "(?:the\\s+)?(?:launch|approval|go[- ]live|start|kick-?off|commencement|(?:contract\\s+)?award|appointment|sign-?off"
            + "|signing|mobili[sz]ation|implementation|project\\s+start|funding|agreement))$");

    /** A time scale of an action plan, not a time: short term, medium-term, long term (0-6 months). */
    private static final java.util.regex.Pattern HORIZON = java.util.regex.Pattern.compile(
        "^(?:short|medium|long)[- ]term(?:\\s*\\(.*\\))?$");
    /** A length alone: 6 months, 3-6 months, two weeks. */
    private static final java.util.regex.Pattern DURATION_ALONE = java.util.regex.Pattern.compile(
        "^(?:\\d+(?:\\s*[-–—]\\s*\\d+)?|one|two|three|four|five|six|nine|twelve)\\s+(?:days|weeks|months|years)$");

    /**
     * Refuses, with a message that says what to write, the spans the text alone cannot date: a year pair that may be a
     * school or a financial year, the weeks of a school term, and months or days counted from the start of the work.
     */
    private static void refuseUnknownSpans(String text, String core, DateConventions conventions) throws ModelException {
        String s = PeriodText.characters(core).strip();
        java.util.regex.Matcher pair = YEAR_PAIR.matcher(s);
        if (pair.matches() && Integer.parseInt(pair.group(2)) == (Integer.parseInt(pair.group(1)) + 1) % 100) {
            int first = Integer.parseInt(pair.group(1));
            throw failure(text, PeriodText.isHan(text)
                ? "两个年份连写，可能是学年，也可能是财年：请写明（" + first + "-" + (first + 1) + "学年，或" + first + "年9月至" + (first + 1) + "年8月）"
                : "two years in one may be a school year or a financial year: write which (the " + first + "-" + pair.group(2)
                    + " school year, FY" + first + "-" + pair.group(2) + ") or the months (" + fiscalMonths(first, conventions) + ")");
        }
        if (HORIZON.matcher(s).matches()) {
            throw failure(text, "\"" + core.strip() + "\" says how soon, not when: write the months (April to September 2025) or"
                + " the length from a start (from 1 April, for six months)");
        }
        if (DURATION_ALONE.matcher(s).matches()) {
            throw failure(text, "\"" + core.strip() + "\" is a length, not a time: write its start (from 1 April, for six months)");
        }
        if (COUNTED_SPAN.matcher(s).matches()) {
            throw failure(text, PeriodText.isHan(text)
                ? "“" + core.strip() + "”从工作开始之日起算，方案没有写明开始日期：请写日期（2025年3月1日至5月31日）或月份（3月至5月）"
                : "\"" + core.strip() + "\" counts from the start of the work, which the plan does not give: write the dates"
                    + " (1 March – 31 May 2025) or the months (March to May)");
        }
        if (TERM_WEEK.matcher(s).find() && !FIRST_TERM_WEEK.matcher(s).matches()) {
            throw failure(text, PeriodText.isHan(text)
                ? "the weeks of a school term count from the term's start, which the plan does not give: write the dates"
                    + " (9月1日至9月14日) or the weeks of a month (9月第一、二周)"
                : "the weeks of a school term count from the term's start, which the plan does not give: write the dates"
                    + " (1–14 September), the weeks of a month (the first two weeks of September) or the term (Weeks 1-2 of Term 1)");
        }
    }

    /** A stage's status written where its time goes: Completed, Not started, 已完成, 未开始. */
    private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile(
        "(?i)^(?:completed?|done|finished|achieved|delivered|closed|not\\s+(?:yet\\s+)?started|not\\s+due|on\\s+track|delayed|overdue"
            + "|已完成|已办结|已结束|已落实|未开始|未启动|尚未开始)[.!。]?$");

    /** Refuses a status for a time, with a message that says to write the time and keep the status as a remark. */
    private static void refuseStatus(String text, String core) throws ModelException {
        if (!STATUS.matcher(core.strip()).matches()) return;
        throw failure(text, PeriodText.isHan(text)
            ? "“" + core.strip() + "”是进展情况，不是时间：请写时间，把情况写在括号里，例如 2025年5月（" + core.strip() + "）"
            : "\"" + core.strip() + "\" is the stage's status, not its time: write when, and keep the status as a remark,"
                + " for example May 2025 (" + core.strip().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    /** The months of the financial year that starts in {@code year} in the plan's convention: "April 2025 to March 2026". */
    private static String fiscalMonths(int year, DateConventions conventions) {
        int f = conventions.fiscalYearStart();
        java.time.YearMonth first = java.time.YearMonth.of(year, f);
        java.time.YearMonth last = first.plusMonths(11);
        return name(first) + " to " + name(last);
    }

    private static String name(java.time.YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.getYear();
    }

    private static final java.util.regex.Pattern RELATIVE_MONTH = java.util.regex.Pattern.compile(
        "(本月份?|当月|本月度|下个?月份?|次月|(?i:this month|next month|the following month))");

    /**
     * The month of issue and the month after it, written as months: 本月底 is the end of the issue month, 下月初 the
     * start of the next (次年1月 after December); they need the plan's {@code :plan-date:}.
     */
    private static String relativeMonths(String text, String core, LocalDate issueDate) throws ModelException {
        java.util.regex.Matcher m = RELATIVE_MONTH.matcher(core);
        if (!m.find()) return core;
        if (issueDate == null) {
            throw failure(text, "\"" + m.group(1) + "\" counts from the month the plan is issued: add :plan-date: to the"
                + " plan's header, or write the month");
        }
        StringBuilder sb = new StringBuilder();
        do {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean next = w.startsWith("下") || w.startsWith("次") || w.contains("next") || w.contains("following");
            int month = issueDate.getMonthValue() + (next ? 1 : 0);
            String with;
            if (w.startsWith("this") || w.startsWith("next") || w.startsWith("the")) { // the end of this month: the end of June
                with = java.time.Month.of(month == 13 ? 1 : month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + (month == 13 ? " next year" : "");
            } else {
                with = month == 13 ? "次年1月" : month + "月";
            }
            m.appendReplacement(sb, with);
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    private static final java.util.regex.Pattern RELATIVE_WEEK = java.util.regex.Pattern.compile(
        "(本周|这周|本星期|这个?星期|下周|下个?星期|(?i:this week|next week|the following week))([一二三四五六日天])?");

    /**
     * The week of issue and the week after it (Monday to Sunday), and a weekday in them (下周一), written as dates:
     * they need the plan's {@code :plan-date:}.
     */
    private static String relativeWeeks(String text, String core, LocalDate issueDate) throws ModelException {
        java.util.regex.Matcher m = RELATIVE_WEEK.matcher(core);
        if (!m.find()) return core;
        if (issueDate == null) {
            throw failure(text, "\"" + m.group(1) + "\" counts from the week the plan is issued: add :plan-date: to the"
                + " plan's header, or write the dates");
        }
        StringBuilder sb = new StringBuilder();
        do {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean next = w.startsWith("下") || w.contains("next") || w.contains("following");
            LocalDate monday = issueDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .plusWeeks(next ? 1 : 0);
            String with;
            if (m.group(2) != null) {
                int day = "一二三四五六日天".indexOf(m.group(2)); // 天 is 日, Sunday
                with = monday.plusDays(Math.min(day, 6)).toString();
            } else {
                with = monday + (PeriodText.isHan(m.group(1)) ? "至" : " to ") + monday.plusDays(6);
            }
            m.appendReplacement(sb, with);
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** A range of months in a remark: （11月—次年3月）, （4—6月）, (Jan–Mar), (April to July). */
    private static final java.util.regex.Pattern MONTHS_IN = java.util.regex.Pattern.compile(
        "\\d{1,2}\\s*月?\\s*[-–—~至到]\\s*(?:次年|翌年|来年)?\\d{1,2}\\s*月"
            + "|(?i:(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(?:-|–|—|to)\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");

    private static final java.util.regex.Pattern DAY_IN = java.util.regex.Pattern.compile(
        "\\d\\s*[日号號]|[一二三四五六七八九十]\\s*[日号]|(?i:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?![0-9]))|\\d{1,2}[./]\\d{1,2}");

    /**
     * The dates a remark gives for a period named more loosely: 暑假期间（7月10日至8月31日）, the flood season (15 May
     * to 15 October), 5月下旬（5月20日至31日）, 冬季（11月—次年3月）, the spring term (Jan–Mar). The remark wins when it names
     * days or a range of months and lies near the period (within two months of it); null otherwise (共30天, 暂定, 暑期
     * stay notes).
     */
    private static Period exactDates(String remark, Period p, Integer planYear, LocalDate issueDate,
            DateConventions conventions) {
        if (!DAY_IN.matcher(remark).find() && !MONTHS_IN.matcher(remark).find()) return null;
        Period r;
        try {
            r = parse(remark, planYear != null ? planYear : p.yearStated() ? p.start().getYear() : null, issueDate, conventions, null);
        } catch (ModelException | RuntimeException e) {
            return null;
        }
        if (r.note() != null && !r.note().equals(clean(remark)) || r.end().isBefore(p.start().minusMonths(2)) || r.start().isAfter(p.end().plusMonths(2))) return null;
        return new Period(p.text(), r.start(), r.end(), p.yearStated() || r.yearStated(), r.openStart(), r.approximate(),
            p.tentative(), r.note() == null ? p.note() : p.note() == null ? r.note() : p.note() + "; " + r.note());
    }

    /** Reports a weekday written beside a day that falls on another: 2025年6月3日（周一） (a Tuesday). */
    private static void checkWeekdays(String text, String written, Period p, Consumer<String> warnings) {
        for (PeriodText.DayAndWeekday dw : PeriodText.daysWithWeekdays(written)) {
            LocalDate day;
            try {
                day = parse(dw.day(), p.start().getYear()).start();
            } catch (ModelException | DateTimeException e) {
                continue;
            }
            if (day.isBefore(p.start())) day = day.plusYears(1); // the end of a range into the next year
            if (day.getDayOfWeek().getValue() != dw.weekday()) {
                warnings.accept("period " + ModelException.quote(text) + ": " + day + " is a "
                    + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + ", not \"" + dw.written() + "\": check the day or the weekday");
            }
        }
    }

    /** 开学 not qualified by a season or a month: 开学前, 开学第一周 (not 春季开学, 秋季开学, 9月开学, 新学期开学). */
    private static final java.util.regex.Pattern UNQUALIFIED_OPENING = java.util.regex.Pattern.compile("(?<![季月期份])开学");

    /** A term named, not counted from the issue date: 第一学期, 下学期, 秋季学期 (with 末 or 初 after it or not). */
    private static final java.util.regex.Pattern NAMED_TERM = java.util.regex.Pattern.compile("(?:第一|第二|上|下|秋季|春季)学[期段]");

    private static final java.util.regex.Pattern RELATIVE_TERM = java.util.regex.Pattern.compile(
        "(本学期|这学期|这个学期|本学年|这学年|学期末|期末|学期初|期初|新学期|期中考试后|期中考试|期中后|期中|(?i:this term|this semester|this school year"
            + "|this academic year|(?:the )?end of (?:the |this )?(?:term|semester)|(?:the )?(?:start|beginning) of (?:the |this )?(?:term|semester)))");

    /**
     * The term and school year of issue, written as the terms they are: 本学期 / this term is the term the plan is issued
     * in (or the next, when issued in a holiday), 期末 / the end of term its last three weeks and 期初 / the start of
     * term its first two (approximate, as {@code PeriodText} reads terms); they need the plan's {@code :plan-date:}.
     */
    private static String relativeTerms(String text, String core, LocalDate issueDate) throws ModelException {
        if (issueDate != null && (core.contains("开学") || core.contains("放假"))) {
            int month = issueDate.getMonthValue();
            // 开学 alone is the start of the coming term: the spring term's for a plan issued from December to March
            if (month == 12 || month <= 3) core = UNQUALIFIED_OPENING.matcher(core).replaceAll("春季开学");
            // 放假: the holidays that end the term of issue (the summer's from February to July, else the winter's)
            core = core.replace("放假", month >= 2 && month <= 7 ? "暑假" : month >= 8 ? "次年寒假" : "寒假");
        }
        if (NAMED_TERM.matcher(core).find()) return core; // 第一学期末: the end of a term named, read with the terms
        java.util.regex.Matcher m = RELATIVE_TERM.matcher(core);
        if (!m.find()) return core;
        if (issueDate == null) {
            throw failure(text, "\"" + m.group(1) + "\" counts from the term the plan is issued in: add :plan-date: to the"
                + " plan's header, or write the term (" + (PeriodText.isHan(text) ? "2025年秋季学期" : "the autumn term 2025") + ")");
        }
        int month = issueDate.getMonthValue();
        boolean autumn = month >= 8 || month == 1 || month == 2 && issueDate.getDayOfMonth() < 10;
        int y = autumn && month <= 2 ? issueDate.getYear() - 1 : issueDate.getYear(); // the year the term starts in
        StringBuilder sb = new StringBuilder();
        do {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String with;
            if (w.contains("学年") || w.contains("year")) {
                int first = month >= 8 ? issueDate.getYear() : issueDate.getYear() - 1;
                with = first + "-" + (first + 1) + "学年";
            } else if (w.startsWith("期中")) { // the middle two weeks of the term, or from after them to its end
                boolean after = w.endsWith("后");
                with = autumn ? (after ? "约" + y + "年11月15日至" + (y + 1) + "年1月20日" : "约" + y + "年11月1日至11月14日")
                    : (after ? "约" + y + "年5月4日至7月10日" : "约" + y + "年4月20日至5月3日");
            } else if (w.contains("end") || w.contains("start") || w.contains("beginning")) {
                with = englishTermPart(w.contains("end"), autumn, y, deadlineBefore(core, m));
            } else if (w.contains("末")) {
                with = autumn ? "约" + (y + 1) + "年1月1日至1月20日" : "约" + y + "年6月20日至7月10日";
            } else if (w.endsWith("初") || w.contains("start") || w.contains("beginning")) {
                with = autumn ? "约" + y + "年9月1日至9月14日" : "约" + y + "年2月21日至3月6日";
            } else {
                with = y + "年" + (autumn ? "秋季学期" : "春季学期");
            }
            m.appendReplacement(sb, with);
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether a deadline word comes just before a match: "before the end of term", "by the end of term". */
    private static boolean deadlineBefore(String core, java.util.regex.Matcher m) {
        String before = core.substring(0, m.start()).strip().toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("before") || before.endsWith("by") || before.endsWith("until") || before.endsWith("till");
    }

    /**
     * The end (its last three weeks) or the start (its first two) of the term of issue, in English: "about january 1, 2026
     * to january 20, 2026"; after a deadline word only its last or first day, "about january 20, 2026".
     */
    private static String englishTermPart(boolean end, boolean autumn, int y, boolean deadline) {
        LocalDate[] days = end
            ? (autumn ? new LocalDate[] {LocalDate.of(y + 1, 1, 1), LocalDate.of(y + 1, 1, 20)} : new LocalDate[] {LocalDate.of(y, 6, 20), LocalDate.of(y, 7, 10)})
            : (autumn ? new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 9, 14)} : new LocalDate[] {LocalDate.of(y, 2, 21), LocalDate.of(y, 3, 6)});
        if (deadline) return "about " + english(end ? days[1] : days[0]);
        return "about " + english(days[0]) + " to " + english(days[1]);
    }

    private static String english(LocalDate d) {
        return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static Period read(String text, String written, String core, Integer year, LocalDate issueDate,
            DateConventions conventions, Consumer<String> warnings) throws ModelException {
        List<Token> tokens = new PeriodLexer(text, PeriodText.normalize(core), conventions.dayFirst()).tokens();
        return new PeriodReader(text, written, core, tokens, year, issueDate, warnings).period();
    }

    /** Collapses whitespace and removes surrounding parentheses and trailing punctuation. */
    static String clean(String text) {
        return PeriodText.clean(text);
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int matchingClose(String s, int open) {
        return PeriodText.matchingClose(s, open);
    }

    static ModelException failure(String text, String detail) {
        return new ModelException("cannot read period " + ModelException.quote(text)
            + (detail == null ? "" : ": " + detail));
    }
}
