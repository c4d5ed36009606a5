package org.planpress.enrich;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.Messages;

/** Gives every section heading of a plan page a visible link to itself. */
final class SelfLinks {
    private SelfLinks() {
    }

    static void add(Document page, ConvertedPlan plan) {
        String label = Messages.forLang(plan.plan().lang()).get("section.link");
        for (Element h : page.select(".pp-body h2[id], .pp-body h3[id], .pp-body h4[id], .pp-body h5[id], .pp-body h6[id]")) {
            if (!h.select("a.pp-self").isEmpty()) continue;
            h.appendText(" ");
            h.appendElement("a").addClass("pp-self").attr("href", "#" + h.id())
                    .attr("aria-label", label + ": " + h.text().strip()).text("#");
        }
    }
}
