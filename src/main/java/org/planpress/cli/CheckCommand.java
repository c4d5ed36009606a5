package org.planpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.planpress.pipeline.Build;
import org.planpress.diag.BuildFailure;
import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planpress check}: every validation of the build, without writing a site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every plan (AsciiDoc, cross-references, rosters, periods, ids, includes) without writing a site.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "source directory holding content/ (default: current directory)")
    Path source = Path.of("");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(names = "--verbose", description = "show detail and stack traces")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics d = new Diagnostics();
        int plans;
        try {
            plans = Build.check(source, d, Runtime.getRuntime().availableProcessors(), s -> { }).size();
        } catch (BuildFailure f) {
            for (Diagnostic x : f.diagnostics()) d.add(x);
            plans = 0;
        }
        List<Diagnostic> all = d.sorted();
        if ("json".equals(format)) {
            List<Map<String, Object>> list = new java.util.ArrayList<>();
            for (Diagnostic x : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", x.file());
                m.put("line", x.line());
                m.put("severity", x.severity().label());
                m.put("message", x.message());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("plans", plans);
            doc.put("errors", d.errorCount());
            doc.put("warnings", d.warningCount());
            doc.put("diagnostics", list);
            out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            for (Diagnostic x : all) out.println(x);
            out.println(String.format("checked %d plans: %d errors, %d warnings", plans, d.errorCount(), d.warningCount()));
        }
        return d.hasErrors() ? 1 : 0;
    }
}
