package org.planpress.search;

import org.planpress.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.planpress.TestSites;

/**
 * Issue 4 in real headless Chromium: the default plans, the Chinese test plan and a plan whose title holds
 * markup, baked once, searched over HTTP under a sub-path and from file://.
 */
class SearchBrowserTest {
    static final String CONTEXT = "/intranet/activity/";
    static final String XSS_TITLE = "Flood drill <img src=x onerror=window.__xss=1> plan";
    static Path source;
    static Path site;
    static Browser.Server server;
    static ChromeDriver driver;

    @BeforeAll
    static void bake() throws Exception {
        source = TestSites.sourceWithDefaultPlans();
        Path plans = source.resolve("content/plans");
        Files.copy(TestSites.repo().resolve("src/test/resources/zh/content/plans/gangkou-anquan-2024.adoc"),
                plans.resolve("gangkou-anquan-2024.adoc"));
        Files.writeString(plans.resolve("flood-drill.adoc"), """
                = %s
                :plan-issuer: Test <b>Office</b>
                :lang: en

                The muster drill is held every spring.

                == Drill <script>window.__xss=2</script> steps

                Everyone walks to the muster point.
                """.formatted(XSS_TITLE), StandardCharsets.UTF_8);
        site = Files.createTempDirectory("pp-search").resolve("site");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        server = new Browser.Server(site, CONTEXT);
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void clearLog() {
        server.requests.clear();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Types {@code q} into the box and waits for results for exactly that text. */
    private static List<WebElement> type(String boxId, String boxResults, String q) {
        WebElement box = driver.findElement(By.id(boxId));
        box.clear();
        box.sendKeys(q);
        waiting().until(d -> {
            Object last = driver.executeScript("return window.ppSearchLast && window.ppSearchLast.q");
            return q.equals(last) && !driver.findElements(By.cssSelector("#" + boxResults + " > *")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#" + boxResults + " .pp-result"));
    }

    private static String text(WebElement e, String css) {
        List<WebElement> found = e.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getDomProperty("textContent");
    }

    private static List<String> marks(WebElement e) {
        return e.findElements(By.tagName("mark")).stream().map(m -> m.getDomProperty("textContent").toLowerCase()).toList();
    }

    /** The English query, checked on one page; {@code base} is where the site is (http or file). */
    private static void findsInspection(String base) {
        driver.get(base + "plans/fuzhou-xiuzhai-safety-year.html");
        List<WebElement> results = type("pp-q", "pp-results", "inspections");
        assertFalse(results.isEmpty());
        WebElement top = results.get(0);
        assertEquals("(3) Carry out supervision and inspection.", text(top, ".pp-result-title"));
        assertTrue(text(top, ".pp-result-path").startsWith("Annual Activity Plan for Production Safety (3)"),
                text(top, ".pp-result-path"));
        assertTrue(marks(top).contains("inspection"), marks(top).toString());
        assertTrue(top.findElements(By.cssSelector(".pp-result-snippet mark")).size() > 0, "snippet highlight");
        String href = top.findElement(By.tagName("a")).getAttribute("href");
        assertEquals(base + "plans/ejl1-safety-year.html#carry-out-supervision-and-inspection", href);
        top.findElement(By.tagName("a")).click();
        waiting().until(d -> d.getCurrentUrl().startsWith(base + "plans/ejl1-safety-year.html"));
        assertNotNull(driver.findElement(By.id("carry-out-supervision-and-inspection")));
    }

    @Test
    void overHttpUnderASubPathFindsTheSectionWithHighlightAndFetchesOnlyTheSite() {
        findsInspection(server.base);
        assertFalse(server.requests.isEmpty());
        for (String r : server.requests) assertTrue(r.startsWith(CONTEXT), r);
        assertTrue(server.requests.contains(CONTEXT + "search/manifest.js"), server.requests.toString());
        assertTrue(server.requests.contains(CONTEXT + "search/stemmer.js"), server.requests.toString());
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        for (String u : fetched) assertTrue(u.startsWith(server.base), "request outside the site: " + u);
    }

    @Test
    void fromDiskWithFileUrls() {
        findsInspection(site.toUri().toString());
    }

    @Test
    void chineseQueriesMatchByBigramsAndMixedQueriesWork() {
        driver.get(server.base + "index.html");
        List<WebElement> results = type("pp-q", "pp-results", "安全");
        assertFalse(results.isEmpty());
        assertTrue(results.stream().anyMatch(r -> text(r, ".pp-result-path").startsWith("江湾港务公司2024年")
                || text(r, ".pp-result-title").startsWith("江湾港务公司2024年")));
        assertTrue(results.stream().anyMatch(r -> marks(r).contains("安全")), "安全 highlighted");
        // a multi-character query without a segmenter: 隐患排查 only as a phrase in 四、工作内容
        results = type("pp-q", "pp-results", "隐患排查");
        assertEquals("四、工作内容", text(results.get(0), ".pp-result-title"));
        assertTrue(marks(results.get(0)).contains("隐患排查"), marks(results.get(0)).toString());
        assertEquals("zh-CN", results.get(0).getAttribute("lang"));
        // a person, by name
        results = type("pp-q", "pp-results", "张建国");
        assertEquals("张建国", text(results.get(0), ".pp-result-title"));
        assertTrue(results.get(0).getAttribute("class").contains("pp-result-person"));
        assertTrue(text(results.get(0), ".pp-result-path").contains("组长"));
        // mixed: a number and Chinese, only the Chinese plan has both
        results = type("pp-q", "pp-results", "2024 安全生产");
        assertFalse(results.isEmpty());
        for (WebElement r : results) {
            String where = text(r, ".pp-result-path") + text(r, ".pp-result-title");
            assertTrue(where.contains("江湾港务公司"), where);
        }
    }

    @Test
    void personsAndStagesAreTheirOwnKindOfResult() {
        driver.get(server.base + "index.html");
        List<WebElement> results = type("pp-q", "pp-results", "wang jinxuan");
        WebElement top = results.get(0);
        assertEquals("Wang Jinxuan", text(top, ".pp-result-title"));
        assertTrue(top.getAttribute("class").contains("pp-result-person"));
        assertEquals("Person", text(top, ".pp-result-kind"));
        assertTrue(top.findElement(By.tagName("a")).getAttribute("href").endsWith("fuzhou-xiuzhai-safety-year.html#roster"));
        results = type("pp-q", "pp-results", "mobilization");
        assertTrue(results.stream().anyMatch(r -> r.getAttribute("class").contains("pp-result-stage")),
                "a stage result");
    }

    @Test
    void markupInTitlesShowsAsTextAndRunsNothing() {
        driver.get(server.base + "index.html");
        List<WebElement> results = type("pp-q", "pp-results", "muster drill");
        assertFalse(results.isEmpty());
        Set<String> shown = new LinkedHashSet<>();
        for (WebElement r : results) {
            shown.add(text(r, ".pp-result-path"));
            shown.add(text(r, ".pp-result-title"));
        }
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(XSS_TITLE)), shown.toString());
        assertTrue(shown.contains("Drill <script>window.__xss=2</script> steps"), shown.toString());
        assertTrue(driver.findElements(By.cssSelector("#pp-results img, #pp-results script, #pp-results b")).isEmpty());
        assertNull(driver.executeScript("return window.__xss"));
    }

    @Test
    void deepLinkShowsResultsAndMoreLoadsMore() {
        driver.get(server.base + "search.html?q=inspections");
        waiting().until(d -> !d.findElements(By.cssSelector("#pp-page-results .pp-result")).isEmpty());
        assertEquals("inspections", driver.findElement(By.id("pp-q2")).getAttribute("value"));
        WebElement top = driver.findElements(By.cssSelector("#pp-page-results .pp-result")).get(0);
        assertEquals("(3) Carry out supervision and inspection.", text(top, ".pp-result-title"));
        assertTrue(marks(top).contains("inspection"));
        // a common word: the page shows 20, then "more"
        driver.get(server.base + "search.html?q=safety");
        waiting().until(d -> !d.findElements(By.cssSelector("#pp-page-results .pp-result")).isEmpty());
        assertEquals(20, driver.findElements(By.cssSelector("#pp-page-results .pp-result")).size());
        driver.findElement(By.cssSelector("#pp-page-results button.pp-result-more")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#pp-page-results .pp-result")).size() > 20);
    }

    @Test
    void dropdownIsLimitedWithMoreLinkAndRanksHeadingsFirst() {
        driver.get(server.base + "plans/ejl1-safety-year.html");
        List<WebElement> results = type("pp-q", "pp-results", "safety");
        assertEquals(6, results.size(), "the dropdown holds 6 results");
        WebElement more = driver.findElement(By.cssSelector("#pp-results a.pp-result-more"));
        assertEquals(server.base + "search.html?q=safety", more.getAttribute("href"));
        // title and heading hits rank above body hits
        results = type("pp-q", "pp-results", "rectification");
        List<Boolean> inTitle = new ArrayList<>();
        for (WebElement r : results) inTitle.add(!r.findElements(By.cssSelector(".pp-result-title mark")).isEmpty());
        assertTrue(inTitle.get(0), "top result has the word in its heading");
        assertTrue(inTitle.lastIndexOf(true) < Math.max(1, inTitle.indexOf(false)) || !inTitle.contains(false),
                "no heading hit after a body-only hit: " + inTitle);
    }

    @Test
    void headerSearchIsAComboboxWhoseArrowsMoveTheActiveOption() {
        driver.get(server.base + "index.html");
        WebElement box = driver.findElement(By.id("pp-q"));
        assertEquals("false", box.getDomAttribute("aria-expanded"));
        type("pp-q", "pp-results", "safety");
        assertEquals("combobox", box.getDomAttribute("role"));
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        assertEquals("pp-results", box.getDomAttribute("aria-controls"));
        assertEquals("listbox", driver.findElement(By.id("pp-results")).getDomAttribute("role"));
        List<WebElement> options = driver.findElements(By.cssSelector("#pp-results [role=option]"));
        assertEquals(7, options.size(), "6 results and More results");
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("pp-q", driver.switchTo().activeElement().getAttribute("id"), "the focus stays in the box");
        assertEquals(options.get(0).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getDomAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(1).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        assertEquals("false", options.get(0).getDomAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_UP);
        box.sendKeys(Keys.ARROW_UP);
        assertEquals(options.get(6).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"), "wraps to the last");
        box.sendKeys(Keys.ARROW_DOWN);
        String href = options.get(0).getDomProperty("href");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> href.equals(d.getCurrentUrl()));
    }

    @Test
    void slashFocusesEscapeClearsAndTypingAPrefixFindsWords() {
        driver.get(server.base + "index.html");
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("pp-q", driver.switchTo().activeElement().getAttribute("id"));
        List<WebElement> results = type("pp-q", "pp-results", "rectif");
        assertFalse(results.isEmpty(), "a typed prefix already finds rectification");
        driver.findElement(By.id("pp-q")).sendKeys(Keys.ESCAPE);
        assertEquals("", driver.findElement(By.id("pp-q")).getAttribute("value"));
        assertFalse(driver.findElement(By.id("pp-results")).isDisplayed());
    }

    @Test
    void aQueryLoadsOnlyTheShardsOfItsWords() {
        driver.get(server.base + "index.html");
        type("pp-q", "pp-results", "inspections");
        long shards = server.requests.stream().filter(r -> r.startsWith(CONTEXT + "search/t/")).count();
        assertEquals(1, shards, server.requests.toString());
        long docs = server.requests.stream().filter(r -> r.startsWith(CONTEXT + "search/d/")).count();
        long all;
        try (Stream<Path> s = Files.list(site.resolve("search/d"))) {
            all = s.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(docs >= 1 && docs < all, docs + " of " + all);
    }

    /** The client's analysis equals Lucene's on the text of every test plan and on edge cases. */
    @Test
    void clientAnalysisEqualsLucene() throws Exception {
        driver.get(server.base + "index.html");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(source.resolve("content/plans"))) {
            for (Path p : s.sorted().toList()) {
                for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n\n")) texts.add(para);
            }
        }
        texts.add("The year's inspections, e.g. U.S.A. 3.5 1,000 a:b 15:30 don't ejl1 covid-19 foo_bar a.1 O’Neil’s");
        texts.add("安全 生产 安全生产月 库热西·买合苏提 2024年６月 ＡＢＣ１ カタカナ ひらがな x安y café naïve İstanbul");
        for (String t : texts) {
            Object js = driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; PPSearch.analyze(arguments[0]).then(done);", t);
            assertEquals(SearchAnalyzer.terms(t), js, t);
        }
    }

    /** The vendored JavaScript stemmer gives Lucene's PorterStemFilter stems. */
    @Test
    void clientStemmerEqualsLucenePorterStemFilter() throws Exception {
        driver.get(server.base + "index.html");
        List<String> words = new ArrayList<>(wordList());
        Object js = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; PPSearch.stem(arguments[0]).then(done);", words);
        @SuppressWarnings("unchecked")
        List<String> got = (List<String>) js;
        Analyzer porter = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new PorterStemFilter(t));
            }
        };
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            try (TokenStream ts = porter.tokenStream("", w)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                assertTrue(ts.incrementToken());
                if (!term.toString().equals(got.get(i))) differ.add(w + ": lucene " + term + ", js " + got.get(i));
                ts.end();
            }
        }
        assertTrue(words.size() > 4000, "word list too small: " + words.size());
        assertEquals(List.of(), differ);
    }

    /**
     * Real words: every word of the test plans, and stems from Porter's paper and this domain with every
     * suffix the algorithm handles. (The one known divergence, a "yy" before a suffix as in "cryying", is not
     * English and is left out.)
     */
    static Set<String> wordList() throws Exception {
        Set<String> words = new java.util.TreeSet<>();
        Pattern w = Pattern.compile("[A-Za-z]+");
        try (Stream<Path> s = Files.list(source.resolve("content/plans"))) {
            for (Path p : s.toList()) {
                Matcher m = w.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) words.add(m.group().toLowerCase());
            }
        }
        String[] stems = {"connect", "relat", "general", "happy", "sky", "yell", "cry", "agree", "feed", "hop", "tan",
            "fall", "hiss", "fizz", "fail", "file", "condition", "ration", "valen", "digit", "conform", "radical",
            "differ", "vile", "analog", "vietnam", "predic", "operat", "feudal", "decis", "hope", "callous", "formal",
            "sensit", "sensib", "tripl", "electr", "good", "reviv", "allow", "infer", "airlin", "gyroscop", "adjust",
            "defens", "irrit", "replac", "depend", "adopt", "homolog", "commun", "activ", "angular", "effect",
            "bowdler", "prob", "rat", "ceas", "control", "roll", "caress", "pony", "tie", "cat", "inspect", "train",
            "plan", "safe", "year", "organ", "rectif", "supervis", "say", "day", "toy", "boy", "play", "bay", "syzyg",
            "query", "eas", "rais", "sing", "bring", "bled", "sled", "flood", "drill", "emergenc", "evacuat", "season",
            "deploy", "survey", "key", "may", "highway", "employ", "destroy", "obey"};
        String[] suffixes = {"", "s", "es", "ed", "ing", "ly", "ies", "ied", "y", "er", "ers", "est", "ation",
            "ational", "ations", "ness", "fulness", "iveness", "ousness", "ization", "izations", "izer", "able", "ible",
            "ability", "ibility", "ive", "ize", "ise", "ism", "ist", "ity", "iti", "ent", "ence", "ance", "ancy", "ency",
            "ment", "ments", "ful", "al", "ally", "ical", "icate", "ative", "alize", "iciti", "ou", "ous", "logi",
            "logy", "bli", "bly", "eed", "eeds", "ying", "e", "ee", "eer", "ll", "ss", "sses"};
        for (String st : stems) for (String su : suffixes) words.add(st + su);
        words.removeIf(x -> x.contains("yy"));
        return words;
    }

    @Test
    void theIndexIsOnDiskAsScriptsNextToThePages() {
        for (String f : List.of("search/manifest.js", "search/stemmer.js", "search/t/0.js", "search/d/0.js",
                "js/search.js", "js/vendor/stemmer-2.0.1/LICENSE", "css/search.css")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
    }
}
