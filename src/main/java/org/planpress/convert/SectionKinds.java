package org.planpress.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of section plans share (guiding ideology, objectives, organization...) and the heading words
 * that identify them, in English and Chinese. Read from {@code section-kinds.properties} (in the theme's
 * templates folder, which users can override): {@code kind = Label | 中文标签 | word, word, ...}. The first
 * kind whose words occur in a heading wins, in file order.
 */
public final class SectionKinds {
    /** Resource path of the bundled table. */
    public static final String RESOURCE = "planpress-theme/templates/section-kinds.properties";

    private final Map<String, Kind> kinds;

    /** One kind: its key, labels and heading words. */
    public record Kind(String key, String label, String labelZh, List<String> words) {
    }

    private SectionKinds(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** Loads the user's table from {@code <source>/templates/section-kinds.properties}, else the bundled one. */
    public static SectionKinds load(Path sourceDir) throws IOException {
        Path user = sourceDir == null ? null : sourceDir.resolve("templates/section-kinds.properties");
        if (user != null && Files.isRegularFile(user)) {
            try (Reader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
                return parse(r);
            }
        }
        try (InputStream in = SectionKinds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return new SectionKinds(Map.of());
            return parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    static SectionKinds parse(Reader r) throws IOException {
        Map<String, Kind> map = new LinkedHashMap<>();
        java.io.BufferedReader br = new java.io.BufferedReader(r);
        String line;
        while ((line = br.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String key = line.substring(0, eq).strip();
            String[] parts = line.substring(eq + 1).split("\\|");
            if (parts.length < 3) continue;
            List<String> words = new ArrayList<>();
            for (String w : parts[2].split("[,，]")) {
                if (!w.isBlank()) words.add(w.strip().toLowerCase(Locale.ROOT));
            }
            map.put(key, new Kind(key, parts[0].strip(), parts[1].strip(), List.copyOf(words)));
        }
        return new SectionKinds(map);
    }

    /** Headings already classified (they repeat across plans), to their kind or {@link #NONE}. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> classified = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String NONE = "";

    /** The kind a heading belongs to, or null. */
    public String classify(String heading) {
        String kind = classified.computeIfAbsent(heading, h -> {
            String k = match(h);
            return k == null ? NONE : k;
        });
        return kind.isEmpty() ? null : kind;
    }

    private String match(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        for (Kind k : kinds.values()) {
            for (String w : k.words()) {
                if (h.contains(w)) return k.key();
            }
        }
        return null;
    }

    public boolean isKnown(String key) {
        return kinds.containsKey(key);
    }

    public Set<String> keys() {
        return kinds.keySet();
    }

    public Kind get(String key) {
        return kinds.get(key);
    }

    public List<Kind> all() {
        return List.copyOf(kinds.values());
    }
}
