package org.planpress.period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.GregorianCalendar;
import java.util.Date;

/**
 * The holidays and commemorative days plans date their stages by ("国庆节前", "五一期间", "before Christmas"):
 * fixed Gregorian days, days of the Chinese lunar calendar (computed with ICU4J's {@link ChineseCalendar}),
 * the Qingming solar term and a few weekday rules. Each has the day itself and the holiday period that
 * "期间" / "during" means (for most, the day itself).
 */
final class NamedDays {

    /** How a named day is found in a year. */
    private enum Rule { FIXED, LUNAR, LUNAR_NEW_YEARS_EVE, QINGMING, NTH_WEEKDAY, EASTER, SPRING_TRAVEL, WORK_RESUMES }

    /** A named day. {@code a}, {@code b}: month and day (FIXED, LUNAR), month and weekday ordinal (NTH_WEEKDAY). */
    enum Day {
        NEW_YEAR(Rule.FIXED, 1, 1, 1),
        SPRING_FESTIVAL(Rule.LUNAR, 1, 1, 7),
        LUNAR_NEW_YEARS_EVE(Rule.LUNAR_NEW_YEARS_EVE, 0, 0, 1),
        LANTERN(Rule.LUNAR, 1, 15, 1),
        WOMEN(Rule.FIXED, 3, 8, 1),
        ARBOR(Rule.FIXED, 3, 12, 1),
        QINGMING(Rule.QINGMING, 4, 0, 1),
        LABOUR(Rule.FIXED, 5, 1, 5),
        YOUTH(Rule.FIXED, 5, 4, 1),
        CHILDREN(Rule.FIXED, 6, 1, 1),
        DRAGON_BOAT(Rule.LUNAR, 5, 5, 1),
        PARTY(Rule.FIXED, 7, 1, 1),
        ARMY(Rule.FIXED, 8, 1, 1),
        QIXI(Rule.LUNAR, 7, 7, 1),
        MID_AUTUMN(Rule.LUNAR, 8, 15, 1),
        TEACHERS(Rule.FIXED, 9, 10, 1),
        NATIONAL(Rule.FIXED, 10, 1, 7),
        DOUBLE_NINTH(Rule.LUNAR, 9, 9, 1),
        FIRE_SAFETY(Rule.FIXED, 11, 9, 1),
        THANKSGIVING(Rule.NTH_WEEKDAY, 11, 4, 1),
        CHRISTMAS_EVE(Rule.FIXED, 12, 24, 1),
        CHRISTMAS(Rule.FIXED, 12, 25, 1),
        NEW_YEARS_EVE(Rule.FIXED, 12, 31, 1),
        /** Easter Sunday; its holiday period Good Friday to Easter Monday. */
        EASTER(Rule.EASTER, 0, 0, 4),
        GOOD_FRIDAY(Rule.EASTER, -2, 0, 1),
        EASTER_MONDAY(Rule.EASTER, 1, 0, 1),
        /** National observance days of the work plans are made for (fixed days, announced by the State Council or the UN). */
        LEI_FENG(Rule.FIXED, 3, 5, 1),
        WATER(Rule.FIXED, 3, 22, 1),
        NATIONAL_SECURITY_EDUCATION(Rule.FIXED, 4, 15, 1),
        BOOK(Rule.FIXED, 4, 23, 1),
        DISASTER_REDUCTION(Rule.FIXED, 5, 12, 1),
        ENVIRONMENT(Rule.FIXED, 6, 5, 1),
        ANTI_DRUG(Rule.FIXED, 6, 26, 1),
        CONSTITUTION(Rule.FIXED, 12, 4, 1),
        /** The Spring Festival travel season (春运): 40 days, from 15 days before the Spring Festival; a span, not a day. */
        SPRING_TRAVEL(Rule.SPRING_TRAVEL, 0, 0, 40),
        /** The first working day after the Spring Festival holiday (节后复工). */
        WORK_RESUMES(Rule.WORK_RESUMES, 0, 0, 1),
        /** The start of the school year in China: September 1. */
        SCHOOL_START(Rule.FIXED, 9, 1, 1),
        /** The start of the spring term, about February 21 (as 春季学期 reads). */
        SPRING_SCHOOL_START(Rule.FIXED, 2, 21, 1);

        final Rule rule;
        final int a;
        final int b;
        /** Days of the holiday period ("期间", "during"), from the day itself. */
        final int span;

        Day(Rule rule, int a, int b, int span) {
            this.rule = rule;
            this.a = a;
            this.b = b;
            this.span = span;
        }

        /** Lunar dates and Qingming move from year to year; for them "2000" is not a stand-in for any year. */
        boolean moves() {
            return rule != Rule.FIXED;
        }

        /** Whether the name is of a span of days, read whole even without 期间 (春运: the travel season). */
        boolean isSpan() {
            return rule == Rule.SPRING_TRAVEL;
        }
    }

    /** Names as written (after NFKC, lower case, without quotes and apostrophes), longest first when matched. */
    static final Map<String, Day> NAMES = new LinkedHashMap<>();

    /** Names made of numerals ("五一", "十一"): a name only where no month, day or number follows. */
    static final Map<String, Day> NUMERAL_NAMES = new LinkedHashMap<>();

    static {
        name(Day.NEW_YEAR, "元旦", "元旦节", "新年", "new years day", "new year", "the new year");
        name(Day.SPRING_FESTIVAL, "春节", "农历新年", "spring festival", "the spring festival", "chinese new year",
            "lunar new year", "the lunar new year");
        name(Day.LUNAR_NEW_YEARS_EVE, "除夕", "大年三十", "chinese new years eve", "lunar new years eve");
        name(Day.LANTERN, "元宵节", "元宵", "lantern festival", "the lantern festival");
        name(Day.WOMEN, "三八妇女节", "三八节", "妇女节", "国际妇女节", "womens day", "international womens day");
        name(Day.ARBOR, "植树节", "arbor day", "tree planting day");
        name(Day.QINGMING, "清明节", "清明", "qingming festival", "qingming", "tomb sweeping day", "tomb-sweeping day");
        name(Day.LABOUR, "五一劳动节", "五一国际劳动节", "劳动节", "国际劳动节", "labor day", "labour day", "may day",
            "international workers day", "international labour day", "international labor day");
        name(Day.YOUTH, "五四青年节", "青年节", "youth day", "may fourth youth day");
        name(Day.CHILDREN, "六一儿童节", "六一国际儿童节", "儿童节", "国际儿童节", "childrens day", "international childrens day");
        name(Day.DRAGON_BOAT, "端午节", "端午", "dragon boat festival", "the dragon boat festival");
        name(Day.PARTY, "七一建党节", "建党节", "党的生日", "party founding day", "the partys birthday");
        name(Day.ARMY, "八一建军节", "建军节", "army day");
        name(Day.QIXI, "七夕节", "七夕", "qixi festival", "qixi");
        name(Day.MID_AUTUMN, "中秋节", "中秋", "mid-autumn festival", "mid autumn festival", "the mid-autumn festival",
            "mid-autumn", "moon festival");
        name(Day.TEACHERS, "教师节", "teachers day");
        name(Day.NATIONAL, "十一国庆节", "国庆节", "国庆", "national day");
        name(Day.DOUBLE_NINTH, "重阳节", "重阳", "double ninth festival", "chongyang festival");
        name(Day.FIRE_SAFETY, "消防宣传日", "119消防宣传日", "全国消防日", "fire safety day");
        name(Day.THANKSGIVING, "感恩节", "thanksgiving", "thanksgiving day");
        name(Day.CHRISTMAS_EVE, "平安夜", "christmas eve");
        name(Day.CHRISTMAS, "圣诞节", "圣诞", "christmas", "christmas day", "xmas");
        name(Day.NEW_YEARS_EVE, "new years eve");
        name(Day.EASTER, "easter", "easter sunday", "easter day", "the easter weekend", "easter weekend", "复活节");
        name(Day.GOOD_FRIDAY, "good friday", "耶稣受难日");
        name(Day.EASTER_MONDAY, "easter monday");
        name(Day.LEI_FENG, "学雷锋纪念日", "学雷锋日", "雷锋纪念日");
        name(Day.WATER, "世界水日", "world water day");
        name(Day.NATIONAL_SECURITY_EDUCATION, "全民国家安全教育日", "国家安全教育日", "national security education day");
        name(Day.BOOK, "世界读书日", "world book day", "world book and copyright day");
        name(Day.DISASTER_REDUCTION, "全国防灾减灾日", "防灾减灾日", "disaster prevention and reduction day");
        name(Day.ENVIRONMENT, "世界环境日", "六五环境日", "六五世界环境日", "world environment day");
        name(Day.ANTI_DRUG, "国际禁毒日", "international day against drug abuse");
        name(Day.CONSTITUTION, "国家宪法日", "全国法制宣传日", "宪法日", "national constitution day");
        name(Day.SPRING_TRAVEL, "春运", "春节运输", "spring festival travel season", "chunyun");
        name(Day.WORK_RESUMES, "节后复工", "春节后复工", "节后复工复产", "节后开工", "春节后开工", "节后上班");
        name(Day.SCHOOL_START, "开学", "秋季开学", "新学期开学", "秋季学期开学", "新学年开学", "开学时", "新生入学", "新生报到");
        name(Day.SPRING_SCHOOL_START, "春季开学", "春季学期开学", "春季学期开学时");
        NUMERAL_NAMES.put("三八", Day.WOMEN);
        NUMERAL_NAMES.put("五一", Day.LABOUR);
        NUMERAL_NAMES.put("五四", Day.YOUTH);
        NUMERAL_NAMES.put("六一", Day.CHILDREN);
        NUMERAL_NAMES.put("七一", Day.PARTY);
        NUMERAL_NAMES.put("八一", Day.ARMY);
        NUMERAL_NAMES.put("十一", Day.NATIONAL);
    }

    private static void name(Day day, String... names) {
        for (String n : names) NAMES.put(n, day);
    }

    private static final int LUNAR_FIRST_YEAR = 1901;
    private static final int LUNAR_LAST_YEAR = 2099;
    private static final Map<Long, LocalDate> LUNAR_CACHE = new ConcurrentHashMap<>();

    private NamedDays() {
    }

    /** The day itself in a Gregorian year; throws {@link DateTimeException} when a moving day cannot be computed for that year. */
    static LocalDate day(Day d, int year) {
        return switch (d.rule) {
            case FIXED -> LocalDate.of(year, d.a, d.b);
            case LUNAR -> lunar(year, d.a, d.b);
            case LUNAR_NEW_YEARS_EVE -> lunar(year, 1, 1).minusDays(1);
            case QINGMING -> qingming(year);
            case NTH_WEEKDAY -> LocalDate.of(year, d.a, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(d.b, DayOfWeek.THURSDAY));
            case EASTER -> easterSunday(year).plusDays(d.a);
            case SPRING_TRAVEL -> lunar(year, 1, 1).minusDays(15);
            case WORK_RESUMES -> periodEnd(Day.SPRING_FESTIVAL, year).plusDays(1);
        };
    }

    /** The last day of the holiday period that starts on the day. */
    static LocalDate periodEnd(Day d, int year) {
        LocalDate first = day(d, year);
        if (d == Day.SPRING_FESTIVAL) return first.plusDays(d.span - 2); // 除夕 to 初六
        if (d == Day.EASTER) return first.plusDays(1); // to Easter Monday
        return first.plusDays(d.span - 1);
    }

    /** The first day of the holiday period: the eve (除夕) for the Spring Festival, else the day itself. */
    static LocalDate periodStart(Day d, int year) {
        LocalDate first = day(d, year);
        if (d == Day.EASTER) return first.minusDays(2); // from Good Friday
        return d == Day.SPRING_FESTIVAL ? first.minusDays(1) : first;
    }

    /** The Gregorian date of a lunar month and day, in the lunar year that begins in {@code year}. */
    private static LocalDate lunar(int year, int month, int day) {
        checkLunarYear(year);
        long key = year * 10_000L + month * 100L + day;
        LocalDate cached = LUNAR_CACHE.get(key);
        if (cached != null) return cached;
        ChineseCalendar cc = new ChineseCalendar();
        // the calendar's own number for the lunar year holding July 1 of that year (the lunar year that began
        // in it: New Year falls between January 21 and February 20); ICU versions number lunar years differently
        cc.clear();
        cc.set(ChineseCalendar.JULIAN_DAY, (int) (LocalDate.of(year, 7, 1).toEpochDay() + 2_440_588L));
        int lunarYear = cc.get(ChineseCalendar.EXTENDED_YEAR);
        cc.clear();
        cc.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
        cc.set(ChineseCalendar.MONTH, month - 1);
        cc.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        cc.set(ChineseCalendar.DAY_OF_MONTH, day);
        int julian = cc.get(ChineseCalendar.JULIAN_DAY);
        LocalDate date = LocalDate.ofEpochDay(julian - 2_440_588L); // 1970-01-01 is Julian day 2440588
        LUNAR_CACHE.put(key, date);
        return date;
    }

    /**
     * The days of a lunar month in a Gregorian year ({@code day} 0: the whole month; else that day alone): the month of
     * that number that begins first in the year, so 腊月 (12) and 冬月 (11) may be those of the lunar year before.
     */
    static LocalDate[] lunarMonth(int year, int month, int day) {
        checkLunarYear(year);
        LocalDate first = lunar(year, month, 1);
        if (year > LUNAR_FIRST_YEAR) {
            LocalDate before = lunar(year - 1, month, 1); // of the lunar year that began the year before
            if (before.getYear() == year) first = before;
        }
        ChineseCalendar cc = new ChineseCalendar();
        cc.clear();
        cc.set(ChineseCalendar.JULIAN_DAY, (int) (first.toEpochDay() + 2_440_588L));
        int length = cc.getActualMaximum(ChineseCalendar.DAY_OF_MONTH);
        if (day > length) throw new DateTimeException("that lunar month has " + length + " days, not " + day);
        if (day > 0) return new LocalDate[] {first.plusDays(day - 1), first.plusDays(day - 1)};
        return new LocalDate[] {first, first.plusDays(length - 1)};
    }

    /**
     * Easter Sunday of a Gregorian year, as ICU4J's {@link EasterHoliday} computes it (in the default time zone, as
     * its rule does, so the day read back is the day it found).
     */
    private static LocalDate easterSunday(int year) {
        if (year < 1583 || year > 9999) throw new DateTimeException("Easter is computed for the years 1583–9999 only, not " + year);
        GregorianCalendar c = new GregorianCalendar();
        c.clear();
        c.set(year, Calendar.JANUARY, 1);
        Date from = c.getTime();
        c.set(year + 1, Calendar.JANUARY, 1);
        Date easter = EasterHoliday.EASTER_SUNDAY.firstBetween(from, c.getTime());
        if (easter == null) throw new DateTimeException("Easter cannot be computed for " + year);
        c.setTime(easter);
        return LocalDate.of(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }

    /** Qingming, the solar term at the sun's longitude 15°: April 4, 5 or 6 (the 寿星 formula, 1901–2099). */
    private static LocalDate qingming(int year) {
        checkLunarYear(year);
        int y = year % 100;
        double c = year >= 2000 ? 4.81 : 5.59;
        int day = (int) Math.floor(y * 0.2422 + c) - y / 4;
        return LocalDate.of(year, 4, day);
    }

    private static void checkLunarYear(int year) {
        if (year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
            throw new DateTimeException("the lunar calendar is computed for the years " + LUNAR_FIRST_YEAR + "–"
                + LUNAR_LAST_YEAR + " only, not " + year);
        }
    }
}
