package org.planpress.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planpress.convert.Body;
import org.planpress.convert.ConvertedPlan;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.html.PageLinks;
import org.planpress.search.PlanDocs;
import org.planpress.search.SearchDocs;
import org.planpress.store.Step;
import org.planpress.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The link stage: the part that needs every plan but no template. The bodies as scanned by the
 * cross-reference check give the index of links between plans; then each body is read once into an
 * {@link HtmlTree} (positions, no copies), its compare-page fragments and search documents are taken from it,
 * and its self-links on headings, "same section in other plans" links and "referenced from" backlinks are
 * inserted at their positions, leaving the rest of the converted HTML as Asciidoctor wrote it. The bodies
 * then go to the bake stage, so no baked page has to be parsed again.
 *
 * <p>A {@link Step} of one plan, keyed by its conversion and the links the cross-link index gives it (its
 * "same section" bars and backlinks): an edit links again the plan edited and those whose links it changes
 * (a title shown in other plans' bars, a new plan among the first of a kind).
 */
public final class BodyLinks implements Step<ConvertedPlan, BodyLinks.Linking> {
    /** Bump when what linking makes changes without the code's digest changing. */
    private static final String FORMAT = "link-5";
    private static final String FILE = "linked.json";
    private static final String BODY = "body.html";
    private static final String DOCS = "docs.json";
    /** The parts of the compare-page fragments: this and the section's id. */
    private static final String FRAGMENT = "fragment ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The plans with linked bodies, every plan's search documents (in the plans' order), and
     * for each plan id the HTML of its sections of a known kind for the compare pages (section id to HTML),
     * and for each plan the key its search documents are made from (its conversion's).
     */
    public record Linked(List<ConvertedPlan> plans, List<PlanDocs> searchDocs,
            Map<String, Map<String, Body>> compareFragments, List<String> docKeys) {
    }

    /**
     * One plan linked: its body, the digest of what that is made of (the conversion's key and the links
     * inserted), its compare-page fragments (section id to HTML) and its search documents.
     */
    public record Linking(Body body, String key, Map<String, Body> fragments, PlanDocs docs) {
    }

    private final CrossLinks crossLinks;

    private BodyLinks(CrossLinks crossLinks) {
        this.crossLinks = crossLinks;
    }

    /** The linking of {@code plans}; {@code scans}: each plan's scanned body (from the cross-reference check). */
    public static BodyLinks of(List<ConvertedPlan> plans, List<PageLinks> scans) {
        // the cross-link index needs every plan's links: the scans have them, without holding every parsed body
        return new BodyLinks(CrossLinks.index(plans, scans));
    }

    @Override
    public String kind() {
        return "link";
    }

    @Override
    public String key(ConvertedPlan c) {
        return Store.key(FORMAT, c.key(), crossLinks.digest(c));
    }

    @Override
    public Linking make(ConvertedPlan c) {
        String html = c.body().html();
        // the body is read once, used for everything, and let go
        HtmlTree body = HtmlTree.of(html);
        Map<String, Body> fragments = new java.util.LinkedHashMap<>();
        CompareFragments.of(body, c).forEach((id, f) -> fragments.put(id, Body.of(f)));
        HtmlEdits edits = new HtmlEdits(html);
        SelfLinks.add(body, c, edits);
        crossLinks.add(body, c, edits);
        // the linked body is the converted one and the links: its key, the conversion's and theirs;
        // search reads the body as converted: the links just added are noise to it
        return new Linking(Body.of(edits.apply()), Store.key(String.valueOf(c.key()), edits.describe()), fragments,
                PlanDocs.of(SearchDocs.of(body, c.plan(), 0)));
    }

    /**
     * What the store keeps of a linking besides its body, fragments and search documents: the fragments' keys, by
     * section id, and what each document is (see {@link PlanDocs#kinds}).
     */
    private record Stored(String key, Map<String, String> fragments, String docs) {
    }

    @Override
    public Map<String, byte[]> encode(Linking l) throws IOException {
        Map<String, byte[]> parts = new java.util.HashMap<>();
        Map<String, String> fragmentKeys = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Body> f : l.fragments().entrySet()) {
            fragmentKeys.put(f.getKey(), f.getValue().key());
            parts.put(FRAGMENT + f.getKey(), f.getValue().utf8());
        }
        parts.put(FILE, JSON.writeValueAsBytes(new Stored(l.key(), fragmentKeys, l.docs().kinds())));
        parts.put(BODY, l.body().utf8());
        parts.put(DOCS, l.docs().json());
        return parts;
    }

    /**
     * The linked body, the fragments and the search documents are kept apart, read when their pages are baked
     * (the fragments, only when their compare page is rendered again) and the index written.
     */
    @Override
    public boolean apart(String part) {
        return part.equals(BODY) || part.equals(DOCS) || part.startsWith(FRAGMENT);
    }

    @Override
    public Linking filed(Linking l, Map<String, Store.Slice> apart) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        l.fragments().forEach((id, f) -> keys.put(id, f.key()));
        Map<String, Body> fragments = fragments(keys, apart);
        return fragments == null ? l : new Linking(Body.at(apart.get(BODY)), l.key(), fragments, PlanDocs.at(apart.get(DOCS), l.docs().kinds()));
    }

    @Override
    public Linking decode(Store.Entry e) {
        if (!e.parts().containsKey(FILE) || !e.apart().containsKey(BODY) || !e.apart().containsKey(DOCS)) return null;
        try {
            Stored s = JSON.readValue(e.parts().get(FILE), Stored.class);
            if (s.docs() == null) return null;
            Map<String, Body> fragments = fragments(s.fragments(), e.apart());
            return fragments == null ? null
                    : new Linking(Body.at(e.apart().get(BODY)), s.key(), fragments, PlanDocs.at(e.apart().get(DOCS), s.docs()));
        } catch (IOException | RuntimeException x) {
            return null;
        }
    }

    /** The fragments with {@code keys} (by section id) in the store ({@code apart}), or null if one is missing. */
    private static Map<String, Body> fragments(Map<String, String> keys, Map<String, Store.Slice> apart) {
        Map<String, Body> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> k : keys.entrySet()) {
            Store.Slice at = apart.get(FRAGMENT + k.getKey());
            if (at == null) return null;
            out.put(k.getKey(), Body.at(at, k.getValue()));
        }
        return out;
    }

    /** The linked site: {@code plans} with the bodies of {@code linkings} (one per plan, in their order). */
    public static Linked linked(List<ConvertedPlan> plans, List<Linking> linkings) {
        List<ConvertedPlan> out = new ArrayList<>();
        List<PlanDocs> searchDocs = new ArrayList<>();
        Map<String, Map<String, Body>> compare = new java.util.HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            ConvertedPlan c = plans.get(i);
            Linking l = linkings.get(i);
            out.add(new ConvertedPlan(c.source(), c.plan(), l.body(), c.terms(), c.attributes(), l.key(), c.modelKey()));
            searchDocs.add(l.docs());
            compare.put(c.plan().id(), l.fragments());
        }
        return new Linked(out, searchDocs, compare, plans.stream().map(ConvertedPlan::key).toList());
    }
}
