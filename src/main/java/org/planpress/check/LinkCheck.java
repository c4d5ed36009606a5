package org.planpress.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.planpress.convert.ConvertedPlan;
import org.planpress.diag.Diagnostics;
import org.planpress.html.PageLinks;

/**
 * The check stage: every internal link of the finished site (in its staging directory, before it is published).
 */
public final class LinkCheck {
    private LinkCheck() {
    }

    /**
     * Checks every internal href and src of every page of {@code site}; broken ones are errors. {@code scanned}:
     * the links of the pages the bake made, by path (the other pages are scanned here).
     */
    public static void run(Path site, java.util.Map<String, PageLinks> scanned, List<ConvertedPlan> plans,
            Diagnostics diagnostics, int threads) throws IOException {
        LinkChecker.check(site, LinkChecker.scan(site, scanned, threads), plans, diagnostics, threads);
    }
}
