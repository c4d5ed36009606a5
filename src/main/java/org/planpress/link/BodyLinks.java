package org.planpress.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * and for each plan the key its search documents are made from (its conversion's).
     */
    public record Linked(List<ConvertedPlan> plans, List<List<SearchDoc>> searchDocs,
            Map<String, Map<String, String>> compareFragments, List<String> docKeys) {
    }

    private BodyLinks() {
    }

    /** Links the bodies of {@code plans}; {@code scans}: each plan's scanned body (from the cross-reference check). */
    public static Linked link(List<ConvertedPlan> plans, List<PageLinks> scans, int threads) throws IOException {
        // the cross-link index needs every plan's links: the scans have them, without holding 1,000 parsed bodies
        CrossLinks crossLinks = CrossLinks.index(plans, scans);
        record One(ConvertedPlan linked, Map<String, String> fragments, List<SearchDoc> docs) {
        }
        List<Integer> numbers = java.util.stream.IntStream.range(0, plans.size()).boxed().toList();
        // then each body is read once, used for everything, and let go
        List<One> done = Workers.map(numbers, threads, i -> {
            ConvertedPlan c = plans.get(i);
            HtmlTree body = HtmlTree.of(c.bodyHtml());
            Map<String, String> fragments = CompareFragments.of(body, c);
            HtmlEdits edits = new HtmlEdits(c.bodyHtml());
            SelfLinks.add(body, c, edits);
            crossLinks.add(body, c, edits);
            // from the body as converted: the links just added are noise to search
            // the linked body is the converted one and the links: its key, the conversion's and theirs
            String key = org.planpress.store.Store.key(String.valueOf(c.key()), edits.describe());
            return new One(new ConvertedPlan(c.source(), c.plan(), edits.apply(), c.terms(), c.attributes(), key), fragments,
                    SearchDocs.of(body, c.plan(), i));
        });
        List<ConvertedPlan> out = new ArrayList<>();
        List<List<SearchDoc>> searchDocs = new ArrayList<>();
        Map<String, Map<String, String>> compare = new java.util.HashMap<>();
        List<String> docKeys = plans.stream().map(ConvertedPlan::key).toList();
        for (One o : done) {
            out.add(o.linked());
            searchDocs.add(o.docs());
            compare.put(o.linked().plan().id(), o.fragments());
        }
        return new Linked(out, searchDocs, compare, docKeys);
    }
}
