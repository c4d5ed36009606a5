package org.planpress.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.planpress.importer.ImportedPlan.Block;
import org.planpress.importer.ImportedPlan.Heading;
import org.planpress.importer.ImportedPlan.ItemList;
import org.planpress.importer.ImportedPlan.Para;
import org.planpress.importer.ImportedPlan.RoleLine;
import org.planpress.importer.ImportedPlan.Roster;
import org.planpress.importer.ImportedPlan.StageLine;
import org.planpress.importer.ImportedPlan.Table;
import org.planpress.importer.ImportedPlan.Timeline;

/** Writes an {@link ImportedPlan} in PlanPress's AsciiDoc dialect (see docs/authoring.adoc). */
public final class AsciiDocWriter {

    /** Line starts that AsciiDoc would read as markup: a list, a block title, a delimiter, an attribute, a comment. */
    private static final Pattern RISKY_START = Pattern.compile(
            "^(\\d+[.)]\\s|[a-zA-Z][.)]\\s|[IVXLCDM]+[.)]\\s|[*\\-.]+\\s|\\.\\S|=+\\s|//|\\[.*\\]$|:[\\w-]+:|\\|===|[-=_+*.']{4}|<<<|>\\s"
                    + "|(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s|[•·]\\s)");
    private static final Pattern ATTR_REF = Pattern.compile("\\{([\\w-]+)\\}");

    public String write(ImportedPlan plan, String fallbackTitle) {
        StringBuilder sb = new StringBuilder();
        String title = plan.title != null ? plan.title : fallbackTitle;
        sb.append("= ").append(inline(title)).append('\n');
        if (plan.issuer != null) sb.append(":plan-issuer: ").append(attr(plan.issuer)).append('\n');
        if (plan.year != null) sb.append(":plan-year: ").append(plan.year).append('\n');
        if (plan.date != null) sb.append(":plan-date: ").append(plan.date).append('\n');
        if (plan.number != null) sb.append(":plan-number: ").append(attr(plan.number)).append('\n');
        sb.append(":lang: ").append(plan.lang).append('\n');
        for (Block b : plan.blocks) {
            sb.append('\n');
            block(sb, b);
        }
        return sb.toString();
    }

    private void block(StringBuilder sb, Block b) {
        if (b instanceof Heading h) {
            sb.append("=".repeat(h.level() + 1)).append(' ').append(inline(h.text())).append('\n');
        } else if (b instanceof Para p) {
            sb.append(para(p.text())).append('\n');
        } else if (b instanceof ItemList l) {
            boolean arabic = l.markers().stream().allMatch(m -> m.matches("\\d+[.．、]"));
            boolean bullets = l.markers().stream().allMatch(String::isEmpty); // • item: a bulleted list
            if (!arabic && !bullets) sb.append("[none]\n");
            for (int i = 0; i < l.items().size(); i++) {
                String m = l.markers().get(i);
                if (arabic) sb.append(m.replaceAll("[.．、]$", "")).append(". ").append(inline(l.items().get(i))).append('\n');
                else {
                    String item = l.items().get(i);
                    boolean space = !m.isEmpty() && m.charAt(m.length() - 1) < 128 && !item.isEmpty() && !Text.isCjk(item.charAt(0));
                    sb.append("* ").append(m).append(space ? " " : "").append(inline(item)).append('\n');
                }
            }
        } else if (b instanceof Table t) {
            table(sb, t.rows());
        } else if (b instanceof Roster r) {
            sb.append("[.roster]\n");
            for (RoleLine rl : r.roles()) sb.append(term(rl.label())).append(":: ").append(inline(rl.people())).append('\n');
        } else if (b instanceof Timeline t) {
            sb.append("[.timeline]\n");
            for (StageLine s : t.stages()) sb.append(term(s.label())).append(":: ").append(inline(s.period())).append('\n');
        }
    }

    private static void table(StringBuilder sb, List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        sb.append("[cols=\"").append(cols).append("*\"");
        if (rows.size() > 1) sb.append(",options=\"header\"");
        sb.append("]\n|===\n");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < cols; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                cell = Text.strip(cell).replace("|", "\\|").replaceAll("\\s*\\n\\s*", " +\n");
                sb.append('|').append(inline(cell));
                sb.append(c + 1 < cols ? " " : "\n");
            }
            if (r == 0 && rows.size() > 1) sb.append('\n');
        }
        sb.append("|===\n");
    }

    /** A paragraph: markup at the line start neutralised with {empty}, as the guide's plans do for "1. ...". */
    static String para(String text) {
        String t = inline(text.replace('\n', ' '));
        return RISKY_START.matcher(t).find() ? "{empty}" + t : t;
    }

    private static String term(String label) {
        return inline(label).replace(";;", "{two-semicolons}");
    }

    /** Inline text: attribute references, double colons and runs of asterisks are escaped, words are untouched. */
    static String inline(String text) {
        String t = text.replace('\n', ' ');
        t = ATTR_REF.matcher(t).replaceAll(m -> "\\\\{" + m.group(1) + "}");
        t = t.replace("::", "{two-colons}");
        if (t.indexOf('*') >= 0 && t.indexOf('*') != t.lastIndexOf('*')) t = t.replace("*", "{asterisk}");
        if (t.contains("((")) t = t.replace("((", "(\\(");
        if (t.contains("<<")) t = t.replace("<<", "\\<<");
        if (t.endsWith(" +")) t = t.substring(0, t.length() - 2) + " {plus}";
        return t;
    }

    private static String attr(String s) {
        return Text.squeeze(s).replace("{", "\\{");
    }

    /** The text a reader sees for AsciiDoc source written here (escapes undone), for the sentence count. */
    public static String plain(String adoc) {
        return adoc.replace("{empty}", "").replace("{two-colons}", "::").replace("{asterisk}", "*").replace("{plus}", "+")
                .replace("{two-semicolons}", ";;").replace("(\\(", "((").replace("\\<<", "<<").replace("\\{", "{").replace("\\|", "|");
    }
}
