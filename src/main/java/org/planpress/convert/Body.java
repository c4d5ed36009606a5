package org.planpress.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.planpress.store.Store;

/**
 * HTML held in memory or in a file of the build's store: a plan's body, or a section of it for a compare page.
 * Read from the file each time it is asked for, so a site's bodies need not all be on the heap at once: 10,000
 * plans' converted and linked bodies are some 470 MB of it, their compare-page fragments 180 MB more.
 */
public final class Body {
    private final String html;
    private final Path file;
    private volatile String key;

    private Body(String html, Path file, String key) {
        this.html = html;
        this.file = file;
        this.key = key;
    }

    /** A body held in memory. */
    public static Body of(String html) {
        return new Body(html, null, null);
    }

    /** A body in {@code file} (UTF-8), which must stay as it is while the body is used. */
    public static Body at(Path file) {
        return new Body(null, file, null);
    }

    /** A body in {@code file} whose {@link #key} is {@code key}, filed with it. */
    public static Body at(Path file, String key) {
        return new Body(null, file, key);
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

    /**
     * The digest of the HTML ({@link Store#key}), for the key of a page made of it: given when the body was
     * filed with it, else worked out from the HTML once.
     */
    public String key() {
        String k = key;
        if (k == null) key = k = Store.key(utf8());
        return k;
    }

    /** The HTML: what a template shows of a body in the site model (a compare page's sections). */
    @Override
    public String toString() {
        return html();
    }
}
