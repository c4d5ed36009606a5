package org.planpress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.internal.Workers;
import org.planpress.model.Plan;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanConverter;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;
import org.planpress.store.Store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The convert stage through the build's {@link Store}: a plan converted before from the same text, in the same
 * context (configuration, section kinds, labels, every other file under content/, PlanPress itself), is read
 * back with the findings its conversion had; only the others are converted, and filed. So a build after editing
 * one plan converts one plan, and a build in which nothing changed does not start Asciidoctor at all.
 */
final class StoredConversions {
    /** Bump when what a conversion makes changes without the code's digest changing. */
    static final String FORMAT = "conversion-1";
    static final String KIND = "html";
    private static final String FILE = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** What the store keeps of a conversion: everything but the source, which the key stands for. */
    record Entry(Plan plan, String bodyHtml, Map<String, List<String>> terms, Map<String, String> attributes,
            List<Diagnostic> diagnostics) {
    }

    private StoredConversions() {
    }

    /**
     * Looks up the conversions of {@code sources} in {@code store}; {@link Lookup#convert} then converts the
     * others.
     */
    static Lookup lookup(Store store, Workspace ws, Properties config, List<PlanSource> sources, int threads)
            throws IOException {
        String context = context(ws, config, sources);
        // a plan that includes files may include another plan: its key has every plan's text in it too
        String everyPlan = Store.key(sources.stream().map(s -> s.displayPath() + "\n" + s.text()).toArray(String[]::new));
        List<String> keys = sources.stream().map(s -> Store.key(FORMAT, context, s.displayPath(), s.text(),
                s.text().contains("include::") ? everyPlan : "")).toList();
        List<Entry> found = Workers.map(keys, threads, k -> read(store.read(KIND, k)));
        return new Lookup(store, sources, keys, found);
    }

    /** The conversions found in the store, by source, and the keys of those to make. */
    record Lookup(Store store, List<PlanSource> sources, List<String> keys, List<Entry> found) {
        /** How many sources have no conversion in the store. */
        long missing() {
            return found.stream().filter(java.util.Objects::isNull).count();
        }

        /**
         * The converted plans, in the sources' order: those found (with the findings their conversion had) and
         * the others converted now. The new conversions (those without errors) are filed in the store beside the
         * rest of the build, by {@code filing}: writing a thousand small entries is mostly waiting for the file
         * system (0.8-1.0 s of a 1,000-plan conversion on this machine when written in line).
         */
        record Converted(List<ConvertedPlan> plans, java.util.concurrent.Future<?> filing) {
        }

        Converted convert(PlanConverter converter, Diagnostics diagnostics, int threads) throws IOException {
            List<Integer> fresh = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Integer> all = java.util.stream.IntStream.range(0, sources.size()).boxed().toList();
            List<Entry> entries = Workers.map(all, threads, i -> {
                Entry e = found.get(i);
                if (e != null) {
                    for (Diagnostic d : e.diagnostics()) diagnostics.add(d);
                    return e;
                }
                Diagnostics own = new Diagnostics();
                ConvertedPlan c = converter.convert(sources.get(i), own);
                diagnostics.addAll(own);
                if (c == null) return null;
                e = new Entry(c.plan(), c.bodyHtml(), c.terms(), c.attributes(), own.sorted());
                if (!own.hasErrors()) fresh.add(i);
                return e;
            });
            List<ConvertedPlan> out = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Entry e = entries.get(i);
                if (e != null) out.add(new ConvertedPlan(sources.get(i), e.plan(), e.bodyHtml(), e.terms(), e.attributes()));
            }
            java.util.concurrent.Future<?> filing = Workers.beside(threads, () -> {
                for (int i : fresh) write(store, keys.get(i), entries.get(i));
                store.retain(KIND, new HashSet<>(keys));
                return null;
            });
            return new Converted(out, filing);
        }
    }

    private static Entry read(Map<String, byte[]> files) {
        if (files == null || !files.containsKey(FILE)) return null;
        try {
            return JSON.readValue(files.get(FILE), Entry.class);
        } catch (IOException | RuntimeException e) {
            return null; // another shape or damaged: converted again
        }
    }

    private static void write(Store store, String key, Entry e) throws IOException {
        store.write(KIND, key, Map.of(FILE, JSON.writeValueAsBytes(e)));
    }

    /**
     * The digest of what a conversion reads besides the plan's own text: the configuration, the user's section
     * kinds and labels, every other file under content/ (partials, images), and PlanPress itself.
     */
    static String context(Workspace ws, Properties config, List<PlanSource> sources) throws IOException {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(config).forEach((k, v) -> parts.add(k + "=" + v));
        Path templates = ws.source().resolve("templates");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(templates.resolve("section-kinds.properties"))) files.add(templates.resolve("section-kinds.properties"));
        files.addAll(tree(templates.resolve("i18n")));
        files.addAll(SourceLoader.sharedFiles(ws.content(), sources));
        for (Path p : files) parts.add(ws.source().relativize(p) + "\n" + Store.key(Files.readAllBytes(p)));
        parts.add(codeVersion());
        return Store.key(parts.toArray(String[]::new));
    }

    /** PlanPress's own code: the jar it runs from, or each class file of a class folder, by size and time. */
    static String codeVersion() throws IOException {
        var code = StoredConversions.class.getProtectionDomain().getCodeSource();
        if (code == null) return "unknown";
        Path self;
        try {
            self = Path.of(code.getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return code.getLocation().toString();
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : Files.isDirectory(self) ? tree(self) : List.of(self)) {
            sb.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        }
        return Store.key(sb.toString());
    }

    private static List<Path> tree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
