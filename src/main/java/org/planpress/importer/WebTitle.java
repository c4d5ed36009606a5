package org.planpress.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A web page's plan title: a heading that names the plan itself rather than news about it, the page {@code <title>}
 * without the site's name after it, and the article's text from that title on.
 */
final class WebTitle {

    /** A title whose last words are a plan word, perhaps with a year or a bracket after it: "... Prevention Plan 2024", "……工作方案". */
    private static final Pattern NAMES_PLAN = Pattern.compile(
            "(方案|计划|规划|安排|意见|办法|细则|要点|(?i:plans?|programmes?|programs?|scheme|strategy|campaign))"
                    + "\\s*([（(][^）)]{1,30}[）)])?\\s*((19|20)\\d{2}(\\s*[-–—]\\s*(19|20)?\\d{2,4})?)?\\s*([（(][^）)]{1,30}[）)])?$");
    /** Where a page title's parts meet: " - ", " | ", "_", "--", or a hyphen between Chinese words. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-_|–—·]\\s+|\\s*[_|]\\s*|\\s*-{2,}\\s*|(?<=\\p{IsHan})-(?=\\p{IsHan})");
    /** Words of a site's or a unit's name: "某某市人民政府门户网站", "City Portal", "News". */
    private static final Pattern SITE_WORDS = Pattern.compile("(政府|门户|网站|网$|官网|首页|新闻|委员会$|局$|厅$|办公室$|学校$|小学$|中学$|大学$|医院$|公司$|集团$)"
            + "|(?i)\\b(portal|official|website|site|home|news|district|city|county|council|university|school|department|office|government)\\b");

    private static final Pattern NOTICE = Pattern.compile("印发|通知|〔\\s*\\d{4}\\s*〕|[\\[［]\\d{4}[\\]］]\\s*\\d+\\s*号|文件$");

    private WebTitle() {
    }

    static boolean namesPlan(String t) {
        return t != null && NAMES_PLAN.matcher(Text.strip(t)).find();
    }

    /**
     * The page title without the site after it: "清水镇中心小学防溺水专项行动方案-清水镇人民政府" and "Plan | News | Pinecrest
     * School District" are the plan's title alone. A last part goes when it names a site or unit, or its words are the
     * site's (its header, footer, logo); the plan's own parts ("Plan – Elm Street Corridor") stay.
     *
     * @param siteText the text of the page's header, footer and logo, or ""
     */
    static String withoutSite(String pageTitle, String siteText) {
        String t = Text.strip(pageTitle);
        for (int k = 0; k < 4; k++) {
            java.util.regex.Matcher m = SEPARATOR.matcher(t);
            int at = -1, end = -1;
            while (m.find()) {
                at = m.start();
                end = m.end();
            }
            if (at <= 0) break;
            String last = Text.strip(t.substring(end));
            boolean site = !last.isEmpty() && !namesPlan(last)
                    && (SITE_WORDS.matcher(last).find() || siteText.contains(last) || last.length() <= 3);
            if (!site || Text.width(t.substring(0, at)) < 4) break;
            t = Text.strip(t.substring(0, at));
        }
        return t;
    }

    /**
     * Drops what comes before the plan's title when it is a heading further down (a news page's headline, byline and
     * lead above the plan's text), so the plan starts at its title.
     */
    static void startAtTitle(List<Paragraph> out, String title) {
        String want = Text.squeeze(title);
        for (int i = 1; i < Math.min(out.size(), 12); i++) {
            Paragraph p = out.get(i);
            if (!p.isTable() && p.level() > 0 && Text.squeeze(p.text()).equals(want)) {
                // an issuing notice above the plan (文号, 关于印发……的通知) gives its header: it stays
                if (out.subList(0, i).stream().anyMatch(q -> !q.isTable() && NOTICE.matcher(q.text()).find())) return;
                out.subList(0, i).clear();
                return;
            }
        }
    }

    /** An English page's byline as its metadata gives it: "From: Department for Transport", "Published: 14 October 2024". */
    static boolean byline(String text) {
        return Text.han(text) == 0 && IssueLine.of(text) != null;
    }

    /**
     * Moves the page's byline lines (From:, Published:) found among the first paragraphs under the title, where a
     * plan's issuer and date are read: a page sets its summary or contents between them.
     */
    static void bylinesUnderTitle(List<Paragraph> out) {
        int at = 1;
        for (int i = 1; i < Math.min(out.size(), 8); i++) {
            Paragraph p = out.get(i);
            if (p.isTable() || !byline(p.text())) continue;
            if (i > at) {
                out.remove(i);
                out.add(at, p);
            }
            at++;
        }
    }
}
