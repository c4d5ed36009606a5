package org.planpress.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx part by part as offices' documents are made, for what {@link WordXml} does not: styles with their
 * own names and outline levels ("标题 1" with id "1", as WPS saves them), tables with merged cells (w:vMerge,
 * w:gridSpan), content controls (a cover page, a table of contents), red and centred runs, paragraph rules.
 */
final class RealDocx {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String MORE_NS = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder styles = new StringBuilder();
    private final StringBuilder numbering = new StringBuilder();
    private final java.util.List<String[]> parts = new java.util.ArrayList<>();
    private String sectPr = "";

    /** Body XML as it is (runs in text boxes, tracked changes, fields, footnote references ...). */
    RealDocx raw(String xml) {
        body.append(xml);
        return this;
    }

    /** A style as it is (w:style XML). */
    RealDocx styleXml(String xml) {
        styles.append(xml);
        return this;
    }

    /**
     * An extra part: its file under word/, relationship id and type (the last segment of the type URI), content type
     * (the last segment, after "wordprocessingml.") and XML.
     */
    RealDocx part(String file, String rid, String relType, String contentType, String xml) {
        parts.add(new String[] {file, rid, relType, contentType, xml});
        return this;
    }

    /** What goes into the body's w:sectPr before the page size (header and footer references). */
    RealDocx section(String xml) {
        sectPr = xml;
        return this;
    }

    /** A paragraph: style id (or null), jc ("center", "right" or null), bold, then the text. */
    RealDocx p(String style, String jc, boolean bold, String text) {
        return para(style, jc, bold, null, null, text);
    }

    /** A paragraph numbered by list numId at level ilvl (Word's automatic numbering, no number in the text). */
    RealDocx numbered(String numId, int ilvl, String text) {
        return para(null, null, false, "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", null, text);
    }

    /** The red header: the issuer in large red type, centred. */
    RealDocx redHead(String text) {
        return para(null, "center", true, null, "<w:color w:val=\"FF0000\"/><w:sz w:val=\"72\"/>", text);
    }

    /** A centred line with a red rule under it (the 文号 of a notice). */
    RealDocx ruled(String text) {
        return para(null, "center", false, "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"1\" w:color=\"FF0000\"/></w:pBdr>", null, text);
    }

    private RealDocx para(String style, String jc, boolean bold, String ppr, String rpr, String text) {
        body.append("<w:p><w:pPr>");
        if (style != null) body.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        if (ppr != null) body.append(ppr);
        if (jc != null) body.append("<w:jc w:val=\"").append(jc).append("\"/>");
        body.append("</w:pPr>").append(run(text, bold, rpr)).append("</w:p>");
        return this;
    }

    private static String run(String text, boolean bold, String rpr) {
        String pr = (bold ? "<w:b/>" : "") + (rpr == null ? "" : rpr);
        return "<w:r>" + (pr.isEmpty() ? "" : "<w:rPr>" + pr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + WordXml.esc(text) + "</w:t></w:r>";
    }

    /**
     * A table: rows of cells; a cell "^" continues the merged cell above (vMerge), a cell "&lt;" is spanned by the cell
     * before it (gridSpan), a cell starting with "!" starts a vertical merge.
     */
    RealDocx table(String[]... rows) {
        int cols = rows[0].length;
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/>"
                + "<w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < cols; c++) body.append("<w:gridCol w:w=\"2400\"/>");
        body.append("</w:tblGrid>");
        for (String[] r : rows) {
            body.append("<w:tr>");
            for (int c = 0; c < r.length; c++) {
                if (r[c].equals("<")) continue;
                int span = 1;
                while (c + span < r.length && r[c + span].equals("<")) span++;
                String pr = span > 1 ? "<w:gridSpan w:val=\"" + span + "\"/>" : "";
                String text = r[c];
                if (text.equals("^")) {
                    pr += "<w:vMerge/>";
                    text = "";
                } else if (text.startsWith("!")) {
                    pr += "<w:vMerge w:val=\"restart\"/>";
                    text = text.substring(1);
                }
                body.append("<w:tc>").append(pr.isEmpty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>").append("<w:p>").append(run(text, false, null))
                        .append("</w:p></w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return this;
    }

    /** A content control (w:sdt) of Word's gallery ("Cover Pages", "Table of Contents") holding the lines. */
    RealDocx control(String gallery, String... lines) {
        body.append("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"").append(gallery).append("\"/><w:docPartUnique/></w:docPartObj>")
                .append("</w:sdtPr><w:sdtContent>");
        for (String l : lines) {
            String[] entry = l.split("\t", 2);
            body.append("<w:p>").append(run(entry[0], false, null));
            if (entry.length > 1) body.append("<w:r><w:tab/></w:r>").append(run(entry[1], false, null));
            body.append("</w:p>");
        }
        body.append("</w:sdtContent></w:sdt>");
        return this;
    }

    /** A paragraph style: id, name, its outline level (or -1) and bold. */
    RealDocx style(String id, String name, int outline) {
        styles.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:pPr>").append(outline >= 0 ? "<w:outlineLvl w:val=\"" + outline + "\"/>" : "")
                .append("</w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>");
        return this;
    }

    /** List numId 1: levels of (numFmt, lvlText) pairs. */
    RealDocx list(String... fmtAndText) {
        numbering.append("<w:abstractNum w:abstractNumId=\"1\">");
        for (int i = 0; i < fmtAndText.length; i += 2) {
            numbering.append("<w:lvl w:ilvl=\"").append(i / 2).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(fmtAndText[i])
                    .append("\"/><w:lvlText w:val=\"").append(fmtAndText[i + 1]).append("\"/></w:lvl>");
        }
        numbering.append("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>");
        return this;
    }

    Path write(Path f) throws IOException {
        try (OutputStream o = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(o)) {
            WordXml.put(z, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                    + parts.stream().map(pt -> "<Override PartName=\"/word/" + pt[0] + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                            + pt[3] + "+xml\"/>").collect(java.util.stream.Collectors.joining())
                    + "</Types>");
            WordXml.put(z, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            WordXml.put(z, "word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                    + parts.stream().map(pt -> "<Relationship Id=\"" + pt[1] + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + pt[2] + "\" Target=\"" + pt[0] + "\"/>").collect(java.util.stream.Collectors.joining())
                    + "</Relationships>");
            for (String[] pt : parts) WordXml.put(z, "word/" + pt[0], pt[4]);
            WordXml.put(z, "word/styles.xml", "<w:styles " + NS + "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                    + "<w:name w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                    + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"52\"/></w:rPr></w:style>" + styles + "</w:styles>");
            WordXml.put(z, "word/numbering.xml", "<w:numbering " + NS + ">" + numbering + "</w:numbering>");
            WordXml.put(z, "word/document.xml", "<w:document " + NS + " " + MORE_NS + "><w:body>" + body
                    + "<w:sectPr>" + sectPr + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>"
                    + "</w:body></w:document>");
        }
        return f;
    }
}
