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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
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

/** Writes plans.json and stages.ics at the site root, for other intranet tools and calendar programs. */
public final class DataFeeds {
    private DataFeeds() {
    }

    /**
     * Writes both files; {@code host} is the site's absolute base URL ({@link org.planpress.site.SiteHost}),
     * or null: then the calendar's events carry no URL (RFC 5545 wants absolute URIs).
     */
    static void write(Path site, List<ConvertedPlan> plans, String host) throws IOException {
        List<ConvertedPlan> sorted = new ArrayList<>(plans);
        sorted.sort(java.util.Comparator.comparing(c -> c.plan().id()));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(site.resolve("plans.json"), json.writeValueAsString(plansJson(sorted)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("stages.ics"), ics(calendar(sorted, host)), StandardCharsets.UTF_8);
    }

    /**
     * The calendar as RFC 5545 text: ical4j writes the content lines (escaping TEXT values), which are then
     * folded at 75 octets, never inside a UTF-8 sequence (ical4j's own folding counts characters).
     */
    static String ics(Calendar cal) {
        String unfolded = cal.toString();
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n|\n")) {
            if (line.isEmpty()) continue;
            fold(line, out);
        }
        return out.toString();
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

    /** The plans.json document. */
    public static Map<String, Object> plansJson(List<ConvertedPlan> plans) {
        List<Object> list = new ArrayList<>();
        for (ConvertedPlan c : plans) {
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
                if (s.period().approximate()) e.put("approximate", true);
                if (s.period().tentative()) e.put("tentative", true);
                if (s.period().note() != null) e.put("note", s.period().note());
                e.put("url", SiteModel.planUrl(p.id()) + "#" + s.anchor());
                stages.add(e);
            }
            m.put("stages", stages);
            list.add(m);
        }
        return Map.of("plans", list);
    }

    /** One all-day event per stage whose dates are known (plans with a stated year). */
    static Calendar calendar(List<ConvertedPlan> plans, String host) throws IOException {
        // the events are handed to the calendar as one list: ical4j's lists are immutable, and adding events
        // one by one copies the list each time (30,000 stages: 1 s)
        List<CalendarComponent> events = new ArrayList<>();
        for (ConvertedPlan c : plans) {
            Instant stamp = Files.getLastModifiedTime(c.source().file()).toInstant().truncatedTo(ChronoUnit.SECONDS);
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
                events.add(ev);
            }
        }
        return new Calendar(new PropertyList(List.of(new ProdId("-//PlanPress//Plan stages//EN"),
                ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN)), new ComponentList<>(events));
    }
}
