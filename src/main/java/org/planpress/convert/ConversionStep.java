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
import org.planpress.html.PageLinks;
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
    private static final String FORMAT = "conversion-5";
    private static final String FILE = "plan.json";
    private static final String MODEL = "model.json";
    private static final String BODY = "body.html";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /**
     * A conversion without its source (which the key stands for); {@code plan} is null when it failed. {@code links}:
     * the body's ids and links, scanned once when it is converted (a build after one edit of 10,000 plans read and
     * scanned every body again for them: 0.6 s of its 11). {@code modelKey}: the digest of the plan and its terms
     * as filed, so that no build writes out every plan's model to tell which site-wide pages it changes.
     */
    public record Conversion(Plan plan, Body body, PageLinks links, Map<String, List<String>> terms,
            Map<String, String> attributes, List<Diagnostic> diagnostics, String modelKey) {
        /** The converted plan of {@code source} (converted under {@code key}), or null when the conversion failed. */
        public ConvertedPlan of(PlanSource source, String key) {
            return plan == null ? null : new ConvertedPlan(source, plan, body, terms, attributes, key, modelKey);
        }
    }

    private final String kind;
    private final PlanConverter converter;
    private final String context;
    private final List<PlanSource> sources;
    private volatile String everyPlan;

    private ConversionStep(String kind, PlanConverter converter, String context, List<PlanSource> sources) {
        this.kind = kind;
        this.converter = converter;
        this.context = context;
        this.sources = sources;
    }

    /** The step converting the plans {@code sources} of {@code ws}, filed as {@code kind}. */
    public static ConversionStep of(String kind, Workspace ws, Properties config, List<PlanSource> sources)
            throws IOException {
        PlanConverter converter = new PlanConverter(ws.source(), ws.content(),
                Boolean.parseBoolean(config.getProperty("planpress.allow-passthrough", "false")));
        return new ConversionStep(kind, converter, context(ws, config, sources), sources);
    }

    /**
     * The same conversion of other documents ({@code sources}, such as the authoring guide), filed as {@code kind}:
     * in the same context, which is not read again.
     */
    public ConversionStep of(String kind, List<PlanSource> sources) {
        return new ConversionStep(kind, converter, context, sources);
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
        return Store.key(FORMAT, context, s.displayPath(), s.digest(), s.text().contains("include::") ? everyPlan() : "");
    }

    /** A plan that includes files may include another plan: its key has every plan's text in it too. */
    private String everyPlan() {
        String e = everyPlan;
        if (e == null) {
            e = Store.key(sources.stream().map(s -> s.displayPath() + "\n" + s.digest()).toArray(String[]::new));
            everyPlan = e;
        }
        return e;
    }

    @Override
    public Conversion make(PlanSource s) {
        Diagnostics own = new Diagnostics();
        ConvertedPlan c = converter.convert(s, own);
        if (c == null) return new Conversion(null, null, null, null, null, own.sorted(), null);
        return new Conversion(c.plan(), c.body(), PageLinks.of(c.body().html()), c.terms(), c.attributes(), own.sorted(),
                Store.key(model(new Model(c.plan(), c.terms()))));
    }

    @Override
    public boolean keep(Conversion c) {
        return c.plan() != null && c.diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    /** What is kept of a conversion's model: its {@code modelKey} is the digest of this, as filed. */
    private record Model(Plan plan, Map<String, List<String>> terms) {
    }

    /** What is kept of a conversion besides its model and its body (which is kept apart), as it is. */
    private record Stored(PageLinks links, Map<String, String> attributes, List<Diagnostic> diagnostics) {
    }

    private static byte[] model(Model m) {
        try {
            return JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, byte[]> encode(Conversion c) throws IOException {
        return Map.of(MODEL, model(new Model(c.plan(), c.terms())),
                FILE, JSON.writeValueAsBytes(new Stored(c.links(), c.attributes(), c.diagnostics())),
                BODY, c.body().utf8());
    }

    /** The body is kept apart, read when a later stage needs it (see {@link Body}). */
    @Override
    public boolean apart(String part) {
        return part.equals(BODY);
    }

    @Override
    public Conversion filed(Conversion c, Map<String, Store.Slice> apart) {
        return new Conversion(c.plan(), Body.at(apart.get(BODY)), c.links(), c.terms(), c.attributes(), c.diagnostics(), c.modelKey());
    }

    @Override
    public Conversion decode(Store.Entry e) {
        byte[] model = e.parts().get(MODEL);
        if (model == null || !e.parts().containsKey(FILE) || !e.apart().containsKey(BODY)) return null;
        try {
            Model m = JSON.readValue(model, Model.class);
            Stored s = JSON.readValue(e.parts().get(FILE), Stored.class);
            if (m.plan() == null || s.links() == null) return null;
            return new Conversion(m.plan(), Body.at(e.apart().get(BODY)), s.links(), m.terms(), s.attributes(), s.diagnostics(),
                    Store.key(model));
        } catch (IOException | RuntimeException x) {
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
