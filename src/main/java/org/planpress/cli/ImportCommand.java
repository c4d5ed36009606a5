package org.planpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.planpress.diag.Diagnostic;
import org.planpress.importer.Importer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planpress import}: plans from Word, PDF, web pages and plain text, into content/plans/. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import plans from .docx, .doc, .pdf, .html/.htm, .txt and .md files: write content/plans/<id>.adoc for each plan"
                + " found, with its header, sections, leading group ([.roster]) and stages ([.timeline]), and report what was recognised.",
                "A folder imports every importable file in it. A file holding several plans one after another is split into them"
                        + " (--no-split keeps it as one). Exit status 1 when a file cannot be read or a plan cannot be written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files or folders to import")
    List<Path> files = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", description = "source directory holding content/ (default: current directory)")
    Path source = Path.of("");

    @Option(names = "--id", paramLabel = "ID", description = "the file name without .adoc (default: made from the title)")
    String id;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or zh-CN (default: detected)")
    String lang;

    @Option(names = "--dry-run", description = "print the AsciiDoc instead of writing it")
    boolean dryRun;

    @Option(names = "--force", description = "overwrite existing plans")
    boolean force;

    @Option(names = "--no-split", description = "keep a file with several plans one after another as one plan"
            + " (default: split it into its plans)")
    boolean noSplit;

    @Option(names = "--verbose", description = "print details of unexpected failures")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (lang != null && !lang.toLowerCase(Locale.ROOT).startsWith("zh") && !lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            err.println("error: --lang must be en or zh-CN, not \"" + lang + "\"");
            return 1;
        }
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            err.println("error: --id must be lower-case letters, digits and hyphens, like harbor-safety-2026");
            return 1;
        }
        List<Path> inputs = new ArrayList<>();
        boolean failed = false;
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                List<Path> in = Importer.importableIn(f);
                if (in.isEmpty()) out.println(f + ": warning: no importable files (.docx .doc .pdf .html .htm .txt .md) in this folder");
                inputs.addAll(in);
            } else if (!Files.exists(f)) {
                err.println(f + ": error: no such file");
                failed = true;
            } else {
                inputs.add(f);
            }
        }
        Importer importer = new Importer();
        Importer.Options o = new Importer.Options(inputs.size() == 1 ? id : null, lang, !noSplit, dryRun, force);
        if (id != null && inputs.size() > 1) out.println("warning: --id is used only when one file is imported; ids are made from the titles");
        Path base = source.toAbsolutePath().normalize();
        for (Path f : inputs) {
            String shown = f.toString().replace('\\', '/');
            Importer.Result r;
            try {
                r = importer.importFile(f, source, o, shown);
            } catch (RuntimeException e) {
                err.println(shown + ": error: the import failed unexpectedly: " + e);
                if (verbose) e.printStackTrace(err);
                failed = true;
                continue;
            }
            for (Importer.Plan p : r.plans()) {
                if (dryRun) {
                    out.println("// " + shown + " -> content/plans/" + p.id() + ".adoc (dry run: nothing written)");
                    out.print(p.adoc());
                    out.println();
                } else if (p.file() != null) {
                    Path abs = p.file().toAbsolutePath().normalize();
                    out.println((abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString()) + " (from " + shown + ")");
                }
                for (String line : p.report()) out.println("  " + line);
            }
            for (Diagnostic d : r.messages()) (d.isError() ? err : out).println(d);
            if (r.failed()) failed = true;
        }
        return failed ? 1 : 0;
    }
}
