package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.xml.sax.InputSource;

/** Issue 3: rosters and timelines as structured data on every page and across the site. */
class StructuredPlansTest {
    static Path site;

    @BeforeAll
    static void bake() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        TestSites.copy(TestSites.repo().resolve("src/test/resources/zh/content"), src.resolve("content"));
        site = src.resolve("target/site");
        TestSites.Run r = TestSites.run("build", "--no-pdf", "--source", src.toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void rosterCardListsRolesInRankOrderWithKinds() throws Exception {
        Document d = TestSites.page(site, "plans/fuzhou-xiuzhai-safety-year.html");
        Element card = d.selectFirst(".pp-body section.pp-roster#roster");
        assertNotNull(card);
        List<String> roles = card.select(".pp-role dt").eachText();
        assertEquals(List.of("Group leader", "Deputy group leaders", "Members"), roles);
        assertEquals(List.of("pp-kind-leader", "pp-kind-deputy", "pp-kind-member"),
                card.select(".pp-role").stream().map(e -> e.classNames().stream().filter(c -> c.startsWith("pp-kind-")).findFirst().orElse("")).toList());
        assertEquals(List.of("Zuo Zhenyuan", "Yan Tao"), card.select(".pp-kind-deputy .pp-name").eachText());
        assertEquals("(Chief Project Engineer)", card.select(".pp-kind-deputy .pp-position").get(1).text());
        assertEquals(6, card.select(".pp-kind-member .pp-name").size());
    }

    @Test
    void chineseRosterUsesChineseSeparatorsAndKinds() throws Exception {
        Document d = TestSites.page(site, "plans/gangkou-anquan-2024.html");
        assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
        Element card = d.selectFirst("section.pp-roster");
        assertEquals("领导小组", card.selectFirst(".pp-card-title").text());
        assertEquals(List.of("李明", "王芳"), card.select(".pp-kind-deputy .pp-name").eachText());
        assertTrue(card.select(".pp-kind-member .pp-name").eachText().contains("库热西·买合苏提"));
        assertEquals("目录", d.selectFirst("#pp-toc-title").text(), "UI labels follow the plan's :lang:");
    }

    @Test
    void timelineIsAnSvgFigureWithATextEquivalentAndStageLinks() throws Exception {
        Document d = TestSites.page(site, "plans/chengchi-expressway-safety-year.html");
        Element fig = d.selectFirst("figure.pp-timeline");
        assertNotNull(fig);
        Element svg = fig.selectFirst("svg");
        assertEquals("true", svg.attr("aria-hidden"), "decoration: the list below is its text equivalent");
        assertEquals("2011-05-01", svg.attr("data-axis-start"));
        // well-formed XML, as an SVG must be to print and to be reused
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.outerHtml()
                .replace("viewbox=", "viewBox="))));
        List<Element> stages = fig.select("li.pp-stage");
        assertEquals(3, stages.size());
        assertEquals("2011-05-21", stages.get(0).attr("data-start"));
        assertEquals("2011-05-31", stages.get(0).attr("data-end"));
        assertEquals("2011-12-31", stages.get(2).attr("data-end"));
        for (Element li : stages) {
            String href = li.selectFirst("a").attr("href");
            assertTrue(href.startsWith("#"));
            assertNotNull(d.getElementById(href.substring(1)), href);
        }
        assertTrue(d.select("figure.pp-timeline .pp-note").isEmpty(), "plan 2 states its year");
        Document noYear = TestSites.page(site, "plans/ejl1-safety-year.html");
        assertFalse(noYear.select("figure.pp-timeline .pp-note").isEmpty(), "visible note that the year is not stated");
    }

    @Test
    void peoplePageListsEveryPersonOnceWithTheirRoles() throws Exception {
        Document d = TestSites.page(site, "people.html");
        List<String> names = d.select(".pp-person > .pp-name").eachText();
        assertEquals(names.size(), Set.copyOf(names).size(), "each name once");
        for (String n : List.of("Wang Jinxuan", "Wang Shubin", "Chen Task", "库热西·买合苏提", "Yu Senzhong")) {
            assertTrue(names.contains(n), n);
        }
        Element wang = d.select(".pp-person").stream().filter(e -> e.selectFirst(".pp-name").text().equals("Wang Shubin")).findFirst().orElseThrow();
        Element link = wang.selectFirst("a");
        assertEquals("plans/chengchi-expressway-safety-year.html#roster", link.attr("href"));
        assertTrue(wang.text().contains("Team leader"), wang.text());
    }

    @Test
    void calendarShowsAllStagesGroupedWithTodayHooks() throws Exception {
        Document d = TestSites.page(site, "calendar.html");
        assertEquals(3 + 3 + 2 + 3, d.select("tr.pp-stage").size());
        assertNotNull(d.getElementById("year-2011"));
        assertNotNull(d.getElementById("year-2024"));
        assertNotNull(d.getElementById("no-year"));
        assertFalse(d.select("svg[data-axis-start]").isEmpty());
    }

    @Test
    void plansJsonFollowsTheSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(site.resolve("plans.json").toFile());
        assertEquals(List.of("plans"), names(root));
        assertEquals(4, root.get("plans").size());
        for (JsonNode p : root.get("plans")) {
            assertEquals(List.of("id", "title", "url", "issuer", "year", "lang", "roster", "stages"), names(p));
            assertTrue(p.get("id").isTextual() && p.get("title").isTextual() && p.get("lang").isTextual());
            assertTrue(Files.exists(site.resolve(p.get("url").asText())));
            assertTrue(p.get("year").isNull() || p.get("year").isInt());
            for (JsonNode r : p.get("roster")) {
                assertEquals(List.of("role", "kind", "name", "position"), names(r));
                assertTrue(Set.of("leader", "deputy", "member").contains(r.get("kind").asText()));
            }
            for (JsonNode s : p.get("stages")) {
                List<String> keys = new ArrayList<>(names(s));
                keys.remove("deadline"); // a deadline's open start, only where it has one
                assertEquals(List.of("name", "period", "start", "end", "url"), keys);
                if (s.has("deadline")) assertTrue(s.get("deadline").asBoolean(), s.toString());
                if (p.get("year").isNull()) {
                    assertTrue(s.get("start").isNull() && s.get("end").isNull());
                } else {
                    assertFalse(LocalDate.parse(s.get("end").asText()).isBefore(LocalDate.parse(s.get("start").asText())));
                }
                String url = s.get("url").asText();
                Document page = TestSites.page(site, url.substring(0, url.indexOf('#')));
                assertNotNull(page.getElementById(url.substring(url.indexOf('#') + 1)), url);
            }
        }
        JsonNode harbor = null;
        for (JsonNode p : root.get("plans")) if (p.get("id").asText().equals("chengchi-expressway-safety-year")) harbor = p;
        assertEquals(2011, harbor.get("year").asInt());
        assertEquals("Wang Shubin", harbor.get("roster").get(0).get("name").asText());
        assertEquals("leader", harbor.get("roster").get(0).get("kind").asText());
        assertEquals("2011-05-01", harbor.get("stages").get(1).get("start").asText());
        assertEquals("2011-11-30", harbor.get("stages").get(1).get("end").asText());
    }

    @Test
    void stagesIcsParsesBackWithOneAllDayEventPerDatedStage() throws Exception {
        Calendar cal = new CalendarBuilder().build(Files.newInputStream(site.resolve("stages.ics")));
        List<VEvent> events = new ArrayList<>(cal.getComponents("VEVENT"));
        assertEquals(6, events.size(), "3 stages of the 2011 plan and 3 of the 2024 plan; no-year plans have no dates");
        for (VEvent e : events) {
            assertTrue(e.getProperty("DTSTART").get().toString().contains("VALUE=DATE"), e.toString());
            assertTrue(e.getProperty("UID").isPresent());
            assertTrue(e.getProperty("DTSTAMP").isPresent());
        }
        VEvent first = events.stream().filter(e -> e.getProperty("SUMMARY").get().getValue().endsWith("Mobilization and deployment")
                && e.getProperty("SUMMARY").get().getValue().contains("(2)")).findFirst().orElseThrow();
        assertEquals("20110521", first.getProperty("DTSTART").get().getValue());
        assertEquals("20110601", first.getProperty("DTEND").get().getValue(), "DTEND is exclusive");
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
