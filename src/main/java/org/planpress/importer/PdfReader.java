package org.planpress.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF with a text layer (PDFBox): lines wrapped at the page width are joined into paragraphs, running headers,
 * footers and page numbers are dropped, centred, bold and large lines are marked. A PDF without text (a scan) is an
 * error that says it needs OCR. Line numbers in messages are page numbers.
 */
public final class PdfReader implements DocumentReader {

    private static final Pattern PAGE_NO = Pattern.compile("^[-—–\\s]*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*[/／]\\s*\\d{1,4})?(\\s*共\\s*\\d+\\s*页)?[-—–\\s]*$"
            + "|^(?i)page\\s+\\d+(\\s+of\\s+\\d+)?$|^[-—–]\\s*\\d+\\s*[-—–]$"
            // a browser's print header and footer: date and time with the page title, the address with the page number
            + "|^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(\\s*[AP]M)?\\s.*|^(file|https?)://\\S+\\s+\\d+\\s*/\\s*\\d+$");

    @Override
    public String unit() {
        return "page";
    }

    private record Line(int page, String text, float x0, float x1, float y, float size, boolean bold, boolean paraStart,
                        List<PdfTable.Word> words) {
        PdfTable.Row row() {
            return new PdfTable.Row(page, y, size, words);
        }
    }

    @Override
    public List<Paragraph> read(Path file) throws ImportException {
        List<Line> lines = new ArrayList<>();
        float[] pageWidth = {600};
        int pages;
        List<Mark> outline;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            pages = doc.getNumberOfPages();
            if (pages == 0) throw new ImportException("the PDF is damaged and cannot be read (it has no pages)");
            if (!doc.getCurrentAccessPermission().canExtractContent() && doc.isEncrypted()) {
                throw new ImportException("the PDF is protected against copying its text: ask for an unprotected copy");
            }
            Stripper s = new Stripper(lines);
            s.setSortByPosition(true);
            s.setStartPage(1);
            s.setEndPage(pages);
            if (pages > 0) pageWidth[0] = doc.getPage(0).getMediaBox().getWidth();
            s.writeText(doc, new StringWriter());
            outline = outline(doc);
        } catch (InvalidPasswordException e) {
            throw new ImportException("the PDF is encrypted (password protected): save it without a password and import it again", e);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("the PDF is damaged and cannot be read (" + DocxReader.oneLine(e) + ")", e);
        }
        if (lines.stream().allMatch(l -> Text.strip(l.text()).isEmpty())) {
            throw new ImportException("the PDF has no text layer (a scanned document?): it needs OCR before it can be imported");
        }
        return paragraphs(lines, pages, pageWidth[0], outline);
    }

    /** An entry of the PDF's outline (its bookmarks): the page it points to, its title and depth (0 at the top). */
    private record Mark(int page, String title, int depth) {
    }

    /**
     * The outline's entries in order. A PDF saved from Word or LibreOffice has one made of the document's headings
     * (by their styles and outline levels, numbered or not, in whatever type), which the type itself may not show.
     */
    private static List<Mark> outline(PDDocument doc) {
        List<Mark> out = new ArrayList<>();
        try {
            PDDocumentOutline o = doc.getDocumentCatalog().getDocumentOutline();
            if (o != null) walk(doc, o, 0, out);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged outline: the text is still read
        }
        return out;
    }

    private static void walk(PDDocument doc, PDOutlineNode n, int depth, List<Mark> out) throws IOException {
        if (depth > 8) return;
        for (PDOutlineItem i : n.children()) {
            if (out.size() > 5000) return;
            PDPage pg = i.findDestinationPage(doc);
            int page = pg == null ? -1 : doc.getPages().indexOf(pg) + 1;
            String title = i.getTitle() == null ? "" : Text.strip(i.getTitle().replaceAll("\\s+", " "));
            if (page > 0 && !title.isEmpty()) out.add(new Mark(page, title, depth));
            walk(doc, i, depth + 1, out);
        }
    }

    /** A list number Word sets before its text with a tab ("1.⇥Purpose", "2.1⇥Team", "（一）⇥…"): no table column. */
    private static final Pattern NUMBER_TAB = Pattern.compile("^(\\d{1,3}(?:[.．]\\d{1,3})+[.．]?|\\d{1,3}[.．、)）]|[(（][\\d一二三四五六七八九十]{1,3}[)）]"
            + "|[一二三四五六七八九十]{1,3}、|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[•·▪●■◆○□➢✓-])\t([^\t]+)$");

    /** A number run into the word after it where Word put nothing between them ("1.Purpose", "2.1Team"). */
    private static final Pattern NUMBER_GLUED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*\\.?)(?=\\p{Lu}\\p{Ll})");

    private static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * The lines the outline names, by index: the heading's level (2 for the outline's top, as Word's "Heading 1"),
     * how many lines it takes (a long heading wraps) and its text as the outline gives it. An entry is taken only
     * where its whole text is the text of lines on its page, in order.
     */
    private static Map<Integer, Object[]> headings(List<Line> lines, List<Mark> outline) {
        Map<Integer, Object[]> out = new HashMap<>();
        int from = 0;
        for (Mark m : outline) {
            String want = noSpace(m.title());
            if (want.isEmpty()) continue;
            int start = -1;
            for (int i = from; i < lines.size() && start < 0; i++) {
                if (lines.get(i).page() < m.page()) continue;
                if (lines.get(i).page() > m.page()) break;
                StringBuilder got = new StringBuilder();
                for (int k = i; k < Math.min(lines.size(), i + 3) && lines.get(k).page() == m.page(); k++) {
                    got.append(noSpace(lines.get(k).text()));
                    if (got.toString().equals(want)) {
                        start = i;
                        out.put(i, new Object[] {m.depth() + 2, k - i + 1, m.title()});
                        from = k + 1;
                        break;
                    }
                    if (!want.startsWith(got.toString())) break;
                }
            }
        }
        return out;
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<Line> lines;
        private StringBuilder cur = new StringBuilder();
        private final List<PdfTable.Word> words = new ArrayList<>();
        private final Map<Float, Integer> sizes = new HashMap<>();
        private float x0 = Float.MAX_VALUE, x1 = 0, y = 0, size = 0;
        private int chars = 0, boldChars = 0;
        private boolean paraStart = true;

        Stripper(List<Line> lines) throws IOException {
            this.lines = lines;
        }

        /** The last ordinary character of the line: its baseline and size, for telling a raised note mark. */
        private float lastY = Float.NaN, lastSize = 0;

        /**
         * A footnote's mark after a word: digits, a small roman numeral or a dagger in small type raised over the line
         * ("flooding¹", "Shawⁱ"). The note's own text is read where it is printed, at the page's foot.
         */
        private boolean noteMark(List<TextPosition> run) {
            if (Float.isNaN(lastY) || lastSize <= 0 || run.isEmpty()) return false;
            StringBuilder sb = new StringBuilder();
            for (TextPosition p : run) {
                float sz = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
                if (sz > 0.75f * lastSize || lastY - p.getYDirAdj() < 0.15f * lastSize) return false;
                sb.append(p.getUnicode() == null ? "" : p.getUnicode());
            }
            return sb.toString().matches("\\d{1,3}|[ivx]{1,4}|[*†‡§]{1,3}");
        }

        /** The text without the note marks in it (a mark is a run of raised small characters right after a word). */
        private String withoutMarks(String text, List<TextPosition> positions) {
            List<TextPosition> kept = new ArrayList<>();
            boolean dropped = false;
            for (int i = 0; i < positions.size(); ) {
                TextPosition p = positions.get(i);
                float sz = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
                int j = i;
                while (j < positions.size() && (positions.get(j).getFontSizeInPt() > 0 ? positions.get(j).getFontSizeInPt()
                        : positions.get(j).getHeightDir()) <= 0.75f * lastSize && lastSize > 0) j++;
                if (j > i && noteMark(positions.subList(i, j))) {
                    dropped = true;
                    i = j;
                    continue;
                }
                kept.add(p);
                String u = p.getUnicode() == null ? "" : p.getUnicode();
                if (!u.isBlank() && sz > 0) {
                    lastY = p.getYDirAdj();
                    lastSize = sz;
                }
                i++;
            }
            if (!dropped) return text;
            positions.retainAll(kept);
            StringBuilder sb = new StringBuilder();
            for (TextPosition p : kept) sb.append(p.getUnicode() == null ? "" : p.getUnicode());
            return sb.toString();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            positions = new ArrayList<>(positions);
            text = withoutMarks(text, positions);
            if (positions.isEmpty()) return;
            boolean cellStart = false;
            if (!positions.isEmpty() && cur.length() > 0) {
                TextPosition p0 = positions.get(0);
                float gap = p0.getXDirAdj() - x1;
                float sz = p0.getFontSizeInPt() > 0 ? p0.getFontSizeInPt() : p0.getHeightDir();
                if (gap > 1.2f * sz) {
                    // a wide gap inside a line: a table's column break
                    while (cur.length() > 0 && cur.charAt(cur.length() - 1) == ' ') cur.setLength(cur.length() - 1);
                    cur.append('\t');
                    cellStart = true;
                }
            }
            cur.append(text);
            addWords(positions, cellStart);
            for (TextPosition p : positions) {
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                y = p.getYDirAdj();
                float sz = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
                if (!Character.isWhitespace(p.getUnicode() == null || p.getUnicode().isEmpty() ? ' ' : p.getUnicode().charAt(0))) {
                    sizes.merge(Math.round(sz * 2) / 2f, 1, Integer::sum);
                }
                chars++;
                String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName().toLowerCase(Locale.ROOT);
                if (font.contains("bold") || font.contains("heiti") || font.contains("simhei") || font.contains("black")) boldChars++;
            }
        }

        /** The words of a piece of text by their characters' places: a space, or a gap wider than a fifth of the type. */
        private void addWords(List<TextPosition> positions, boolean cellStart) {
            StringBuilder w = new StringBuilder();
            float wx0 = 0, wx1 = 0;
            for (TextPosition p : positions) {
                String u = p.getUnicode() == null ? "" : p.getUnicode();
                float sz = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
                boolean blank = u.isBlank();
                if (w.length() > 0 && (blank || p.getXDirAdj() - wx1 > 0.2f * sz)) {
                    words.add(new PdfTable.Word(w.toString(), wx0, wx1, cellStart));
                    cellStart = false;
                    w.setLength(0);
                }
                if (blank) continue;
                if (w.length() == 0) wx0 = p.getXDirAdj();
                w.append(u);
                wx1 = p.getXDirAdj() + p.getWidthDirAdj();
            }
            if (w.length() > 0) words.add(new PdfTable.Word(w.toString(), wx0, wx1, cellStart));
        }

        @Override
        protected void writeWordSeparator() {
            cur.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphStart() {
            flush();
            paraStart = true;
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            String t = Text.strip(cur.toString().replaceAll("\t +| +\t", "\t"));
            // the line's type size: the size most of its characters have (digits in a fallback font may differ)
            size = sizes.entrySet().stream().max(java.util.Map.Entry.<Float, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .map(java.util.Map.Entry::getKey).orElse(0f);
            sizes.clear();
            if (!t.isEmpty()) {
                lines.add(new Line(getCurrentPageNo(), t, x0, x1, y, size, chars > 0 && boldChars * 2 > chars, paraStart, List.copyOf(words)));
                paraStart = false;
            }
            cur = new StringBuilder();
            lastY = Float.NaN;
            lastSize = 0;
            words.clear();
            x0 = Float.MAX_VALUE;
            x1 = 0;
            size = 0;
            chars = 0;
            boldChars = 0;
        }
    }

    /** Where on its page a line is counted as a running header ({@link #TOP}) or footer ({@link #BOTTOM}). */
    private static final String TOP = "top|", BOTTOM = "bottom|";

    private static List<Paragraph> paragraphs(List<Line> all, int pages, float pageWidth, List<Mark> outline) {
        // running headers and footers: the same text (digits aside) at the top of most pages, or at their bottom; a
        // line of the text that happens to end one page and start another, or a signature under a header of the same
        // words, is not one
        Map<String, Integer> edge = new HashMap<>();
        Map<Integer, List<Line>> byPage = new HashMap<>();
        for (Line l : all) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        for (List<Line> pl : byPage.values()) {
            for (int k = 0; k < Math.min(2, pl.size()); k++) edge.merge(TOP + key(pl.get(k).text()), 1, Integer::sum);
            for (int k = Math.max(0, pl.size() - 2); k < pl.size(); k++) edge.merge(BOTTOM + key(pl.get(k).text()), 1, Integer::sum);
        }
        float[] all0 = new float[all.size()];
        for (int i = 0; i < all0.length; i++) all0[i] = all.get(i).size();
        Arrays.sort(all0);
        float bodySize = all0.length == 0 ? 10 : all0[all0.length / 2];
        List<Line> lines = new ArrayList<>();
        for (List<Line> pl : byPage.values()) {
            for (int k = 0; k < pl.size(); k++) {
                Line l = pl.get(k);
                boolean atTop = k < 2, atBottom = k >= pl.size() - 2;
                if ((atTop || atBottom) && PAGE_NO.matcher(l.text()).matches()) continue;
                boolean big = l.size() > bodySize * 1.15f;
                int most = Math.max(2, (pages + 1) / 2);
                boolean running = atTop && edge.getOrDefault(TOP + key(l.text()), 0) >= most
                        || atBottom && edge.getOrDefault(BOTTOM + key(l.text()), 0) >= most;
                if (!big && pages >= 2 && running) continue;
                lines.add(l);
            }
        }
        lines.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page()) : 0);
        if (lines.isEmpty()) return List.of();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            java.util.regex.Matcher nt = NUMBER_TAB.matcher(l.text());
            String t = nt.matches() ? nt.group(1) + " " + nt.group(2) : l.text();
            t = NUMBER_GLUED.matcher(t).replaceFirst("$1 ");
            if (!t.equals(l.text())) lines.set(i, new Line(l.page(), t, l.x0(), l.x1(), l.y(), l.size(), l.bold(), l.paraStart(), l.words()));
        }
        Map<Integer, Object[]> heads = headings(lines, outline);
        float[] sizes = new float[lines.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = lines.get(i).size();
        Arrays.sort(sizes);
        float body = sizes[sizes.length / 2];
        List<Float> headSizes = headingSizes(lines, body);
        // the text block's edges: the most common left edge and the right edge reached by full lines
        // the most common left edge, and the right edge most full lines reach
        Map<Integer, Integer> lefts = new HashMap<>();
        for (Line l : lines) {
            lefts.merge(Math.round(l.x0() / 4), 1, Integer::sum);
        }
        float left = 4 * lefts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        // the right edge: the furthest one that at least two lines reach (a single wide line is not the text block)
        float[] ends = new float[lines.size()];
        for (int i = 0; i < ends.length; i++) ends[i] = lines.get(i).x1();
        Arrays.sort(ends);
        float right = ends[ends.length - 1];
        for (int i = ends.length - 1; i >= 1; i--) {
            if (ends[i] - ends[i - 1] <= 2 * body) {
                right = ends[i];
                break;
            }
        }
        if (right == 0) for (Line l : lines) right = Math.max(right, l.x1());
        // a short document whose only full line is one wrapped paragraph: the margins are most often the same on both
        // sides, so a line that ends where the left margin mirrored is, is a full one
        float mirror = pageWidth - left;
        if (mirror > right + 2 * body) {
            for (float e : ends) if (e >= mirror - 2 * body && e <= mirror + 2 * body) right = Math.max(right, e);
        }
        // the line pitch: the most common distance between lines
        Map<Integer, Integer> deltas = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            float d = b.y() - a.y();
            if (a.page() == b.page() && d > 0 && d < 3 * body) deltas.merge(Math.round(d), 1, Integer::sum);
        }
        float pitch = deltas.isEmpty() ? 0 : deltas.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        if (Boolean.getBoolean("planpress.import.debugPdf")) {
            System.err.println("left " + left + " right " + right + " body " + body);
            for (Line l : lines) System.err.printf("%d %.1f-%.1f y%.1f s%.1f %s%n", l.page(), l.x0(), l.x1(), l.y(), l.size(), l.text());
        }
        List<Paragraph> out = new ArrayList<>();
        List<PdfTable.Row> rowsOf = new ArrayList<>();
        for (Line x : lines) rowsOf.add(x.row());
        StringBuilder cur = null;
        Line start = null, prev = null;
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            Object[] head = heads.get(li);
            if (head != null) {
                // a heading the outline names: a paragraph of its own, in the outline's words, at its level
                if (cur != null) add(out, para(cur, start, body, left, right, headSizes));
                cur = null;
                prev = null;
                String ht = ((String) head[2]).replaceFirst("^([（(]?[一二三四五六七八九十]{1,3}[、）)])[\t ]+(?=\\p{IsHan})", "$1");
                boolean centred = l.x0() > left + 2 * body && Math.abs((l.x0() + l.x1()) / 2 - (left + right) / 2) < 1.5 * body;
                out.add(new Paragraph(PdfText.tidy(ht), (Integer) head[0], l.bold(), centred, null, l.page()));
                li += (Integer) head[1] - 1;
                continue;
            }
            int cols = l.text().split("\t").length;
            if (cols >= 2) {
                PdfTable.Read table = PdfTable.read(rowsOf.subList(li, lines.size()), 0);
                if (table != null && table.rows().size() >= 2) {
                    if (cur != null) add(out, para(cur, start, body, left, right, headSizes));
                    cur = null;
                    prev = null;
                    out.add(Paragraph.table(table.rows(), l.page()));
                    li = li + table.end() - 1;
                    continue;
                }
            }
            if (cols >= 2) {
                int lj = li;
                List<List<String>> rows = new ArrayList<>();
                while (lj < lines.size() && (lj == li ? cols : lines.get(lj).text().split("\t").length) == cols
                        || lj > li + 1 && lj < lines.size() && lines.get(lj).text().split("\t").length >= 2
                        && lines.get(lj).text().split("\t").length < cols) {
                    List<String> cells = new ArrayList<>();
                    String[] cs = lines.get(lj).text().split("\t");
                    for (int pad = cs.length; pad < cols; pad++) cells.add(""); // an empty (merged) cell on the left
                    for (String c : cs) cells.add(Text.strip(c));
                    rows.add(cells);
                    lj++;
                }
                if (rows.size() >= 2) {
                    if (cur != null) add(out, para(cur, start, body, left, right, headSizes));
                    cur = null;
                    prev = null;
                    out.add(Paragraph.table(rows, l.page()));
                    li = lj - 1;
                    continue;
                }
            }
            // "二、⇥实施步骤": Word's tab after a heading's number is no space in Chinese ("1.⇥Scope" keeps one)
            String flat = l.text().replaceFirst("^([（(]?[一二三四五六七八九十]{1,3}[、）)])[\t ]+(?=\\p{IsHan})", "$1").replace('\t', ' ');
            l = new Line(l.page(), flat, l.x0(), l.x1(), l.y(), l.size(), l.bold(), l.paraStart(), l.words());
            boolean centred = l.x0() > left + 2 * body && Math.abs((l.x0() + l.x1()) / 2 - (left + right) / 2) < 1.5 * body;
            boolean join = false;
            if (cur != null && prev != null) {
                // a wrapped line: it reaches the right edge, or the next line's first word would not have fitted on it
                String firstWord = Text.hasHan(l.text().substring(0, 1)) ? l.text().substring(0, Math.min(2, l.text().length()))
                        : l.text().split("\\s+")[0];
                float charW = (prev.x1() - prev.x0()) / Math.max(1, prev.text().length());
                boolean prevFull = prev.x1() >= right - 2.5 * body || prev.x1() + (firstWord.length() + 1) * charW > right - 0.5f * charW;
                boolean indented = l.x0() > left + 1.2 * body;
                boolean bigger = Math.abs(l.size() - prev.size()) > 0.5f;
                boolean gap = l.page() == prev.page() && l.y() - prev.y() > Math.max(pitch > 0 ? pitch : 1.3f * body, 1.3f * prev.size()) * 1.35f;
                // a sentence ended, then "Follow-up (March 2025): …": a run-in heading starts a paragraph
                // and "Approved by the Governing Body, 20 January 2025" or a date line after a sentence: the signature
                boolean runIn = Text.endsSentence(prev.text()) && (PlanDetector.leadIn(l.text()) || IssueLine.of(l.text()) != null
                        || Dates.dateLine(l.text()) != null);
                join = prevFull && !indented && !bigger && !centred && !gap && !runIn && Numbering.of(l.text()) == null
                        && RosterText.roleLine(l.text(), true) == null;
                // a title in large type wrapped on two lines, centred or not: one paragraph
                boolean titleType = l.page() == 1 && prev.size() >= body * 1.3f && !bigger && l.bold() == prev.bold() && !gap
                        && !headSizes.contains(prev.size()) && prev.x1() - prev.x0() >= 0.5f * (right - left)
                        && Numbering.of(l.text()) == null && !Text.endsSentence(prev.text());
                join = join || titleType;
            }
            if (join) {
                Text.join(cur, l.text());
            } else {
                if (cur != null) add(out, para(cur, start, body, left, right, headSizes));
                cur = new StringBuilder(l.text());
                start = l;
            }
            prev = l;
        }
        if (cur != null) add(out, para(cur, start, body, left, right, headSizes));
        return out;
    }

    /**
     * The type sizes of headings, largest first: sizes above the body's in which at least three short lines are set
     * apart (a line alone, not wrapped into the next one of its size). A title has a size of its own, seen once or
     * twice; headings in a larger type repeat it.
     */
    private static List<Float> headingSizes(List<Line> lines, float body) {
        Map<Float, Integer> count = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.size() < body * 1.15f || Text.width(l.text()) > 60) continue;
            boolean wrapsOn = i + 1 < lines.size() && lines.get(i + 1).size() == l.size() && lines.get(i + 1).page() == l.page();
            boolean wrapped = i > 0 && lines.get(i - 1).size() == l.size() && lines.get(i - 1).page() == l.page();
            if (!wrapsOn && !wrapped) count.merge(l.size(), 1, Integer::sum);
        }
        List<Float> out = new ArrayList<>();
        for (Map.Entry<Float, Integer> e : count.entrySet()) if (e.getValue() >= 3) out.add(e.getKey());
        out.sort(java.util.Comparator.reverseOrder());
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    /** Adds the paragraph with the extraction's spaces taken out, the signature date and a 抄送 line run into it apart. */
    private static void add(List<Paragraph> out, Paragraph p) {
        for (String part : PdfText.splitTail(PdfText.tidy(p.text()))) out.add(p.withText(part));
    }

    private static Paragraph para(StringBuilder text, Line start, float body, float left, float right, List<Float> headSizes) {
        boolean centred = start.x0() > left + 2 * body && Math.abs((start.x0() + start.x1()) / 2 - (left + right) / 2) < 1.5 * body;
        int rank = headSizes.indexOf(start.size());
        int level = rank >= 0 ? rank + 2 : start.size() >= body * 1.3f && start.page() == 1 ? 1 : 0;
        return new Paragraph(text.toString(), level, start.bold(), centred, null, start.page());
    }

    private static String key(String s) {
        return s.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
