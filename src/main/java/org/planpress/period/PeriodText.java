package org.planpress.period;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a period before it is read: cleaned of its wrapping, split from a trailing remark, checked for
 * blanks left in a template, and normalised (NFKC, lower case, quotes, zeros, "一" as a dash, the day of issue).
 */
final class PeriodText {

    /** Remarks that say the dates are not settled. */
    private static final Pattern TENTATIVE = Pattern.compile(
        "暂定|暫定|待定|待确定|拟定|擬定|初定|另行通知|另行安排|视情况|tentative|provisional|to be (confirmed|determined|decided|announced)"
            + "|\\btb[cda]\\b|subject to (change|confirmation)|not (yet )?(final|fixed|confirmed)",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern TENTATIVE_SUFFIX = Pattern.compile(
        "(?i)^(.+?)[\\s,，、;；]*(暂定|暫定|待定|待确定|tentative|tentatively|provisional|provisionally|tbc|tbd"
            + "|to be confirmed|to be determined)$");

    private static final Pattern TENTATIVE_PREFIX = Pattern.compile(
        "(?i)^(暂定于?|暫定於?|拟定于?|初定于?|tentatively|provisionally|tentative:?)[\\s:：]*(.+)$");

    /** A blank left in a template: 20__年, XX月, ××日, ○月○日, 某月某日, ? */
    private static final Pattern BLANK = Pattern.compile(
        "_+|(?<![a-z])x+(?![a-z])|×+|\\*+|○+|◯+|□+|△+|…+|\\.{3,}|某+|\\?+");

    /** The day a document is issued, as plans name it: 本通知印发之日, 文件下发之日, 方案发布之日. */
    private static final Pattern ISSUED = Pattern.compile(
        "(本|此|该)?(通知|方案|文件|计划|意见|办法|活动方案|实施方案)?(印发|下发|发布|发文|公布|出台|下达)(之日|当日|当天|日)");

    /** Collapses whitespace and removes surrounding parentheses and trailing punctuation. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) continue; // zero-width spaces and joiners, marks of direction
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        while (true) {
            int before = s.length();
            int end = s.length();
            while (end > 0 && ".,;:!?。，；：！？、 ".indexOf(s.charAt(end - 1)) >= 0) end--;
            s = s.substring(0, end);
            if (s.length() >= 2 && isOpen(s.charAt(0)) && matchingClose(s, 0) == s.length() - 1) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (s.length() == before) return s;
        }
    }

    private static final String EN_WEEKDAY = "(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?)\\.?";
    /** A weekday written beside a date: （星期一）, (周五), (Monday), and "Monday, " or "Mon " before a day or a month. */
    private static final Pattern WEEKDAY_BESIDE_DATE = Pattern.compile("\\s*[（(]\\s*(?:星期|周|礼拜|禮拜)[一二三四五六日天]\\s*[）)]"
            + "|\\s*\\(\\s*" + EN_WEEKDAY + "\\s*\\)"
            + "|(?<![\\p{L}])" + EN_WEEKDAY + ",?\\s+(?=\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d)"
            + "|(?<![第个個])(?:星期|周|礼拜|禮拜)[一二三四五六日天][,，、]?\\s*(?=(?:\\d{4}年)?\\d{1,2}月\\d)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The text without the weekdays and hours written beside its dates ({@code 6月3日（周一）至6月7日（周五）}, {@code
     * Monday, June 3 to Friday, June 7}, {@code 6月1日0时至6月30日24时}), and "inclusive" beside a day ({@code 5月20日（含）}):
     * a stage's period is in days. A weekday that is the period (the second Sunday in June) stays.
     */
    static String withoutWeekdaysAndHours(String written) {
        String s = INCLUSIVE.matcher(written).replaceAll("");
        s = TIME_OF_DAY.matcher(WEEKDAY_BESIDE_DATE.matcher(s).replaceAll("")).replaceAll("");
        if (EN_TIME_HINT.matcher(s).find()) s = EN_TIME.matcher(s).replaceAll("");
        return s.strip();
    }

    /** An English time of day anywhere: by 5pm on 28 March, 28 March at 9:30am, at noon on 1 May. */
    private static final Pattern EN_TIME = Pattern.compile(
        "(?<![\\p{L}\\d])(?:at\\s+)?(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|noon|midday|midnight)"
            + "(?:\\s+(?:on|of)(?![\\p{L}]))?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_TIME_HINT = Pattern.compile("(?i)\\d\\s*[ap]\\.?m|noon|midday|midnight|\\d:\\d");

    /** "Inclusive" written beside a day: 5月20日（含）, June 20 (inclusive): the ends of a period are in it anyway. */
    private static final Pattern INCLUSIVE = Pattern.compile("\\s*[（(]\\s*(?:含|包含|含当日|含当天|(?i:inclusive|incl\\.?))\\s*[）)]");

    /** A day of a month and the weekday written after it in parentheses: 6月3日（周一）, June 3 (Monday), 3 June (Mon). */
    private static final Pattern DAY_AND_WEEKDAY = Pattern.compile(
        "((?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号號]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,?\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{4})?)"
            + "\\s*[（(]\\s*((?:星期|周|礼拜|禮拜)?[一二三四五六日天]|" + EN_WEEKDAY + ")\\s*[）)]",
        Pattern.CASE_INSENSITIVE);

    /** A weekday written before a day: Monday 15 June, Mon, June 15, 周一6月15日. */
    private static final Pattern WEEKDAY_AND_DAY = Pattern.compile(
        "(?<![\\p{L}第个個])(" + EN_WEEKDAY + "|(?:星期|周|礼拜|禮拜)[一二三四五六日天])[,，、]?\\s*"
            + "((?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号號]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,?\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{4})?)",
        Pattern.CASE_INSENSITIVE);

    /**
     * The days written with a weekday beside them, each as the day's text and the weekday (1 Monday to 7 Sunday), so
     * that a weekday that does not match its day can be reported.
     */
    static java.util.List<DayAndWeekday> daysWithWeekdays(String written) {
        java.util.List<DayAndWeekday> found = new java.util.ArrayList<>();
        Matcher m = DAY_AND_WEEKDAY.matcher(written);
        while (m.find()) {
            String w = m.group(2).toLowerCase(Locale.ROOT);
            int day = "一二三四五六日".indexOf(w.charAt(w.length() - 1)) + 1;
            if (w.equals("天")) day = 7;
            if (day == 0) {
                String[] en = {"mo", "tu", "we", "th", "fr", "sa", "su"};
                for (int d = 0; d < 7; d++) if (w.startsWith(en[d])) day = d + 1;
            }
            if (day > 0) found.add(new DayAndWeekday(m.group(1), day, m.group(2)));
        }
        Matcher before = WEEKDAY_AND_DAY.matcher(written);
        while (before.find()) {
            int day = weekday(before.group(1));
            if (day > 0) found.add(new DayAndWeekday(before.group(2), day, before.group(1)));
        }
        return found;
    }

    /** A weekday as written, 1 Monday to 7 Sunday; 0 when it is none. */
    private static int weekday(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.equals("天") || w.endsWith("天")) return 7;
        int zh = "一二三四五六日".indexOf(w.charAt(w.length() - 1)) + 1;
        if (zh > 0) return zh;
        String[] en = {"mo", "tu", "we", "th", "fr", "sa", "su"};
        for (int d = 0; d < 7; d++) if (w.startsWith(en[d])) return d + 1;
        return 0;
    }

    /** A day as written, the weekday written beside it (1 Monday to 7 Sunday) and that weekday as written. */
    record DayAndWeekday(String day, int weekday, String written) {
    }

    /**
     * The hour written after a day: 6月1日0时, 6月30日24时, 6月1日8:00, 6月1日上午9点, June 1 9:00, June 1, 9:30 am (whole: the
     * 10:00 of "5 June 10:00" is not read as a day 1 and 0:00).
     */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?<=[日号號])\\s*(?:上午|下午|晚上|中午)?\\s*(?:\\d{1,2}|零|〇|[一二三四五六七八九十]{1,3})(?:[:：]\\d{2})?\\s*(?:时|点|時|點)(?:\\s*\\d{1,2}\\s*分)?"
            + "|(?<=[日号號\\d])[,，]?\\s*(?<!\\d)\\d{1,2}[:：]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?"
            + "|(?<=[日号號])\\s*(?:晚|早|早上|凌晨|傍晚|夜间|晚间)(?=$|[至到起前后\\s,，、-])",
            Pattern.CASE_INSENSITIVE);

    /**
     * Splits a cleaned period into the period and a remark: a trailing parenthesised remark ("9月（暂定）"),
     * or a trailing or leading tentative word ("9月，暂定", "tentatively September"). The remark is null when
     * there is none.
     */
    static String[] splitRemark(String written) {
        int last = written.length() - 1;
        if (last > 0 && isClose(written.charAt(last))) {
            int open = matchingOpen(written, last);
            boolean weekday = open > 0 && (WEEKDAY_BESIDE_DATE.matcher(written.substring(open)).matches()
                || INCLUSIVE.matcher(written.substring(open)).matches());
            if (open > 0 && !weekday) { // a weekday beside the last date is dropped with the others, not kept as a note
                return new String[] {clean(written.substring(0, open)), written.substring(open + 1, last).strip()};
            }
        }
        Matcher suffix = TENTATIVE_SUFFIX.matcher(written);
        if (suffix.matches()) return new String[] {clean(suffix.group(1)), suffix.group(2)};
        Matcher prefix = TENTATIVE_PREFIX.matcher(written);
        if (prefix.matches()) {
            return new String[] {clean(prefix.group(2)), prefix.group(1).replaceAll("[于於:]$", "")};
        }
        return new String[] {written, null};
    }

    /** 年度 after a year's number: 2024年度, 二〇二四年度 (not 本年度 or 上半年度, key phrases of their own). */
    private static final Pattern YEAR_OF_ACCOUNTS = Pattern.compile("(?<=[0-9〇零一二三四五六七八九])年度");

    private static final String ONGOING_WORDS = "贯穿始终|贯穿全过程|全程|长期坚持|长期开展|长期推进|长期|长效|常态化开展|常态化|常年开展|常年|持续开展|持续推进|持续"
            + "|常抓不懈|久久为功|今后|动态(?:调整|更新|管理)|按(?:月|季度|季|周|年|学期|半年)(?:度)?(?:开展|报送|上报)?"
            + "|每(?:个)?月月?(?:底|初|末|上旬|中旬|下旬)(?:前|之前|以前)?"
            + "|每(?:个)?季度(?:首月|第一个月|末月|最后一个月)(?:\\d{1,2}|[一二三四五六七八九十]+)?(?:日|号)?(?:前|之前|以前)?"
            + "|每(?:个)?月(?:的)?(?:第[一二三四1-4]|最后一)(?:个)?(?:周|星期)|(?:半年|一年|一季度|一个月|一月|一周)(?:[一两二三四五六]|\\d{1,2})次"
            + "|rolling(?: programme| program| basis)?|bau|business as usual|in progress|进行中"
            + "|(?:the )?(?:first|second|third|fourth|last|1st|2nd|3rd|4th) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|working day|weekday|day)"
            + " (?:of|in) (?:each|every|the) month"
            + "|每(?:个)?(?:周|星期|礼拜|月|季度|半年|年|天|日|学期)(?:[一二两三四五六七八九十]|\\d{1,2})+次"
            + "|每(?:个)?(?:周|星期|礼拜)[一二三四五六日天]?(?:上午|下午|晚上|晚)?|每(?:天|日)(?:上午|下午|晚上)?"
            + "|每(?:个)?月(?:底|初|末|(?:\\d{1,2}|[一二三四五六七八九十]+)(?:日|号)(?:前|之前|以前)?)?|每年(?:度)?$"
            + "|每(?:个)?季度(?:末|初)?|各(?:[一两二三]|\\d)次|每学期(?:开学前|开学初|开学后|期中|期末|末|初)?|每月定期|每月(?:的)?最后一个工作日|每周[一二三四五](?:至|到|-|—)周?[二三四五六日]|定期|日常|随时|不定期|根据需要|根据工作需要|按需|视需要"
            + "|每(?:[两二三四五六]|\\d{1,2})(?:个)?(?:周|星期|礼拜|月|季度|天|日)(?:[一两二三]|\\d)?次?|每半(?:个)?月(?:一次)?|每旬"
            + "|(?:重大|重要|法定)?节假日(?:期间)?|节日期间|(?:during|on|over) (?:public|bank) holidays"
            + "|every (?:two|three|four|six|other|\\d+) (?:days|weeks|months)|bi-?weekly|bi-?monthly|semi-?monthly|twice-monthly"
            + "|semi-?annually|bi-?annually|half-yearly|twice (?:yearly|annually|monthly|weekly)|\\d{1,2}-(?:weekly|monthly|yearly)"
            + "|(?:at )?(?:the )?(?:end|start|beginning|middle) of (?:each|every) (?:week|month|quarter|term|semester|year)"
            + "|每半年(?:度)?(?:一次)?"
            + "|as needed|as required|when needed|when required|as and when (?:needed|required)|from time to time|ad hoc|at any time"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\\s*(?:,|and|&)\\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days)*|termly"
            + "|until further notice|ongoing|on-going|continuous(?:ly)?|continuing|regularly|weekly|fortnightly|monthly|daily|quarterly"
            + "|(?:once|twice|\\d+ times|(?:two|three|four) times) (?:a|per|every|each) (?:day|week|fortnight|month|quarter|year|term)"
            + "|(?:every|each)(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
            + "|annually|yearly|(?:every|each) (?:day|weekday|week|fortnight|month|quarter|term|semester|year"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";

    /** A stage that goes on or recurs, alone (长期, ongoing, 每周五, every Monday) or after its start (9月起每周五). */
    private static final Pattern ONGOING_AFTER = Pattern.compile(
            "(?i)^(.*?)[\\s,，、;；]*(?:并|and\\s+)?(" + ONGOING_WORDS + ")(?:开展|进行|举行|实施|召开|报送|上报|报告|完成|检查|组织|推进|坚持|落实|执行|抓好)?$");

    /** Whether the words are in the text at all. */
    private static final Pattern ONGOING_ANYWHERE = Pattern.compile("(?i)" + ONGOING_WORDS);

    /** The same words before the start: "ongoing from May", "continuously from September 1". */
    private static final Pattern ONGOING_BEFORE = Pattern.compile(
            "(?i)^(" + ONGOING_WORDS + ")[\\s,，:：]+(.+)$");

    /**
     * Splits a period that goes on or recurs ("长期", "9月起每周五", "ongoing from May", "every Friday") into the
     * period ("" when only the words are written: the whole year) and the words, kept as its note; null when there
     * are none.
     */
    static String[] splitOngoing(String core) {
        if (!ONGOING_ANYWHERE.matcher(core).find()) return null; // most periods: one quick scan instead of two splits
        Matcher after = ONGOING_AFTER.matcher(core);
        if (after.matches()) {
            String[] more = clean(after.group(1)).isEmpty() ? null : splitOngoing(clean(after.group(1))); // 长期坚持，常抓不懈
            if (more != null && more[0].isEmpty()) return new String[] {"", clean(core)};
            return new String[] {clean(after.group(1)), after.group(2)};
        }
        Matcher before = ONGOING_BEFORE.matcher(core);
        if (before.matches()) return new String[] {clean(before.group(2)), before.group(1)};
        return null;
    }

    /**
     * What a deadline or a start says is done after it, in Chinese: 11月底前全部完成, 9月1日起全面实施 (the words
     * after 前, 止, 起 or 后 that hold no date); null when the period does not end so.
     */
    private static final Pattern WORK_AFTER = Pattern.compile(
            "^(.*(?:前|以前|之前|止|起|后|以后))([\\p{IsHan}]{2,12})$");

    /** Splits {@link #WORK_AFTER} words off a period: the period and the words, or null. */
    static String[] splitWork(String core) {
        Matcher m = WORK_AFTER.matcher(core);
        if (!m.matches()) return null;
        String work = m.group(2);
        for (int i = 0; i < work.length(); i++) {
            char c = work.charAt(i);
            if (ChineseNumerals.isNumeral(c) || "年月日号號旬底初末至到起止前后".indexOf(c) >= 0) return null;
        }
        return new String[] {m.group(1), work};
    }

    /**
     * Words after a day that name it or say what is done ({@code 5月12日防灾减灾日}, {@code 10月1日至7日国庆期间开展专项检查}):
     * Chinese words without a number or a date character after the last day of the period.
     */
    private static final Pattern WORDS_AFTER_DAY = Pattern.compile("^(.*[日号號月])([\\p{IsHan}]{2,20})$");

    /**
     * Splits {@link #WORDS_AFTER_DAY} words off a period: the period and the words, or null. After a month the words
     * are the name of a campaign or a week it holds ({@code 6月安全生产月}, {@code 9月全民国防教育月}, {@code 11月消防宣传月}):
     * they may end in 月, 周 or 日, but not start with a word that is part of a date (6月中旬, 6月上中旬, 6月份).
     */
    static String[] splitWordsAfterDay(String core) {
        if (!WORDS_AFTER_DAY.matcher(core).matches()) return null;
        int end = endOfLastDate(core);
        if (end < 0 || end == core.length() || !HAN_WORDS.matcher(core.substring(end)).matches()) return null;
        String words = core.substring(end);
        String period = core.substring(0, end);
        boolean afterMonth = period.endsWith("月");
        if (afterMonth && words.startsWith("份") && words.length() > 2) { // 6月份安全生产月期间
            period += "份";
            words = words.substring(1);
        }
        if (afterMonth && "上中下初底末前后份内间起至到止旬".indexOf(words.charAt(0)) >= 0) return null;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (afterMonth && "月周日节".indexOf(c) >= 0) continue; // the campaign's name: 安全生产月, 科技活动周
            if (ChineseNumerals.isNumeral(c) || "年月旬至到起止".indexOf(c) >= 0) return null;
        }
        return new String[] {period, words};
    }

    private static final Pattern HAN_WORDS = Pattern.compile("[\\p{IsHan}]{2,20}");

    /** The index after the first 日, 号 or 月 that follows the last numeral of a text (the end of its last date), or -1. */
    private static int endOfLastDate(String s) {
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || ChineseNumerals.isNumeral(c)) last = i;
        }
        if (last < 0) return -1;
        for (int i = last + 1; i < s.length(); i++) {
            if ("日号號月".indexOf(s.charAt(i)) >= 0) return i + 1;
        }
        return -1;
    }

    /** A period that is still to be fixed, written alone: 待定, 另行通知, TBC, to be announced. */
    private static final Pattern UNDATED = Pattern.compile(
        "(?i)^(?:时间|日期|具体时间|具体日期)?[\\s:：]*(待定|待通知|另行通知|另行安排|另定|另行确定|适时|视情况而定|视情况|择时|择期"
            + "|tb[cda]|to be (?:confirmed|determined|decided|announced|arranged|fixed)|date to follow|dates? to be set|not yet (?:fixed|decided|known))$");

    /** The words of {@link #UNDATED} when the whole period is only that, else null. */
    static String undated(String written) {
        Matcher m = UNDATED.matcher(written);
        return m.matches() ? m.group(1) : null;
    }

    /** A season named after the dates it is: 6月至9月汛期, 7月—8月暑假期间. */
    private static final Pattern LABEL_AFTER = Pattern.compile(
        "^(.*[月日号號旬底初末])[\\s,，]*(汛期|主汛期|防汛期|雨季|暑期|暑假|寒假|供暖期|采暖期|假期|旺季|淡季|高峰期)(?:期间)?$");

    /** Splits a {@link #LABEL_AFTER} season off a period: the period and the label, or null. */
    static String[] splitLabel(String core) {
        Matcher m = LABEL_AFTER.matcher(core);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The British abbreviations of "week commencing" and "week beginning": w/c 3 June, w/b 3 June. */
    private static final Pattern WEEK_COMMENCING = Pattern.compile("(?<![\\p{L}])w/[cb]\\.?\\s*");

    /** A year written short after an apostrophe, after a word: Sept '25, Summer ’26, Q3 '25 (of this century). */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<=[a-z0-9.])\\s*['’‘](\\d{2})(?![0-9])");

    /** NFKC, lower case, {@link #SHORT_YEAR} written whole, without quotation marks and apostrophes, and zeros of Chinese numerals written as 〇. */
    static String characters(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (s.indexOf('\'') >= 0 || s.indexOf('’') >= 0 || s.indexOf('‘') >= 0) s = SHORT_YEAR.matcher(s).replaceAll(" 20$1");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\"'“”‘’「」『』《》〈〉`´".indexOf(c) < 0) sb.append(c);
        }
        return ChineseNumerals.normalizeZeros(sb.toString());
    }

    /** A month and a day joined by a middle dot or a bullet, as days are named: "5·12", “9·18”, 3・15, 11•9. */
    private static final Pattern DOTTED_DAY = Pattern.compile(
            "(?<![0-9.·・•･‧∙])(1[0-2]|0?[1-9])\\s*[·・•･‧∙]\\s*(3[01]|[12][0-9]|0?[1-9])(?![0-9.·・•･‧∙])");

    /**
     * The {@link #characters} ("五四" without its quotes), with the day of issue as 即日, "w/c" as "week commencing", 元月
     * as 1月, the forms {@link PeriodForms} rewrites, and "一" between two dates written as a dash (5月1日一5月30日).
     */
    static String normalize(String written) {
        String s = ISSUED.matcher(characters(written)).replaceAll("即日");
        s = WEEK_COMMENCING.matcher(s).replaceAll("week commencing ");
        s = s.replace("元月", "1月"); // January, as offices still write it
        s = YEAR_OF_ACCOUNTS.matcher(s).replaceAll("年"); // 2024年度: the year 2024
        s = DOTTED_DAY.matcher(s).replaceAll("$1月$2日"); // "5·12", 11·9: May 12, November 9
        s = PeriodForms.rewrite(s);
        if (s.indexOf('一') < 0) return s;
        char[] c = s.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] != '一') continue;
            char prev = c[i - 1];
            char next = c[i + 1];
            boolean nextStartsDate = next >= '0' && next <= '9' || ChineseNumerals.isNumeral(next) || "次翌来明今本当".indexOf(next) >= 0;
            boolean prevEndsDate = "日号號旬底初末".indexOf(prev) >= 0;
            boolean betweenDigits = prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
            boolean afterMonth = prev == '月' && next >= '0' && next <= '9';
            if (prevEndsDate && nextStartsDate || betweenDigits || afterMonth) c[i] = '-';
        }
        return new String(c);
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】';
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis opening the one that closes at {@code close}, or -1. */
    static int matchingOpen(String s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = s.charAt(i);
            if (isClose(c)) {
                depth++;
            } else if (isOpen(c) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first blank left to fill in (20__, XX, ××, 某), or null. */
    static String blank(String normal) {
        Matcher m = BLANK.matcher(normal);
        return m.find() ? m.group() : null;
    }

    /** Whether a remark says the dates are not settled: 暂定, 待定, tentative, to be confirmed, TBC ... */
    static boolean isTentative(String remark) {
        return TENTATIVE.matcher(remark).find();
    }

    /** Whether a text is written in Chinese: it holds a Han character. */
    static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private PeriodText() {
    }
}
