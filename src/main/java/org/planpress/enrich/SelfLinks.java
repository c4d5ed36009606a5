package org.planpress.enrich;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.Messages;

/** Gives every section heading of a plan page a visible link to itself. */
final class SelfLinks {
    private static final Evaluator HEADINGS = QueryParser.parse("h2[id], h3[id], h4[id], h5[id], h6[id]");
    private static final Evaluator SELF_LINK = QueryParser.parse("a.pp-self");
    private SelfLinks() {
    }

    /** Adds the self-links to the section headings under {@code body} (a plan's body). */
    static void add(Element body, ConvertedPlan plan) {
        String label = Messages.forLang(plan.plan().lang()).get("section.link");
        for (Element h : body.select(HEADINGS)) {
            if (!h.select(SELF_LINK).isEmpty()) continue;
            h.appendText(" ");
            h.appendElement("a").addClass("pp-self").attr("href", "#" + h.id())
                    .attr("aria-label", label + ": " + h.text().strip()).text("#");
        }
    }
}
