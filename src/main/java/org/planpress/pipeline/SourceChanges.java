package org.planpress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.planpress.source.Workspace;

/**
 * Whether a file a conversion reads (under content/, jbake.properties, the section kinds and labels under
 * templates/) or PlanPress's own code changed since a time, by the files' modification times. Only a hint for
 * starting JRuby early (2-3 s of a rebuild, otherwise waited for in the convert stage): what a build does is
 * decided by the store's keys, digests of the files' contents, so a wrong guess costs time, never output.
 */
final class SourceChanges {
    private SourceChanges() {
    }

    /** Whether any such file is newer than {@code millis} (always, when {@code millis} is 0: unknown). */
    static boolean since(Workspace ws, long millis) {
        return since(ws, millis, code());
    }

    /** Like {@link #since(Workspace, long)}, with PlanPress's code at {@code code} (null: not looked at). */
    static boolean since(Workspace ws, long millis, Path code) {
        if (millis <= 0) return true;
        try {
            Path templates = ws.source().resolve("templates");
            return newer(ws.content(), millis) || newer(ws.source().resolve("jbake.properties"), millis)
                    || newer(templates.resolve("section-kinds.properties"), millis) || newer(templates.resolve("i18n"), millis)
                    || newer(code, millis);
        } catch (IOException | RuntimeException e) { // unreadable: guess a change
            return true;
        }
    }

    private static boolean newer(Path p, long millis) throws IOException {
        if (p == null || !Files.exists(p)) return false;
        try (Stream<Path> s = Files.find(p, Integer.MAX_VALUE,
                (f, a) -> a.isRegularFile() && a.lastModifiedTime().toMillis() >= millis)) {
            return s.findAny().isPresent();
        }
    }

    /** The jar (or class folder) PlanPress runs from. */
    private static Path code() {
        try {
            var src = SourceChanges.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
