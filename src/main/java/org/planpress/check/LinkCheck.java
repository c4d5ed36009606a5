package org.planpress.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.planpress.convert.ConvertedPlan;
import org.planpress.diag.Diagnostics;

/**
 * The last check of a build: every internal link of the finished site. The pages are scanned once baked
 * ({@link #scan}, which can run beside the data files and PDFs), and their links resolved once every file of the
 * site is written ({@link #run}).
 */
public final class LinkCheck {
    private final Path site;
    private final List<ConvertedPlan> plans;
    private final java.util.Set<String> only;
    private LinkChecker.Pages pages;

    /**
     * The check of {@code site}: of {@code onlyPages} (the pages a serve rebuild rendered, the others being reused
     * unchanged), or of every page when null.
     */
    public LinkCheck(Path site, List<ConvertedPlan> plans, java.util.Set<String> onlyPages) {
        this.site = site;
        this.plans = plans;
        this.only = onlyPages;
    }

    /** Reads and scans the baked pages. */
    public void scan(int threads) throws IOException {
        pages = LinkChecker.scan(site, only, threads);
    }

    /** Checks every internal href and src of every page (scanning them first if not yet done); broken ones are errors. */
    public void run(Diagnostics diagnostics, int threads) throws IOException {
        if (pages == null) scan(threads);
        LinkChecker.check(site, pages, plans, diagnostics, threads);
    }
}
