package org.planpress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.planpress.diag.Diagnostic;
import org.planpress.importer.Importer;
import org.planpress.source.Workspace;

/**
 * The drop folder of a {@code serve} session, {@code content/import/}: a Word file, PDF, web page or text file
 * saved there is imported as a plan ({@link Importer}, as {@code planpress import} does), then moved to
 * {@code content/import/imported/} so it is imported once ({@code content/import/failed/} when it could not be).
 * Nothing in the folder is published.
 */
final class ImportDrop {
    /** Where imported files are moved, inside the drop folder. */
    static final String DONE = "imported";
    /** Where files that could not be imported are moved, so they are not tried again on every rebuild. */
    static final String FAILED = "failed";

    private ImportDrop() {
    }

    /** The drop folder of a source directory. */
    static Path folder(Path source) {
        return source.resolve("content").resolve(Workspace.IMPORT_FOLDER);
    }

    /**
     * Imports every importable file in the drop folder; the report lines go to {@code out}, problems to
     * {@code err}.
     *
     * @return the ids of the plans written
     */
    static List<String> run(Path source, Consumer<String> out, Consumer<String> err) {
        Path dir = folder(source);
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) return ids;
        List<Path> files;
        try {
            files = Importer.importableIn(dir);
        } catch (IOException e) {
            err.accept("content/import: warning: cannot read the folder: " + e.getMessage());
            return ids;
        }
        for (Path f : files) {
            String shown = "content/import/" + f.getFileName();
            Importer.Result r = new Importer().importFile(f, source, Importer.Options.defaults(), shown);
            for (Diagnostic d : r.messages()) err.accept(d.toString());
            for (Importer.Plan p : r.plans()) {
                if (p.file() == null) continue;
                ids.add(p.id());
                out.accept("imported " + shown + " as content/plans/" + p.file().getFileName());
                for (String line : p.report()) out.accept("  " + line);
            }
            try {
                Path done = Files.createDirectories(dir.resolve(r.written().isEmpty() ? FAILED : DONE));
                Path target = done.resolve(f.getFileName());
                for (int n = 2; Files.exists(target); n++) target = done.resolve(n + "-" + f.getFileName());
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                err.accept(shown + ": warning: imported, but cannot be moved to content/import/" + DONE + "/: " + e.getMessage());
            }
        }
        return ids;
    }
}
