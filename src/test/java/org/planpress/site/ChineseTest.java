package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/** Issue 20: Chinese names in pinyin order, lang on runs of another language, full-width punctuation, Chinese brand. */
class ChineseTest {
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Two English words in a row: English text, not a lone "PDF" or "PlanPress". */
    static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}");
    /** Half-width punctuation after Chinese text. */
    static final Pattern HALF_WIDTH = Pattern.compile("\\p{IsHan}\\s*[:;(),]|[:;(]\\s*\\p{IsHan}");

    static boolean chinese(String lang) {
        return lang.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    /** The language of a node: its nearest lang attribute. */
    static String langOf(Node n) {
        for (Node x = n; x != null; x = x.parent()) {
            if (x instanceof Element e && e.hasAttr("lang")) return e.attr("lang");
        }
        return "";
    }

    /**
     * Text of another language than its element's: Chinese text not marked Chinese, English text (two words in a
     * row) inside Chinese, and half-width punctuation inside Chinese. Script and style contents are not text.
     */
    static List<String> languageProblems(Document d) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof TextNode t) || t.isBlank()) return;
            String parent = ((Element) t.parent()).normalName();
            if (parent.equals("script") || parent.equals("style") || parent.equals("title")) return;
            // hidden from assistive technology (the decorative timeline drawing): not read in any language
            for (Node x = t; x != null; x = x.parent()) {
                if (x instanceof Element e && (e.attr("aria-hidden").equals("true") || e.hasAttr("hidden"))) return;
            }
            String text = t.text().strip();
            String lang = langOf(t);
            if (HAN.matcher(text).find() && !chinese(lang)) out.add("Chinese text in lang=" + lang + ": " + text);
            if (chinese(lang) && ENGLISH.matcher(text).find()) out.add("English text in lang=" + lang + ": " + text);
            if (chinese(lang) && HALF_WIDTH.matcher(text).find()) out.add("half-width punctuation: " + text);
        }, d);
        return out;
    }

    @Test
    void theJdkCollatorDoesNotSortAllChineseNamesByPinyinSoIcuDoes() {
        List<String> pinyin = List.of("王安", "王兵", "王芳", "王堃", "王昇", "王玥", "王喆", "王震");
        List<String> jdk = new ArrayList<>(pinyin);
        jdk.sort(java.text.Collator.getInstance(Locale.SIMPLIFIED_CHINESE)::compare);
        assertNotEquals(pinyin, jdk, "the JDK places 堃 昇 玥 喆 (outside GB2312 level 1) after the others");
        List<String> icu = new ArrayList<>(pinyin);
        java.util.Collections.reverse(icu);
        icu.sort(NameOrder.forLang("zh-CN"));
        assertEquals(pinyin, icu);
        List<String> mixed = new ArrayList<>(List.of("张建国", "Wang Shubin", "陈静", "ada Lovelace", "Zhang Jianjun", "李明"));
        mixed.sort(NameOrder.forLang("en"));
        assertEquals(List.of("ada Lovelace", "Wang Shubin", "Zhang Jianjun", "陈静", "李明", "张建国"), mixed);
        mixed.sort(NameOrder.forLang("zh-CN"));
        assertEquals(List.of("陈静", "李明", "张建国", "ada Lovelace", "Wang Shubin", "Zhang Jianjun"), mixed);
    }

    static List<String> names(Path site) throws Exception {
        return TestSites.page(site, "people.html").select(".pp-person > .pp-name").eachText();
    }

    static List<String> han(List<String> names, boolean wanted) {
        return names.stream().filter(n -> HAN.matcher(n).find() == wanted).toList();
    }

    @Test
    void peoplePageListsChineseNamesInPinyinOrder() throws Exception {
        List<String> en = names(ValidationSites.hosted());
        List<String> chineseNames = han(en, true);
        assertTrue(chineseNames.size() >= 10, chineseNames.toString());
        List<String> expected = new ArrayList<>(chineseNames);
        expected.sort(NameOrder.forLang("zh-CN"));
        assertEquals(expected, chineseNames);
        // 阿依古丽 (a) 陈静 (chen) ... 张建国 (zhang) 赵强 (zhao) 周杰 (zhou)
        assertEquals("阿依古丽·买买提", chineseNames.get(0));
        assertTrue(chineseNames.indexOf("陈静") < chineseNames.indexOf("李明")
                && chineseNames.indexOf("李明") < chineseNames.indexOf("王芳")
                && chineseNames.indexOf("王芳") < chineseNames.indexOf("张建国")
                && chineseNames.indexOf("张建国") < chineseNames.indexOf("周杰"), chineseNames.toString());
        // English names alphabetically, ignoring case, before the Chinese ones on an English site
        List<String> latin = han(en, false);
        List<String> sortedLatin = new ArrayList<>(latin);
        sortedLatin.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sortedLatin, latin);
        assertEquals(latin, en.subList(0, latin.size()));
        // a Chinese site lists the Chinese names first
        List<String> zh = names(ValidationSites.hostedChinese());
        assertEquals(chineseNames, zh.subList(0, chineseNames.size()));
    }

    @Test
    void chineseSiteHasAChineseBrandAndTitle() throws Exception {
        Path site = ValidationSites.hostedChinese();
        Document index = TestSites.page(site, "index.html");
        assertEquals("活动方案", index.selectFirst(".pp-brand").text());
        assertTrue(index.title().endsWith("活动方案"), index.title());
        Document en = TestSites.page(site, "plans/harbour-drills-2025.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("zh-CN", en.selectFirst(".pp-brand").attr("lang"));
        Document zhOnEn = TestSites.page(ValidationSites.hosted(), "plans/gangkou-anquan-2024.html");
        assertEquals("en", zhOnEn.selectFirst(".pp-brand").attr("lang"), "Activity plans on a Chinese page");
    }

    @Test
    void everyRunOfAnotherLanguageIsMarkedAndChineseUsesFullWidthPunctuation() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path site : List.of(ValidationSites.hosted(), ValidationSites.hostedChinese())) {
            for (Path p : TestSites.files(site, ".html")) {
                String rel = site.relativize(p).toString();
                for (String s : languageProblems(TestSites.page(site, rel))) problems.add(site.getParent().getParent().getFileName() + " " + rel + ": " + s);
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(15, problems.size())), problems.size() + " problems");
    }

    @Test
    void theLanguageCheckCatchesPlantedFaults() throws Exception {
        Document d = TestSites.page(ValidationSites.hosted(), "plans/gangkou-anquan-2024.html");
        assertEquals(List.of(), languageProblems(d).subList(0, Math.min(5, languageProblems(d).size())));
        d.selectFirst(".pp-brand").removeAttr("lang");
        d.selectFirst("h1").appendText("（一）: 说明");
        assertEquals(2, languageProblems(d).size(), languageProblems(d).toString());
        assertFalse(languageProblems(d).get(0).isEmpty());
    }
}
