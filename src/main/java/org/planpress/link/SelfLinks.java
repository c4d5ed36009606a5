package org.planpress.link;

import org.planpress.html.Html;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.convert.ConvertedPlan;
import org.planpress.i18n.Messages;

/** Gives every section heading of a plan page a visible link to itself. */
final class SelfLinks {
    private SelfLinks() {
    }

    /** Adds to {@code edits} the self-links of the section headings (h2 to h6 with an id) of {@code body}, a plan's body. */
    static void add(HtmlTree body, ConvertedPlan plan, HtmlEdits edits) {
        String label = Messages.forLang(plan.plan().lang()).get("section.link");
        for (HtmlTree.Node h : body.nodes()) {
            if (!h.isHeading() || h.name().equals("h1") || h.id() == null) continue;
            if (body.contains(h, n -> n.name().equals("a") && n.hasClass("pp-self"))) continue;
            edits.insert(h.close(), " <a class=\"pp-self\" href=\"#" + Html.escape(h.id()) + "\" aria-label=\""
                    + Html.escape(label + ": " + body.text(h, n -> false)) + "\">#</a>");
        }
    }
}
