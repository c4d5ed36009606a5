package org.planpress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.planpress.diag.BuildFailure;
import org.planpress.publish.OutputSwap;
import org.planpress.source.Workspace;

/** The site's theme for one build: the bundled templates and assets with the user's over them, in a temporary folder. */
final class Theme implements AutoCloseable {
    private final Path dir;

    private Theme(Path dir) {
        this.dir = dir;
    }

    static Theme compose(Workspace ws) throws IOException, BuildFailure {
        Path dir = Files.createTempDirectory("planpress-theme");
        try {
            ws.composeTheme(dir);
        } catch (BuildFailure | RuntimeException e) {
            org.planpress.internal.Trees.delete(dir);
            throw e;
        }
        return new Theme(dir);
    }

    /** The folder holding templates/ and assets/. */
    Path dir() {
        return dir;
    }

    /** The folder the site's assets are copied from. */
    Path assets() {
        return dir.resolve("assets");
    }

    @Override
    public void close() {
        org.planpress.internal.Trees.delete(dir);
    }
}
