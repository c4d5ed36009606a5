package org.planpress.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Makes real input files of the corpus plans with real tools: POI, PDFBox, LibreOffice, Chromium. */
final class Make {
    private Make() {
    }

    static Path text(Corpus.Sample s, Path dir, Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Object b : s.blocks()) {
            if (b instanceof String p) sb.append(p).append("\r\n\r\n");
            else for (List<String> row : rows(b)) sb.append(String.join("\t", row)).append("\r\n");
        }
        Path f = dir.resolve(s.name() + (cs.equals(StandardCharsets.UTF_8) ? "" : "-" + cs.name().toLowerCase()) + ".txt");
        Files.write(f, sb.toString().getBytes(cs));
        return f;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Object b) {
        return (List<List<String>>) b;
    }

    static Path docx(Corpus.Sample s, Path dir) throws IOException {
        Path f = dir.resolve(s.name() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            boolean first = true;
            for (Object b : s.blocks()) {
                if (b instanceof String p) {
                    XWPFParagraph para = doc.createParagraph();
                    XWPFRun run = para.createRun();
                    run.setText(p);
                    if (first || p.equals(s.title())) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                        run.setBold(true);
                        run.setFontSize(18);
                    }
                    first = false;
                } else {
                    List<List<String>> rows = rows(b);
                    int cols = rows.stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable t = doc.createTable(rows.size(), cols);
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = t.getRow(r);
                        for (int c = 0; c < cols; c++) row.getCell(c).setText(c < rows.get(r).size() ? rows.get(r).get(c) : "");
                    }
                }
            }
            doc.write(out);
        }
        return f;
    }

    static String html(Corpus.Sample s, boolean chrome) {
        boolean zh = s.lang().startsWith("zh");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(s.title())).append(zh ? " - 某某市人民政府门户网站" : " | City Portal").append("</title>")
                .append("<style>body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:14px} .c{text-align:center} table{width:100%;border-collapse:collapse} td{padding:4px 12px}</style></head><body>\n");
        if (chrome) {
            sb.append("<div class=\"top-bar\"><a href=\"/\">").append(zh ? "首页" : "Home").append("</a> <a href=\"/news\">")
                    .append(zh ? "新闻中心" : "News").append("</a> <a href=\"/gov\">").append(zh ? "政务公开" : "Open government").append("</a></div>\n");
            sb.append("<nav><ul><li><a href=\"/a\">").append(zh ? "通知公告" : "Notices").append("</a></li><li><a href=\"/b\">")
                    .append(zh ? "工作动态" : "Updates").append("</a></li></ul></nav>\n");
            sb.append("<div class=\"position\">").append(zh ? "当前位置：首页 &gt; 通知公告 &gt; 正文" : "You are here: Home &gt; Notices").append("</div>\n");
        }
        sb.append("<div class=\"wrap\"><h1 class=\"c\">").append(esc(s.title())).append("</h1>\n");
        if (chrome) sb.append("<div class=\"info\">").append(zh ? "发布时间：2014-03-26 来源：办公室 浏览次数：1532" : "Posted: 2014-03-26 Views: 1532").append("</div>\n");
        sb.append("<div id=\"zoom\" class=\"TRS_Editor\">\n");
        boolean first = true;
        for (Object b : s.blocks()) {
            if (b instanceof String p) {
                if (first && p.equals(s.title())) {
                    first = false;
                    continue;
                }
                first = false;
                sb.append("<p>").append(esc(p)).append("</p>\n");
            } else {
                sb.append("<table border=\"1\">");
                for (List<String> row : rows(b)) {
                    sb.append("<tr>");
                    for (String c : row) sb.append("<td>").append(esc(c)).append("</td>");
                    sb.append("</tr>");
                }
                sb.append("</table>\n");
            }
        }
        sb.append("</div>\n");
        if (chrome) {
            sb.append("<div class=\"share\">").append(zh ? "分享到：微信 微博" : "Share: WeChat Weibo").append("</div>\n");
            sb.append("<div class=\"tools\">").append(zh ? "【打印本页】【关闭窗口】" : "[Print] [Close]").append("</div>\n");
        }
        sb.append("</div>\n");
        if (chrome) sb.append("<footer><p>").append(zh ? "版权所有：某某市人民政府办公室 ICP备12345678号" : "Copyright © City Portal. All rights reserved.").append("</p></footer>\n");
        return sb.append("</body></html>\n").toString();
    }

    static Path html(Corpus.Sample s, Path dir) throws IOException {
        Path f = dir.resolve(s.name() + ".html");
        Files.writeString(f, html(s, true), StandardCharsets.UTF_8);
        return f;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An English plan printed with PDFBox: lines wrapped at the page width, a running header and page numbers. */
    static Path pdfbox(Corpus.Sample s, Path dir) throws IOException {
        Path f = dir.resolve(s.name() + "-pdfbox.pdf");
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float size = 11, leading = 14, margin = 60, width = PDRectangle.A4.getWidth() - 2 * margin;
        List<Object[]> lines = new ArrayList<>(); // {text, font, centred, gapBefore}
        for (Object b : s.blocks()) {
            if (b instanceof String p) {
                boolean title = p.equals(s.title());
                PDType1Font ft = title ? bold : font;
                List<String> wrapped = new ArrayList<>();
                StringBuilder cur = new StringBuilder();
                for (String w : p.split(" ")) {
                    String t = cur.length() == 0 ? w : cur + " " + w;
                    if (ft.getStringWidth(t) / 1000 * size > width && cur.length() > 0) {
                        wrapped.add(cur.toString());
                        cur = new StringBuilder(w);
                    } else {
                        cur = new StringBuilder(t);
                    }
                }
                wrapped.add(cur.toString());
                for (int i = 0; i < wrapped.size(); i++) lines.add(new Object[] {wrapped.get(i), ft, title, i == 0});
            } else {
                for (List<String> row : rows(b)) lines.add(new Object[] {row, font, false, true});
            }
        }
        try (PDDocument doc = new PDDocument()) {
            int perPage = 34;
            int pages = (int) Math.ceil(lines.size() * 1.4 / perPage) + 1;
            List<PDPage> made = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                made.add(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - margin;
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(margin, y + 20);
                    cs.showText("Riverside Hospital - internal circular");
                    cs.endText();
                    while (i < lines.size() && y > margin + 30) {
                        Object[] l = lines.get(i);
                        if ((Boolean) l[3]) y -= leading * 0.8f;
                        if (l[0] instanceof List<?> cells) {
                            // a table row: each cell at its column
                            for (int c = 0; c < cells.size(); c++) {
                                cs.beginText();
                                cs.setFont(font, 10);
                                float[] at = {0, 0.3f, 0.64f};
                                cs.newLineAtOffset(margin + (cells.size() == 3 ? at[c] : (float) c / cells.size()) * width, y);
                                cs.showText((String) cells.get(c));
                                cs.endText();
                            }
                            y -= leading;
                            i++;
                            continue;
                        }
                        PDType1Font ft = (PDType1Font) l[1];
                        float x = margin;
                        if ((Boolean) l[2]) x = margin + (width - ft.getStringWidth((String) l[0]) / 1000 * size) / 2;
                        cs.beginText();
                        cs.setFont(ft, size);
                        cs.newLineAtOffset(x, y);
                        cs.showText((String) l[0]);
                        cs.endText();
                        y -= leading;
                        i++;
                    }
                }
            }
            for (int p = 0; p < made.size(); p++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, made.get(p), PDPageContentStream.AppendMode.APPEND, true)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 10, 30);
                    cs.showText("- " + (p + 1) + " -");
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }

    static boolean has(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    /** Chromium prints the web page (with its header and footer lines) to PDF. */
    static Path chromiumPdf(Corpus.Sample s, Path dir) throws Exception {
        Path html = dir.resolve(s.name() + "-print.html");
        Files.writeString(html, html(s, false), StandardCharsets.UTF_8);
        Path pdf = dir.resolve(s.name() + "-chromium.pdf");
        Path profile = Files.createTempDirectory("pp-chromium");
        run(dir, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--print-to-pdf=" + pdf, html.toUri().toString()), 120);
        if (!Files.exists(pdf)) throw new IOException("chromium wrote no PDF");
        return pdf;
    }

    /** LibreOffice converts a .docx to an old Word .doc. */
    static Path doc(Path docx, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("doc"));
        Path profile = Files.createTempDirectory("pp-lo");
        run(dir, List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "doc", "--outdir", out.toString(),
                docx.toString()), 180);
        Path doc = out.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".doc"));
        if (!Files.exists(doc)) throw new IOException("soffice wrote no .doc");
        return doc;
    }

    /**
     * LibreOffice converts the files to the format ("docx:MS Word 2007 XML", "doc:MS Word 97", "pdf") in one run;
     * the converted files, in the order given.
     */
    static List<Path> soffice(List<Path> in, String format, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("lo-" + format.replaceAll("[^a-z]", "")));
        Path profile = Files.createTempDirectory("pp-lo");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", format,
                "--outdir", out.toString()));
        for (Path f : in) cmd.add(f.toString());
        run(dir, cmd, 300);
        String ext = format.replaceFirst(":.*$", "");
        List<Path> made = new ArrayList<>();
        for (Path f : in) {
            Path m = out.resolve(f.getFileName().toString().replaceFirst("\\.[^.]+$", "." + ext));
            if (!Files.exists(m)) throw new IOException("soffice wrote no " + m.getFileName());
            made.add(m);
        }
        return made;
    }

    private static void run(Path dir, List<String> cmd, int seconds) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd.get(0) + " timed out");
        }
    }
}
