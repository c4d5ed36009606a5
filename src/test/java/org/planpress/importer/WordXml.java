package org.planpress.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx part by part, as Word and LibreOffice save them, for what POI's writer does not make easily:
 * numbering on Heading styles ({@code w:numPr} in the style), list levels with their own formats.
 */
final class WordXml {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private WordXml() {
    }

    /** A paragraph of the style with the text (and its own numbering when numId is not null). */
    static String p(String style, String numId, String text) {
        String num = numId == null ? "" : "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + num + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + esc(text)
                + "</w:t></w:r></w:p>";
    }

    /** A heading style of the level (1, 2) numbered by list 1 at level-1, as Word's outline numbering is. */
    static String headingStyle(int level) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"" + (level - 1) + "\"/><w:numId w:val=\"1\"/></w:numPr>"
                + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>";
    }

    /** A list level: ilvl, numFmt, lvlText. */
    static String lvl(int ilvl, String fmt, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    /** Writes the .docx: body paragraphs, extra styles, and abstractNum i (levels) used by numId i, from 1. */
    static Path write(Path f, String body, String styles, String... abstractLevels) throws IOException {
        StringBuilder num = new StringBuilder("<w:numbering " + NS + ">");
        for (int i = 0; i < abstractLevels.length; i++) num.append("<w:abstractNum w:abstractNumId=\"").append(i + 1).append("\">")
                .append(abstractLevels[i]).append("</w:abstractNum>");
        for (int i = 0; i < abstractLevels.length; i++) num.append("<w:num w:numId=\"").append(i + 1)
                .append("\"><w:abstractNumId w:val=\"").append(i + 1).append("\"/></w:num>");
        num.append("</w:numbering>");
        try (OutputStream o = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(o)) {
            put(z, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                    + "</Types>");
            put(z, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(z, "word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                    + "</Relationships>");
            put(z, "word/styles.xml", "<w:styles " + NS + "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                    + "<w:name w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                    + "<w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>" + styles + "</w:styles>");
            put(z, "word/numbering.xml", num.toString());
            put(z, "word/document.xml", "<w:document " + NS + "><w:body>" + body + "</w:body></w:document>");
        }
        return f;
    }

    /** Writes {@code xml} as the part {@code name} of a .docx, after the XML declaration. */
    static void put(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** {@code s} as XML text. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
