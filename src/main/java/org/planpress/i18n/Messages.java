package org.planpress.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI labels from the message bundle {@code templates/i18n/messages[_zh_CN].properties} (UTF-8). English
 * and Simplified Chinese ship; a user's theme may override or add keys.
 */
public final class Messages {
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();
    private static volatile Path userTemplates;

    private final String lang;
    private final Map<String, String> labels;

    private Messages(String lang, Map<String, String> labels) {
        this.lang = lang;
        this.labels = labels;
    }

    /**
     * Uses the bundle in {@code <source>/templates/i18n} over the bundled one from now on, read again (each
     * build calls this once, so a serve session sees edited labels).
     */
    public static void useSource(Path sourceDir) {
        userTemplates = sourceDir == null ? null : sourceDir.resolve("templates");
        CACHE.clear();
    }

    /** The UI language for a document language: "zh-CN" for any Chinese, else "en". */
    public static String uiLang(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh-CN" : "en";
    }

    /** The labels for a document language (see {@link #uiLang}). */
    public static Messages forLang(String lang) {
        String ui = uiLang(lang);
        return CACHE.computeIfAbsent(ui, Messages::load);
    }

    private static Messages load(String ui) {
        Properties p = new Properties();
        read(p, "messages.properties");
        if (!"en".equals(ui)) read(p, "messages_" + ui.replace('-', '_') + ".properties");
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return new Messages(ui, Collections.unmodifiableMap(m));
    }

    private static void read(Properties p, String name) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("planpress-theme/templates/i18n/" + name)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + name, e);
        }
        Path user = userTemplates == null ? null : userTemplates.resolve("i18n").resolve(name);
        if (user != null && Files.isRegularFile(user)) {
            try (Reader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot read " + user + ": " + e.getMessage(), e);
            }
        }
    }

    public String lang() {
        return lang;
    }

    /** The label for a key, or the key itself when missing (so a gap shows instead of failing). */
    public String get(String key) {
        return labels.getOrDefault(key, key);
    }

    /** All labels, for templates. */
    public Map<String, String> all() {
        return labels;
    }
}
