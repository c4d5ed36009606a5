package org.planpress.convert;

import org.jsoup.nodes.Entities;
import org.planpress.i18n.Messages;
import org.planpress.html.Html;
import org.planpress.model.Person;
import org.planpress.model.Role;
import org.planpress.model.Roster;
import org.planpress.model.Stage;
import org.planpress.model.Timeline;
import org.planpress.timeline.TimelineLabels;
import org.planpress.timeline.TimelineSvg;
import org.planpress.timeline.TimelineText;

/**
 * The roster card and timeline figure that replace the authored lists: HTML for the site (its punctuation
 * as character references, {@link Html#punctuationAsReferences}), AsciiDoc for PDFs.
 */
public final class BodyParts {
    private BodyParts() {
    }

    /** Text for HTML content and attributes ({@link Html#escape}). */
    private static String esc(String s) {
        return Html.escape(s);
    }

    static TimelineLabels labels(Messages msg) {
        return "zh-CN".equals(msg.lang()) ? TimelineLabels.chinese() : TimelineLabels.english();
    }

    static String position(Person p, Messages msg) {
        if (p.position() == null || p.position().isBlank()) return "";
        return "zh-CN".equals(msg.lang()) ? "（" + p.position() + "）" : " (" + p.position() + ")";
    }

    /** The roster card. */
    public static String rosterHtml(Roster r, String caption, Messages msg) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"pp-roster\" id=\"").append(esc(r.id())).append("\" aria-labelledby=\"")
                .append(esc(r.id())).append("-title\">");
        sb.append("<p class=\"pp-card-title\" id=\"").append(esc(r.id())).append("-title\">").append(esc(caption)).append("</p>");
        sb.append("<dl class=\"pp-roles\">");
        for (Role role : r.roles()) {
            sb.append("<div class=\"pp-role pp-kind-").append(role.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">");
            sb.append("<dt>").append(esc(role.title())).append("</dt><dd><ul class=\"pp-people\">");
            for (Person p : role.people()) {
                // a name in another script than the plan's carries its language (a Chinese name in an English plan)
                boolean han = p.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                boolean zhPlan = "zh-CN".equals(msg.lang());
                sb.append(p.group() ? "<li class=\"pp-group\">" : "<li>"); // a group, not a named person
                sb.append("<span class=\"pp-name\"").append(han && !zhPlan ? " lang=\"zh-CN\"" : "")
                        .append(">").append(esc(p.name())).append("</span>");
                String pos = position(p, msg);
                if (!pos.isEmpty()) sb.append("<span class=\"pp-position\">").append(esc(pos)).append("</span>");
                sb.append("</li>");
            }
            sb.append("</ul></dd></div>");
        }
        return Html.punctuationAsReferences(sb.append("</dl></section>").toString());
    }

    /** The timeline figure: the SVG drawing and, as its text equivalent, the list of stages with links. */
    public static String timelineHtml(Timeline t, String caption, Messages msg) {
        TimelineLabels labels = labels(msg);
        String svg = TimelineSvg.render(t, labels);
        StringBuilder sb = new StringBuilder(svg.length() + 2048);
        sb.append("<figure class=\"pp-timeline\" id=\"").append(esc(t.id())).append("\">");
        sb.append("<figcaption>").append(esc(caption)).append("</figcaption>");
        sb.append("<div class=\"pp-timeline-svg\">").append(svg).append("</div>");
        sb.append("<ol class=\"pp-stages\">");
        for (Stage s : t.stages()) {
            sb.append("<li class=\"pp-stage\" data-start=\"").append(s.period().start()).append("\" data-end=\"")
                    .append(s.period().end()).append("\"><a href=\"#").append(esc(s.anchor())).append("\">")
                    .append(esc(s.name())).append("</a>").append(esc(msg.get("colon"))).append("<span class=\"pp-period\">")
                    .append(esc(s.period().text())).append("</span>").append("zh-CN".equals(msg.lang()) ? "" : " ")
                    .append("<span class=\"pp-dates\">").append(esc(dates(s, msg))).append("</span>")
                    .append("<span class=\"pp-now\" hidden> ").append(esc(msg.get("timeline.current"))).append("</span></li>");
        }
        sb.append("</ol>");
        if (!t.stages().isEmpty() && !t.stages().get(0).period().yearStated()) {
            sb.append("<p class=\"pp-note\">").append(esc(labels.yearNotStated())).append("</p>");
        }
        return Html.punctuationAsReferences(sb.append("</figure>").toString());
    }

    /**
     * The start of a stage's own text under the timeline, up to its blocks (the caller adds them, as Asciidoctor
     * converted them, and closes the {@code div}).
     */
    static String stageTextStart(String anchor, String name) {
        return Html.punctuationAsReferences("<div class=\"pp-stage-text\" id=\"" + esc(anchor)
                + "\"><p class=\"pp-stage-name\"><strong>" + esc(name) + "</strong></p>");
    }

    private static final java.time.format.DateTimeFormatter ZH_YEAR = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final java.time.format.DateTimeFormatter ZH = java.time.format.DateTimeFormatter.ofPattern("M月d日");
    private static final java.time.format.DateTimeFormatter EN_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter EN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    static String dates(Stage s, Messages msg) {
        var p = s.period();
        boolean zh = "zh-CN".equals(msg.lang());
        java.time.format.DateTimeFormatter f = zh ? (p.yearStated() ? ZH_YEAR : ZH) : (p.yearStated() ? EN_YEAR : EN);
        String dates = (p.approximate() ? "≈ " : "") + f.format(p.start()) + " – " + f.format(p.end())
                + (p.tentative() ? (zh ? "，" : ", ") + msg.get("timeline.tentative").replaceAll("[()（）]", "") : "");
        return zh ? "（" + dates + "）" : "(" + dates + ")";
    }

    /** Escapes text for an AsciiDoc table cell. */
    static String adoc(String s) {
        return s == null ? "" : s.replace("|", "{vbar}").replace("\n", " ");
    }

    /** The roster as an AsciiDoc table (role, name, position), for the PDF. */
    public static String rosterAsciiDoc(Roster r, String caption, Messages msg) {
        StringBuilder sb = new StringBuilder();
        sb.append("[#").append(r.id()).append(".pp-roster,caption=\"\",cols=\"2,3,3\",options=header]\n");
        sb.append(".").append(adoc(caption)).append("\n|===\n");
        sb.append("|").append(adoc(msg.get("roster.role"))).append(" |").append(adoc(msg.get("roster.name")))
                .append(" |").append(adoc(msg.get("roster.position"))).append("\n");
        for (Role role : r.roles()) {
            for (Person p : role.people()) {
                sb.append("|").append(adoc(role.title())).append(" |").append(adoc(p.name())).append(" |")
                        .append(adoc(p.position() == null ? "" : p.position())).append("\n");
            }
        }
        return sb.append("|===\n").toString();
    }

    /**
     * The timeline for the PDF: the same SVG as the site (as a data-URI image; asciidoctor-pdf draws it as
     * vector graphics) and a table of stages, periods and dates. Roles {@code pp-timeline}, {@code pp-stages}
     * and {@code pp-note} let the print stage find the parts (one-page summary).
     */
    public static String timelineAsciiDoc(Timeline t, String caption, Messages msg) {
        String svg = TimelineSvg.render(t, labels(msg));
        String data = java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        sb.append("[#").append(t.id()).append(".pp-timeline,caption=\"\"]\n");
        sb.append(".").append(adoc(caption)).append("\n");
        sb.append("image::data:image/svg+xml;base64,").append(data).append("[\"")
                .append(adoc(msg.get("timeline.title")).replace("\"", "").replace("]", "")).append("\",format=svg,pdfwidth=100%]\n\n");
        sb.append("[.pp-stages,caption=\"\",cols=\"3,3,3\",options=header]\n|===\n");
        sb.append("|").append(adoc(msg.get("timeline.stage"))).append(" |").append(adoc(msg.get("timeline.period")))
                .append(" |").append(adoc(msg.get("timeline.dates"))).append("\n");
        for (Stage s : t.stages()) {
            sb.append("|").append(adoc(s.name())).append(" |").append(adoc(s.period().text())).append(" |")
                    .append(adoc(dates(s, msg))).append("\n");
        }
        sb.append("|===\n");
        if (!t.stages().isEmpty() && !t.stages().get(0).period().yearStated()) {
            sb.append("\n[.pp-note]\n_").append(adoc(labels(msg).yearNotStated())).append("_\n");
        }
        return sb.toString();
    }
}
