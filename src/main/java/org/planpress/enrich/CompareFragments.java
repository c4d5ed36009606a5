package org.planpress.enrich;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.planpress.model.Section;
import org.planpress.parse.ConvertedPlan;
import org.planpress.site.SiteModel;

/**
 * Each section of a known kind, as HTML for the compare pages ({@code compare/<kind>.html}): the heading
 * dropped (the page shows the plan's title instead), ids removed so they stay unique on the page, and links
 * rewritten to point into the plan. Taken from the body {@link BodyLinks} has already parsed, before its own
 * links are added.
 */
final class CompareFragments {
    private static final Evaluator HEADING = QueryParser.parse("h1,h2,h3,h4,h5,h6");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator LOCAL_LINK = QueryParser.parse("a[href^=#]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator IMAGE = QueryParser.parse("img[src]");
    private static final Evaluator SVG_LOCAL_LINK = QueryParser.parse("svg a[href^=#]");

    private CompareFragments() {
    }

    /** Section id to fragment HTML, for the sections of {@code c} that have a kind; {@code body} is not changed. */
    static Map<String, String> of(Element body, ConvertedPlan c) {
        Map<String, String> out = new LinkedHashMap<>();
        String planUrl = SiteModel.planUrl(c.plan().id());
        for (Section s : c.plan().sections()) {
            if (s.kind() == null) continue;
            Element heading = body.getElementById(s.id());
            String html = "";
            if (heading != null && heading.parent() != null) {
                Element sect = heading.parent().clone();
                Element first = sect.selectFirst(HEADING);
                if (first != null) first.remove();
                for (Element el : sect.select(WITH_ID)) el.removeAttr("id");
                for (Element a : sect.select(LOCAL_LINK)) a.attr("href", "../" + planUrl + a.attr("href"));
                for (Element a : sect.select(LINK)) {
                    String h = a.attr("href");
                    if (!h.startsWith("#") && !h.startsWith("../") && !h.contains(":")) a.attr("href", "../plans/" + h);
                }
                for (Element img : sect.select(IMAGE)) {
                    String h = img.attr("src");
                    if (!h.contains(":") && !h.startsWith("/")) img.attr("src", "../plans/" + h);
                }
                for (Element svg : sect.select(SVG_LOCAL_LINK)) svg.attr("href", "../" + planUrl + svg.attr("href"));
                html = sect.html();
            }
            out.put(s.id(), html);
        }
        return out;
    }
}
