package org.planpress.print;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostics;
import org.planpress.parse.ConvertedPlan;
import org.planpress.parse.PlanConverter;

/** Stage 6: prints the notice-board PDFs (placeholder until the print stage lands: makes none). */
public final class Printer {
    private Printer() {
    }

    /**
     * Writes pdf/<id>.pdf, pdf/<id>-a3.pdf and pdf/<id>-summary.pdf for each plan into {@code site},
     * reusing the PDFs of {@code previousSite} for plans whose source and theme did not change.
     *
     * @return the number of PDF files rendered (not reused)
     */
    public static int print(PlanConverter converter, List<ConvertedPlan> plans, Path site, Path previousSite, int threads,
            Diagnostics diagnostics, Consumer<String> progress) throws BuildFailure {
        return 0;
    }
}
