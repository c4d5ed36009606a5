package org.planpress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Web pages (jsoup): the article is found and the site around it (navigation, breadcrumbs, share buttons, view
 * counters, copyright footers) is dropped; headings, paragraphs, line breaks, list items and tables become
 * paragraphs. Line numbers in messages are lines of the HTML file.
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern CHROME = Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|share|sharing|social|footer|foot|copyright|"
            + "sidebar|side|comments?|related|toolbar|header|head|banner|login|search|pagination|pager|counter|views|hits|visits?|print|"
            + "qrcode|erweima|bdshare|jiathis|ads?|advert|topbar|top|location|subnav|links|friendlinks?|tools|meta|info|bottom)($|[-_\\s])");
    private static final Pattern CHROME_TEXT = Pattern.compile("^(当前位置|您现在的位置|您的位置|首页\\s*[>»＞/]|发布时间|发布日期|来源[:：]|作者[:：]|"
            + "【?\\s*字体\\s*[:：]|\\[?\\s*大\\s+中\\s+小\\s*\\]?$|信息来源[:：]|责任编辑[:：]|编辑[:：]|审核[:：]|相关链接|"
            + "浏览(次数)?[:：]?|阅读(次数|量)?[:：]|点击(数|次数|量)?[:：]|字号|【?\\s*(打印|关闭|收藏|返回顶部)|分享到|扫一扫|上一篇|下一篇|"
            + "(?i)(share|print|views?|posted|published|home\\s*[>»/]|you are here|previous|next|tags?|keywords|categories|filed under"
            + "|(page\\s+)?last\\s+(updated|modified|reviewed))\\b[:：]?|标签[:：]|关键词[:：]|(最后)?更新(时间|日期)[:：])|(版权所有|Copyright|©|ICP备)"
            // the article's byline after its date: "2016-06-02　来源：县消防大队　【字体：大 中 小】"
            // a WeChat article's furniture: 点击蓝字关注我们, 长按识别二维码, 点个“在看”, 阅读原文
            + "|^(点击(上方)?(蓝字|关注)|长按(识别|扫描)?(图中)?二维码|(点(个)?|给个)[“\"]?(在看|赞)|分享给更多人|阅读原文|微信扫一扫)"
            // a WeChat article's counters and follow line: "阅读 2301 赞 在看", "关注该公众号"
            + "|^阅读\\s*\\d+(\\s|$)|^(关注|订阅)(该|本|我们的)?公众号"
            // a byline that ends with the time of posting: "教务处 2024-04-02 18:30"
            + "|^.{0,30}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[\\s\\u3000]+\\d{1,2}:\\d{2}(:\\d{2})?$"
            + "|^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?([\\s\\u3000]*\\d{1,2}:\\d{2}(:\\d{2})?)?[\\s\\u3000]+.*(来源|作者|字体|浏览|点击|发布)");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
            "select", "input", "svg", "template", "object", "embed", "head", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "blockquote", "pre", "center", "table", "dl", "dt", "dd", "tr", "td", "th", "tbody", "thead", "figure", "figcaption",
            "address", "hr", "body", "span-block");

    @Override
    public List<Paragraph> read(Path file) throws ImportException {
        Document doc;
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            doc = Jsoup.parse(file.toFile(), null, "", parser);
            String text = doc.text();
            long bad = text.chars().filter(c -> c == 0xFFFD).count();
            if (WebCharset.gbFamily(doc.charset())) {
                // declared gb2312 or GBK: browsers decode it as GB18030 (· and — are not GB2312's ・ and ―)
                doc = Jsoup.parse(file.toFile(), "GB18030", "", Parser.htmlParser().setTrackPosition(true));
            } else if (bad > 3 && bad * 50 > text.length() / 10 + 1) {
                // no charset declared and not UTF-8: Chinese pages saved by Windows tools are GB18030/GBK
                doc = Jsoup.parse(file.toFile(), "GB18030", "", Parser.htmlParser().setTrackPosition(true));
            }
        } catch (IOException e) {
            throw new ImportException("cannot read the web page: " + e.getMessage(), e);
        }
        // the title: a heading that names a plan (the site's name is often the h1), else the page title's first part
        String title = null;
        Element h1 = null;
        for (Element h : doc.select("h1, h2, h3, .title, .tit, #title")) {
            String t = Text.strip(h.text());
            if (t.isEmpty() || Text.width(t) > 130 || !PlanDetector.titleLike(Paragraph.of(t, 0))) continue;
            if (title == null || WebTitle.namesPlan(t) && !WebTitle.namesPlan(title)) {
                title = t; // a plan's own title ("... Plan 2024") before a news headline about it ("Plan Approved")
                h1 = h;
            }
            if (WebTitle.namesPlan(title)) break;
        }
        String siteText = doc.select("header, footer, .logo, #logo, [class*=logo], [class*=footer], [class*=header], [class*=copyright]").text()
                + " " + doc.select("meta[property=og:site_name], meta[name=application-name]").attr("content");
        String pageTitle = WebTitle.withoutSite(doc.title(), siteText);
        if (title == null && !pageTitle.isEmpty() && PlanDetector.titleLike(Paragraph.of(pageTitle, 0))) title = pageTitle;
        Element body = doc.body();
        String number = WebPageFacts.number(body); // before the metadata box goes with the site around the article
        WebPageFacts.dropDownloadLinks(body);
        WebPageFacts.dropLinkBars(body);
        body.select("a.anchor, a.headerlink, a.header-anchor, a[aria-hidden=true], .sr-only, .visually-hidden").remove();
        // a PlanPress page: its roster card and timeline figure are drawn from the text, which is read instead
        body.select("section.pp-roster, figure.pp-timeline, .pp-visually-hidden, nav.pp-toc, .pp-toc").remove();
        for (Element e : new ArrayList<>(body.select("*"))) {
            if (e.parent() == null) continue;
            if (DROP.contains(e.normalName()) || chromeClass(e)) e.remove();
        }
        Element article = article(body);
        if (article == null) throw new ImportException("the web page has no text");
        List<Paragraph> out = new ArrayList<>();
        StringBuilder[] last = {null};
        int[] lastLine = {0};
        walk(article, out, last, lastLine, false, false);
        flush(out, last, lastLine, false, false, 0); // the article's own text after its last <br> (a signature line)
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : out) {
            boolean chrome = !p.isTable() && Text.width(p.text()) <= 80 && CHROME_TEXT.matcher(p.text()).find();
            if (!chrome || kept.size() < 10 && WebTitle.byline(p.text())) kept.add(p); // "Published: 14 October 2024" under the title
        }
        out = kept;
        cutAtArticleEnd(out);
        if (title != null) WebTitle.startAtTitle(out, title);
        WebTitle.bylinesUnderTitle(out);
        WebPageFacts.addNumber(out, number);
        final String title0 = title;
        if (title != null && (out.isEmpty() || !Text.squeeze(out.get(0).text()).equals(Text.squeeze(title)))) {
            boolean inside = out.stream().limit(6).anyMatch(p -> Text.squeeze(p.text()).equals(Text.squeeze(title0)));
            if (!inside) out.add(0, new Paragraph(title, 1, false, true, null, h1 != null ? line(h1) : 1));
        }
        if (out.isEmpty()) throw new ImportException("the web page has no text");
        return out;
    }

    /** A line that ends an article and starts the site's list of other articles: END, 往期推荐, Related articles. */
    private static final Pattern ARTICLE_END = Pattern.compile("^[-—–\\s]*END[-—–\\s]*$|^(往期(推荐|回顾|精彩)|推荐阅读|相关阅读|延伸阅读|精彩推荐)[:：]?$"
            + "|^(?i)(related (articles|stories|news|posts)|you may also like|read more|more news)[:：]?$");

    /**
     * Drops the end of the article from its END or 往期推荐 line on (the links to other articles, the follow-us lines),
     * when that line is in the article's second half: a plan's text does not say END.
     */
    private static void cutAtArticleEnd(List<Paragraph> out) {
        for (int i = out.size() / 2; i < out.size(); i++) {
            Paragraph p = out.get(i);
            if (!p.isTable() && ARTICLE_END.matcher(Text.strip(p.text())).find()) {
                out.subList(i, out.size()).clear();
                return;
            }
        }
    }

    private static boolean chromeClass(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")) return true;
        String cls = (e.id() + " " + e.className()).trim();
        if (cls.isEmpty()) return false;
        // a WeChat article's byline box and counters: their names hold "content" and "text" (meta_content, rich_media_meta_text)
        if (cls.matches("(?i).*\\b(meta_content|rich_media_meta\\w*|rich_media_tool\\w*|js_pc_qr_code|qr_code_pc\\w*)\\b.*")) return true;
        if (cls.matches("(?i).*(content|article|main|text|zoom|trs_editor|detail|body|post|entry).*")) return false;
        return CHROME.matcher(cls).find();
    }

    /**
     * The element holding the article: the deepest one that holds most of the page's text (once the site's menus,
     * headers and footers are gone), or, failing that, the one whose own paragraphs hold the most text.
     */
    private static Element article(Element body) {
        int total = body.text().length();
        Element deepest = null;
        int depth = -1;
        if (total > 0) {
            for (Element e : body.select("*")) {
                if (BLOCKS.contains(e.normalName()) && !e.normalName().equals("table") && !e.normalName().startsWith("t")
                        && e.text().length() * 100 >= total * 85) {
                    int d = e.parents().size();
                    if (d > depth) {
                        depth = d;
                        deepest = e;
                    }
                }
            }
        }
        if (deepest != null) return deepest;
        Element best = null;
        double bestScore = 0;
        for (Element e : body.select("article, main, [role=main], div, section, td, body")) {
            double score = 0;
            for (Element c : e.children()) {
                String n = c.normalName();
                if (n.equals("p") || n.equals("h2") || n.equals("h3") || n.equals("h4") || n.equals("li") || n.equals("ul") || n.equals("ol")
                        || n.equals("table") || (n.equals("div") && c.children().isEmpty())) score += c.text().length();
            }
            for (Node c : e.childNodes()) if (c instanceof TextNode t) score += t.text().strip().length();
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best == null ? body : best;
    }

    private static int line(Node n) {
        try {
            int l = n.sourceRange().start().lineNumber();
            return Math.max(l, 1);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static void walk(Element el, List<Paragraph> out, StringBuilder[] cur, int[] curLine, boolean bold, boolean centred) {
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText().replaceAll("[\\r\\n\\t]+", " ");
                if (s.isBlank() && cur[0] == null) continue;
                if (cur[0] == null) {
                    cur[0] = new StringBuilder();
                    curLine[0] = line(t);
                }
                cur[0].append(s);
                continue;
            }
            if (!(n instanceof Element e)) continue;
            String name = e.normalName();
            if (name.equals("br")) {
                flush(out, cur, curLine, bold, centred, 0);
                continue;
            }
            if (name.equals("table") && layoutTable(e)) {
                flush(out, cur, curLine, bold, centred, 0);
                for (Element td : e.select("td, th")) {
                    if (td.closest("table") != e) continue;
                    walk(td, out, cur, curLine, bold, centred);
                    flush(out, cur, curLine, bold, centred, 0);
                }
                continue;
            }
            if (name.equals("table")) {
                flush(out, cur, curLine, bold, centred, 0);
                List<List<String>> rows = gridRows(e);
                if (rows.size() == 1 && rows.get(0).size() == 1) out.add(new Paragraph(rows.get(0).get(0), 0, false, false, null, line(e)));
                else if (!rows.isEmpty()) out.add(Paragraph.table(rows, line(e)));
                continue;
            }
            if (name.equals("dl") && termsAndText(e)) { // <dt>Chair</dt><dd>Tom Reed</dd>: "Chair: Tom Reed", a label line
                flush(out, cur, curLine, bold, centred, 0);
                Element dt = null;
                List<String> dds = new ArrayList<>();
                for (Element child : e.children()) {
                    if (child.normalName().equals("dt")) {
                        if (dt != null) out.add(labelLine(dt, dds));
                        dt = child;
                        dds.clear();
                    } else if (child.normalName().equals("dd") && dt != null) {
                        dds.add(Text.strip(child.text()));
                    }
                }
                if (dt != null) out.add(labelLine(dt, dds));
                continue;
            }
            boolean block = BLOCKS.contains(name);
            boolean c = centred || name.equals("center") || e.attr("align").equalsIgnoreCase("center")
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:center");
            boolean b = bold || name.equals("strong") || name.equals("b");
            if (block) {
                flush(out, cur, curLine, bold, centred, 0);
                int level = name.matches("h[1-6]") ? name.charAt(1) - '0' : 0;
                if (level > 0) {
                    String t = Text.strip(Text.strip(e.text()).replaceAll("\\s*[#¶§]$", ""));
                    if (!t.isEmpty()) out.add(new Paragraph(t, level, true, c, null, line(e)));
                    continue;
                }
                boolean allBold = !e.select("strong, b").isEmpty() && e.select("strong, b").text().length() >= Text.strip(e.text()).length() - 1;
                String marker = listMarker(e);
                if (marker != null) { // the bullet or number the browser draws: the detector reads lists by them
                    cur[0] = new StringBuilder(marker);
                    curLine[0] = line(e);
                }
                walk(e, out, cur, curLine, allBold || b, c);
                flush(out, cur, curLine, allBold || b, c, 0);
            } else if (b && !bold && (cur[0] == null || cur[0].toString().isBlank()) && endsLine(e)) {
                // "<b>1. Team</b><br>": a line of its own in bold between line breaks, as a bold paragraph is
                walk(e, out, cur, curLine, true, centred || c);
                flush(out, cur, curLine, true, centred || c, 0);
            } else {
                walk(e, out, cur, curLine, bold, centred || c);
            }
        }
    }

    /**
     * What a browser draws before an item of a {@code ul} that holds only text: "• "; null for other elements, items
     * holding blocks, and text that is numbered already (一、, 1.). Items of an {@code ol} get no number: "1." there
     * would read as the numbering of headings.
     */
    private static String listMarker(Element li) {
        if (!li.normalName().equals("li") || li.parent() == null || Text.strip(li.text()).isEmpty()) return null;
        for (Element child : li.children()) if (BLOCKS.contains(child.normalName())) return null;
        if (Numbering.of(Text.strip(li.text())) != null) return null;
        return li.parent().normalName().equals("ul") ? "• " : null;
    }

    /** A term and its descriptions as one label line: "Members: Ann Fox; Raj Patel". */
    private static Paragraph labelLine(Element dt, List<String> dds) {
        String label = Text.strip(dt.text()).replaceFirst("\\s*[:：]$", ""); // <dt>From:</dt>
        return new Paragraph(label + ": " + String.join("; ", dds), 0, false, false, null, line(dt));
    }

    /**
     * A table's rows on its grid: a cell spanning rows (rowspan) repeats its text in the rows below, as a reader
     * takes "Members" for each member; a cell spanning columns (colspan) is followed by empty cells.
     */
    static List<List<String>> gridRows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Map<Integer, String[]> down = new java.util.HashMap<>(); // column -> {text, rows left}
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            List<String> cells = new ArrayList<>();
            java.util.Iterator<Element> tds = tr.children().stream()
                    .filter(td -> td.normalName().equals("td") || td.normalName().equals("th")).iterator();
            while (tds.hasNext() || down.containsKey(cells.size())) {
                int col = cells.size();
                String[] held = down.get(col);
                if (held != null) {
                    cells.add(held[0]);
                    int left = Integer.parseInt(held[1]) - 1;
                    if (left <= 0) down.remove(col);
                    else held[1] = String.valueOf(left);
                    continue;
                }
                Element td = tds.next();
                String text = Text.strip(td.text());
                int rowspan = span(td.attr("rowspan")), colspan = span(td.attr("colspan"));
                if (rowspan > 1) down.put(col, new String[] {text, String.valueOf(rowspan - 1)});
                cells.add(text);
                for (int k = 1; k < colspan; k++) cells.add("");
            }
            if (!cells.isEmpty()) rows.add(cells);
        }
        return rows;
    }

    private static int span(String attr) {
        try {
            return Math.max(1, Math.min(64, Integer.parseInt(attr.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether a {@code dl} holds short terms each followed by text (no blocks inside): a list of labels and their text. */
    private static boolean termsAndText(Element dl) {
        boolean any = false;
        for (Element child : dl.children()) {
            String n = child.normalName();
            if (!n.equals("dt") && !n.equals("dd")) return false;
            for (Element inner : child.children()) if (BLOCKS.contains(inner.normalName())) return false;
            if (n.equals("dt")) {
                if (Text.width(Text.strip(child.text())) > 40) return false;
                any = true;
            }
        }
        return any;
    }

    /** A table used for page layout (old sites): cells holding paragraphs, or long text, or a single column. */
    private static boolean layoutTable(Element table) {
        int rows = 0, single = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            rows++;
            int cells = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                cells++;
                if (!td.select("p, div, table, br, h1, h2, h3, ul, ol").isEmpty() && td.text().length() > 60) return true;
                if (td.text().length() > 300) return true;
            }
            if (cells <= 1) single++;
        }
        return rows > 0 && single == rows;
    }

    /** Whether an inline element ends its line: nothing but white space follows it before a {@code <br>} or its parent's end. */
    private static boolean endsLine(Element e) {
        for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (t.isBlank()) continue;
                return false;
            }
            return n instanceof Element x && x.normalName().equals("br");
        }
        return true;
    }

    private static void flush(List<Paragraph> out, StringBuilder[] cur, int[] curLine, boolean bold, boolean centred, int level) {
        if (cur[0] == null) return;
        String t = Text.strip(cur[0].toString().replace('\u00a0', ' '));
        if (!t.isEmpty()) out.add(new Paragraph(t, level, bold, centred, null, curLine[0]));
        cur[0] = null;
    }
}
