package org.planpress.enrich;

import org.jsoup.nodes.Element;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.Messages;

/** Gives every section heading of a plan page a visible link to itself. */
final class SelfLinks {
    private SelfLinks() {
    }

    /** Adds the self-links to the section headings under {@code body} (a plan's body). */
    static void add(Element body, ConvertedPlan plan) {
        String label = Messages.forLang(plan.plan().lang()).get("section.link");
        for (Element h : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            if (!h.select("a.pp-self").isEmpty()) continue;
            h.appendText(" ");
            h.appendElement("a").addClass("pp-self").attr("href", "#" + h.id())
                    .attr("aria-label", label + ": " + h.text().strip()).text("#");
        }
    }
}
