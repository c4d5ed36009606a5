package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.planpress.Browser;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/**
 * Issue 20: checkers nobody here wrote, over every page of the baked test sites (the default plans, a Chinese plan
 * and an English and a Chinese plan of our own; English and Chinese sites with site.host, and the default site):
 * the Nu Html Checker (vnu, nu.validator:validator from Maven Central, in a JVM of its own), axe-core (the
 * axe.min.js that com.deque.html.axe-core:selenium bundles) in headless Chromium at 1280 and 390 px, and a layout
 * probe at 360 px. Each is shown to fail on a page with a planted fault.
 */
class ValidatorsTest {
    /** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
    static final String AXE_TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa','best-practice']";
    static final String CONTEXT = "/plans/"; // the path of ValidationSites.HOST, so 404.html's links work here

    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws Exception {
        try (var in = ValidatorsTest.class.getResourceAsStream("/axe.min.js")) {
            assertTrue(in != null, "axe.min.js (com.deque.html.axe-core:selenium) is on the test class path");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    static List<Path> sites() throws Exception {
        return List.of(ValidationSites.hosted(), ValidationSites.hostedChinese(), TestSites.defaultSite());
    }

    static List<String> pages(Path site) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path p : TestSites.files(site, ".html")) out.add(site.relativize(p).toString().replace(File.separatorChar, '/'));
        return out;
    }

    // ---------- the Nu Html Checker ----------

    /** Runs vnu on files and folders; returns its error messages ("file:line: message"). */
    static List<String> vnuErrors(List<Path> targets) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-cp", cp, "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--skip-non-html"));
        for (Path t : targets) cmd.add(t.toString());
        Path out = Files.createTempFile("vnu", ".json");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vnu finished");
        String json = Files.readString(out);
        int start = json.indexOf("{\"");
        assertTrue(start >= 0, "vnu printed no JSON: " + json);
        JsonNode doc = new ObjectMapper().readTree(json.substring(start));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : doc.get("messages")) {
            String type = m.path("type").asText();
            if (type.equals("error") || type.equals("non-document-error")) {
                errors.add(m.path("url").asText() + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText());
            }
        }
        return errors;
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        List<Path> targets = new ArrayList<>(sites());
        assertEquals(List.of(), vnuErrors(targets));
    }

    @Test
    void nuHtmlCheckerCatchesAPlantedFault() throws Exception {
        Path dir = Files.createTempDirectory("pp-vnu-fault");
        String index = Files.readString(ValidationSites.hosted().resolve("index.html"));
        Files.writeString(dir.resolve("index.html"), index.replace("<main id=\"main\"", "<p id=\"main\"></p><main id=\"main\""));
        List<String> errors = vnuErrors(List.of(dir));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("Duplicate ID"), errors.get(0));
    }

    // ---------- aria references ----------

    /** Every id an aria-* reference, label[for] or td[headers] names exists on the page. */
    static List<String> missingReferences(Document d) {
        List<String> out = new ArrayList<>();
        for (String attr : List.of("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
                "aria-activedescendant", "aria-details", "aria-errormessage", "aria-flowto", "for", "headers")) {
            for (Element e : d.select("[" + attr + "]")) {
                if (attr.equals("for") && !e.normalName().equals("label") && !e.normalName().equals("output")) continue;
                for (String id : e.attr(attr).trim().split("\\s+")) {
                    if (!id.isEmpty() && d.getElementById(id) == null) out.add(e.normalName() + "[" + attr + "=" + id + "]");
                }
            }
        }
        return out;
    }

    @Test
    void noAriaReferenceToAMissingIdOnAnyPage() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path site : sites()) {
            for (String rel : pages(site)) {
                pages++;
                for (String m : missingReferences(TestSites.page(site, rel))) problems.add(rel + ": " + m);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pages > 40, "pages checked: " + pages);
        // the fault the compare pages had: a section labelled by a heading id that was dropped
        Document d = TestSites.page(ValidationSites.hosted(), "compare/organization.html");
        d.selectFirst("section.pp-column").attr("aria-labelledby", "roster-title");
        assertEquals(List.of("section[aria-labelledby=roster-title]"), missingReferences(d));
    }

    // ---------- axe-core in Chromium ----------

    /** axe-core's violations on the page now loaded: "rule (n nodes): first target". */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations() {
        driver.executeScript(axe);
        Object r = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + AXE_TAGS + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.nodes.length + ' nodes): '"
                + " + v.nodes[0].target.join(' ') + ' ' + v.nodes[0].failureSummary; })); },"
                + " function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) r;
    }

    static void size(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Object inner = driver.executeScript("return window.innerWidth");
        assertEquals(width, ((Number) inner).intValue(), "viewport width");
    }

    static void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    @Test
    void axeFindsNoViolationOnAnyPageAt1280And390() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<Path, List<String>> which = Map.of(
                ValidationSites.hosted(), pages(ValidationSites.hosted()),
                // the Chinese site: one page of each type
                ValidationSites.hostedChinese(), List.of("index.html", "people.html", "calendar.html", "terms.html",
                        "search.html", "compare/stages.html", "plans/gangkou-anquan-2024.html", "plans/harbour-drills-2025.html"));
        int runs = 0;
        for (Map.Entry<Path, List<String>> e : which.entrySet()) {
            try (Browser.Server server = new Browser.Server(e.getKey(), CONTEXT, true)) {
                for (int width : new int[] {1280, 390}) {
                    size(width);
                    for (String rel : e.getValue()) {
                        open(server.base + rel);
                        for (String v : axeViolations()) problems.add(width + " " + rel + ": " + v);
                        runs++;
                    }
                    // a missing URL (404.html served for it) and the header search's open listbox
                    open(server.base + "plans/no/such/page.html");
                    for (String v : axeViolations()) problems.add(width + " 404 at depth: " + v);
                    open(server.base + "plans/harbour-drills-2025.html");
                    driver.findElement(By.id("pp-q")).sendKeys("drill");
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                            !d.findElements(By.cssSelector("#pp-results [role=option]")).isEmpty());
                    assertEquals("true", driver.findElement(By.id("pp-q")).getDomAttribute("aria-expanded"));
                    driver.findElement(By.id("pp-q")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN); // an active option
                    for (String v : axeViolations()) problems.add(width + " open search listbox: " + v);
                    open(server.base + "search.html?q=safety");
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                            !d.findElements(By.cssSelector("#pp-page-results .pp-result")).isEmpty());
                    for (String v : axeViolations()) problems.add(width + " search results: " + v);
                    runs += 3;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(runs > 50, "axe runs: " + runs);
    }

    @Test
    void axeCatchesAPlantedFault() throws Exception {
        try (Browser.Server server = new Browser.Server(ValidationSites.hosted(), CONTEXT, true)) {
            size(1280);
            open(server.base + "plans/harbour-drills-2025.html");
            assertEquals(List.of(), axeViolations());
            // what the timeline used to be: an image holding a link Tab stops on
            driver.executeScript("var s = document.querySelector('.pp-timeline-svg svg');"
                    + "s.removeAttribute('aria-hidden'); s.setAttribute('role', 'img'); s.setAttribute('aria-label', 'Stages');"
                    + "s.querySelector('a').removeAttribute('tabindex');");
            List<String> v = axeViolations();
            assertEquals(1, v.size(), v.toString());
            assertTrue(v.get(0).startsWith("nested-interactive"), v.toString());
        }
    }

    // ---------- layout probe at 360 px ----------

    /** Sideways scrolling of the page, and visible text drawn under 12 px (SVG text scaled as drawn). */
    @SuppressWarnings("unchecked")
    static List<String> layoutProblems() {
        return (List<String>) driver.executeScript("var out = [], de = document.documentElement;"
                + "if (de.scrollWidth > window.innerWidth) out.push('page is ' + de.scrollWidth + ' px wide');"
                + "var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n, seen = 0;"
                + "while ((n = walker.nextNode())) {"
                + "  if (!n.nodeValue.trim()) continue;"
                + "  var el = n.parentElement; if (!el || el.closest('script,style,title,desc')) continue;"
                + "  var r = el.getBoundingClientRect(); if (!r.width || !r.height || !el.getClientRects().length) continue;"
                + "  var cs = getComputedStyle(el); if (cs.visibility === 'hidden' || el.closest('[hidden]')) continue;"
                + "  if (el.closest('.pp-visually-hidden')) continue;"
                + "  var px = parseFloat(cs.fontSize);"
                + "  var svg = el.closest('svg');"
                + "  if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width)"
                + "    px = px * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                + "  if (px < 11.95 && seen++ < 5) out.push('text at ' + px.toFixed(1) + ' px: ' + n.nodeValue.trim().substring(0, 40));"
                + "}"
                + "return out;");
    }

    @Test
    void noPageScrollsSidewaysOrDrawsTextUnder12PxAt360() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path site : List.of(ValidationSites.hosted(), ValidationSites.hostedChinese())) {
            try (Browser.Server server = new Browser.Server(site, CONTEXT, true)) {
                size(360);
                assertTrue(pages(site).containsAll(List.of("help.html", "calendar.html", "compare/stages.html")), pages(site).toString());
                for (String rel : pages(site)) {
                    open(server.base + rel);
                    for (String p : layoutProblems()) problems.add(site.getParent().getParent().getFileName() + " " + rel + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLayoutProbeCatchesPlantedFaults() throws Exception {
        try (Browser.Server server = new Browser.Server(ValidationSites.hosted(), CONTEXT, true)) {
            size(360);
            open(server.base + "plans/harbour-drills-2025.html");
            assertEquals(List.of(), layoutProblems());
            // what the phones had: a code block that does not scroll, and the timeline drawn at phone width
            driver.executeScript("document.querySelector('main pre').style.overflow = 'visible';"
                    + "document.querySelector('main pre').style.maxWidth = 'none';"
                    + "document.querySelector('main pre').parentElement.style.overflow = 'visible';"
                    + "document.querySelector('.pp-timeline-svg').style.display = 'block';");
            List<String> found = layoutProblems();
            assertTrue(found.stream().anyMatch(s -> s.startsWith("page is ")), found.toString());
            assertTrue(found.stream().anyMatch(s -> s.startsWith("text at ")), found.toString());
        }
    }
}
