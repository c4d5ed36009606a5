package org.planpress.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.planpress.model.Person;
import org.planpress.roster.RosterParser;
import org.planpress.model.Plan;
import org.planpress.model.Role;
import org.planpress.model.Roster;
import org.planpress.model.Section;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;
import org.planpress.convert.Body;
import org.planpress.convert.ConvertedPlan;
import org.planpress.i18n.Messages;
import org.planpress.convert.SectionKinds;
import org.planpress.timeline.TimelineLabels;
import org.planpress.timeline.TimelineSvg;

/**
 * Stage 4, after linking: the whole site as plain data for the templates (exposed to Freemarker as {@code planpress}):
 * plans, people, calendar, section kinds for comparison, index terms, and the list of site-wide pages.
 * Only maps, lists and strings, so any template engine can read it; the large texts (compare fragments, a
 * {@code convert.Body}, and the calendar's figures, a {@link Deferred}) are values shown by their
 * {@code toString}, read or drawn only when a page that shows them is rendered.
 */
public final class SiteModel {
    private static final Body EMPTY = Body.of("");

    private SiteModel() {
    }

    /** The URL of a plan page, relative to the site root. */
    public static String planUrl(String id) {
        return "plans/" + id + ".html";
    }

    /**
     * Builds the template model.
     *
     * @param fragments for each plan id, the HTML of its sections of a known kind for the compare pages
     *        (section id to HTML; see {@code BodyLinks})
     */
    public static Map<String, Object> build(List<ConvertedPlan> converted, SectionKinds kinds, Properties config,
            Map<String, Map<String, Body>> fragments) {
        String siteLang = config.getProperty("site.lang", "en");
        Messages siteMsg = Messages.forLang(siteLang);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.getProperty("site.title", siteMsg.get("site.title")));
        site.put("lang", siteLang);
        site.put("ui_lang", Messages.uiLang(siteLang));
        site.put("pdf", Boolean.parseBoolean(config.getProperty("planpress.pdf", "false")));
        site.put("pdf_editions", List.of(config.getProperty("planpress.pdf.editions", "a4,a3,summary").split(",")));
        site.put("help", config.getProperty("planpress.help", ""));
        String host = SiteHost.of(config);
        site.put("host", host == null ? "" : host);
        // the site's root as an absolute path on its server ("/plans/"), for 404.html; "" without site.host
        site.put("host_path", host == null ? "" : java.net.URI.create(host).getRawPath());
        Map<String, Object> msgs = new LinkedHashMap<>();
        msgs.put("en", Messages.forLang("en").all());
        msgs.put("zh-CN", Messages.forLang("zh-CN").all());

        List<Map<String, Object>> plans = new ArrayList<>();
        Map<String, Object> byId = new LinkedHashMap<>();
        List<ConvertedPlan> sorted = new ArrayList<>(converted);
        sorted.sort(java.util.Comparator.comparing((ConvertedPlan c) -> c.plan().id()));
        String lastmod = "";
        for (ConvertedPlan c : sorted) {
            Map<String, Object> p = plan(c.plan());
            String modified = lastModified(c);
            p.put("lastmod", modified);
            if (host != null) p.put("loc", SiteHost.absolute(host, planUrl(c.plan().id()), null));
            if (modified.compareTo(lastmod) > 0) lastmod = modified;
            plans.add(p);
            byId.put(c.plan().id(), p);
        }

        site.put("lastmod", lastmod);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("site", site);
        root.put("msg", msgs);
        root.put("plans", plans);
        root.put("plans_by_id", byId);
        // made when a page shows them (see DeferredList)
        root.put("people", new DeferredList<>(() -> withLang(NameOrder.sort(people(sorted), e -> RosterParser.plainName(String.valueOf(e.get("name"))), siteLang), byId)));
        root.put("calendar", new DeferredList<>(() -> calendar(sorted, siteMsg)));
        List<Map<String, Object>> compare = compare(sorted, kinds, siteMsg, fragments);
        root.put("kinds", compare);
        root.put("terms", new DeferredList<>(() -> NameOrder.sort(terms(sorted), "term", siteLang)));
        List<Map<String, String>> pages = pages(siteMsg, compare);
        if (host != null) {
            site.put("loc", SiteHost.absolute(host, "index.html", null));
            for (Map<String, String> pg : pages) pg.put("loc", SiteHost.absolute(host, pg.get("uri"), null));
        }
        root.put("pages", pages);
        return root;
    }

    /** Each person of the people index with the language of the first plan naming them ({@code lang}, for the page). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> withLang(List<Map<String, Object>> people, Map<String, Object> plansById) {
        for (Map<String, Object> person : people) {
            List<Map<String, Object>> roles = (List<Map<String, Object>>) person.get("roles");
            String name = String.valueOf(person.get("name"));
            boolean han = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            person.put("lang", han ? "zh-CN" : "en");
        }
        return people;
    }

    /** When the plan's source file was last modified, as a W3C date-time in UTC (sitemap.xml's lastmod); "" if unknown. */
    static String lastModified(ConvertedPlan c) {
        try {
            return java.nio.file.Files.getLastModifiedTime(c.source().file()).toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    static Map<String, Object> plan(Plan plan) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", plan.id());
        p.put("title", plan.title());
        p.put("url", planUrl(plan.id()));
        p.put("issuer", nz(plan.issuer()));
        p.put("year", plan.year() == null ? "" : String.valueOf(plan.year()));
        p.put("description", nz(plan.description()));
        p.put("lang", plan.lang());
        p.put("ui_lang", Messages.uiLang(plan.lang()));
        p.put("pdf", "pdf/" + plan.id() + ".pdf");
        p.put("pdf_a3", "pdf/" + plan.id() + "-a3.pdf");
        p.put("pdf_summary", "pdf/" + plan.id() + "-summary.pdf");
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : plan.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("level", s.level());
            m.put("kind", nz(s.kind()));
            sections.add(m);
        }
        p.put("sections", sections);
        return p;
    }

    static List<Map<String, Object>> people(List<ConvertedPlan> plans) {
        Map<String, List<Map<String, Object>>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> shown = new LinkedHashMap<>();
        for (ConvertedPlan c : plans) {
            for (Roster r : c.plan().rosters()) {
                for (Role role : r.roles()) {
                    for (Person person : role.people()) {
                        if (person.group()) continue; // groups (各部门负责人) are on the roster card, not people
                        String key = RosterParser.plainName(person.name()); // Dr Priya Natarajan and Priya Natarajan are one person
                        shown.putIfAbsent(key.toLowerCase(Locale.ROOT), person.name().strip()); // as first written
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("plan_id", c.plan().id());
                        m.put("plan_title", c.plan().title());
                        m.put("plan_lang", c.plan().lang());
                        m.put("plan_ui_lang", Messages.uiLang(c.plan().lang()));
                        m.put("role", role.title());
                        m.put("kind", role.kind().name().toLowerCase(Locale.ROOT));
                        m.put("position", nz(person.position()));
                        m.put("url", planUrl(c.plan().id()) + "#" + r.id());
                        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : byName.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", shown.get(e.getKey().toLowerCase(Locale.ROOT)));
            m.put("id", "person-" + org.planpress.convert.Slugs.of(e.getKey()));
            m.put("roles", e.getValue());
            out.add(m);
        }
        return out;
    }

    /** Stages of all plans, grouped by year (plans without a stated year on a month axis of their own). */
    static List<Map<String, Object>> calendar(List<ConvertedPlan> plans, Messages msg) {
        Map<String, List<Stage>> groups = new TreeMap<>();
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        for (ConvertedPlan c : plans) {
            for (Timeline t : c.plan().timelines()) {
                for (Stage s : t.stages()) {
                    String key = s.period().yearStated() ? String.valueOf(s.period().start().getYear()) : "~";
                    String label = c.plan().title() + " — " + s.name();
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Stage(label, s.period(), null));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("plan_id", c.plan().id());
                    row.put("plan_title", c.plan().title());
                    row.put("plan_lang", c.plan().lang());
                    row.put("name", s.name());
                    row.put("period", s.period().text());
                    row.put("start", s.period().yearStated() ? s.period().start().toString() : "");
                    row.put("end", s.period().yearStated() ? s.period().end().toString() : "");
                    row.put("data_start", s.period().start().toString());
                    row.put("data_end", s.period().end().toString());
                    row.put("approximate", s.period().approximate());
                    row.put("tentative", s.period().tentative());
                    row.put("note", s.period().note() == null ? "" : s.period().note());
                    row.put("url", planUrl(c.plan().id()) + "#" + s.anchor());
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
            }
        }
        TimelineLabels labels = "zh-CN".equals(msg.lang()) ? TimelineLabels.chinese() : TimelineLabels.english();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<Stage>> e : groups.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            boolean noYear = "~".equals(e.getKey());
            g.put("year", noYear ? "" : e.getKey());
            g.put("id", noYear ? "no-year" : "year-" + e.getKey());
            Timeline year = new Timeline(noYear ? "calendar-no-year" : "calendar-" + e.getKey(), e.getValue());
            g.put("svg", new Deferred(() -> TimelineSvg.render(year, labels))); // drawn when the page is rendered
            g.put("stages", rows.get(e.getKey()));
            out.add(g);
        }
        return out;
    }

    /** For each kind present in any plan: the matching section of every plan, with its HTML for the compare page. */
    static List<Map<String, Object>> compare(List<ConvertedPlan> plans, SectionKinds kinds, Messages msg,
            Map<String, Map<String, Body>> fragmentsById) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SectionKinds.Kind k : kinds.all()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (ConvertedPlan c : plans) {
                Map<String, Body> fragments = null;
                for (Section s : c.plan().sections()) {
                    if (!k.key().equals(s.kind())) continue;
                    if (fragments == null) fragments = fragmentsById.getOrDefault(c.plan().id(), Map.of());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("plan_id", c.plan().id());
                    m.put("plan_title", c.plan().title());
                    m.put("plan_lang", c.plan().lang());
                    m.put("section_id", s.id());
                    m.put("section_title", s.title());
                    m.put("url", planUrl(c.plan().id()) + "#" + s.id());
                    m.put("html", fragments.getOrDefault(s.id(), EMPTY)); // read when the page is rendered
                    entries.add(m);
                }
            }
            if (entries.isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", k.key());
            m.put("label", "zh-CN".equals(msg.lang()) ? k.labelZh() : k.label());
            m.put("label_en", k.label());
            m.put("label_zh", k.labelZh());
            m.put("url", "compare/" + k.key() + ".html");
            m.put("sections", entries);
            m.put("plan_count", entries.stream().map(e -> e.get("plan_id")).distinct().count());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> terms(List<ConvertedPlan> plans) {
        Map<String, String> display = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<Map<String, Object>>> uses = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ConvertedPlan c : plans) {
            Map<String, String> titles = new LinkedHashMap<>();
            for (Section s : c.plan().sections()) titles.put(s.id(), s.title());
            for (Map.Entry<String, List<String>> e : c.terms().entrySet()) {
                display.putIfAbsent(e.getKey(), e.getKey());
                for (String sectionId : e.getValue()) {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("plan_id", c.plan().id());
                    u.put("plan_title", c.plan().title());
                    u.put("plan_lang", c.plan().lang());
                    u.put("section_title", sectionId.isEmpty() ? c.plan().title() : titles.getOrDefault(sectionId, sectionId));
                    u.put("url", planUrl(c.plan().id()) + (sectionId.isEmpty() ? "" : "#" + sectionId));
                    uses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(u);
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : uses.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("term", display.get(e.getKey()));
            m.put("id", "term-" + org.planpress.convert.Slugs.of(e.getKey()));
            m.put("uses", e.getValue());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, String>> pages(Messages msg, List<Map<String, Object>> kinds) {
        List<Map<String, String>> pages = new ArrayList<>();
        pages.add(page("people", "people.html", msg.get("nav.people"), ""));
        pages.add(page("calendar", "calendar.html", msg.get("nav.calendar"), ""));
        pages.add(page("terms", "terms.html", msg.get("nav.terms"), ""));
        pages.add(page("search", "search.html", msg.get("nav.search"), ""));
        for (Map<String, Object> k : kinds) {
            Map<String, String> p = page("compare", (String) k.get("url"), (String) k.get("label"), "../");
            p.put("kind", (String) k.get("key"));
            pages.add(p);
        }
        return pages;
    }

    private static Map<String, String> page(String type, String uri, String title, String rootpath) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("uri", uri);
        m.put("title", title);
        m.put("rootpath", rootpath);
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
