package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.planpress.Browser;
import org.planpress.TestSites;

/**
 * Issues 3 and 5 in a real headless Chromium: the page script marks today and the current stage (with and
 * without a stated year), and the print stylesheet keeps roster and timeline while hiding navigation.
 */
class PageScriptBrowserTest {
    static ChromeDriver driver;
    static Path site;

    @BeforeAll
    static void bake() throws Exception {
        LocalDate today = LocalDate.now();
        Path src = Files.createTempDirectory("pp-today");
        Path plans = Files.createDirectories(src.resolve("content/plans"));
        Files.writeString(plans.resolve("dated.adoc"), "= Dated plan\n:plan-year: " + today.getYear() + "\n\n== 1. Leading group\n\n"
                + "[.roster]\nLeader:: Li Ming (Director)\n\n== 2. Stages\n\n[.timeline]\n"
                + "Long past:: 2001-03-01 to 2001-04-01\n"
                + "Now:: " + today.minusDays(3) + " to " + today.plusDays(3) + "\n"
                + "Later:: " + today.plusYears(1).withDayOfYear(1) + " to " + today.plusYears(1).withDayOfYear(20) + "\n");
        String month = today.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String other = today.getMonth().plus(6).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        Files.writeString(plans.resolve("undated.adoc"), "= Undated plan\n\n== 1. Stages\n\n[.timeline]\n"
                + "This month:: " + month + "\nHalf a year away:: " + other + "\n");
        site = src.resolve("target/site");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, r.status(), r.err());
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    private static List<String> current() {
        return driver.findElements(By.cssSelector("li.pp-stage.pp-current > a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void marksTodayAndTheCurrentStageOfADatedPlan() {
        driver.get(site.resolve("plans/dated.html").toUri().toString());
        assertEquals(List.of("Now"), current());
        assertTrue(driver.findElement(By.cssSelector("li.pp-stage.pp-current .pp-now")).isDisplayed());
        assertEquals(1, driver.findElements(By.cssSelector("figure.pp-timeline svg line.pp-today-line")).size());
    }

    @Test
    void marksTheCurrentStageOfAPlanWithoutAYear() {
        driver.get(site.resolve("plans/undated.html").toUri().toString());
        assertEquals(List.of("This month"), current());
    }

    @Test
    void printStylesheetKeepsRosterAndTimelineAndHidesNavigation() {
        driver.get(site.resolve("plans/dated.html").toUri().toString());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", driver.findElement(By.cssSelector(".pp-header")).getCssValue("display"));
            assertEquals("none", driver.findElement(By.cssSelector(".pp-toc")).getCssValue("display"));
            assertTrue(driver.findElement(By.cssSelector(".pp-roster")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("figure.pp-timeline svg")).isDisplayed());
            assertEquals("avoid", driver.findElement(By.cssSelector(".pp-body h2")).getCssValue("break-after"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
