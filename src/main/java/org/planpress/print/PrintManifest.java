package org.planpress.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The small record kept beside the PDFs ({@value #FILE} in {@code pdf/}): for each plan, the hash of what its
 * PDFs were printed from and the warnings printing gave, so the next build can reuse them unchanged.
 */
final class PrintManifest {
    /** File name inside the site's pdf/ directory. */
    static final String FILE = ".planpress-pdf.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** What one plan's PDFs were printed from. */
    record Entry(String key, List<String> warnings) {
        Entry {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    private final Map<String, Entry> plans;

    private PrintManifest(Map<String, Entry> plans) {
        this.plans = plans;
    }

    static PrintManifest empty() {
        return new PrintManifest(new TreeMap<>());
    }

    /** Reads the manifest of a site's pdf/ directory; a missing or unreadable one is empty (everything is printed). */
    static PrintManifest read(Path pdfDir) {
        if (pdfDir == null) return empty();
        Path f = pdfDir.resolve(FILE);
        if (!Files.isRegularFile(f)) return empty();
        try {
            Map<String, Entry> m = JSON.readValue(f.toFile(), new TypeReference<TreeMap<String, Entry>>() {
            });
            return new PrintManifest(m == null ? new TreeMap<>() : new TreeMap<>(m));
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    Entry get(String planId) {
        return plans.get(planId);
    }

    synchronized void put(String planId, Entry e) {
        plans.put(planId, e);
    }

    void write(Path pdfDir) throws IOException {
        Files.createDirectories(pdfDir);
        JSON.writeValue(pdfDir.resolve(FILE).toFile(), plans);
    }
}
