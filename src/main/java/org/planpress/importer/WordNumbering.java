package org.planpress.importer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering of a .docx, rendered as the text Word shows ("一、", "（二）", "1.", "(a)"). The number
 * of a paragraph comes from its own {@code w:numPr} or from its style's (a Heading style's numbering, through
 * {@code w:basedOn}); the level's {@code w:lvlText} is filled with the counters of the list, each level in its own
 * {@code w:numFmt}. Read from the parts' XML, so it needs no more of the OOXML schema than POI's lite jar has.
 */
final class WordNumbering {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One level of a list: its number format, text pattern ("%1、"), start and what follows the number. */
    record Level(String fmt, String text, int start, String suff, boolean legal, String pStyle) {
    }

    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, String> numToAbstract = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    /** The numbering of a document (empty when it has no numbering or styles part, or they cannot be read). */
    static WordNumbering of(XWPFDocument doc) {
        WordNumbering n = new WordNumbering();
        try {
            Document st = doc.getStyles() == null ? null : xml(doc.getStyles());
            if (st != null) {
                for (Element s : children(st.getDocumentElement(), "style")) {
                    String id = s.getAttributeNS(W, "styleId");
                    if (!id.isEmpty()) n.styles.put(id, s);
                }
            }
            Document nu = doc.getNumbering() == null ? null : xml(doc.getNumbering());
            if (nu != null) n.readNumbering(nu.getDocumentElement());
        } catch (Exception e) {
            return new WordNumbering();
        }
        return n;
    }

    private void readNumbering(Element root) {
        for (Element an : children(root, "abstractNum")) {
            Map<Integer, Level> lv = new HashMap<>();
            for (Element l : children(an, "lvl")) {
                int ilvl = intAttr(l, 0);
                lv.put(ilvl, new Level(val(child(l, "numFmt"), "decimal"), val(child(l, "lvlText"), null),
                        Math.max(0, parse(val(child(l, "start"), "1"), 1)), val(child(l, "suff"), "tab"),
                        child(l, "isLgl") != null && !"0".equals(val(child(l, "isLgl"), "1")), val(child(l, "pStyle"), null)));
            }
            abstracts.put(an.getAttributeNS(W, "abstractNumId"), lv);
        }
        for (Element num : children(root, "num")) {
            String id = num.getAttributeNS(W, "numId");
            numToAbstract.put(id, val(child(num, "abstractNumId"), null));
            Map<Integer, Integer> over = new HashMap<>();
            for (Element o : children(num, "lvlOverride")) {
                Element so = child(o, "startOverride");
                if (so != null) over.put(intAttr(o, 0), parse(val(so, "1"), 1));
            }
            if (!over.isEmpty()) startOverrides.put(id, over);
        }
    }

    /** The paragraph's {numId, ilvl}, from the paragraph or its style chain, or null when it is not numbered. */
    private String[] numPr(XWPFParagraph p) {
        Element pPr = child((Element) p.getCTP().getDomNode(), "pPr");
        Element numPr = pPr == null ? null : child(pPr, "numPr");
        String numId = numPr == null ? null : val(child(numPr, "numId"), null);
        String ilvl = numPr == null ? null : val(child(numPr, "ilvl"), null);
        String styleId = pPr == null ? null : val(child(pPr, "pStyle"), null);
        String own = styleId;
        for (int depth = 0; numId == null && styleId != null && depth < 12; depth++) {
            Element s = styles.get(styleId);
            if (s == null) break;
            Element sp = child(s, "pPr");
            Element sn = sp == null ? null : child(sp, "numPr");
            if (sn != null) {
                numId = val(child(sn, "numId"), null);
                if (ilvl == null) ilvl = val(child(sn, "ilvl"), null);
            }
            styleId = val(child(s, "basedOn"), null);
        }
        if (numId == null || numId.equals("0") || !numToAbstract.containsKey(numId)) return null;
        if (ilvl == null) ilvl = String.valueOf(styleLevel(numId, own));
        return new String[] {numId, ilvl};
    }

    /** The level of a list that names the paragraph's style ({@code w:pStyle} in the level), else 0. */
    private int styleLevel(String numId, String styleId) {
        Map<Integer, Level> lv = abstracts.get(numToAbstract.get(numId));
        if (lv != null && styleId != null) for (Map.Entry<Integer, Level> e : lv.entrySet()) if (styleId.equals(e.getValue().pStyle())) return e.getKey();
        return 0;
    }

    /**
     * The number Word shows before the paragraph, with a space after it when Word puts a tab or space there and the
     * text goes on in Latin letters or digits ("(a) Reach"), or null when it is not numbered. Counts the paragraph.
     */
    String number(XWPFParagraph p) {
        String[] np = numPr(p);
        if (np == null) return null;
        String abs = numToAbstract.get(np[0]);
        Map<Integer, Level> lv = abstracts.get(abs);
        int ilvl = Math.min(8, Math.max(0, parse(np[1], 0)));
        Level l = lv == null ? null : lv.get(ilvl);
        if (l == null || l.text() == null) return null;
        int[] c = counters.computeIfAbsent(abs, k -> new int[9]);
        Map<Integer, Integer> over = startOverrides.get(np[0]);
        if (over != null && started.add(np[0])) {
            for (Map.Entry<Integer, Integer> e : over.entrySet()) if (e.getKey() >= 0 && e.getKey() < 9) c[e.getKey()] = e.getValue() - 1;
        }
        if (l.fmt().equals("none")) return null;
        if (l.fmt().equals("bullet")) return "• "; // its symbol is often a private-use glyph of a symbol font
        c[ilvl] = c[ilvl] == 0 && !(over != null && over.containsKey(ilvl)) ? Math.max(1, l.start()) : c[ilvl] + 1;
        for (int k = ilvl + 1; k < 9; k++) c[k] = 0;
        StringBuilder sb = new StringBuilder();
        String t = l.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(i + 1) - '1';
                Level kl = lv.get(k);
                int v = c[k] > 0 ? c[k] : kl == null ? 1 : Math.max(1, kl.start());
                String fmt = kl == null || (l.legal() && k < ilvl) ? "decimal" : kl.fmt();
                sb.append(DocxReader.format(v, fmt));
                i++;
            } else {
                sb.append(ch);
            }
        }
        String s = sb.toString();
        return s.isEmpty() ? null : s;
    }

    /** The number and the paragraph text joined as Word shows them: "(a)" + "Reach" is "(a) Reach", "一、" + "指导" stays glued. */
    static String join(String number, String text) {
        if (number.isEmpty() || text.isEmpty() || Character.isWhitespace(number.charAt(number.length() - 1))) return number + text;
        char next = text.charAt(0), last = number.charAt(number.length() - 1);
        boolean latin = next < 0x2E80 && Character.isLetterOrDigit(next) || next == '(' || next == '“' || next == '"';
        return latin && last < 0x2E80 ? number + " " + text : number + text;
    }

    // ---- XML ------------------------------------------------------------------------------------------------

    private static Document xml(POIXMLDocumentPart part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = part.getPackagePart().getInputStream()) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Iterable<Element> children(Element e, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && W.equals(el.getNamespaceURI()) && name.equals(el.getLocalName())) out.add(el);
        }
        return out;
    }

    private static Element child(Element e, String name) {
        if (e == null) return null;
        for (Element c : children(e, name)) return c;
        return null;
    }

    private static String val(Element e, String dflt) {
        if (e == null) return dflt;
        String v = e.getAttributeNS(W, "val");
        return v.isEmpty() && !e.hasAttributeNS(W, "val") ? dflt : v;
    }

    private static int intAttr(Element e, int dflt) {
        return parse(e.getAttributeNS(W, "ilvl"), dflt);
    }

    private static int parse(String s, int dflt) {
        try {
            return Integer.parseInt(s.strip());
        } catch (RuntimeException e) {
            return dflt;
        }
    }
}
