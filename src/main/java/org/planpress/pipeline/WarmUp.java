package org.planpress.pipeline;

import java.util.List;

import org.planpress.html.Html;
import org.planpress.html.HtmlEdits;
import org.planpress.html.HtmlTree;
import org.planpress.html.PageLinks;
import org.planpress.search.SearchAnalyzer;

/**
 * Work for the second core while JRuby starts on the first (several seconds in which a build has nothing
 * else to do): loads and runs once the code of the stages after conversion (the HTML tree, Lucene's analyzers,
 * Jackson, the page scanner), so they start warm. It writes nothing and its results are thrown away.
 */
final class WarmUp {
    private static final String SAMPLE = "<div class=\"sect1\"><h2 id=\"_work_measures\">Work measures 工作措施</h2>"
            + "<div class=\"sectionbody\"><div class=\"paragraph\"><p>Strengthen the inspections of flood season "
            + "safety; 加强汛期安全检查，落实责任。 See <a href=\"plan-2.html#_stages\">stages</a>.</p></div>"
            + "<table><tr><td>Leader</td><td>Zhang Wei 张伟</td></tr></table></div></div>";

    private WarmUp() {
    }

    /** Runs the warm-up; never fails the build. */
    static void run() {
        if ("false".equals(System.getProperty("planpress.warmup"))) return;
        try {
            for (int i = 0; i < 20; i++) {
                HtmlTree tree = HtmlTree.of(SAMPLE);
                HtmlEdits edits = new HtmlEdits(SAMPLE);
                for (HtmlTree.Node n : tree.nodes()) {
                    if (n.isHeading()) edits.insert(n.close(), "<a href=\"#" + Html.escape(n.id()) + "\">#</a>");
                }
                edits.apply();
                PageLinks.of(SAMPLE);
                List<String> terms = SearchAnalyzer.terms(tree.text(tree.root(), n -> n.name().equals("svg")));
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(terms);
            }
        } catch (Exception | LinkageError e) {
            // only a warm-up: the stage that needs the code will report any real problem
        }
    }
}
