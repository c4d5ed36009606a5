package org.planpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Old Word .doc (Apache POI HWPF): paragraphs with heading styles and outline levels, bold and centred paragraphs,
 * tables, and automatic list numbers rendered as text (decimal, roman, letters, circled, Chinese). A .doc
 * that is really a .docx is read as one. Line numbers in messages count paragraphs.
 */
public final class DocReader implements DocumentReader {

    @Override
    public String unit() {
        return "paragraph";
    }

    @Override
    public List<Paragraph> read(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream buf = FileMagic.prepareToCheckMagic(in);
            FileMagic magic = FileMagic.valueOf(buf);
            if (magic == FileMagic.OOXML) return new DocxReader().read(file);
            if (magic != FileMagic.OLE2) throw new ImportException("the file is not a Word .doc document (damaged, or another format)");
            try (HWPFDocument doc = new HWPFDocument(buf)) {
                return paragraphs(doc);
            }
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException("the Word document is encrypted (password protected): save it without a password and import it again", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("the Word document is damaged and cannot be read (" + DocxReader.oneLine(e) + ")", e);
        }
    }

    private static List<Paragraph> paragraphs(HWPFDocument doc) {
        List<Paragraph> out = new ArrayList<>();
        Range range = doc.getRange();
        int count = range.numParagraphs();
        int n = 0;
        Map<Integer, int[]> counters = new HashMap<>();
        List<Object[]> notes = new ArrayList<>(); // {anchor position, "[mark] text"}
        notes(doc.getFootnotes(), doc.getFootnoteRange(), false, notes);
        notes(doc.getEndnotes(), doc.getEndnoteRange(), true, notes);
        List<String> boxes = boxes(doc);
        for (int i = 0; i < count; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            n++;
            if (!boxes.isEmpty() && p.text().indexOf('\u0008') >= 0) {
                // a drawn object is anchored here: the text boxes' lines (a title set in a box), once
                for (String b : boxes) out.add(new Paragraph(b, 0, false, false, null, n));
                boxes = List.of();
            }
            if (p.isInTable()) {
                Table t = range.getTable(p);
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < t.numRows(); r++) {
                    TableRow row = t.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        String text = Text.strip(clean(cell.text()));
                        // a cell merged down repeats the text of the merged cell's first row, as in a .docx
                        boolean below = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                        if (below && text.isEmpty() && !rows.isEmpty() && c < rows.get(rows.size() - 1).size()) text = rows.get(rows.size() - 1).get(c);
                        cells.add(text);
                    }
                    rows.add(cells);
                }
                if (!rows.isEmpty()) out.add(Paragraph.table(rows, n));
                i += Math.max(0, t.numParagraphs() - 1);
                continue;
            }
            String text = clean(accepted(p));
            if (Text.strip(text).isEmpty()) continue;
            String number = number(doc, p, counters);
            if (number != null && !Text.strip(text).startsWith(number)) text = number + text;
            int level = 0;
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            String name = sd == null || sd.getName() == null ? "" : sd.getName().toLowerCase(Locale.ROOT).replace(" ", "");
            java.util.regex.Matcher heading = DocxReader.HEADING_NAME.matcher(name);
            if (name.equals("title") || name.equals("标题")) level = 1;
            else if (heading.matches()) level = heading.group(1).charAt(0) - '0' + 1;
            else if (p.getLvl() >= 0 && p.getLvl() < 9) level = p.getLvl() + 2;
            boolean bold = true, any = false;
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                if (run.text().isBlank()) continue;
                any = true;
                if (!run.isBold()) bold = false;
            }
            boolean centred = p.getJustification() == 1;
            for (String line : text.split("[\\n\\r\\u000b]+")) {
                if (!Text.strip(line).isEmpty()) out.add(new Paragraph(line, level, bold && any, centred, null, n));
            }
            // the footnotes and endnotes it refers to, after it, as the .docx reader gives them
            for (Object[] note : notes) {
                int at = (Integer) note[0];
                if (at >= p.getStartOffset() && at < p.getEndOffset()) out.add(new Paragraph((String) note[1], 0, false, false, null, n));
            }
        }
        if (!boxes.isEmpty()) for (int k = boxes.size() - 1; k >= 0; k--) out.add(0, new Paragraph(boxes.get(k), 0, false, false, null, 1));
        return out;
    }

    /** The notes of a kind with where they are referred to: footnotes "[1] …", endnotes "[i] …", in order. */
    private static void notes(org.apache.poi.hwpf.usermodel.Notes ns, Range text, boolean endnotes, List<Object[]> out) {
        try {
            if (ns == null || text == null) return;
            String all = text.text();
            for (int k = 0; k < ns.getNotesCount(); k++) {
                int from = ns.getNoteTextStartOffset(k), to = ns.getNoteTextEndOffset(k);
                if (from < 0 || to > all.length() || from >= to) continue;
                String t = Text.strip(clean(all.substring(from, to)).replaceAll("[\\n\\r\\u000b]+", " "));
                if (t.isEmpty()) continue;
                String mark = endnotes ? DocxReader.roman(k + 1).toLowerCase(Locale.ROOT) : String.valueOf(k + 1);
                out.add(new Object[] {ns.getNoteAnchorPosition(k), "[" + mark + "] " + t});
            }
        } catch (RuntimeException e) {
            // notes that cannot be read: the body is still read
        }
    }

    /** The lines of the document's text boxes. */
    private static List<String> boxes(HWPFDocument doc) {
        List<String> out = new ArrayList<>();
        try {
            Range r = doc.getMainTextboxRange();
            if (r == null) return out;
            for (String line : clean(r.text()).split("[\\n\\r\\u000b]+")) if (!Text.strip(line).isEmpty()) out.add(Text.strip(line));
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** The automatic list number of a paragraph as Word shows it, or null. */
    private static String number(HWPFDocument doc, org.apache.poi.hwpf.usermodel.Paragraph p, Map<Integer, int[]> counters) {
        try {
            if (!p.isInList() || doc.getListTables() == null) return null;
            ListTables lt = doc.getListTables();
            int ilvl = Math.max(0, Math.min(8, p.getIlvl()));
            LFO lfo = lt.getLfo(p.getIlfo());
            int lsid = lfo.getLsid();
            ListLevel lvl = lt.getLevel(lsid, ilvl);
            if (lvl == null) return null;
            String fmt = switch (lvl.getNumberFormat()) {
                case 0 -> "decimal";
                case 1 -> "upperRoman";
                case 2 -> "lowerRoman";
                case 3 -> "upperLetter";
                case 4 -> "lowerLetter";
                case 18 -> "decimalEnclosedCircle";
                case 33, 35, 37, 38, 39, 10, 11 -> "chineseCounting";
                default -> null;
            };
            if (fmt == null) return null;
            int[] c = counters.computeIfAbsent(lsid, k -> new int[9]);
            c[ilvl] = c[ilvl] == 0 ? Math.max(1, lvl.getStartAt()) : c[ilvl] + 1;
            for (int k = ilvl + 1; k < 9; k++) c[k] = 0;
            String tmpl = lvl.getNumberText();
            if (tmpl == null) return null;
            StringBuilder sb = new StringBuilder();
            for (char ch : tmpl.toCharArray()) {
                if (ch < 9) sb.append(DocxReader.format(Math.max(1, c[ch]), ch == ilvl ? fmt : "decimal"));
                else sb.append(ch);
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The paragraph's text with its tracked changes accepted: runs marked deleted are left out (runs marked inserted
     * are text like any other).
     */
    private static String accepted(org.apache.poi.hwpf.usermodel.Paragraph p) {
        StringBuilder sb = new StringBuilder();
        boolean deleted = false;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (run.isMarkedDeleted()) {
                deleted = true;
                continue;
            }
            sb.append(run.text());
        }
        return deleted ? sb.toString() : p.text();
    }

    /**
     * A field's result without its code: Word keeps "\u0013 code \u0014 result \u0015" in the text, fields nest
     * ("第 {PAGE} 页 共 {NUMPAGES} 页"), and a field without a result (\u0013 code \u0015) shows nothing.
     */
    static String fieldResults(String s) {
        if (s.indexOf('\u0013') < 0) return s;
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<Boolean> inCode = new java.util.ArrayDeque<>(); // per open field: still in its code
        for (char c : s.toCharArray()) {
            if (c == '\u0013') {
                inCode.push(true);
            } else if (c == '\u0014' && !inCode.isEmpty()) {
                inCode.pop();
                inCode.push(false);
            } else if (c == '\u0015' && !inCode.isEmpty()) {
                inCode.pop();
            } else if (!inCode.contains(true)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String clean(String s) {
        return fieldResults(s).replace("\u0007", "").replace("\f", "\n").replaceAll("[\\u0001-\\u0008\\u000e-\\u001f]", "");
    }
}
