package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a Word paragraph holds beside its runs: text boxes and shapes with text (w:txbxContent, a title set in a box;
 * Word saves each twice, as DrawingML and as its VML fallback, and it is read once), and references to footnotes
 * and endnotes, whose text POI runs into the paragraph ("[footnoteRef:1]", "[1: …]") and which are read here as
 * notes of their own after the paragraph.
 */
final class WordBoxes {

    private static final String W = WordNumbering.W;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** A paragraph of a text box: its text, all bold, centred. */
    record Line(String text, boolean bold, boolean centred) {
    }

    private WordBoxes() {
    }

    /** The paragraphs of the text boxes anchored in the paragraph, in order, each box once. */
    static List<Line> lines(XWPFParagraph p) {
        List<Line> out = new ArrayList<>();
        Node root = p.getCTP().getDomNode();
        if (!(root instanceof Element e)) return out;
        List<Element> boxes = new ArrayList<>();
        collect(e, boxes);
        for (Element box : boxes) {
            for (Element para : descendants(box, "p")) {
                // a box inside this box is read with its own txbxContent
                if (nearest(para, "txbxContent") != box) continue;
                StringBuilder sb = new StringBuilder();
                boolean bold = true, any = false;
                for (Element r : descendants(para, "r")) {
                    if (nearest(r, "txbxContent") != box) continue;
                    StringBuilder rt = new StringBuilder();
                    for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (!(c instanceof Element ce) || !W.equals(ce.getNamespaceURI())) continue;
                        switch (ce.getLocalName()) {
                            case "t" -> rt.append(text(ce));
                            case "tab" -> rt.append('\t');
                            case "br", "cr" -> rt.append('\n');
                            default -> { }
                        }
                    }
                    if (rt.toString().isBlank()) {
                        sb.append(rt);
                        continue;
                    }
                    any = true;
                    bold &= on(child(child(r, "rPr"), "b"));
                    sb.append(rt);
                }
                Element jc = child(child(para, "pPr"), "jc");
                boolean centred = jc != null && "center".equals(jc.getAttributeNS(W, "val"));
                for (String line : sb.toString().split("\n")) {
                    if (!Text.strip(line).isEmpty()) out.add(new Line(Text.strip(line), any && bold, centred));
                }
            }
        }
        return out;
    }

    /** The text boxes under e, outermost first; under mc:AlternateContent the first choice only (the fallback repeats it). */
    private static void collect(Element e, List<Element> boxes) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element ce)) continue;
            if (W.equals(ce.getNamespaceURI()) && ce.getLocalName().equals("txbxContent")) {
                boxes.add(ce);
                continue; // its own nested boxes are read as its paragraphs' text boxes are not: once, here
            }
            if (MC.equals(ce.getNamespaceURI()) && ce.getLocalName().equals("AlternateContent")) {
                List<Element> alts = new ArrayList<>();
                for (Node a = ce.getFirstChild(); a != null; a = a.getNextSibling()) if (a instanceof Element ae && MC.equals(ae.getNamespaceURI())) alts.add(ae);
                for (Element alt : alts) {
                    List<Element> found = new ArrayList<>();
                    collect(alt, found);
                    if (!found.isEmpty()) {
                        boxes.addAll(found);
                        break;
                    }
                }
                continue;
            }
            collect(ce, boxes);
        }
    }

    /** The paragraph's text without the text POI adds for footnote and endnote references. */
    static String withoutNotes(XWPFParagraph p) {
        String text = p.getText();
        String fn = p.getFootnoteText();
        if (fn != null && !fn.isEmpty() && text.endsWith(fn)) text = text.substring(0, text.length() - fn.length());
        return stripMarks(text);
    }

    private static String stripMarks(String s) {
        return s.replaceAll("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]", "");
    }

    /** The notes of a document's paragraphs, numbered as Word numbers them by default: footnotes 1, 2, 3, endnotes i, ii, iii. */
    static final class Notes {
        private int footnotes, endnotes;

        /** The notes the paragraph refers to, in order, as "[1] text" and "[i] text". */
        List<String> of(XWPFDocument doc, XWPFParagraph p) {
            List<String> out = new ArrayList<>();
            Node root = p.getCTP().getDomNode();
            if (!(root instanceof Element e)) return out;
            for (Element ref : descendants(e, null)) {
                String kind = ref.getLocalName();
                if (!W.equals(ref.getNamespaceURI()) || !(kind.equals("footnoteReference") || kind.equals("endnoteReference"))) continue;
                int id;
                try {
                    id = Integer.parseInt(ref.getAttributeNS(W, "id").strip());
                } catch (RuntimeException x) {
                    continue;
                }
                boolean foot = kind.equals("footnoteReference");
                XWPFAbstractFootnoteEndnote note;
                try {
                    note = foot ? doc.getFootnoteByID(id) : doc.getEndnoteByID(id);
                } catch (RuntimeException x) {
                    note = null;
                }
                if (note == null) continue;
                StringBuilder sb = new StringBuilder();
                for (XWPFParagraph np : note.getParagraphs()) {
                    String t = Text.strip(stripMarks(np.getText()));
                    if (t.isEmpty()) continue;
                    if (sb.length() > 0) sb.append(' ');
                    sb.append(t);
                }
                if (sb.length() == 0) continue;
                String mark = foot ? String.valueOf(++footnotes) : DocxReader.roman(++endnotes).toLowerCase(java.util.Locale.ROOT);
                out.add("[" + mark + "] " + sb);
            }
            return out;
        }
    }

    // ---- XML ------------------------------------------------------------------------------------------------

    /** Whether a w:b (or similar) element is on: present, without val or with a true val. */
    private static boolean on(Element b) {
        if (b == null) return false;
        String v = b.getAttributeNS(W, "val");
        return v.isEmpty() || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    private static Element child(Element e, String name) {
        if (e == null) return null;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && W.equals(ce.getNamespaceURI()) && name.equals(ce.getLocalName())) return ce;
        }
        return null;
    }

    /** The w: elements of the name under e (any element when name is null), in document order. */
    private static List<Element> descendants(Element e, String name) {
        List<Element> out = new ArrayList<>();
        walk(e, name, out, 0);
        return out;
    }

    private static void walk(Element e, String name, List<Element> out, int depth) {
        if (depth > 64) return;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element ce)) continue;
            if (name == null || W.equals(ce.getNamespaceURI()) && name.equals(ce.getLocalName())) out.add(ce);
            walk(ce, name, out, depth + 1);
        }
    }

    /** The text of an element's text nodes (XMLBeans' DOM has no getTextContent). */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) sb.append(c.getNodeValue());
        }
        return sb.toString();
    }

    /** The nearest ancestor of e of the w: name, or null. */
    private static Element nearest(Element e, String name) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element ne && W.equals(ne.getNamespaceURI()) && name.equals(ne.getLocalName())) return ne;
        }
        return null;
    }
}
