package org.planpress.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Shapes a plan for print, after the PlanPress tree processor has put the roster tables and timeline figures
 * in place. Active only in PlanPress print conversions (document attribute {@value #EDITION}): it adds the
 * title block (issuer and year, attribute {@value #TITLEBLOCK}) under the title and, for the one-page
 * summary, keeps only the objectives (or, without such a section, the preamble), the rosters and the
 * timelines.
 */
final class PrintTreeprocessor extends Treeprocessor {
    /** Document attribute naming the edition being printed ({@code full}, {@code a3}, {@code summary}). */
    static final String EDITION = "pp-print";
    /** Document attribute holding the title block text. */
    static final String TITLEBLOCK = "pp-titleblock";
    /** Role of the roster tables, the timeline figures, their stage tables and notes (see BodyParts). */
    static final List<String> PRINT_PARTS = List.of("pp-roster", "pp-timeline", "pp-stages", "pp-note");
    /** Document attribute naming the theme's font for CJK text in SVG drawings (its first fallback font). */
    static final String SVG_CJK_FONT = "pp-svg-cjk-font";
    private static final String SVG_DATA = "data:image/svg+xml;base64,";

    @Override
    public Document process(Document doc) {
        Object edition = doc.getAttribute(EDITION);
        if (edition == null) return doc;
        if ("summary".equals(edition.toString())) summarize(doc);
        Object cjkFont = doc.getAttribute(SVG_CJK_FONT);
        if (cjkFont != null && !cjkFont.toString().isBlank()) fontRuns(doc, cjkFont.toString());
        Object tb = doc.getAttribute(TITLEBLOCK);
        if (tb != null && !tb.toString().isBlank()) {
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("role", "pp-titleblock");
            Block p = createBlock(doc, "paragraph", tb.toString(), attrs);
            doc.getBlocks().add(0, p);
        }
        return doc;
    }

    /** Keeps objectives (or the preamble), rosters and timelines, in that order. */
    private static void summarize(Document doc) {
        List<StructuralNode> objectives = new ArrayList<>();
        List<StructuralNode> parts = new ArrayList<>();
        StructuralNode preamble = null;
        for (StructuralNode b : doc.getBlocks()) {
            if ("preamble".equals(b.getContext())) preamble = b;
        }
        collect(doc, objectives, parts);
        List<StructuralNode> keep = new ArrayList<>();
        if (!objectives.isEmpty()) keep.addAll(objectives);
        else if (preamble != null) keep.add(preamble);
        keep.addAll(parts);
        for (StructuralNode n : parts) {
            if ("image".equals(n.getContext())) n.setAttribute("pdfwidth", "90%", true);
        }
        List<StructuralNode> blocks = doc.getBlocks();
        blocks.clear();
        blocks.addAll(keep);
    }

    /** Sets the CJK text of the timeline drawings in the CJK font (see {@link SvgScripts}). */
    private static void fontRuns(StructuralNode node, String family) {
        List<StructuralNode> blocks = node.getBlocks();
        if (blocks == null) return;
        for (StructuralNode b : blocks) {
            if ("image".equals(b.getContext()) && b.hasRole("pp-timeline")) {
                Object target = b.getAttribute("target");
                if (target != null && target.toString().startsWith(SVG_DATA)) {
                    Base64.Decoder dec = Base64.getDecoder();
                    String svg = new String(dec.decode(target.toString().substring(SVG_DATA.length())), StandardCharsets.UTF_8);
                    String split = SvgScripts.split(svg, family);
                    if (!split.equals(svg)) {
                        b.setAttribute("target", SVG_DATA
                                + Base64.getEncoder().encodeToString(split.getBytes(StandardCharsets.UTF_8)), true);
                    }
                }
            } else if (!"table".equals(b.getContext())) {
                fontRuns(b, family);
            }
        }
    }

    private static void collect(StructuralNode node, List<StructuralNode> objectives, List<StructuralNode> parts) {
        List<StructuralNode> blocks = node.getBlocks();
        if (blocks == null) return;
        for (StructuralNode b : blocks) {
            if (b instanceof Section s && s.hasRole("pp-kind-objectives")) {
                objectives.add(s);
                continue;
            }
            if (PRINT_PARTS.stream().anyMatch(b::hasRole)) {
                parts.add(b);
                continue;
            }
            if (!"table".equals(b.getContext())) collect(b, objectives, parts);
        }
    }
}
