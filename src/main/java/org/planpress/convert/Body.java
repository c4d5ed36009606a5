package org.planpress.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plan's HTML body, held in memory or in a file of the build's store. Read from the file each time it is
 * asked for, so a site's bodies need not all be on the heap at once: 10,000 plans' converted and linked bodies
 * are some 470 MB of it, which a build kept from conversion until the last page was baked.
 */
public final class Body {
    private final String html;
    private final Path file;

    private Body(String html, Path file) {
        this.html = html;
        this.file = file;
    }

    /** A body held in memory. */
    public static Body of(String html) {
        return new Body(html, null);
    }

    /** A body in {@code file} (UTF-8), which must stay as it is while the body is used. */
    public static Body at(Path file) {
        return new Body(null, file);
    }

    /** The HTML. */
    public String html() {
        if (file == null) return html;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a converted body: " + e.getMessage(), e);
        }
    }

    /** The HTML as UTF-8. */
    public byte[] utf8() {
        try {
            return file == null ? html.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a converted body: " + e.getMessage(), e);
        }
    }
}
