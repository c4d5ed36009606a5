package org.planpress.model;

import org.planpress.roster.RosterParser;

import org.planpress.period.PeriodParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Throws grammar fragments mixed with random Unicode at the parsers: each input must either parse
 * into a sound value or fail with {@link ModelException} — never another exception, never a hang.
 */
class ParserFuzzTest {
    private static final int ROUNDS = 20_000;
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static final String[] PERIOD_FRAGMENTS = {
        "June", "jun", "Sept", "May", "February", "feb", "December", "the", "end", "of", "early", "mid", "late", "mid-",
        "beginning", "middle", "start", "before", "by", "until", "from", "to", "through", "between", "and", "month", "year",
        "1", "10", "29", "30", "31", "0", "99", "1st", "2nd", "3rd", "21th", "2011", "2012", "0000", "9999", "12345",
        "2011-05-10", "2011-02-29", "2011-13-01", "2011-05", "2011/5/1", "2011.5.", "-", "–", "—", "~", "～", "/", ",", ".",
        "(", ")", "（", "）", " ", "  ", "\t", "\n", "月", "日", "号", "年", "底", "初", "上旬", "中旬", "下旬", "中", "前",
        "以前", "之前", "至", "到", "从", "起", "止", "为止", "截至", "份", "五", "十", "十二", "二十", "廿", "卅", "〇",
        "二〇一一", "十十", "１２", "２０１１", "13", "32", "次", "后", "\u0000", "\uD800", "\uFFFF", "😀", "İ", "ß", "ﬀ",
        "㋅", "⑩", "½", "\u202E", "\u00A0", "\u3000",
        // issue 18: the forms real plans use
        "即日", "即日起", "自即日起", "本通知印发之日", "now", "today", "the date of issue", "左右", "前后", "约", "around",
        "about", "or so", "第", "第二个", "第三", "个", "星期六", "周日", "周末", "周", "最后一个", "second", "last", "week",
        "Sunday", "weekend", "次年", "翌年", "来年", "今年", "next year", "the following", "（暂定）", "(tentative)",
        "(to be confirmed)", "（待定）", "暂定", "二〇一五", "二○一五", "二O一五", "○", "O", "为期", "三周", "一个月", "半",
        "一个半月", "集中", "时间", "for", "three", "weeks", "a", "fortnight", "、", "或", "or", "\"", "“", "”", "五四",
        "七一", "十一", "五一", "前夕", "国庆节", "元旦", "春节", "中秋", "端午", "期间", "Christmas", "Labor Day", "eve of",
        "后", "after", "---", "——", "〜", "一", "5月12至18日", "9月1-30日", "May10th", "20__", "XX", "____", "××", "某",
        "季度", "quarter", "Q", "上半年", "下半月", "春季", "summer", "5.1", "举行", "完成",
        // 2 December: forms rewritten to others, seasons of work, terms, weekdays beside days, brackets with dates
        "一个月内", "30日内", "内", "within", "days", "of issue", "after issue", "印发后", "年内", "the rest of", "the remainder of",
        "汛期", "汛前", "主汛期", "供暖期", "flood season", "heating season", "冬春季", "秋冬季节", "前三季度", "前6个月",
        "the first three quarters", "初夏", "深秋", "early summer", "late winter", "mid-autumn", "Easter", "开学", "9月开学",
        "放假", "本学期", "期末", "this term", "the 2025-26 school year", "学年", "第一学期", "力争", "持续至", "running until",
        "COB", "close of business", "year-end", "end-Q3", "2025 Q3", "（周一）", "(Monday)", "（星期六）", "（7月10日至8月31日）",
        "(15 May to 15 October)", "待定", "TBC", "不定期", "每两周一次", "every two weeks", "with effect from", "winter months",
        "第一、二周", "零时", "二十四时", "中秋国庆",
    };

    private static final String[] ROSTER_FRAGMENTS = {
        "Wang Shubin", "Li", "张建国", "库热西", "·", "•", "买合苏提", "(", ")", "（", "）", "Director", "副总经理", ";", "；",
        "、", ",", "，", ".", "。", " ", "\t", "\n", "", "\u0000", "\uDC00", "😀", "()", "（）", "((", "))",
        // issue 18: spaces, conjunctions, posts, groups and padded names
        "\u3000", "  ", "\u00A0", "和", "及", "与", "以及", "and", "And", "&", "Anderson", "副县长", "县长", "市安监局局长",
        "办公室主任", "安全员", "各", "全体", "班主任", "各部门负责人", "all", "heads of", "Project", "Manager", "Deputy",
        "Research and Development", "of", "the", "Department", "刘", "洋", "王", "李四", "欧阳", "常务", "同志", "等", "——",
        "-", "：", ":", "7", "县教育局", "阿不都", "热合曼",
        // 2 December: contacts, wrappers, posts after commas
        "13800001111", "联系电话：", "tel.", "0591-87654321", "a@b.org", "<", ">", "由", "组成", "担任", "成员为", "Members include",
        "made up of", "The Headteacher", "Business Manager", "Heads of Year 7–11", "（兼）", "(acting)", "按姓氏笔画排序",
    };

    private static final String[] ROLE_LABELS = {"组长", "组 长", "组　长", "【副总指挥】", "[Members]", "〔成员〕", "Group  leader",
        "", " ", "【", "】", "【】", "[", "：", "副", "😀"};

    @Test
    void periodParserEitherParsesSoundlyOrThrowsModelException() {
        Random random = new Random(20110510L);
        int[] parsed = {0};
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int round = 0; round < ROUNDS; round++) {
                String text = random.nextBoolean() ? build(random, PERIOD_FRAGMENTS) : mutate(random, period(random));
                Integer planYear = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> 2011;
                    case 2 -> 2012;
                    default -> random.nextInt(20_000) - 10_000;
                };
                try {
                    Period p = PeriodParser.parse(text, planYear);
                    assertNotNull(p.text());
                    assertFalse(p.end().isBefore(p.start()), () -> "end before start for " + escape(text));
                    if (!p.yearStated()) assertTrue(p.start().getYear() == PeriodParser.REFERENCE_YEAR, escape(text));
                    parsed[0]++;
                } catch (ModelException expected) {
                    assertTrue(expected.getMessage().startsWith("cannot read period \""), expected.getMessage());
                } catch (RuntimeException e) {
                    fail("unexpected " + e + " for " + escape(text) + " in " + planYear, e);
                }
            }
        });
        assertTrue(parsed[0] > ROUNDS / 10, "the fuzzer should also produce valid periods, got " + parsed[0]);
    }

    @Test
    void rosterParserEitherParsesSoundlyOrThrowsModelException() {
        Random random = new Random(5_10L);
        int[] parsed = {0};
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int round = 0; round < ROUNDS; round++) {
                String text = build(random, ROSTER_FRAGMENTS);
                try {
                    List<Person> people = switch (random.nextInt(3)) {
                        case 0 -> RosterParser.parsePeople(text);
                        case 1 -> List.of(RosterParser.parsePerson(text));
                        default -> {
                            Role role = RosterParser.parseRole(pick(random, ROLE_LABELS) + pick(random, ROLE_LABELS), text);
                            assertEquals(role.title().strip(), role.title(), escape(text));
                            yield role.people();
                        }
                    };
                    assertFalse(people.isEmpty(), escape(text));
                    for (Person person : people) {
                        assertFalse(person.name().isBlank(), escape(text));
                        assertEquals(person.name().strip(), person.name(), escape(text));
                        assertTrue(person.position() == null || !person.position().isBlank(), escape(text));
                        assertTrue(!person.group() || person.position() == null, escape(text));
                    }
                    parsed[0]++;
                } catch (ModelException expected) {
                    assertTrue(expected.getMessage().startsWith("roster "), expected.getMessage());
                } catch (RuntimeException e) {
                    fail("unexpected " + e + " for " + escape(text), e);
                }
            }
        });
        assertTrue(parsed[0] > ROUNDS / 100, "the fuzzer should also produce valid rosters, got " + parsed[0]);
    }

    private static final String[] MONTHS = {"January", "Feb", "March", "apr", "MAY", "June", "Jul", "August", "Sept",
        "October", "nov", "December", "Smarch"};
    private static final String[] PREFIXES = {"", "", "", "before ", "by ", "from ", "between ", "until ", "(", "截至",
        "即日起至", "from now until ", "约", "around ", "次年", "the second Sunday in ", "\"", "暂定"};
    private static final String[] SEPARATORS = {" to ", " - ", "–", " — ", " through ", " until ", " and ", "至", "到", "~", "-",
        "——", "---", "〜", "一", "、", "或", " or ", "至次年", " to next "};
    private static final String[] SUFFIXES = {"", "", "", "前", "以前", ".", ")", "。", "起", "止", "左右", "前后", "（暂定）",
        " (tentative)", "起，为期三周", ", for two weeks", "前夕", "期间", " next year", "\"前"};

    /** A period-shaped string: [prefix] point [separator point] [suffix]. */
    private static String period(Random random) {
        StringBuilder sb = new StringBuilder(pick(random, PREFIXES)).append(point(random));
        if (random.nextBoolean()) sb.append(pick(random, SEPARATORS)).append(point(random));
        return sb.append(pick(random, SUFFIXES)).toString();
    }

    private static String point(Random random) {
        String month = pick(random, MONTHS);
        int m = 1 + random.nextInt(13);
        int d = random.nextInt(33);
        int y = 1998 + random.nextInt(16);
        return switch (random.nextInt(12)) {
            case 0 -> month;
            case 1 -> month + " " + d;
            case 2 -> d + (random.nextBoolean() ? "th " : " ") + month + (random.nextBoolean() ? " " + y : "");
            case 3 -> month + " " + d + ", " + y;
            case 4 -> pick(random, new String[] {"the end of ", "end of ", "early ", "mid-", "late ", "the beginning of "}) + month;
            case 5 -> m + "月";
            case 6 -> m + "月" + d + pick(random, new String[] {"日", "号", ""});
            case 7 -> m + "月" + pick(random, new String[] {"底", "初", "上旬", "中旬", "下旬", "中下旬", "份"});
            case 8 -> y + "-" + m + "-" + d;
            case 9 -> y + "年" + m + "月" + (random.nextBoolean() ? d + "日" : "");
            case 10 -> random.nextBoolean() ? String.valueOf(d)
                : pick(random, new String[] {"国庆节", "五四", "春节", "中秋", "元旦", "Christmas", "第二个星期六", "第三周",
                    "二〇一五年", "二O一五年三月", "the last week of ", "第三季度", "上半年"});
            default -> month + " " + y;
        };
    }

    /** Sometimes inserts, deletes or replaces one character. */
    private static String mutate(Random random, String s) {
        if (s.isEmpty() || random.nextInt(3) > 0) return s;
        int at = random.nextInt(s.length());
        String c = new String(Character.toChars(randomCodePoint(random)));
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, at) + c + s.substring(at);
            case 1 -> s.substring(0, at) + s.substring(at + 1);
            default -> s.substring(0, at) + c + s.substring(at + 1);
        };
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** One to eight pieces: grammar fragments, mostly, and sometimes random code points. */
    private static String build(Random random, String[] fragments) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            int dice = random.nextInt(10);
            if (dice < 7) {
                sb.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextBoolean()) sb.append(' ');
            } else if (dice < 9) {
                sb.appendCodePoint(randomCodePoint(random));
            } else {
                sb.append((char) random.nextInt(0x10000)); // may be a lone surrogate
            }
        }
        return sb.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0x20 + random.nextInt(0x5F);              // ASCII
            case 1 -> 0x4E00 + random.nextInt(0x5200);          // CJK
            case 2 -> 0x2000 + random.nextInt(0x1000);          // punctuation, dashes, symbols
            default -> random.nextInt(Character.MAX_CODE_POINT + 1);
        };
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }
}
