package org.planpress.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planpress.html.Html;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.model.Section;
import org.planpress.convert.ConvertedPlan;
import org.planpress.i18n.Messages;
import org.planpress.html.PageLinks;

/**
 * Links each section of a known kind to the same section in the other plans (and to the compare page),
 * and lists "Referenced from" under sections that other plans link to. Built once for the whole site, so
 * each page costs a few map lookups however many plans there are.
 */
final class CrossLinks {
    /** At most this many "same section" links per section; the compare page has them all. */
    static final int MAX_SAME = 12;

    /**
     * A plan's section (null: the plan itself), the HTML of a link to it, made once however often it is shown, and
     * that link's digest (for the digests of the bodies that show it).
     */
    private record Target(ConvertedPlan plan, Section section, String link, String digest) {
        Target(ConvertedPlan plan, Section section) {
            this(plan, section, anchor(null, plan.plan().id() + ".html" + (section == null ? "" : "#" + section.id()),
                    plan.plan().title() + (section == null ? "" : " › " + section.title()), plan.plan().lang()));
        }

        Target(ConvertedPlan plan, Section section, String link) {
            this(plan, section, link, org.planpress.store.Store.key(link));
        }

        boolean is(ConvertedPlan c) {
            return plan.plan().id().equals(c.plan().id());
        }
    }

    /** Kind to the first section of that kind in each plan, in plan order. */
    private final Map<String, List<Target>> byKind = new LinkedHashMap<>();
    /** Kind to plan id to the id of that plan's first section of the kind (the one that gets the links). */
    private final Map<String, Map<String, String>> firstOfKind = new HashMap<>();
    /** Kind to plan id to where that plan is in {@link #byKind}'s list of the kind. */
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();
    /** "plan-id.html#section-id" to the plans and sections that link there. */
    private final Map<String, List<Target>> referencedFrom = new HashMap<>();

    private CrossLinks() {
    }

    /** Indexes kinds and inter-plan links of all plans ({@code scans}: each plan's scanned body). */
    static CrossLinks index(List<ConvertedPlan> plans, List<PageLinks> scans) {
        CrossLinks x = new CrossLinks();
        for (int i = 0; i < plans.size(); i++) {
            ConvertedPlan c = plans.get(i);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Section s : c.plan().sections()) {
                if (s.kind() != null && seen.add(s.kind())) {
                    List<Target> ofKind = x.byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>());
                    x.positions.computeIfAbsent(s.kind(), k -> new HashMap<>()).put(c.plan().id(), ofKind.size());
                    ofKind.add(new Target(c, s));
                    x.firstOfKind.computeIfAbsent(s.kind(), k -> new HashMap<>()).put(c.plan().id(), s.id());
                }
            }
            Map<String, Section> sections = new HashMap<>();
            for (Section s : c.plan().sections()) sections.put(s.id(), s);
            PageLinks scan = scans.get(i);
            for (PageLinks.Anchor a : scan.anchors()) {
                String href = Html.unescapeAttribute(a.href());
                int hash = href.indexOf('#');
                if (hash <= 0 || href.contains("/") || href.contains(":") || !href.substring(0, hash).endsWith(".html")) continue;
                if (href.startsWith(c.plan().id() + ".html#")) continue;
                Section from = enclosingSection(scan.headingIds(), a.headingsBefore(), sections);
                List<Target> list = x.referencedFrom.computeIfAbsent(href, k -> new ArrayList<>());
                if (list.stream().noneMatch(t -> t.is(c))) list.add(new Target(c, from));
            }
        }
        return x;
    }

    /**
     * The section a link is in: the last section heading before it (sections nest in page order, and a
     * section's content cannot follow its subsections), or null in the preamble.
     */
    private static Section enclosingSection(List<String> headingIds, int before, Map<String, Section> sections) {
        for (int k = before - 1; k >= 0; k--) {
            Section s = sections.get(headingIds.get(k));
            if (s != null) return s;
        }
        return null;
    }

    /**
     * The digest of what this index inserts into {@code self}'s body: the bars and backlinks of its sections,
     * which is all linking reads from other plans, made of what they are made of (each section's id, title and
     * kind, the plan's language for the labels, and the links shown) without writing them out. A plan linked
     * before with the same digest is linked the same way again, so an edit elsewhere that leaves its links as
     * they were (a sentence; a plan added beyond the twelve around it) leaves it alone.
     */
    String digest(ConvertedPlan self) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(self.plan().lang()));
        for (Section s : self.plan().sections()) {
            List<Target> bar = barTargets(self, s);
            List<Target> refs = referencedFrom.get(self.plan().id() + ".html#" + s.id());
            if (bar == null && refs == null) continue;
            StringBuilder p = new StringBuilder().append(s.id()).append('\n').append(s.title()).append('\n').append(s.kind());
            for (List<Target> links : java.util.Arrays.asList(bar, refs)) {
                p.append('\n');
                if (links != null) for (Target t : links) p.append(t.digest());
            }
            parts.add(p.toString());
        }
        return org.planpress.store.Store.key(parts.toArray(String[]::new));
    }

    /** Adds to {@code edits} the links of one plan's body ({@code body}: its body as read). */
    void add(HtmlTree body, ConvertedPlan self, HtmlEdits edits) {
        for (Section s : self.plan().sections()) {
            HtmlTree.Node h = body.byId(s.id());
            if (h == null) continue;
            String nav = sameBar(self, s);
            if (nav != null) edits.insert(h.end(), nav);
            String aside = backlinks(self, s);
            if (aside != null) edits.insert(h.end(), aside);
        }
    }

    /**
     * The "same section in other plans" bar of section {@code s}, when it is its plan's first of a kind that
     * other plans have too: the compare page and up to {@link #MAX_SAME} of those plans, the ones next to it in
     * the site's order (all of them on a site of up to 13 such plans). Neighbours, not the first twelve of the
     * site: a plan added, removed or retitled then changes the bars of the dozen plans around it, not those of
     * every plan (at 10,000 plans, a plan added near the top relinked and re-rendered all 10,000). No count of
     * all plans either, for the same reason.
     */
    private String sameBar(ConvertedPlan self, Section s) {
        List<Target> same = barTargets(self, s);
        if (same == null) return null;
        Messages msg = Messages.forLang(self.plan().lang());
        StringBuilder nav = new StringBuilder(256);
        // one such region per kind on a page: each labelled with its section's title
        nav.append("<nav class=\"pp-same\" aria-label=\"")
                .append(Html.escape(msg.get("same.title") + msg.get("colon") + s.title()))
                .append("\"><span class=\"pp-same-label\">").append(Html.escape(msg.get("same.title") + msg.get("colon")))
                .append("</span>");
        for (Target t : same) nav.append(t.link());
        nav.append(anchor("pp-compare-link", "../compare/" + s.kind() + ".html", msg.get("same.compare"), null));
        return nav.append("</nav>").toString();
    }

    /** The plans {@code s}'s "same section" bar links to (see {@link #sameBar}), or null when it has no bar. */
    private List<Target> barTargets(ConvertedPlan self, Section s) {
        List<Target> all = s.kind() == null ? List.of() : byKind.getOrDefault(s.kind(), List.of());
        if (all.size() <= 1 || !s.id().equals(firstOfKind.get(s.kind()).get(self.plan().id()))) return null;
        return window(all, positions.get(s.kind()).get(self.plan().id()));
    }

    /**
     * The {@link #MAX_SAME} targets around {@code self}'s in {@code all} (in order, without its own): as many
     * before it as after, or more on one side where the other runs out.
     */
    static <T> List<T> window(List<T> all, int self) {
        int from = Math.max(0, Math.min(self - MAX_SAME / 2, all.size() - MAX_SAME - 1));
        int to = Math.min(all.size(), from + MAX_SAME + 1);
        List<T> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) if (i != self) out.add(all.get(i));
        return out;
    }

    /** The "referenced from" list of section {@code s}, when other plans link to it. */
    private String backlinks(ConvertedPlan self, Section s) {
        List<Target> refs = referencedFrom.get(self.plan().id() + ".html#" + s.id());
        if (refs == null) return null;
        Messages msg = Messages.forLang(self.plan().lang());
        StringBuilder aside = new StringBuilder(256);
        // a paragraph, not an <aside>: an aside in <main> is a complementary landmark inside another landmark
        aside.append("<p class=\"pp-backlinks\"><span>").append(Html.escape(msg.get("backlinks.title") + msg.get("colon")))
                .append("</span>");
        for (Target t : refs) aside.append(t.link());
        return aside.append("</p>").toString();
    }

    /** A link; {@code lang} (may be null) is the language of its text, another plan's title. */
    private static String anchor(String cls, String href, String text, String lang) {
        return "<a " + (cls == null ? "" : "class=\"" + cls + "\" ") + "href=\"" + Html.escape(href) + "\""
                + (lang == null || lang.isBlank() ? "" : " lang=\"" + Html.escape(lang) + "\"") + ">"
                + Html.punctuationAsReferences(Html.escape(text)) + "</a>";
    }
}
