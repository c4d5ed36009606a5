package org.planpress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.planpress.diag.BuildFailure;
import org.planpress.print.Printer;
import org.planpress.source.Workspace;

/** A build's configuration: the site's (bundled jbake.properties with the user's over it) and the build's options. */
final class Settings {
    private Settings() {
    }

    /** The configuration with {@code planpress.pdf} and the checked PDF editions ({@code planpress.pdf.editions}) set. */
    static Properties of(Workspace ws, Build.Options o) throws BuildFailure {
        Properties config = ws.configuration();
        config.setProperty("planpress.pdf", String.valueOf(o.pdf()));
        String key = Printer.EDITIONS_PROPERTY;
        List<String> editions;
        if (o.pdfEditions() != null) {
            config.setProperty(key, o.pdfEditions());
            editions = Printer.editions(config, "--pdf-editions", 0);
        } else {
            Path props = ws.source().resolve("jbake.properties");
            editions = Printer.editions(config, ws.display(props), lineOf(props, key));
        }
        config.setProperty(key, String.join(",", editions));
        return config;
    }

    /** The PDF editions of a configuration made by {@link #of}. */
    static List<String> editions(Properties config) {
        return List.of(config.getProperty(Printer.EDITIONS_PROPERTY).split(","));
    }

    /** The line of {@code file} setting {@code key}, or 0. */
    static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key) && l.substring(key.length()).strip().matches("^[=:].*")) return i + 1;
            }
        } catch (IOException e) {
            // no file: the bundled default
        }
        return 0;
    }
}
