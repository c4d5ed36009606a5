package org.planpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.planpress.html.HtmlTree;
import org.planpress.model.Person;
import org.planpress.model.Plan;
import org.planpress.model.Role;
import org.planpress.model.Roster;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;

/**
 * Cuts a plan body (or a baked page's body) into search documents: the introduction, one per section (its own text, without
 * its subsections), one per person of each roster and one per stage of each timeline.
 */
public final class SearchDocs {
    /** What is not the section's own text: self-links, cross-link bars, drawings, hidden labels. */
    static final Predicate<HtmlTree.Node> NOISE = n -> switch (n.name()) {
        case "svg", "script", "style", "template" -> true;
        default -> n.hidden() || n.hasClass("pp-backlinks") || n.hasClass("pp-timeline-svg") || n.hasClass("pp-now")
                || (n.name().equals("a") && n.hasClass("pp-self")) || (n.name().equals("nav") && n.hasClass("pp-same"));
    };

    private SearchDocs() {
    }

    /** The documents of one plan from the HTML of its body. */
    public static List<SearchDoc> of(String bodyHtml, Plan plan, int planIndex) {
        return of(HtmlTree.of(bodyHtml), plan, planIndex);
    }

    /** The documents of one plan; {@code body} holds its converted body. */
    public static List<SearchDoc> of(HtmlTree body, Plan plan, int planIndex) {
        List<SearchDoc> out = new ArrayList<>();
        String planTitle = plan.title() == null || plan.title().isBlank() ? plan.id() : plan.title();
        StringBuilder intro = new StringBuilder();
        if (plan.description() != null) intro.append(plan.description()).append(' ');
        body.text(body.root(), n -> NOISE.test(n) || isSection(n), intro);
        out.add(new SearchDoc(SearchDoc.Kind.PLAN, planIndex, "", planTitle,
                plan.issuer() == null ? "" : plan.issuer(), HtmlTree.squash(intro), ""));
        sections(body, body.root(), new ArrayList<>(), planIndex, planTitle, out);
        for (Roster r : plan.rosters()) {
            for (Role role : r.roles()) {
                for (Person p : role.people()) {
                    String position = p.position() == null ? "" : p.position();
                    out.add(new SearchDoc(SearchDoc.Kind.PERSON, planIndex, r.id() == null ? "" : r.id(), p.name(),
                            role.title(), position, planTitle));
                }
            }
        }
        for (Timeline t : plan.timelines()) {
            for (Stage s : t.stages()) {
                String anchor = s.anchor() != null ? s.anchor() : t.id() == null ? "" : t.id();
                out.add(new SearchDoc(SearchDoc.Kind.STAGE, planIndex, anchor, s.name(), s.period().text(),
                        s.period().text(), planTitle));
            }
        }
        return out;
    }

    /** Adds the documents of the sections under {@code n} in page order; {@code parents}: the titles of the sections around. */
    private static void sections(HtmlTree body, HtmlTree.Node n, List<String> parents, int planIndex, String planTitle,
            List<SearchDoc> out) {
        for (HtmlTree.Node c : n.children()) {
            if (!c.isElement() || NOISE.test(c)) continue;
            HtmlTree.Node heading = isSection(c) ? heading(c) : null;
            if (heading == null) {
                sections(body, c, parents, planIndex, planTitle, out);
                continue;
            }
            String title = body.text(heading, NOISE);
            HtmlTree.Node skip = heading;
            out.add(new SearchDoc(SearchDoc.Kind.SECTION, planIndex, heading.id(), title, String.join(" › ", parents),
                    body.text(c, e -> e == skip || NOISE.test(e) || isSection(e)), planTitle));
            parents.add(title);
            sections(body, c, parents, planIndex, planTitle, out);
            parents.remove(parents.size() - 1);
        }
    }

    private static boolean isSection(HtmlTree.Node e) {
        return e.name().equals("div") && e.classWithDigit("sect") != null;
    }

    /** The section's heading: its first h2..h6 child with an id. */
    private static HtmlTree.Node heading(HtmlTree.Node sect) {
        for (HtmlTree.Node c : sect.children()) {
            if (c.isHeading() && !c.name().equals("h1") && c.id() != null && !c.id().isEmpty()) return c;
        }
        return null;
    }
}
