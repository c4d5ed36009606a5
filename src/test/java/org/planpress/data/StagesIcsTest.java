package org.planpress.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/** Issue 20: stages.ics checked by ical4j in strict mode and by the RFC 5545 line-length rule. */
class StagesIcsTest {
    static final List<String> HINTS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY);

    @BeforeAll
    static void strict() {
        for (String k : HINTS) CompatibilityHints.setHintEnabled(k, false);
    }

    @AfterAll
    static void relaxed() {
        for (String k : HINTS) CompatibilityHints.clearHintEnabled(k);
    }

    /** Parses strictly and validates; fails with ical4j's findings. */
    static Calendar strictParse(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult v = cal.validate(true);
        assertFalse(v.hasErrors(), () -> "ical4j validation: " + v);
        return cal;
    }

    /**
     * RFC 5545 3.1: every physical line at most 75 octets (CRLF excluded), ending in CRLF, and no fold inside a
     * UTF-8 sequence (each physical line decodes on its own).
     */
    static void assertLineLengths(byte[] ics) {
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        int start = 0;
        int n = 1;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] != '\n') continue;
            int line = n;
            assertTrue(i > 0 && ics[i - 1] == '\r', () -> "line " + line + " ends in a bare LF");
            int len = i - 1 - start;
            String text = new String(ics, start, len, StandardCharsets.UTF_8);
            assertTrue(len <= 75, () -> "line " + line + " is " + len + " octets: " + text);
            try {
                dec.decode(java.nio.ByteBuffer.wrap(ics, start, len));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new AssertionError("line " + line + " starts or ends inside a UTF-8 sequence: " + text);
            }
            start = i + 1;
            n++;
        }
        assertEquals(ics.length, start, "the file ends with CRLF");
    }

    static List<VEvent> events(Calendar cal) {
        return new ArrayList<>(cal.getComponents("VEVENT"));
    }

    static String summary(VEvent e) {
        return e.getProperty("SUMMARY").get().getValue();
    }

    @Test
    void hostedSiteCalendarIsStrictlyValidWithAbsoluteUrlsAndShortLines() throws Exception {
        Path site = ValidationSites.hosted();
        byte[] bytes = Files.readAllBytes(site.resolve("stages.ics"));
        assertLineLengths(bytes);
        Calendar cal = strictParse(new String(bytes, StandardCharsets.UTF_8));
        List<VEvent> events = events(cal);
        assertTrue(events.size() >= 12, "stages of the 2011, 2024 and two 2025 plans: " + events.size());
        for (VEvent e : events) {
            URI url = URI.create(e.getProperty("URL").orElseThrow().getValue());
            assertTrue(url.isAbsolute(), url.toString());
            assertTrue(url.toString().startsWith(ValidationSites.HOST), url.toString());
            assertTrue(url.toString().chars().allMatch(c -> c < 0x80), "percent-encoded: " + url);
        }
        List<String> summaries = events.stream().map(StagesIcsTest::summary).toList();
        assertTrue(summaries.contains("Harbour Drills, Checks; and Reviews 2025: Survey, planning; and back\\slash review"),
                summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.startsWith("江湾港务公司2025年度防台防汛应急演练暨危险货物泄漏处置综合演练活动方案：组织开展")),
                summaries.toString());
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(text.contains("Checks\\; and") && text.contains("Drills\\, Checks") && text.contains("back\\\\slash"),
                "commas, semicolons and backslashes escaped");
        // a stage's URL points at its section
        VEvent survey = events.stream().filter(e -> summary(e).endsWith("back\\slash review")).findFirst().orElseThrow();
        String url = survey.getProperty("URL").get().getValue();
        assertTrue(url.startsWith(ValidationSites.HOST + "plans/harbour-drills-2025.html#"), url);
        String anchor = url.substring(url.indexOf('#') + 1);
        assertFalse(TestSites.page(site, "plans/harbour-drills-2025.html").select("[id=" + anchor + "]").isEmpty(), url);
    }

    @Test
    void withoutHostTheEventsHaveNoUrl() throws Exception {
        byte[] bytes = Files.readAllBytes(TestSites.defaultSite().resolve("stages.ics"));
        assertLineLengths(bytes);
        Calendar cal = strictParse(new String(bytes, StandardCharsets.UTF_8));
        assertFalse(events(cal).isEmpty());
        for (VEvent e : events(cal)) assertTrue(e.getProperty("URL").isEmpty(), e.toString());
    }

    @Test
    void newlinesAndEveryEscapeRoundTripThroughFolding() throws Exception {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//PlanPress//Plan stages//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        String name = "第一阶段：动员部署, survey; back\\slash\nsecond line 全面排查港区各码头泊位装卸机械与危险货物罐区应急物资储备情况 😀 end";
        VEvent ev = new VEvent(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), name);
        ev.replace(new DtStamp(Instant.parse("2025-01-01T00:00:00Z")));
        ev.add(new Uid("x-stage-1@planpress"));
        cal.add(ev);
        String ics = DataFeeds.ics(cal);
        assertLineLengths(ics.getBytes(StandardCharsets.UTF_8));
        assertTrue(ics.replace("\r\n ", "").contains("back\\\\slash\\nsecond"), ics);
        Calendar back = strictParse(ics);
        assertEquals(name, summary(events(back).get(0)));
    }

    @Test
    void theCheckersCatchPlantedFaults() throws Exception {
        String ok = Files.readString(ValidationSites.hosted().resolve("stages.ics"));
        // a line over 75 octets: 30 Chinese characters are 90 octets on one line
        String longLine = ok.replace("END:VCALENDAR", "X-PLANTED:" + "演".repeat(30) + "\r\nEND:VCALENDAR");
        assertThrows(AssertionError.class, () -> assertLineLengths(longLine.getBytes(StandardCharsets.UTF_8)));
        // a fold inside a UTF-8 sequence (演 is E6 BC 94)
        byte[] b = ok.replace("END:VCALENDAR", "X-PLANTED:演\r\nEND:VCALENDAR").getBytes(StandardCharsets.UTF_8);
        String latin = new String(b, StandardCharsets.ISO_8859_1).replace("X-PLANTED:\u00e6\u00bc\u0094",
                "X-PLANTED:\u00e6\r\n \u00bc\u0094");
        assertThrows(AssertionError.class, () -> assertLineLengths(latin.getBytes(StandardCharsets.ISO_8859_1)));
        // events without DTSTAMP and UID fail ical4j's validation
        String noStamp = ok.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "").replaceAll("UID:[^\r]*\r\n( [^\r]*\r\n)*", "");
        assertThrows(Throwable.class, () -> strictParse(noStamp));
    }
}
