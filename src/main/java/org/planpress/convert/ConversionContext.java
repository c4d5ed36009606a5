package org.planpress.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

import org.planpress.diag.Diagnostics;
import org.planpress.model.Roster;
import org.planpress.model.Section;
import org.planpress.model.Timeline;

/**
 * What the AsciidoctorJ extensions learn about the document being converted on this thread.
 * {@link PlanConverter} opens a context around each conversion; the extensions fill it in. Outside a
 * PlanPress conversion (another tool using the same Asciidoctor), {@link #current()} is null and the
 * extensions only transform the document.
 */
public final class ConversionContext {
    private static final ThreadLocal<ConversionContext> CURRENT = new ThreadLocal<>();

    final String displayPath;
    final Diagnostics diagnostics;
    final SectionKinds kinds;
    final boolean allowPassthrough;
    final List<Roster> rosters = new ArrayList<>();
    final List<Timeline> timelines = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Integer> sectionLines = new ArrayList<>();
    /** Whether {@link #sectionLines} are needed (they place index terms; 0 otherwise: a line costs a call into JRuby). */
    boolean sectionLinesNeeded = true;
    /** Index term to ids of the sections using it, in document order. */
    final Map<String, List<String>> terms = new LinkedHashMap<>();
    Integer planYear;
    /** The day the plan is issued ({@code :plan-date:}), the start of "即日起" / "from the date of issue"; may be null. */
    java.time.LocalDate planDate;
    Path contentRoot;
    Path contentRootReal;
    Path sourceRoot;
    /** The main document's real path, and for each included file the file that included it (cycle detection). */
    Path mainFile;
    final Map<Path, Path> includedFrom = new java.util.HashMap<>();

    ConversionContext(String displayPath, Diagnostics diagnostics, SectionKinds kinds, boolean allowPassthrough) {
        this.displayPath = displayPath;
        this.diagnostics = diagnostics;
        this.kinds = kinds;
        this.allowPassthrough = allowPassthrough;
    }

    /** The context of the conversion running on this thread, or null. */
    public static ConversionContext current() {
        return CURRENT.get();
    }

    void open() {
        CURRENT.set(this);
    }

    void close() {
        CURRENT.remove();
    }

    void error(int line, String message) {
        diagnostics.error(displayPath, line, message);
    }

    /** Error at a line of the document or of an included file. */
    void errorAt(String file, int line, String message) {
        String shown = file == null || file.isEmpty() ? displayPath : display(Path.of(file));
        diagnostics.error(shown, line, message);
    }

    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return sourceRoot != null && abs.startsWith(sourceRoot) ? sourceRoot.relativize(abs).toString() : abs.toString();
    }

    void warning(int line, String message) {
        diagnostics.warning(displayPath, line, message);
    }

}
