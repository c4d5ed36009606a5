package org.planpress.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.planpress.diag.BuildFailure;

/**
 * The directories a build reads and writes: the source directory with its {@code content/}, the theme
 * ({@code templates/}, {@code assets/}, {@code jbake.properties}: the user's files laid over the defaults
 * bundled in the jar) and the output directory.
 */
public final class Workspace {
    /** Resource folder in the jar holding the bundled theme (the repository's templates/, assets/, jbake.properties). */
    public static final String THEME_RESOURCE = "planpress-theme";

    private final Path source;
    private final Path content;
    private final Path output;

    private Workspace(Path source, Path output) {
        this.source = source;
        this.content = source.resolve("content");
        this.output = output;
    }

    /**
     * Resolves and checks the source and output directories.
     *
     * @param source the source directory (holds content/)
     * @param output the output directory, or null for {@code <source>/target/site}
     */
    public static Workspace of(Path source, Path output) throws BuildFailure {
        Path src = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) throw BuildFailure.of(src.toString(), "source directory does not exist");
        if (!Files.isDirectory(src.resolve("content")))
            throw BuildFailure.of(src.toString(), "no content/ directory: put plans in content/plans/<id>.adoc");
        Path out = (output == null ? src.resolve("target/site") : output).toAbsolutePath().normalize();
        Workspace ws = new Workspace(src, out);
        Path realContent = realOrSelf(ws.content);
        Path realOut = realOrSelf(out);
        if (realOut.startsWith(realContent) || realContent.startsWith(realOut))
            throw BuildFailure.of(out.toString(), "output directory must not be inside the content directory (or contain it): " + ws.content);
        if (realOut.equals(src) || src.startsWith(realOut))
            throw BuildFailure.of(out.toString(), "output directory must not be the source directory or contain it");
        return ws;
    }

    private static Path realOrSelf(Path p) {
        Path q = p;
        // resolve symlinks of the longest existing prefix
        while (q != null && !Files.exists(q)) q = q.getParent();
        if (q == null) return p;
        try {
            return q.toRealPath().resolve(q.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    public Path source() {
        return source;
    }

    /**
     * The folder under content/ that {@code planpress serve} imports documents from (Word, PDF, web pages,
     * text): not plans, not published, not read by conversions.
     */
    public static final String IMPORT_FOLDER = "import";

    /** Whether {@code file} (under content/) lies in the {@link #IMPORT_FOLDER}. */
    public static boolean inImportFolder(Path content, Path file) {
        Path rel = content.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(IMPORT_FOLDER);
    }

    public Path content() {
        return content;
    }

    public Path output() {
        return output;
    }

    /** A path as shown in messages: relative to the source directory when inside it. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(source) ? source.relativize(abs).toString() : abs.toString();
    }

    /** The user's jbake.properties, or null when the source directory has none. */
    public Path userConfig() {
        Path p = source.resolve("jbake.properties");
        return Files.isRegularFile(p) ? p : null;
    }

    /**
     * Site configuration: the bundled jbake.properties with the user's jbake.properties over it.
     */
    public Properties configuration() throws BuildFailure {
        Properties props = new Properties();
        try (InputStream in = Workspace.class.getClassLoader().getResourceAsStream(THEME_RESOURCE + "/jbake.properties")) {
            if (in != null) props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw BuildFailure.of("jbake.properties", "cannot read bundled configuration: " + e.getMessage());
        }
        Path user = userConfig();
        if (user != null) {
            try (Reader r = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw BuildFailure.of(display(user), "cannot read configuration: " + e.getMessage());
            }
        }
        return props;
    }

    /**
     * Writes the theme into {@code dir}: the bundled templates/ and assets/, then the user's own on top,
     * so a source with only content/ bakes with the defaults and a user may override single files.
     */
    public void composeTheme(Path dir) throws BuildFailure {
        try {
            copyBundled(dir);
            for (String sub : new String[] {"templates", "assets"}) {
                Path user = source.resolve(sub);
                if (Files.isDirectory(user)) copyTree(user, dir.resolve(sub));
                else Files.createDirectories(dir.resolve(sub));
            }
        } catch (IOException | URISyntaxException e) {
            throw BuildFailure.of(dir.toString(), "cannot prepare theme: " + e.getMessage());
        }
    }

    private static void copyBundled(Path dir) throws IOException, URISyntaxException {
        URL marker = Workspace.class.getClassLoader().getResource(THEME_RESOURCE + "/jbake.properties");
        if (marker == null) return;
        if ("jar".equals(marker.getProtocol())) {
            String spec = marker.getPath();
            Path jar = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
            try (JarFile jf = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> en = jf.entries();
                String prefix = THEME_RESOURCE + "/";
                while (en.hasMoreElements()) {
                    JarEntry e = en.nextElement();
                    if (e.isDirectory() || !e.getName().startsWith(prefix)) continue;
                    Path target = dir.resolve(e.getName().substring(prefix.length())).normalize();
                    if (!target.startsWith(dir)) continue;
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            copyTree(Path.of(marker.toURI()).getParent(), dir);
        }
    }

    /**
     * Copies the files that pages use from content/ (images, attachments) into the site, keeping their
     * paths. AsciiDoc sources, hidden files and anything whose real path lies outside content/ are left out.
     */
    public void copyContentFiles(Path site) throws IOException {
        Path realContent = content.toRealPath();
        try (Stream<Path> s = Files.walk(content)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isRegularFile(p)) continue;
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".adoc") || name.endsWith(".ad") || name.endsWith(".asciidoc")) continue;
                if (inImportFolder(content, p)) continue;
                if (!p.toRealPath().startsWith(realContent)) continue;
                Path t = site.resolve(content.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Copies a directory tree, replacing files that exist. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
