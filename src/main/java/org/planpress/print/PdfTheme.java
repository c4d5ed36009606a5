package org.planpress.print;

import org.planpress.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jruby.exceptions.RaiseException;
import org.planpress.diag.BuildFailure;
import org.planpress.source.Workspace;

/**
 * The asciidoctor-pdf theme a build prints with: the bundled {@code templates/pdf/*.yml} with the user's own
 * {@code <source>/templates/pdf/} laid over them, in one directory, checked before anything is printed
 * (every theme loads, every font file it names exists) and hashed, so PDFs are reprinted when it changes.
 */
final class PdfTheme {
    /** Where the theme files live, in the source directory and in the bundled theme. */
    static final String DIR = "templates/pdf";
    /** The theme files PlanPress ships; the editions use them by name. */
    static final List<String> BUNDLED = List.of("planpress-theme.yml", "planpress-a3-theme.yml",
            "planpress-summary-theme.yml");
    /** jbake.properties key: directories (comma separated) searched for font files named in the theme. */
    static final String FONTS_DIR_KEY = CjkFont.FONTS_DIR_KEY;
    /**
     * The theme file PlanPress writes into the composed theme: the CJK font found on this machine as the
     * fallback family {@value #CJK_FAMILY} (nothing when there is none); the bundled theme extends it.
     */
    static final String FONTS_THEME = "planpress-fonts-theme.yml";
    /** The font family of the CJK font found, in the composed theme's catalog. */
    static final String CJK_FAMILY = "PlanPress CJK";

    private final Path dir;
    private final Path source;
    private final String fontsDirs;
    private final Path cjkFont;
    private final String hash;

    private PdfTheme(Path dir, Path source, String fontsDirs, Path cjkFont, String hash) {
        this.dir = dir;
        this.source = source;
        this.fontsDirs = fontsDirs;
        this.cjkFont = cjkFont;
        this.hash = hash;
    }

    /**
     * Writes the theme into {@code dir} (bundled files, then the user's) and hashes it with the font
     * directories and the other inputs a PDF depends on besides its source.
     *
     * @param source the source directory
     * @param dir an empty directory for the composed theme
     */
    static PdfTheme compose(Path source, Path dir) throws BuildFailure {
        for (String name : BUNDLED) {
            try (InputStream in = PdfTheme.class.getClassLoader()
                    .getResourceAsStream(Workspace.THEME_RESOURCE + "/" + DIR + "/" + name)) {
                if (in != null) Files.write(dir.resolve(name), in.readAllBytes());
            } catch (IOException e) {
                throw BuildFailure.of(DIR + "/" + name, "cannot read the bundled PDF theme: " + e.getMessage(), e);
            }
        }
        Path user = source.resolve(DIR);
        if (Files.isDirectory(user)) {
            try (Stream<Path> s = Files.list(user)) {
                for (Path p : s.sorted().toList()) {
                    String shown = DIR + "/" + p.getFileName();
                    if (Files.isDirectory(p) && p.getFileName().toString().endsWith(".yml"))
                        throw BuildFailure.of(shown, "cannot read the PDF theme: it is a directory, not a file");
                    if (!Files.isRegularFile(p)) continue;
                    try {
                        Files.write(dir.resolve(p.getFileName().toString()), Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw BuildFailure.of(shown, "cannot read the PDF theme: " + describe(e), e);
                    }
                }
            } catch (IOException e) {
                throw BuildFailure.of(DIR, "cannot read the PDF theme directory: " + describe(e), e);
            }
        }
        java.util.Properties config = Workspace.of(source, null).configuration();
        String fonts = String.join(",", CjkFont.configuredDirs(source, config).stream().map(Path::toString).toList());
        Path cjk = CjkFont.find(source, config, user).orElse(null);
        try {
            Files.writeString(dir.resolve(FONTS_THEME), fontsTheme(cjk), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BuildFailure.of(dir.toString(), "cannot write the PDF theme: " + describe(e), e);
        }
        return new PdfTheme(dir, source, fonts, cjk, digest(source, dir, fonts, cjk));
    }

    /** The fonts theme: the CJK font as the fallback family for every glyph the theme's fonts lack. */
    static String fontsTheme(Path cjk) {
        if (cjk == null) return "# no usable CJK font on this machine\nfont:\n  catalog:\n    merge: true\n";
        String path = "'" + cjk.toAbsolutePath().toString().replace("'", "''") + "'";
        return "# written by PlanPress: the CJK font found on this machine\nfont:\n  catalog:\n    merge: true\n"
                + "    " + CJK_FAMILY + ":\n      normal: " + path + "\n      bold: " + path + "\n      italic: " + path
                + "\n      bold_italic: " + path + "\n  fallbacks: [" + CJK_FAMILY + "]\n";
    }

    private static String digest(Path source, Path dir, String fontsDirs, Path cjk) throws BuildFailure {
        try {
            List<byte[]> md = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.sorted().forEach(files::add);
            }
            for (Path p : files) add(md, p.getFileName().toString(), Files.readAllBytes(p));
            // labels, section kinds (objectives for the summary) and site settings the PDFs use
            for (String rel : List.of("templates/i18n/messages.properties", "templates/i18n/messages_zh_CN.properties",
                    "templates/section-kinds.properties", "jbake.properties")) {
                Path p = source.resolve(rel);
                if (Files.isRegularFile(p)) add(md, rel, Files.readAllBytes(p));
            }
            add(md, "fonts", fontsDirs.getBytes(StandardCharsets.UTF_8));
            if (cjk != null) add(md, cjk.toString(), (Files.size(cjk) + ":" + Files.getLastModifiedTime(cjk))
                    .getBytes(StandardCharsets.UTF_8));
            for (String d : fontsDirs.split(",")) {
                if (d.isEmpty()) continue;
                Path fd = Path.of(d);
                if (!Files.isDirectory(fd)) continue;
                try (Stream<Path> s = Files.list(fd)) {
                    for (Path f : s.sorted().toList()) {
                        if (Files.isRegularFile(f))
                            add(md, f.toString(), String.valueOf(Files.size(f)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return Store.key(md.toArray(new byte[0][]));
        } catch (IOException e) {
            throw BuildFailure.of(DIR, "cannot read the PDF theme: " + describe(e), e);
        }
    }

    /** Adds a named part to what a key is made of. */
    static void add(List<byte[]> parts, String name, byte[] bytes) {
        parts.add(name.getBytes(StandardCharsets.UTF_8));
        parts.add(bytes);
    }

    /** The composed theme directory (asciidoctor-pdf's {@code pdf-themesdir}). */
    Path dir() {
        return dir;
    }

    /** The {@code pdf-fontsdir} value: the font directories, this theme's directory, then the gem's fonts. */
    String fontsDirAttribute() {
        return fontsDirs + (fontsDirs.isEmpty() ? "" : ";") + dir + ";GEM_FONTS_DIR";
    }

    /** A hash of everything in the theme and around it that changes how a PDF looks. */
    String hash() {
        return hash;
    }

    /** The CJK font found on this machine, or null. */
    Path cjkFont() {
        return cjkFont;
    }

    /**
     * Loads each named theme with asciidoctor-pdf's own theme loader and checks every font file its catalog
     * names, so a broken theme or a missing font fails the build before anything is printed.
     *
     * @return the font files of the first theme, as asciidoctor-pdf resolves them (paths, or
     *     {@code uri:classloader:/...} inside the jar)
     */
    List<String> check(List<String> themeNames) throws BuildFailure {
        List<String> first = null;
        for (String name : themeNames) {
            String shown = DIR + "/" + name + "-theme.yml";
            String fonts;
            try {
                fonts = PdfGem.call("fonts", name, dir.toString(), fontsDirAttribute());
            } catch (RaiseException e) {
                throw BuildFailure.of(themeFile(e.getMessage(), shown), "cannot load the PDF theme: " + clean(e.getMessage()), e);
            }
            List<String> found = new ArrayList<>();
            for (String line : fonts.split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (!f[2].isEmpty()) {
                    found.add(f[2]);
                    continue;
                }
                String looked = fontsDirs.isEmpty() ? DIR : String.join(", ", fontsDirs.split(",")) + " or " + DIR;
                throw BuildFailure.of(shown, "font file " + f[1] + " (font family \"" + f[0] + "\") not found in "
                        + looked + "; put it there or set " + FONTS_DIR_KEY + " in jbake.properties to the directory"
                        + " holding it (PDFs are not printed with missing glyphs)");
            }
            if (first == null) first = found;
        }
        return first == null ? List.of() : first.stream().distinct().toList();
    }

    /** The first fallback font family of a theme (already checked), or "" when it has none. */
    String fallbackFont(String name) {
        String all = PdfGem.call("fallbacks", name, dir.toString());
        return all.isEmpty() ? "" : all.split("\n")[0];
    }

    /**
     * Writes a theme {@code <name>-<percent>-theme.yml} extending {@code <name>-theme.yml} with every type size
     * and vertical space scaled by {@code scale}; returns the new theme's name.
     */
    String scaled(String name, double scale) throws BuildFailure {
        String scaledName = name + "-" + Math.round(scale * 100);
        try {
            String keys = PdfGem.call("scaled_keys", name, dir.toString(), String.valueOf(scale));
            Files.writeString(dir.resolve(scaledName + "-theme.yml"),
                    "extends: ./" + name + "-theme.yml\n" + keys + "\n", StandardCharsets.UTF_8);
        } catch (RaiseException e) {
            throw BuildFailure.of(DIR + "/" + name + "-theme.yml", "cannot load the PDF theme: " + clean(e.getMessage()), e);
        } catch (IOException e) {
            throw BuildFailure.of(dir.toString(), "cannot write a scaled PDF theme: " + describe(e), e);
        }
        return scaledName;
    }

    /** The theme file a loader message names, shown as {@code templates/pdf/<file>}; else {@code fallback}. */
    private String themeFile(String message, String fallback) {
        if (message == null) return fallback;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(dir.toString())
                + "/([^\\s):]+\\.yml)").matcher(message);
        return m.find() ? DIR + "/" + m.group(1) : fallback;
    }

    /** A loader message without the temporary directory and the Ruby exception class. */
    private String clean(String message) {
        if (message == null) return "unknown error";
        String m = message.replace(dir.toString() + "/", "").replaceFirst("^\\((\\w+::)*(\\w+)\\)\\s*", "");
        int nl = m.indexOf('\n');
        return (nl > 0 ? m.substring(0, nl) : m).strip();
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return (kind.isEmpty() ? "I/O error" : kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT))
                + (m == null ? "" : " " + m);
    }

    Path source() {
        return source;
    }
}
