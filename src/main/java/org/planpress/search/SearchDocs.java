package org.planpress.search;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
    private static final Evaluator SECTIONS = QueryParser.parse("div.sect1, div.sect2, div.sect3, div.sect4, div.sect5");
    /** What is not the section's own text: self-links, cross-link bars, drawings, hidden labels. */
    static final String NOISE = "a.pp-self, nav.pp-same, .pp-backlinks, svg, .pp-timeline-svg, script, style, "
            + "template, .pp-now, [hidden]";

    private SearchDocs() {
    }

    /** The documents of one plan; {@code body} holds its converted body (left unchanged). */
    public static List<SearchDoc> of(Element body, Plan plan, int planIndex) {
        return take(body.clone(), plan, planIndex);
    }

    /**
     * As {@link #of}, for a body that is not used afterwards: the noise is taken out of {@code body} itself
     * instead of a copy (a copy of every plan body was a good part of the link stage's garbage).
     */
    public static List<SearchDoc> take(Element body, Plan plan, int planIndex) {
        List<SearchDoc> out = new ArrayList<>();
        String planTitle = plan.title() == null || plan.title().isBlank() ? plan.id() : plan.title();
        Element clean = body;
        clean.select(NOISE).remove();
        StringBuilder intro = new StringBuilder();
        if (plan.description() != null) intro.append(plan.description()).append(' ');
        intro.append(ownText(clean, null));
        out.add(new SearchDoc(SearchDoc.Kind.PLAN, planIndex, "", planTitle,
                plan.issuer() == null ? "" : plan.issuer(), squash(intro), ""));
        for (Element sect : clean.select(SECTIONS)) {
            Element heading = heading(sect);
            if (heading == null) continue;
            out.add(new SearchDoc(SearchDoc.Kind.SECTION, planIndex, heading.id(), heading.text(),
                    parents(sect), squash(ownText(sect, heading)), planTitle));
        }
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

    private static boolean isSection(Element e) {
        if (!e.normalName().equals("div")) return false;
        for (String c : e.classNames()) {
            if (c.length() == 5 && c.startsWith("sect") && Character.isDigit(c.charAt(4))) return true;
        }
        return false;
    }

    /** The section's heading: its first h2..h6 child with an id. */
    static Element heading(Element sect) {
        for (Element c : sect.children()) {
            String n = c.normalName();
            if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '2' && n.charAt(1) <= '6' && !c.id().isEmpty()) return c;
        }
        return null;
    }

    private static String parents(Element sect) {
        List<String> titles = new ArrayList<>();
        for (Element p = sect.parent(); p != null; p = p.parent()) {
            if (isSection(p)) {
                Element h = heading(p);
                if (h != null) titles.add(0, h.text());
            }
        }
        return String.join(" › ", titles);
    }

    /** The text of {@code root} without nested sections and without {@code skip}, blocks separated by spaces. */
    static String ownText(Element root, Element skip) {
        StringBuilder sb = new StringBuilder();
        for (Node child : root.childNodes()) collect(child, skip, sb);
        return sb.toString();
    }

    private static void collect(Node node, Element skip, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.getWholeText());
        } else if (node instanceof Element e) {
            if (e == skip || isSection(e)) return;
            boolean block = e.isBlock() || e.normalName().equals("br");
            if (block) sb.append(' ');
            for (Node c : e.childNodes()) collect(c, skip, sb);
            if (block) sb.append(' ');
        }
    }

    /** Collapses whitespace runs into single spaces and trims. */
    static String squash(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
