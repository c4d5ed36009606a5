package org.planpress.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.planpress.model.Person;
import org.planpress.model.Plan;
import org.planpress.model.Role;
import org.planpress.model.Roster;
import org.planpress.model.Stage;
import org.planpress.convert.ConvertedPlan;
import org.planpress.site.SiteHost;
import org.planpress.site.SiteModel;
import org.planpress.store.Step;
import org.planpress.store.Store;

/**
 * Writes plans.json and stages.ics at the site root, for other intranet tools and calendar programs. Each plan's
 * part of them (its entry of plans.json, its events of stages.ics) is made on its own ({@link Parts}, a step of
 * the store) and the files are those parts one after another, so a rebuild after one edit makes one plan's part.
 */
public final class DataFeeds {
    /** Indents as Jackson does by default, with line feeds wherever it runs (its default is the system's). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final String PRODID = "-//PlanPress//Plan stages//EN";

    private DataFeeds() {
    }

    /** One plan's part of the files: its entry of plans.json and its events of stages.ics, as written. */
    public record Part(String json, String ics) {
    }

    /** The plans in the order of the files: by id. */
    public static List<ConvertedPlan> order(List<ConvertedPlan> plans) {
        List<ConvertedPlan> sorted = new ArrayList<>(plans);
        sorted.sort(java.util.Comparator.comparing(c -> c.plan().id()));
        return sorted;
    }

    /** Writes both files from the plans' parts, in the order of {@link #order}. */
    public static void write(Path site, List<Part> parts) throws IOException {
        Files.writeString(site.resolve("plans.json"), plansJson(parts.stream().map(Part::json).toList()), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("stages.ics"), ics(parts.stream().map(Part::ics).toList()), StandardCharsets.UTF_8);
    }

    /**
     * Makes each plan's {@link Part}: keyed by the plan's conversion and links (what its model is made from), its
     * source's time (the events' DTSTAMP) and the site's host (their URLs).
     */
    public static final class Parts implements Step<ConvertedPlan, Part> {
        private static final String FORMAT = "feeds-1";
        private final String host;

        /** {@code host}: the site's absolute base URL ({@link SiteHost}), or null: the events then carry no URL. */
        public Parts(String host) {
            this.host = host;
        }

        @Override
        public String kind() {
            return "feed";
        }

        @Override
        public String key(ConvertedPlan c) throws IOException {
            // the plan's key covers PlanPress's version too (see ConversionStep)
            return Store.key(FORMAT, c.key(), String.valueOf(stamp(c)), String.valueOf(host));
        }

        @Override
        public Part make(ConvertedPlan c) throws IOException {
            StringBuilder ics = new StringBuilder();
            for (VEvent e : events(c, host)) lines(e.toString(), ics);
            // indented once more, as in plans.json's array (JSON strings hold no line breaks: they are escaped)
            return new Part(JSON.writeValueAsString(entry(c)).replace("\n", "\n  "), ics.toString());
        }

        @Override
        public Map<String, byte[]> encode(Part p) {
            return Map.of("plan.json", p.json().getBytes(StandardCharsets.UTF_8), "events.ics", p.ics().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Part decode(Store.Entry e) {
            Map<String, byte[]> parts = e.parts();
            if (!parts.containsKey("plan.json") || !parts.containsKey("events.ics")) return null;
            return new Part(new String(parts.get("plan.json"), StandardCharsets.UTF_8), new String(parts.get("events.ics"), StandardCharsets.UTF_8));
        }
    }

    /**
     * plans.json: the plans' entries (each as Jackson indents it at the top level, its lines then indented once
     * more, as in the array) in one array, as Jackson would indent the whole document.
     */
    static String plansJson(List<String> entries) {
        return entries.isEmpty() ? "{\n  \"plans\" : [ ]\n}\n" : "{\n  \"plans\" : [ " + String.join(", ", entries) + " ]\n}\n";
    }

    /** stages.ics: the calendar's own lines around the plans' events (folded lines each). */
    static String ics(List<String> events) {
        Calendar cal = new Calendar(new PropertyList(List.of(new ProdId(PRODID), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN)), new ComponentList<>());
        StringBuilder out = new StringBuilder();
        String own = cal.toString();
        String end = "END:VCALENDAR";
        lines(own.substring(0, own.lastIndexOf(end)), out);
        for (String e : events) out.append(e);
        return out.append(end).append("\r\n").toString();
    }

    /**
     * The calendar of {@code cal} as RFC 5545 text: ical4j writes the content lines (escaping TEXT values), which
     * are then folded at 75 octets, never inside a UTF-8 sequence (ical4j's own folding counts characters).
     */
    static String ics(Calendar cal) {
        StringBuilder out = new StringBuilder();
        lines(cal.toString(), out);
        return out.toString();
    }

    /** Appends the content lines of {@code unfolded}, each folded. */
    private static void lines(String unfolded, StringBuilder out) {
        for (String line : unfolded.split("\r\n|\n")) {
            if (!line.isEmpty()) fold(line, out);
        }
    }

    /** Appends one content line folded at 75 octets (CRLF and a space before each continuation), then CRLF. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /** A plan's entry of plans.json. */
    public static Map<String, Object> entry(ConvertedPlan c) {
        Plan p = c.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("url", SiteModel.planUrl(p.id()));
        m.put("issuer", p.issuer());
        m.put("year", p.year());
        m.put("lang", p.lang());
        List<Object> roster = new ArrayList<>();
        for (Roster r : p.rosters()) {
            for (Role role : r.roles()) {
                for (Person person : role.people()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("role", role.title());
                    e.put("kind", role.kind().name().toLowerCase(java.util.Locale.ROOT));
                    e.put("name", person.name());
                    e.put("position", person.position());
                    if (person.group()) e.put("group", true);
                    roster.add(e);
                }
            }
        }
        m.put("roster", roster);
        List<Object> stages = new ArrayList<>();
        for (Stage s : p.stages()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("period", s.period().text());
            e.put("start", s.period().yearStated() ? s.period().start().toString() : null);
            e.put("end", s.period().yearStated() ? s.period().end().toString() : null);
            if (s.period().openStart()) e.put("deadline", true);
            if (s.period().approximate()) e.put("approximate", true);
            if (s.period().tentative()) e.put("tentative", true);
            if (s.period().note() != null) e.put("note", s.period().note());
            e.put("url", SiteModel.planUrl(p.id()) + "#" + s.anchor());
            stages.add(e);
        }
        m.put("stages", stages);
        return m;
    }

    /** A plan's events: one all-day event per stage whose dates are known (plans with a stated year). */
    static List<VEvent> events(ConvertedPlan c, String host) throws IOException {
        Instant stamp = stamp(c);
        List<VEvent> out = new ArrayList<>();
        int n = 0;
        for (Stage s : c.plan().stages()) {
            n++;
            if (!s.period().yearStated()) continue;
            VEvent ev = new VEvent(s.period().start(), s.period().end().plusDays(1), c.plan().title()
                    + (c.plan().lang() != null && c.plan().lang().startsWith("zh") ? "：" : ": ") + s.name());
            ev.replace(new DtStamp(stamp));
            ev.add(new Uid(c.plan().id() + "-stage-" + n + "@planpress"));
            ev.add(new Description(s.period().text()));
            if (host != null) {
                ev.add(new Url(java.net.URI.create(SiteHost.absolute(host, SiteModel.planUrl(c.plan().id()), s.anchor()))));
            }
            out.add(ev);
        }
        return out;
    }

    /** The events' DTSTAMP: the time of the plan's source, to the second. */
    private static Instant stamp(ConvertedPlan c) throws IOException {
        return Files.getLastModifiedTime(c.source().file()).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
