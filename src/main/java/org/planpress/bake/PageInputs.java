package org.planpress.bake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planpress.convert.Body;
import org.planpress.convert.ConvertedPlan;
import org.planpress.model.Section;
import org.planpress.source.Workspace;
import org.planpress.store.Store;

/**
 * What a site-wide page is made of, for its key: the parts of the site model its template (and the layout)
 * read. The plans' models (titles, sections, rosters, timelines, terms, sources' dates) make the index, people,
 * calendar and terms pages; a compare page is made of those and its own kind's sections. So an edit of one
 * section's text renders that kind's compare page again, not the people page or the calendar: at 10,000 plans
 * the site-wide pages are 250 MB of HTML. A template that reads the model in a way this cannot follow (an
 * include, the model by another name) has its pages keyed by every plan's conversion and links.
 */
final class PageInputs {
    private static final Pattern MODEL_READ = Pattern.compile("\\bpp\\.(\\w+)");
    /** The model under its own name, in an interpolation or a directive (not "planpress.css" in the page's text). */
    private static final Pattern MODEL_BY_NAME = Pattern.compile("(\\$\\{|<[#@])[^}>]*\\bplanpress\\b");
    /** Not a name of the model: what a template that mentions {@code lastmod} reads besides. */
    private static final String LASTMOD = " lastmod";
    private static final Set<String> FROM_MODELS = Set.of("plans", "plans_by_id", "people", "calendar", "terms", "pages");

    private final Path templates;
    private final Properties config;
    private final String everything;
    private final String settings;
    private final String lastmod;
    private final String models;
    private final String allKinds;
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, Set<String>> reads = new HashMap<>();
    /** Each plan's entry in the model (with its source's date), by id: as a digest. */
    private final Map<String, String> entries = new HashMap<>();

    /**
     * @param settings the digest of the site's settings, labels and theme
     * @param fragments each plan's compare fragments (section id to HTML; their keys stand for them)
     */
    @SuppressWarnings("unchecked")
    PageInputs(Path templates, Properties config, String settings, Map<String, Object> site,
            List<ConvertedPlan> plans, Map<String, Map<String, Body>> fragments) {
        this.templates = templates;
        this.config = config;
        this.settings = settings;
        // the date of the newest source changes with nearly every edit: only pages that show it are made of it
        Map<String, Object> byId = (Map<String, Object>) site.get("plans_by_id");
        List<String> dates = new ArrayList<>(List.of(String.valueOf(((Map<String, Object>) site.get("site")).get("lastmod"))));
        List<String> parts = new ArrayList<>(List.of(this.settings));
        List<String> every = new ArrayList<>(List.of(this.settings));
        for (Map<String, Object> k : (List<Map<String, Object>>) site.get("kinds")) {
            parts.add(k.get("key") + "\t" + k.get("label") + "\t" + k.get("label_en") + "\t" + k.get("label_zh") + "\t" + k.get("plan_count"));
        }
        for (ConvertedPlan c : plans) {
            // a plan's entry in the model is made of its model and its source's date, and the settings
            // (SiteModel.plan): its model's digest stands for it
            String date = String.valueOf(((Map<String, Object>) byId.get(c.plan().id())).get("lastmod"));
            String model = c.modelKey();
            dates.add(date);
            parts.add(model);
            String own = Store.key(model, date);
            entries.put(c.plan().id(), own);
            every.add(c.key());
            every.add(own);
        }
        this.everything = Store.key(every.toArray(String[]::new));
        this.models = Store.key(parts.toArray(String[]::new));
        this.lastmod = Store.key(dates.toArray(String[]::new));
        Map<String, List<String>> byKind = new HashMap<>();
        for (ConvertedPlan c : plans) {
            Map<String, Body> own = fragments.getOrDefault(c.plan().id(), Map.of());
            for (Section s : c.plan().sections()) {
                if (s.kind() == null) continue;
                List<String> k = byKind.computeIfAbsent(s.kind(), x -> new ArrayList<>(List.of(models)));
                k.add(c.plan().id() + "#" + s.id());
                k.add(own.containsKey(s.id()) ? own.get(s.id()).key() : "");
            }
        }
        List<String> all = new ArrayList<>(List.of(models));
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(byKind).entrySet()) {
            String d = Store.key(e.getValue().toArray(String[]::new));
            kinds.put(e.getKey(), d);
            all.add(e.getKey() + "=" + d);
        }
        this.allKinds = Store.key(all.toArray(String[]::new));
    }

    /** The digest of every plan's conversion and links and model entry, and the settings: what the whole model is made of. */
    String everything() {
        return everything;
    }

    /** The digest of plan {@code id}'s entry in the model. */
    String entry(String id) {
        return entries.get(id);
    }

    /** The digest of what the page of {@code type} (for a compare page, of section kind {@code kind}) is made of. */
    String of(String type, String kind) {
        String file = config.getProperty("template." + type + ".file");
        Set<String> names = file == null ? null : reads.computeIfAbsent(file, this::reads);
        if (names == null) return everything;
        boolean bundled = bundled(file);
        List<String> parts = new ArrayList<>(List.of(settings));
        for (String name : names) {
            if (name.equals("site") || name.equals("msg")) continue; // in the settings
            if (name.equals(LASTMOD)) parts.add(lastmod);
            else if (FROM_MODELS.contains(name)) parts.add(models);
            // the bundled compare page shows its own kind's sections and the other kinds' names; the bundled
            // index, only the names and counts
            else if (name.equals("kinds")) parts.add(!bundled ? allKinds : type.equals("compare") ? kinds.getOrDefault(kind, "") : models);
            else return everything;
        }
        return Store.key(parts.toArray(String[]::new));
    }

    /**
     * Whether a plan page (its template and the layout) reads only the site's settings and labels and its own plan's
     * entry, as the bundled templates do: its key then needs no other plan.
     */
    boolean planPagesReadOwnEntry() {
        String file = config.getProperty("template.plan.file");
        Set<String> names = file == null ? null : reads.computeIfAbsent(file, this::reads);
        return names != null && Set.of("site", "msg", "plans_by_id").containsAll(names);
    }

    /** The names of the site model that {@code file} and the layout read, or null when that cannot be told. */
    private Set<String> reads(String file) {
        Set<String> names = new TreeSet<>();
        for (String f : Set.of(file, "layout.ftl")) {
            String text;
            try {
                text = Files.readString(templates.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
            String rest = text.replace("<#global pp = planpress?first>", "").replace("<#import \"layout.ftl\" as l>", "");
            if (MODEL_BY_NAME.matcher(rest).find() || rest.contains("<#include") || rest.contains("<#import") || rest.contains("pp[")
                    || rest.contains("pp?")) {
                return null;
            }
            Matcher m = MODEL_READ.matcher(rest);
            while (m.find()) names.add(m.group(1));
            if (rest.contains("lastmod")) names.add(LASTMOD);
        }
        return names;
    }

    /** Whether the theme's {@code file} is PlanPress's own. */
    private boolean bundled(String file) {
        try (InputStream in = Workspace.class.getClassLoader().getResourceAsStream(Workspace.THEME_RESOURCE + "/templates/" + file)) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(templates.resolve(file)));
        } catch (IOException e) {
            return false;
        }
    }
}
