package org.planpress.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text (.txt) and Markdown (.md): UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
 * or GB18030 (which includes GBK and GB2312, as Windows offices save Chinese text). One line is one paragraph,
 * except in a hard-wrapped file, where lines wrapped at the file's width are joined again.
 */
public final class TextReader implements DocumentReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    private final boolean markdown;

    public TextReader(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public List<Paragraph> read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), e);
        }
        return paragraphs(decode(bytes));
    }

    /** The text of the bytes, or an error that says the file is not text. */
    static String decode(byte[] b) throws ImportException {
        if (b.length == 0) throw new ImportException("the file is empty");
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
            return checkText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
            return checkText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        int probe = Math.min(b.length, 8192);
        int controls = 0;
        for (int i = start; i < probe; i++) {
            int c = b[i] & 0xff;
            if (c == 0) throw new ImportException("the file is not text (it holds binary data): nothing imported");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls * 50 > probe) throw new ImportException("the file is not text (it holds binary data): nothing imported");
        String text = strict(StandardCharsets.UTF_8, b, start);
        if (text == null) text = strict(GB18030, b, start);
        if (text == null) throw new ImportException("the file is neither UTF-8 nor GB18030/GBK text: save it as UTF-8 and import it again");
        return checkText(text);
    }

    private static String checkText(String text) throws ImportException {
        long odd = text.codePoints().filter(cp -> (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f')
                || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFFFD).count();
        if (odd * 20 > Math.max(1, text.length())) throw new ImportException("the file is not text (it holds binary data): nothing imported");
        if (text.isBlank()) throw new ImportException("the file has no text");
        return text;
    }

    private static String strict(Charset cs, byte[] b, int start) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, b.length - start));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    List<Paragraph> paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int width = wrapWidth(lines);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = null;
        int curLine = 0;
        int level = 0;
        boolean bold = false;
        FrontMatter front = markdown ? FrontMatter.of(lines) : FrontMatter.of(new String[0]);
        for (int i = front.end; i < lines.length; i++) {
            int t = tableEnd(lines, i);
            if (t > i + 1) {
                if (cur != null) out.add(new Paragraph(cur.toString(), level, bold, false, null, curLine));
                cur = null;
                List<List<String>> rows = new ArrayList<>();
                for (int k = i; k < t; k++) {
                    if (!rule(lines[k])) rows.add(cells(lines[k]));
                }
                out.add(Paragraph.table(rows, i + 1));
                i = t - 1;
                continue;
            }
            String raw = lines[i].replace('\t', ' ');
            String line = Text.strip(raw);
            if (line.isEmpty()) {
                if (cur != null) out.add(new Paragraph(cur.toString(), level, bold, false, null, curLine));
                cur = null;
                continue;
            }
            int lv = 0;
            boolean b = false;
            if (markdown) {
                line = MarkdownInline.plain(line);
                int h = 0;
                while (h < line.length() && line.charAt(h) == '#') h++;
                if (h > 0 && h <= 6 && h < line.length() && line.charAt(h) == ' ') {
                    lv = h;
                    line = line.substring(h).strip();
                }
                b = MarkdownInline.wholeLineBold(Text.strip(raw));
            }
            if (cur != null && width > 0 && lv == 0 && indent(raw) <= indent(lines[i - 1]) && joins(lines[i - 1], line, width)) {
                Text.join(cur, line);
                continue;
            }
            if (cur != null) out.add(new Paragraph(cur.toString(), level, bold, false, null, curLine));
            cur = new StringBuilder(line);
            curLine = i + 1;
            level = lv;
            bold = b;
        }
        if (cur != null) out.add(new Paragraph(cur.toString(), level, bold, false, null, curLine));
        front.apply(out);
        return out;
    }

    /** The end of a table of tab-separated (or Markdown |-separated) lines starting at i, or i. */
    private int tableEnd(String[] lines, int i) {
        int cols = cells(lines[i]).size();
        if (cols < 2) return i;
        int j = i;
        while (j < lines.length && (cells(lines[j]).size() == cols || rule(lines[j]))) j++;
        return j;
    }

    /** A Markdown table's rule under its header: "|---|:--:|". */
    private boolean rule(String line) {
        return markdown && line.strip().matches("\\|[\\s:|-]*-[\\s:|-]*\\|");
    }

    /** The cells of a table line: tab-separated, or in Markdown a pipe table's row ("| a | b |"; its "|---|" rule has none). */
    private List<String> cells(String line) {
        String s = line.strip();
        List<String> out = new ArrayList<>();
        if (markdown && s.length() > 2 && s.startsWith("|") && s.endsWith("|")) {
            if (rule(s)) return out; // the rule under the header row
            for (String c : s.substring(1, s.length() - 1).split("(?<!\\\\)\\|", -1)) out.add(MarkdownInline.plain(Text.strip(c)));
        } else if (s.indexOf('\t') >= 0) {
            for (String c : line.split("\t", -1)) out.add(Text.strip(c));
        }
        return out;
    }

    /** The width a hard-wrapped file is wrapped at, or 0 when lines are paragraphs. */
    static int wrapWidth(String[] lines) {
        // label lines (组长：…, Secretariat: …) are as long as they are, wrapped files or not
        int[] lens = Arrays.stream(lines).map(Text::strip).filter(s -> !s.isEmpty() && !labelLine(s)).mapToInt(Text::width)
            .sorted().toArray();
        if (lens.length < 6) return 0;
        int w = lens[(int) Math.floor(lens.length * 0.9) - 1];
        if (w > 110 || w < 20) return 0;
        long near = Arrays.stream(lens).filter(l -> l >= w * 0.85).count();
        if (near * 10 < lens.length * 3) return 0;
        // wrapped lines break off mid-sentence; lines that reach the width and end their sentence are paragraphs
        long open = Arrays.stream(lines).map(Text::strip).filter(s -> !s.isEmpty() && !labelLine(s) && Text.width(s) >= w * 0.85)
            .filter(s -> !Text.endsSentence(s) && !heading(s)).count();
        return open >= 3 && open * 5 >= near * 3 ? w : 0;
    }

    /** A numbered line without a clause in it ("（一）宣传发动阶段（10月1日—10月15日）"): a heading, not a line broken off. */
    private static boolean heading(String s) {
        return Numbering.of(s) != null && !s.matches(".*[。，,；;！？!?].*");
    }

    /** A line that starts with a short label and a colon: it starts a paragraph of its own. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^[^：:。.，,]{1,30}[：:]\\s*\\S");

    /** The width of a line's leading spaces (a full-width space counts two): a line indented deeper starts a paragraph. */
    private static int indent(String line) {
        int w = 0;
        for (int i = 0; i < line.length() && Text.isSpace(line.charAt(i)); i++) w += line.charAt(i) == '\u3000' ? 2 : 1;
        return w;
    }

    private static boolean labelLine(String s) {
        return LABEL.matcher(s).find() || RosterText.roleLine(s, true) != null;
    }

    private static boolean joins(String prev, String next, int width) {
        String p = Text.strip(prev);
        if (p.isEmpty() || Text.width(p) < width * 0.8) return false;
        if (Text.endsSentence(p)) return false;
        if (labelLine(Text.strip(next))) return false; // Secretariat: …
        return Numbering.of(next) == null;
    }
}
