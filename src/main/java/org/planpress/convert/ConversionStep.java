package org.planpress.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.model.Plan;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.store.Step;
import org.planpress.store.Store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The convert stage's work on one source: its conversion and what it found. The key is the source's text and
 * path with everything else a conversion reads: the configuration, the user's section kinds and labels, every
 * other file under content/ (partials, images), every plan's text for a plan that includes files, and
 * PlanPress itself. So a build after editing one plan converts one plan, and a build in which nothing changed
 * does not start Asciidoctor at all (it is created on the first {@link #make}).
 */
public final class ConversionStep implements Step<PlanSource, ConversionStep.Conversion> {
    /** Bump when what a conversion makes changes without the code's digest changing. */
    private static final String FORMAT = "conversion-2";
    private static final String FILE = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** A conversion without its source (which the key stands for); {@code plan} is null when it failed. */
    public record Conversion(Plan plan, String bodyHtml, Map<String, List<String>> terms, Map<String, String> attributes,
            List<Diagnostic> diagnostics) {
        /** The converted plan of {@code source} (converted under {@code key}), or null when the conversion failed. */
        public ConvertedPlan of(PlanSource source, String key) {
            return plan == null ? null : new ConvertedPlan(source, plan, bodyHtml, terms, attributes, key);
        }
    }

    private final String kind;
    private final PlanConverter converter;
    private final String context;
    private final String everyPlan;

    private ConversionStep(String kind, PlanConverter converter, String context, String everyPlan) {
        this.kind = kind;
        this.converter = converter;
        this.context = context;
        this.everyPlan = everyPlan;
    }

    /** The step converting the plans {@code sources} of {@code ws}, filed as {@code kind}. */
    public static ConversionStep of(String kind, Workspace ws, Properties config, List<PlanSource> sources)
            throws IOException {
        PlanConverter converter = new PlanConverter(ws.source(), ws.content(),
                Boolean.parseBoolean(config.getProperty("planpress.allow-passthrough", "false")));
        // a plan that includes files may include another plan: its key has every plan's text in it too
        String everyPlan = Store.key(sources.stream().map(s -> s.displayPath() + "\n" + s.text()).toArray(String[]::new));
        return new ConversionStep(kind, converter, context(ws, config, sources), everyPlan);
    }

    /** The section kinds conversions classify sections by. */
    public SectionKinds kinds() {
        return converter.kinds();
    }

    /** The converter (the print stage converts with it too). */
    public PlanConverter converter() {
        return converter;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String key(PlanSource s) {
        return Store.key(FORMAT, context, s.displayPath(), s.text(), s.text().contains("include::") ? everyPlan : "");
    }

    @Override
    public Conversion make(PlanSource s) {
        Diagnostics own = new Diagnostics();
        ConvertedPlan c = converter.convert(s, own);
        return c == null ? new Conversion(null, null, null, null, own.sorted())
                : new Conversion(c.plan(), c.bodyHtml(), c.terms(), c.attributes(), own.sorted());
    }

    @Override
    public boolean keep(Conversion c) {
        return c.plan() != null && c.diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    @Override
    public Map<String, byte[]> encode(Conversion c) throws IOException {
        return Map.of(FILE, JSON.writeValueAsBytes(c));
    }

    @Override
    public Conversion decode(Map<String, byte[]> files) {
        if (!files.containsKey(FILE)) return null;
        try {
            return JSON.readValue(files.get(FILE), Conversion.class);
        } catch (IOException | RuntimeException e) {
            return null; // another shape or damaged: converted again
        }
    }

    /**
     * The digest of what a conversion reads besides the plan's own text: the configuration, the user's section
     * kinds and labels, every other file under content/ (partials, images), and PlanPress itself.
     */
    private static String context(Workspace ws, Properties config, List<PlanSource> sources) throws IOException {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(config).forEach((k, v) -> parts.add(k + "=" + v));
        Path templates = ws.source().resolve("templates");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(templates.resolve("section-kinds.properties"))) files.add(templates.resolve("section-kinds.properties"));
        files.addAll(tree(templates.resolve("i18n")));
        files.addAll(SourceLoader.sharedFiles(ws.content(), sources));
        for (Path p : files) parts.add(ws.source().relativize(p) + "\n" + Store.key(Files.readAllBytes(p)));
        parts.add(Store.codeVersion());
        return Store.key(parts.toArray(String[]::new));
    }

    private static List<Path> tree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
