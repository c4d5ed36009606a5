package org.planpress.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.planpress.store.Store;

/**
 * HTML held in memory or in the build's store: a plan's body, or a section of it for a compare page.
 * Read from the store each time it is asked for, so a site's bodies need not all be on the heap at once: 10,000
 * plans' converted and linked bodies are some 470 MB of it, their compare-page fragments 180 MB more.
 */
public final class Body {
    private final String html;
    private final Store.Slice file;
    private volatile String key;

    private Body(String html, Store.Slice file, String key) {
        this.html = html;
        this.file = file;
        this.key = key;
    }

    /** A body held in memory. */
    public static Body of(String html) {
        return new Body(html, null, null);
    }

    /** A body in the store (UTF-8), which must stay as it is while the body is used. */
    public static Body at(Store.Slice file) {
        return new Body(null, file, null);
    }

    /** A body in the store whose {@link #key} is {@code key}, filed with it. */
    public static Body at(Store.Slice file, String key) {
        return new Body(null, file, key);
    }

    /** The HTML. */
    public String html() {
        return file == null ? html : new String(utf8(), StandardCharsets.UTF_8);
    }

    /** The HTML as UTF-8. */
    public byte[] utf8() {
        try {
            return file == null ? html.getBytes(StandardCharsets.UTF_8) : file.bytes();
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
