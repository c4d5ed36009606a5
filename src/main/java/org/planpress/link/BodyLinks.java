package org.planpress.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planpress.internal.Workers;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.convert.ConvertedPlan;
import org.planpress.html.PageLinks;
import org.planpress.search.SearchDoc;
import org.planpress.search.SearchDocs;

/**
 * The link stage: the part that needs every plan but no template. The bodies as scanned by the
 * cross-reference check give the index of links between plans; then each body is read once into an
 * {@link HtmlTree} (positions, no copies), its compare-page fragments and search documents are taken from it,
 * and its self-links on headings, "same section in other plans" links and "referenced from" backlinks are
 * inserted at their positions, leaving the rest of the converted HTML as Asciidoctor wrote it. The bodies
 * then go to the bake stage, so no baked page has to be parsed again.
 */
public final class BodyLinks {

    /**
     * The plans with linked bodies, every plan's search documents (plan numbers follow {@code plans}), and
     * for each plan id the HTML of its sections of a known kind for the compare pages (section id to HTML),
     * and the section kinds whose compare page changed since the memo's build (null: unknown, all of them).
     */
    public record Linked(List<ConvertedPlan> plans, List<List<SearchDoc>> searchDocs,
            Map<String, Map<String, String>> compareFragments, Set<String> changedKinds) {
    }

    private BodyLinks() {
    }

    /**
     * Links the bodies of {@code plans}.
     *
     * @param scans each plan's scanned body (from the cross-reference check)
     * @param only ids of the plans whose pages will be rendered (in a serve session), or null for all
     * @param memo what the previous build of a serve session kept, or null
     * @param fingerprint the site fingerprint; while it equals the memo's, the memo's cross-link index holds
     */
    public static Linked link(List<ConvertedPlan> plans, Map<ConvertedPlan, PageLinks> scans, Set<String> only,
            LinkMemo memo, String fingerprint,
            int threads) throws IOException {
        boolean reuse = only != null && memo != null && memo.crossLinks != null && fingerprint != null
                && fingerprint.equals(memo.fingerprint);
        List<ConvertedPlan> parse = new ArrayList<>();
        for (ConvertedPlan c : plans) {
            if (!reuse || only.contains(c.plan().id())) parse.add(c);
        }
        // by plan number (records hash deeply: the plan model, lists and all)
        Map<ConvertedPlan, Integer> number = new java.util.IdentityHashMap<>();
        for (int i = 0; i < plans.size(); i++) number.put(plans.get(i), i);
        int n = plans.size();
        @SuppressWarnings("unchecked")
        List<SearchDoc>[] docs = new List[n];
        @SuppressWarnings("unchecked")
        Map<String, String>[] fragments = new Map[n];
        ConvertedPlan[] linked = new ConvertedPlan[n];
        // the cross-link index needs every plan's links: the scans have them, without holding 1,000 parsed bodies
        CrossLinks crossLinks = reuse ? memo.crossLinks : CrossLinks.index(plans, scans);
        // then each body is read once, used for everything, and let go
        Workers.forEach(parse, threads, c -> {
            int i = number.get(c);
            HtmlTree body = HtmlTree.of(c.bodyHtml());
            fragments[i] = CompareFragments.of(body, c);
            HtmlEdits edits = new HtmlEdits(c.bodyHtml());
            SelfLinks.add(body, c, edits);
            crossLinks.add(body, c, edits);
            linked[i] = new ConvertedPlan(c.source(), c.plan(), edits.apply(), c.terms(), c.attributes());
            // from the body as converted: the links just added are noise to search
            docs[i] = SearchDocs.of(body, c.plan(), i);
        });
        List<ConvertedPlan> out = new ArrayList<>();
        List<List<SearchDoc>> searchDocs = new ArrayList<>();
        Map<String, Map<String, String>> compare = new java.util.HashMap<>();
        Set<String> changedKinds = reuse ? new java.util.TreeSet<>() : null;
        for (int i = 0; i < n; i++) {
            ConvertedPlan c = plans.get(i);
            Map<String, String> f = fragments[i];
            Map<String, String> before = memo == null ? null : memo.compareFragments.get(c.plan().id());
            if (f == null) f = before;
            if (f == null) throw new IOException("no compare fragments kept for " + c.plan().id());
            if (changedKinds != null && f != before) changedKinds.addAll(changedKinds(c, before, f));
            if (memo != null) memo.compareFragments.put(c.plan().id(), f);
            compare.put(c.plan().id(), f);
            out.add(linked[i] != null ? linked[i] : c);
            List<SearchDoc> own = docs[i];
            if (own == null) own = memo == null ? null : memo.searchDocs.get(c.plan().id());
            if (own == null || (!own.isEmpty() && own.get(0).plan() != i)) {
                throw new IOException("no search documents kept for " + c.plan().id());
            }
            if (memo != null) memo.searchDocs.put(c.plan().id(), own);
            searchDocs.add(own);
        }
        if (memo != null) {
            memo.crossLinks = crossLinks;
            memo.fingerprint = fingerprint;
        }
        return new Linked(out, searchDocs, compare, changedKinds);
    }

    /** The kinds of the sections of {@code c} whose compare fragment differs between {@code before} and {@code now}. */
    private static Set<String> changedKinds(ConvertedPlan c, Map<String, String> before, Map<String, String> now) {
        Set<String> kinds = new java.util.TreeSet<>();
        for (org.planpress.model.Section s : c.plan().sections()) {
            if (s.kind() == null) continue;
            if (before == null || !java.util.Objects.equals(before.get(s.id()), now.get(s.id()))) kinds.add(s.kind());
        }
        return kinds;
    }
}
