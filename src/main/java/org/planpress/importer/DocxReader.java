package org.planpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word .docx (Apache POI): paragraphs with their heading styles and outline levels, automatic numbering rendered
 * as text ("一、", "（1）"), bold and centred paragraphs, and tables. Line numbers in messages count paragraphs.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public String unit() {
        return "paragraph";
    }

    @Override
    public List<Paragraph> read(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream buf = FileMagic.prepareToCheckMagic(in);
            FileMagic magic = FileMagic.valueOf(buf);
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(buf)) {
                    if (fs.getRoot().hasEntry("EncryptedPackage"))
                        throw new ImportException("the Word document is encrypted (password protected): save it without a password and import it again");
                }
                throw new ImportException("the file is an old Word .doc (or another OLE file), not .docx: rename it to .doc");
            }
            if (magic != FileMagic.OOXML) throw new ImportException("the file is not a Word .docx document (damaged, or another format)");
            try (XWPFDocument doc = new XWPFDocument(buf)) {
                return paragraphs(doc);
            }
        } catch (ImportException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException("the file is not a Word .docx document (damaged, or another format)", e);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("content type part")) { // a ZIP archive without Word's parts
                throw new ImportException("the file is a ZIP archive, not a Word .docx document (it has none of Word's parts)", e);
            }
            throw new ImportException("the Word document is damaged and cannot be read (" + oneLine(e) + ")", e);
        }
    }

    /**
     * What went wrong, in one line for a person: the library's message without the exception classes it names
     * ("org.apache.poi…InvalidFormatException: Package should contain …" is "Package should contain …").
     */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) root = root.getCause();
        String m = root.getMessage() == null ? "no details" : root.getMessage();
        m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "")
            .replaceAll("\\s*\\[M\\d+\\.\\d+\\]", "").replaceAll("\\s+", " ").strip();
        if (m.isEmpty()) m = "no details";
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    private List<Paragraph> paragraphs(XWPFDocument doc) {
        List<Paragraph> out = new ArrayList<>();
        WordNumbering numbering = WordNumbering.of(doc);
        WordBoxes.Notes notes = new WordBoxes.Notes();
        int n = 0;
        for (IBodyElement el : doc.getBodyElements()) {
            n++;
            if (el instanceof XWPFTable t) {
                List<List<String>> rows = WordTable.rows(t);
                if (!rows.isEmpty()) out.add(Paragraph.table(rows, n));
                continue;
            }
            if (el instanceof XWPFSDT sdt) { // a content control (a cover page, a table of contents): its lines, as text
                for (String line : sdt.getContent().getText().split("[\\n\\r\\v]+")) {
                    if (!Text.strip(line).isEmpty()) out.add(new Paragraph(line, 0, false, false, null, n));
                }
                continue;
            }
            if (!(el instanceof XWPFParagraph p)) continue;
            // a text box or shape anchored here (a title set in a box): its paragraphs come first, as they are seen
            for (WordBoxes.Line box : WordBoxes.lines(p)) out.add(new Paragraph(box.text(), 0, box.bold(), box.centred(), null, n));
            String text = WordBoxes.withoutNotes(p);
            String number = numbering.number(p);
            if (number != null && !Text.strip(text).startsWith(Text.strip(number))) text = WordNumbering.join(number, text);
            if (Text.strip(text).isEmpty()) continue;
            int level = level(doc, p);
            boolean bold = bold(p);
            boolean centred = p.getAlignment() == ParagraphAlignment.CENTER;
            for (String line : text.split("[\\n\\r\\v]+")) {
                if (!Text.strip(line).isEmpty()) out.add(new Paragraph(line, level, bold, centred, null, n));
            }
            // its footnotes and endnotes, after it, marked as on paper ("[1] …", "[i] …")
            for (String note : notes.of(doc, p)) out.add(new Paragraph(note, 0, false, false, null, n));
        }
        return out;
    }

    private static boolean bold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) continue;
            if (!r.isBold()) return false;
            any = true;
        }
        return any;
    }

    /** A heading style's name: "heading 2", "Heading2", or a Chinese Word's and WPS's "标题 2". */
    static final java.util.regex.Pattern HEADING_NAME = java.util.regex.Pattern.compile("^(?:heading|标题)\\s*([1-9])$");

    private static int level(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null) {
            XWPFStyle st = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = (st != null && st.getName() != null ? st.getName() : id).toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.equals("title") || name.equals("标题")) return 1;
            java.util.regex.Matcher m = HEADING_NAME.matcher(name);
            if (m.matches()) return m.group(1).charAt(0) - '0' + 1;
        }
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
            int v = p.getCTP().getPPr().getOutlineLvl().getVal().intValue();
            if (v < 9) return v + 2;
        }
        int v = styleOutline(doc, id);
        return v >= 0 && v < 9 ? v + 2 : 0;
    }

    /** The outline level a paragraph style sets, itself or by the style it is based on; -1 for none. */
    private static int styleOutline(XWPFDocument doc, String id) {
        for (int depth = 0; id != null && doc.getStyles() != null && depth < 10; depth++) {
            XWPFStyle st = doc.getStyles().getStyle(id);
            if (st == null || st.getCTStyle() == null) return -1;
            var ppr = st.getCTStyle().getPPr();
            if (ppr != null && ppr.getOutlineLvl() != null) return ppr.getOutlineLvl().getVal().intValue();
            id = st.getBasisStyleID();
        }
        return -1;
    }

    /** The number v in a Word number format (w:numFmt), as Word shows it; formats without a reading here are decimal. */
    static String format(int v, String fmt) {
        return switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand",
                 "koreanCounting" -> chinese(v);
            case "chineseLegalSimplified" -> legal(chinese(v));
            case "ideographTraditional" -> cycle(v, "甲乙丙丁戊己庚辛壬癸");
            case "ideographZodiac" -> cycle(v, "子丑寅卯辰巳午未申酉戌亥");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(v, "〇一二三四五六七八九");
            case "decimalFullWidth", "decimalFullWidth2" -> digits(v, "０１２３４５６７８９");
            case "decimalZero" -> v < 10 ? "0" + v : String.valueOf(v);
            case "upperRoman" -> roman(v);
            case "lowerRoman" -> roman(v).toLowerCase(Locale.ROOT);
            case "upperLetter" -> String.valueOf((char) ('A' + (v - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (v - 1) % 26));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> v <= 20 ? String.valueOf((char) (0x2460 + v - 1)) : String.valueOf(v);
            case "decimalEnclosedParen" -> "(" + v + ")"; // ⑴ as the paragraph text reads it
            case "decimalEnclosedFullstop" -> v + ".";
            default -> String.valueOf(v);
        };
    }

    private static String cycle(int v, String signs) {
        return String.valueOf(signs.charAt((v - 1) % signs.length()));
    }

    private static String digits(int v, String signs) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(v).toCharArray()) sb.append(signs.charAt(c - '0'));
        return sb.toString();
    }

    /** 一二三 as the financial numerals 壹贰叁 (chineseLegalSimplified). */
    private static String legal(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int k = "零一二三四五六七八九十百".indexOf(c);
            sb.append(k < 0 ? c : "零壹贰叁肆伍陆柒捌玖拾佰".charAt(k));
        }
        return sb.toString();
    }

    static String chinese(int v) {
        String d = "零一二三四五六七八九";
        if (v < 10) return String.valueOf(d.charAt(v));
        if (v < 20) return "十" + (v % 10 == 0 ? "" : d.charAt(v % 10));
        if (v < 100) return d.charAt(v / 10) + "十" + (v % 10 == 0 ? "" : String.valueOf(d.charAt(v % 10)));
        return String.valueOf(v);
    }

    static String roman(int v) {
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] n = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length; i++) while (v >= n[i]) {
            sb.append(r[i]);
            v -= n[i];
        }
        return sb.toString();
    }
}
