package org.planpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.planpress.diag.Diagnostic;
import org.planpress.importer.ImportedPlan.Note;
import org.planpress.importer.ImportedPlan.RoleLine;
import org.planpress.importer.ImportedPlan.StageLine;
import org.planpress.model.ModelException;
import org.planpress.roster.RosterParser;
import org.planpress.source.PlanIds;

/**
 * {@code planpress import}'s engine, for the command line and for {@code serve}: reads a Word, PDF, web page or text
 * file, finds its plan (or plans), and writes {@code content/plans/<id>.adoc}.
 *
 * <pre>
 * Importer.Result r = new Importer().importFile(file, sourceDir, new Importer.Options(null, null, true, false, false));
 * r.written()   // the .adoc files written
 * r.messages()  // FILE:LINE: warning: ... lines (and an error when the file could not be read)
 * </pre>
 */
public final class Importer {

    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("docx", "doc", "pdf", "html", "htm", "xhtml", "txt", "text", "md", "markdown");

    /**
     * @param id the id (file name without .adoc) to use instead of one made from the title; several plans get -2, -3
     * @param lang en or zh-CN to use instead of the detected language
     * @param split look for several plans one after another in one file
     * @param dryRun write nothing; the AsciiDoc is in {@link Plan#adoc()}
     * @param force overwrite an existing plan
     */
    public record Options(String id, String lang, boolean split, boolean dryRun, boolean force) {
        public static Options defaults() {
            return new Options(null, null, true, false, false);
        }
    }

    /** One plan found in a file: where it was written (null in a dry run or when it could not be), and its text. */
    public record Plan(String id, Path file, ImportedPlan plan, String adoc, List<String> report) {
    }

    /**
     * The outcome for one input file.
     *
     * @param failed the file could not be read at all, or a plan could not be written
     */
    public record Result(Path input, List<Plan> plans, List<Diagnostic> messages, boolean failed) {
        public List<Path> written() {
            return plans.stream().map(Plan::file).filter(f -> f != null).toList();
        }
    }

    /** Can this file be imported (by its name)? */
    public static boolean importable(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && !n.startsWith(".") && !n.startsWith("~$") && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The importable files of a folder (not its sub-folders), sorted by name. */
    public static List<Path> importableIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(Importer::importable).sorted().toList();
        }
    }

    /**
     * The name of a document format the importer does not read, by the file's first bytes whatever its name: Rich Text
     * (a ".doc" saved by some tools is RTF) and OpenDocument text (.odt, .ott); null for any other.
     */
    static String otherFormat(byte[] head, int n) {
        String start = new String(head, 0, Math.max(0, n), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("{\\rtf")) return "in Rich Text Format (RTF)";
        if (start.startsWith("PK") && start.contains("mimetypeapplication/vnd.oasis.opendocument.text")) return "an OpenDocument text (.odt)";
        return null;
    }

    /** The reader for a file, by its first bytes and then its name. */
    public static DocumentReader readerFor(Path file) throws IOException {
        byte[] head = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String other = otherFormat(head, n);
        if (other != null) {
            return f -> {
                throw new ImportException("the file is " + other + ", which is not imported: save it as .docx (Save As in Word, WPS or LibreOffice)");
            };
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole = n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
        boolean pdf = n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
        if (name.endsWith(".docx")) return new DocxReader();
        if (name.endsWith(".doc")) return zip ? new DocxReader() : new DocReader();
        if (name.endsWith(".pdf")) return new PdfReader();
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return new HtmlReader();
        if (pdf) return new PdfReader();
        if (ole && !name.endsWith(".txt") && !name.endsWith(".md")) return new DocReader();
        return new TextReader(name.endsWith(".md") || name.endsWith(".markdown"));
    }

    /** Reads a file and finds its plans, writing nothing. */
    public List<ImportedPlan> read(Path file, boolean split) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) throw new ImportException("the file is empty");
        if (size > MAX_BYTES) {
            throw new ImportException(String.format(Locale.ROOT, "the file is %.1f MB, over the %d MB import limit: nothing imported",
                    size / 1048576.0, MAX_BYTES / 1048576));
        }
        DocumentReader reader;
        try {
            reader = readerFor(file);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), e);
        }
        List<Paragraph> ps = reader.read(file);
        List<ImportedPlan> plans = new PlanDetector().detect(ps, split);
        if (plans.isEmpty()) throw new ImportException("the file has no text");
        return plans;
    }

    /**
     * Imports one file into {@code sourceDir/content/plans/}.
     *
     * @param shown the input's name as messages show it
     */
    public Result importFile(Path file, Path sourceDir, Options o, String shown) {
        List<Diagnostic> msgs = new ArrayList<>();
        List<Plan> out = new ArrayList<>();
        List<ImportedPlan> plans;
        try {
            plans = read(file, o.split());
        } catch (ImportException e) {
            msgs.add(Diagnostic.error(shown, 0, e.getMessage()));
            return new Result(file, out, msgs, true);
        }
        Path dir = sourceDir.resolve("content").resolve("plans");
        boolean failed = false;
        Set<String> used = new HashSet<>();
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        for (int k = 0; k < plans.size(); k++) {
            ImportedPlan p = plans.get(k);
            if (o.lang() != null) p.lang = o.lang().toLowerCase(Locale.ROOT).startsWith("zh") ? "zh-CN" : "en";
            String adoc = new AsciiDocWriter().write(p, stem);
            String base = o.id() != null ? (k == 0 ? o.id() : o.id() + "-" + (k + 1)) : PlanIds.slug(p.title != null ? p.title : stem);
            boolean dated = base == null;
            if (dated) {
                LocalDate d = LocalDate.now();
                String iso = p.date;
                base = "plan-" + (iso != null && iso.length() == 10 ? iso.replace("-", "") : d.format(DateTimeFormatter.BASIC_ISO_DATE));
            }
            List<String> report = report(p);
            List<Diagnostic> warnings = new ArrayList<>();
            for (Note n : p.notes) warnings.add(Diagnostic.warning(shown, n.line(), n.message()));
            warnings.sort(Diagnostic.ORDER);
            boolean refused = false;
            int warningsAt = msgs.size();
            Path written = null;
            String id = base;
            if (!o.dryRun()) {
                try {
                    Files.createDirectories(dir);
                    for (int n = 1; ; n++) {
                        id = n == 1 ? base : base + "-" + n;
                        if (used.contains(id)) continue;
                        Path f = dir.resolve(id + ".adoc");
                        if (Files.exists(f)) {
                            // a dated id is shared by the plans of one day: only the same plan (its title) is this one again
                            if (dated && !sameTitle(f, p.title)) continue;
                            if (!o.force()) {
                                msgs.add(Diagnostic.error(shown, p.titleLine, "content/plans/" + id + ".adoc already exists: use --force to"
                                        + " overwrite it or --id to choose another name"));
                                failed = true;
                                refused = true;
                                break;
                            }
                            Files.writeString(f, adoc, StandardCharsets.UTF_8);
                            written = f;
                            break;
                        }
                        try {
                            Files.writeString(f, adoc, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                            written = f;
                            break;
                        } catch (FileAlreadyExistsException e) {
                            n--; // made meanwhile: looked at again
                        }
                    }
                } catch (IOException e) {
                    msgs.add(Diagnostic.error(shown, 0, "cannot write the plan: " + e.getMessage()));
                    failed = true;
                }
            }
            used.add(id);
            // a plan not written because its file exists gets the one error, not a report of what would have been
            if (!refused) msgs.addAll(warningsAt, warnings);
            out.add(new Plan(id, written, p, adoc, refused ? List.of() : report));
        }
        return new Result(file, out, msgs, failed);
    }

    /**
     * Imports a file dropped into a folder (for {@code serve}'s {@code content/import/}): default options, messages
     * naming the file relative to the source directory.
     */
    public Result importDropped(Path file, Path sourceDir) {
        Path base = sourceDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        String shown = abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
        return importFile(file, sourceDir, Options.defaults(), shown);
    }

    /** Whether the plan file's title line is the title (a plan imported before under a dated id). */
    static boolean sameTitle(Path f, String title) {
        if (title == null) return true;
        try (java.util.stream.Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            return lines.limit(40).anyMatch(l -> l.strip().equals("= " + title.strip()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    /** What was recognised, a few lines. */
    static List<String> report(ImportedPlan p) {
        List<String> r = new ArrayList<>();
        r.add("title: " + (p.title == null ? "(not found)" : p.title));
        r.add("issuer: " + (p.issuer == null ? "(not found)" : p.issuer) + "; date: " + (p.date == null ? "(not found)" : p.date)
                + (p.number != null ? "; number: " + p.number : "") + "; language: " + p.lang);
        int people = 0;
        List<RoleLine> roles = p.roles();
        for (RoleLine rl : roles) {
            try {
                people += RosterParser.parseRole(rl.label(), rl.people()).people().size();
            } catch (ModelException | RuntimeException e) {
                p.note(rl.line(), "roster line \"" + rl.label() + ":: " + rl.people() + "\" does not read: " + e.getMessage());
            }
        }
        List<StageLine> stages = p.stages();
        StringBuilder st = new StringBuilder();
        for (StageLine s : stages) st.append(st.length() == 0 ? ": " : "; ").append(s.label()).append(" (").append(s.period()).append(')');
        r.add(p.sections() + " sections, " + people + " roster people in " + roles.size() + " roles, " + stages.size() + " stages" + st);
        return r;
    }
}
