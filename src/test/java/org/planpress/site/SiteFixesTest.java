package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.planpress.Browser;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/** Issue 20: the favicon on every page, 404.html from any depth, plan metadata escaped once. */
class SiteFixesTest {

    @Test
    void everyPageLinksTheShippedFavicon() throws Exception {
        Path site = ValidationSites.hosted();
        assertTrue(Files.size(site.resolve("favicon.svg")) > 100);
        for (Path p : TestSites.files(site, ".html")) {
            Document d = TestSites.page(site, site.relativize(p).toString());
            Element icon = d.selectFirst("head link[rel=icon]");
            assertTrue(icon != null, p + " has no icon link");
            String href = icon.attr("href");
            if (href.startsWith("data:")) continue; // 404.html is self-contained
            assertTrue(Files.isRegularFile(p.getParent().resolve(href).normalize()), p + ": " + href);
        }
    }

    @Test
    void notFoundPageLinksThroughTheHostPath() throws Exception {
        Document nf = TestSites.page(ValidationSites.hosted(), "404.html");
        assertEquals("/plans/index.html", nf.getElementById("pp-home").attr("href"));
        assertTrue(nf.select("script").isEmpty(), "no script needed with site.host");
    }

    @Test
    void notFoundPageFindsTheSiteRootFromAnyDepth() throws Exception {
        Path site = TestSites.defaultSite();
        ChromeDriver driver = Browser.start();
        try (Browser.Server server = new Browser.Server(site, "/intranet/activity/", true)) {
            for (String missing : new String[] {"gone.html", "plans/gone.html", "compare/a/b/c/gone.html"}) {
                driver.get(server.base + missing);
                assertEquals(1, driver.findElements(By.id("pp-home")).size(), missing);
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                        (server.base + "index.html").equals(d.findElement(By.id("pp-home")).getDomProperty("href")));
                driver.findElement(By.id("pp-home")).click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(server.base + "index.html"));
                assertFalse(driver.findElements(By.cssSelector(".pp-header")).isEmpty(), "the index page opened");
            }
        } finally {
            driver.quit();
        }
    }

    @Test
    void issuerAndDescriptionAreEscapedOnceEverywhere() throws Exception {
        Path site = ValidationSites.hosted();
        String issuer = "Office <Safety> & Drills";
        String description = "Plan of the \"Office <Safety> & Drills\" for drills, checks; reviews \\ and follow-up in 2025.";
        Document page = TestSites.page(site, "plans/harbour-drills-2025.html");
        assertTrue(page.selectFirst(".pp-issuer").text().endsWith(issuer), page.selectFirst(".pp-issuer").text());
        assertEquals(description, page.selectFirst(".pp-description").text());
        Document index = TestSites.page(site, "index.html");
        assertTrue(index.text().contains(issuer) && !index.text().contains("&lt;"), "index shows plain text");
        JsonNode plans = new ObjectMapper().readTree(site.resolve("plans.json").toFile());
        for (JsonNode p : plans.get("plans")) {
            if (p.get("id").asText().equals("harbour-drills-2025")) assertEquals(issuer, p.get("issuer").asText());
        }
        // the search index holds plain text (search.js writes it with textContent)
        String docs = Files.readString(firstSearchFile(site));
        assertTrue(docs.contains("Office <Safety> & Drills") || docs.contains("Office \\u003cSafety\\u003e & Drills"),
                "plain issuer in the search data");
        assertFalse(docs.contains("&lt;Safety&gt;"), "no entity in the search data");
    }

    /** The search data file holding the plans' documents. */
    static Path firstSearchFile(Path site) throws Exception {
        for (Path p : TestSites.files(site.resolve("search"), "")) {
            if (Files.isRegularFile(p) && Files.readString(p).contains("Harbour Drills")) return p;
        }
        throw new AssertionError("no search file holds the plan");
    }
}
