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
    /** " - site", " | News | site", "_site", "-清水镇人民政府": a separator and a site or unit name at the end. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "(\\s+[-_|–—·]\\s+.*|\\s*[_|]\\s*.*|-[\\p{IsHan}]{2,30}(政府|网|网站|门户|委员会|局|厅|办公室|中心|学校|小学|中学|大学|医院|公司|集团|协会)?(网站|门户网站)?)$");

    private WebTitle() {
    }

    static boolean namesPlan(String t) {
        return t != null && NAMES_PLAN.matcher(Text.strip(t)).find();
    }

    /** The page title without the site after it: "清水镇中心小学防溺水专项行动方案-清水镇人民政府" is the plan's title alone. */
    static String withoutSite(String pageTitle) {
        String t = Text.strip(pageTitle);
        for (int k = 0; k < 3; k++) {
            String u = SITE_SUFFIX.matcher(t).replaceFirst("");
            if (u.equals(t) || Text.width(u) < 4) break;
            t = Text.strip(u);
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
                out.subList(0, i).clear();
                return;
            }
        }
    }
}
