package org.planpress.link;

import java.util.LinkedHashMap;
import java.util.Map;

import org.planpress.html.Html;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.html.TagScanner;
import org.planpress.model.Section;
import org.planpress.convert.ConvertedPlan;
import org.planpress.site.SiteModel;

/**
 * Each section of a known kind, as HTML for the compare pages ({@code compare/<kind>.html}): the heading
 * dropped (the page shows the plan's title instead), ids removed so they stay unique on the page (and with
 * them the aria-labelledby and aria-describedby references to them, which would point at nothing), and links
 * rewritten to point into the plan. Cut from the converted body {@link BodyLinks} has read, before its own
 * links are added; only the tags that change are written anew.
 */
final class CompareFragments {

    private CompareFragments() {
    }

    /** Section id to fragment HTML, for the sections of {@code c} that have a kind ({@code body}: its body). */
    static Map<String, String> of(HtmlTree body, ConvertedPlan c) {
        Map<String, String> out = new LinkedHashMap<>();
        String planUrl = SiteModel.planUrl(c.plan().id());
        for (Section s : c.plan().sections()) {
            if (s.kind() == null) continue;
            HtmlTree.Node heading = body.byId(s.id());
            String html = "";
            if (heading != null && heading.parent() != null) html = fragment(body, heading.parent(), planUrl);
            out.put(s.id(), html);
        }
        return out;
    }

    private static String fragment(HtmlTree body, HtmlTree.Node sect, String planUrl) {
        String html = body.html();
        HtmlEdits edits = new HtmlEdits(html);
        HtmlTree.Node first = body.firstHeading(sect);
        if (first != null) edits.replace(first.start(), first.end(), "");
        int i = sect == body.root() ? 0 : body.indexOf(sect) + 1;
        for (; i < body.nodes().size(); i++) {
            HtmlTree.Node n = body.nodes().get(i);
            if (n.start() >= sect.close()) break;
            if (first != null && n.start() >= first.start() && n.start() < first.end()) continue;
            if (n.isElement() && (n.id() != null || n.href() != null || n.name().equals("img")
                    || html.substring(n.start(), n.open()).contains("aria-"))) {
                String tag = rewrite(html, n, planUrl);
                if (tag != null) edits.replace(n.start(), n.open(), tag);
            }
        }
        StringBuilder sb = new StringBuilder(sect.close() - sect.open());
        edits.appendRange(sect.open(), sect.close(), sb);
        return sb.toString();
    }

    /** The start tag of {@code n} without its id and with its link made to work from a compare page, or null if unchanged. */
    private static String rewrite(String html, HtmlTree.Node n, String planUrl) {
        StringBuilder sb = new StringBuilder(n.open() - n.start() + 24);
        int nameEnd = n.start() + 1 + n.name().length();
        sb.append(html, n.start(), nameEnd);
        boolean[] changed = {false};
        int[] last = {nameEnd};
        TagScanner.attributes(html, nameEnd, (ns, ne, vs, ve, end) -> {
            last[0] = end;
            String value = null;
            if (TagScanner.is(html, ns, ne, "id") || TagScanner.is(html, ns, ne, "aria-labelledby")
                    || TagScanner.is(html, ns, ne, "aria-describedby")) {
                changed[0] = true;
                return;
            }
            if (vs >= 0 && n.name().equals("a") && TagScanner.is(html, ns, ne, "href")) {
                String h = Html.unescapeAttribute(html.substring(vs, ve));
                if (h.startsWith("#")) value = "../" + planUrl + h;
                else if (!h.startsWith("../") && !h.contains(":")) value = "../plans/" + h;
            } else if (vs >= 0 && n.name().equals("img") && TagScanner.is(html, ns, ne, "src")) {
                String h = Html.unescapeAttribute(html.substring(vs, ve));
                if (!h.contains(":") && !h.startsWith("/")) value = "../plans/" + h;
            }
            sb.append(' ');
            if (value == null) {
                sb.append(html, ns, end);
            } else {
                changed[0] = true;
                sb.append(html, ns, ne).append("=\"").append(Html.escape(value)).append('"');
            }
        });
        if (!changed[0]) return null;
        return sb.append(html.substring(last[0], n.open()).stripLeading()).toString();
    }
}
