package org.planpress.enrich;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planpress.model.Section;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.Messages;

/**
 * Links each section of a known kind to the same section in the other plans and to the compare page,
 * and lists "Referenced from" for sections other plans link to.
 */
final class CrossLinks {
    private CrossLinks() {
    }

    static void add(Document page, ConvertedPlan self, List<ConvertedPlan> plans) {
        Messages msg = Messages.forLang(self.plan().lang());
        for (Section s : self.plan().sections()) {
            Element h = page.getElementById(s.id());
            if (h == null) continue;
            if (s.kind() != null) {
                Element nav = null;
                for (ConvertedPlan other : plans) {
                    if (other == self) continue;
                    for (Section o : other.plan().sections()) {
                        if (!s.kind().equals(o.kind())) continue;
                        if (nav == null) {
                            nav = new Element("nav").addClass("pp-same").attr("aria-label", msg.get("same.title"));
                            nav.appendElement("span").addClass("pp-same-label").text(msg.get("same.title") + ": ");
                        }
                        nav.appendElement("a").attr("href", other.plan().id() + ".html#" + o.id())
                                .text(other.plan().title() + " › " + o.title());
                        break;
                    }
                }
                if (nav != null) {
                    nav.appendElement("a").addClass("pp-compare-link").attr("href", "../compare/" + s.kind() + ".html")
                            .text(msg.get("same.compare"));
                    h.after(nav);
                }
            }
            Element refs = null;
            for (ConvertedPlan other : plans) {
                if (other == self) continue;
                String target = self.plan().id() + ".html#" + s.id();
                if (!other.bodyHtml().contains("href=\"" + target + "\"")) continue;
                String where = sectionReferencing(other, target);
                if (refs == null) {
                    refs = new Element("aside").addClass("pp-backlinks");
                    refs.appendElement("span").text(msg.get("backlinks.title") + ": ");
                }
                refs.appendElement("a").attr("href", other.plan().id() + ".html" + (where.isEmpty() ? "" : "#" + where))
                        .text(other.plan().title());
            }
            if (refs != null) {
                Element after = h.nextElementSibling() != null && h.nextElementSibling().hasClass("pp-same") ? h.nextElementSibling() : h;
                after.after(refs);
            }
        }
    }

    /** The id of the innermost section of {@code plan} containing a link to {@code target}, or "". */
    private static String sectionReferencing(ConvertedPlan plan, String target) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(plan.bodyHtml());
        for (Element a : d.select("a[href]")) {
            if (!a.attr("href").equals(target)) continue;
            for (Element p : a.parents()) {
                Element h = p.children().first();
                if (p.className().startsWith("sect") && h != null && h.id() != null && !h.id().isEmpty()) return h.id();
            }
        }
        return "";
    }
}
