package org.planpress.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What a web page says about its article outside the article's text: the issuing notice's document number in the
 * page's metadata box (政府信息公开: 索引号 | 文号：某政办发〔2024〕18号 | 发布日期), and the download links the site
 * puts under the article (附件下载：方案.docx, Download: plan.pdf), which are the site's, not the plan's.
 */
final class WebPageFacts {

    /** A label of the document number: 文号, 发文字号, 发文号. */
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:发文字号|发文号|文\\s*号)\\s*[：:]?\\s*(.*)$");
    /** A Chinese document number: 东政办发〔2024〕18号. */
    private static final Pattern DOC_NO = Pattern.compile("[\\p{IsHan}A-Za-z]{1,14}\\s*[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*\\d{1,4}\\s*号");
    /** A link to a file to download: the address or the text ends with the file's type. */
    private static final Pattern FILE = Pattern.compile("(?i)\\.(docx?|pdf|xlsx?|wps|et|ofd|pptx?|zip|rar|7z)(\\?.*)?$");
    /** What may stand beside download links: a label saying they are downloads, numbers, separators. */
    private static final Pattern DOWNLOAD_LABEL = Pattern.compile(
            "(?i)^[\\s\\d.、,，;；|:：\\-–—()（）\\[\\]【】]*((附件|文件|相关附件|相关文件)?下载|下载附件|downloads?|attachments?|related documents?)?[\\s\\d.、,，;；|:：\\-–—()（）\\[\\]【】]*$");
    private static final Pattern ATTACHMENTS = Pattern.compile("^(附件|附表|(?i)attachments?|appendix|appendices)");
    private static final Pattern SAYS_DOWNLOAD = Pattern.compile("(?i)下载|download");

    private WebPageFacts() {
    }

    /** The document number the page's metadata gives (文号：某政办发〔2024〕18号, or 文号 in one cell and the number in the next), or null. */
    static String number(Element root) {
        for (Element e : root.select("td, th, li, span, p, div, dt, dd, label, em, strong, b")) {
            Matcher m = NUMBER_LABEL.matcher(Text.strip(e.ownText()));
            if (!m.matches()) continue;
            String value = Text.strip(m.group(1));
            if (value.isEmpty() && e.nextElementSibling() != null) value = Text.strip(e.nextElementSibling().text());
            if (value.isEmpty() && e.children().size() == 1) value = Text.strip(e.child(0).text());
            Matcher no = DOC_NO.matcher(value);
            if (no.find() && Text.width(value) <= 60) return no.group().replace(" ", "");
        }
        return null;
    }

    /**
     * Removes the blocks that only hold download links: links to files whose text beside them, if any, is a label
     * that says so ("附件下载：", "Downloads"). A link named after the plan's attachment without the file type
     * ("附件：1.领导小组成员名单") is the plan's own reference and stays.
     */
    static void dropDownloadLinks(Element body) {
        for (Element e : body.select("p, div, li, dd, section, span")) {
            if (e.parent() == null) continue;
            List<Element> links = e.select("a[href]");
            if (links.isEmpty() || Text.strip(e.text()).length() > 300) continue;
            boolean files = links.stream().allMatch(a -> FILE.matcher(a.attr("href")).find() || FILE.matcher(Text.strip(a.text())).find());
            if (!files) continue;
            String rest = e.text();
            for (Element a : links) rest = rest.replace(a.text(), " ");
            if (!DOWNLOAD_LABEL.matcher(rest).matches()) continue;
            boolean named = SAYS_DOWNLOAD.matcher(rest).find() || links.stream().allMatch(a -> FILE.matcher(Text.strip(a.text())).find());
            if (named) e.remove();
        }
    }

    /**
     * Removes the bars of links an old site lays out in table cells and divisions without naming them as menus
     * ("网站首页 | 政务公开 | 公众参与"): a block of three links or more whose text is nearly all link text, each link a
     * short label. A plan's paragraph may hold a link, and its list of attachments may be links to them (附件：1.……名单):
     * those stay.
     */
    static void dropLinkBars(Element body) {
        for (Element e : body.select("td, div, p, ul, ol, span")) {
            if (e.parent() == null) continue;
            List<Element> links = e.select("a");
            if (links.size() < 3) continue;
            int all = letters(e.text());
            int linked = 0, longest = 0;
            for (Element a : links) {
                linked += letters(a.text());
                longest = Math.max(longest, Text.width(Text.strip(a.text())));
            }
            boolean labels = longest <= 24; // 网站首页, Bins and recycling; not 领导小组成员名单 or a plan's title
            if (all > 0 && linked * 10 >= all * 9 && labels && !ATTACHMENTS.matcher(Text.strip(e.text())).find()) e.remove();
        }
    }

    /** The letters and digits of the text, the separators (|, ·, >, spaces) left out. */
    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * The paragraphs with the page's document number put before the issuing notice, when the article holds a notice
     * (关于印发……的通知, 现将……印发给你们) but not the number: the notice's number is then read as in a Word file.
     */
    static void addNumber(List<Paragraph> out, String number) {
        if (number == null) return;
        int notice = -1;
        for (int i = 0; i < Math.min(out.size(), 12); i++) {
            Paragraph p = out.get(i);
            if (p.isTable()) continue;
            if (Text.squeeze(p.text()).replace(" ", "").contains(number)) return;
            if (notice < 0 && PlanDetector.noticeLine(p.text())) notice = i;
        }
        if (notice < 0) return;
        out.add(notice, new Paragraph(number, 0, false, true, null, out.get(notice).line()));
    }
}
