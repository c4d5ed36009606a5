package org.planpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Old Word .doc (Apache POI HWPF): paragraphs with heading styles and outline levels, bold and centred paragraphs,
 * and tables. Automatic list numbers are not rendered (numbering typed into the text is read as usual). A .doc
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
        for (int i = 0; i < count; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            n++;
            if (p.isInTable()) {
                Table t = range.getTable(p);
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < t.numRows(); r++) {
                    TableRow row = t.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        cells.add(Text.strip(clean(cell.text())));
                    }
                    rows.add(cells);
                }
                if (!rows.isEmpty()) out.add(Paragraph.table(rows, n));
                i += Math.max(0, t.numParagraphs() - 1);
                continue;
            }
            String text = clean(p.text());
            if (Text.strip(text).isEmpty()) continue;
            int level = 0;
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            String name = sd == null || sd.getName() == null ? "" : sd.getName().toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.equals("title")) level = 1;
            else if (name.startsWith("heading") && name.length() > 7 && Character.isDigit(name.charAt(7))) level = name.charAt(7) - '0' + 1;
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
        }
        return out;
    }

    private static String clean(String s) {
        return Range.stripFields(s).replace("\u0007", "").replace("\f", "\n").replaceAll("[\\u0001-\\u0008\\u000e-\\u001f]", "");
    }
}
