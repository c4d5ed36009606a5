package org.planpress.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.planpress.convert.ConvertedPlan;
import org.planpress.diag.Diagnostics;

/**
 * The check stage: every internal link of the finished site (in its staging directory, before it is published).
 */
public final class LinkCheck {
    private LinkCheck() {
    }

    /** Checks every internal href and src of every page of {@code site}; broken ones are errors. */
    public static void run(Path site, List<ConvertedPlan> plans, Diagnostics diagnostics, int threads) throws IOException {
        LinkChecker.check(site, LinkChecker.scan(site, null, threads), plans, diagnostics, threads);
    }
}
