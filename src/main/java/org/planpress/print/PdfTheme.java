package org.planpress.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;
import org.jruby.exceptions.RaiseException;
import org.jruby.runtime.builtin.IRubyObject;
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
    static final String FONTS_DIR_KEY = "planpress.pdf.fonts-dir";
    /** Where Debian's fonts-droid-fallback puts DroidSansFallbackFull.ttf. */
    static final String DEFAULT_FONTS_DIR = "/usr/share/fonts/truetype/droid";

    private static final String CHECK = """
            require 'asciidoctor/pdf' unless defined? ::Asciidoctor::PDF::ThemeLoader
            lambda do |name, dir, fontsdir|
              theme = ::Asciidoctor::PDF::ThemeLoader.load_theme name, dir
              gem_fonts = ::Asciidoctor::PDF::ThemeLoader::FontsDir
              dirs = fontsdir.split(/;|,/, -1).map {|d| d == 'GEM_FONTS_DIR' || d.empty? ? gem_fonts : d }
              missing = []
              (theme.font_catalog || {}).each do |family, styles|
                (::Hash === styles ? styles.values : [styles]).uniq.each do |path|
                  path = path.to_s
                  path = path.sub 'GEM_FONTS_DIR', gem_fonts if path.start_with? 'GEM_FONTS_DIR'
                  found = (::File.absolute_path? path) ? (::File.readable? path) : (dirs.any? {|d| ::File.readable? ::File.join(d, path) })
                  missing << %(#{path}\\t#{family}) unless found
                end
              end
              missing.join "\\n"
            end
            """;

    private static final String SCALE = """
            lambda do |name, dir, scale|
              theme = ::Asciidoctor::PDF::ThemeLoader.load_theme name, dir
              keys = %w(base_font_size heading_h1_font_size heading_h2_font_size heading_h3_font_size
                heading_h4_font_size heading_h5_font_size heading_h6_font_size caption_font_size table_font_size
                heading_margin_top heading_margin_bottom block_margin_bottom prose_margin_bottom)
              lines = keys.map {|k| (v = theme[k]) && (::Numeric === v) ? %(#{k}: #{(v * scale).round 2}) : nil }.compact
              roles = %w(pp-titleblock lead).map {|r| (v = theme[%(role_#{r}_font_size)]) && (::Numeric === v) ? %(  #{r}: { font-size: #{(v * scale).round 2} }) : nil }.compact
              lines << 'role:' << roles unless roles.empty?
              lines.flatten.join "\n"
            end
            """;

    private static final String FALLBACK = """
            lambda {|name, dir| (Array(::Asciidoctor::PDF::ThemeLoader.load_theme(name, dir).font_fallbacks)).first.to_s }
            """;

    private final Path dir;
    private final Path source;
    private final String fontsDirs;
    private final String hash;

    private PdfTheme(Path dir, Path source, String fontsDirs, String hash) {
        this.dir = dir;
        this.source = source;
        this.fontsDirs = fontsDirs;
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
        String fonts = fontsDirs(source);
        return new PdfTheme(dir, source, fonts, digest(source, dir, fonts));
    }

    /** The font directories: {@value #FONTS_DIR_KEY} from jbake.properties, else {@value #DEFAULT_FONTS_DIR}. */
    private static String fontsDirs(Path source) throws BuildFailure {
        String configured = Workspace.of(source, null).configuration().getProperty(FONTS_DIR_KEY, DEFAULT_FONTS_DIR);
        List<String> dirs = new ArrayList<>();
        for (String d : configured.split(",")) {
            if (d.isBlank()) continue;
            Path p = Path.of(d.strip());
            dirs.add((p.isAbsolute() ? p : source.resolve(p)).normalize().toString());
        }
        return String.join(",", dirs);
    }

    private static String digest(Path source, Path dir, String fontsDirs) throws BuildFailure {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
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
            for (String d : fontsDirs.split(",")) {
                Path fd = Path.of(d);
                if (!Files.isDirectory(fd)) continue;
                try (Stream<Path> s = Files.list(fd)) {
                    for (Path f : s.sorted().toList()) {
                        if (Files.isRegularFile(f))
                            add(md, f.toString(), String.valueOf(Files.size(f)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw BuildFailure.of(DIR, "cannot read the PDF theme: " + describe(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void add(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(String.valueOf(bytes.length).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
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

    /**
     * Loads each named theme with asciidoctor-pdf's own theme loader and checks every font file its catalog
     * names, so a broken theme or a missing font fails the build before anything is printed.
     */
    void check(Asciidoctor asciidoctor, List<String> themeNames) throws BuildFailure {
        Ruby ruby = JRubyRuntimeContext.get(asciidoctor);
        IRubyObject fn = ruby.evalScriptlet(CHECK);
        for (String name : themeNames) {
            String shown = DIR + "/" + name + "-theme.yml";
            String missing;
            try {
                missing = fn.callMethod(ruby.getCurrentContext(), "call", new IRubyObject[] {
                        ruby.newString(name), ruby.newString(dir.toString()), ruby.newString(fontsDirAttribute())})
                        .asJavaString();
            } catch (RaiseException e) {
                throw BuildFailure.of(themeFile(e.getMessage(), shown), "cannot load the PDF theme: " + clean(e.getMessage()), e);
            }
            if (missing.isBlank()) continue;
            String[] first = missing.split("\n")[0].split("\t");
            String looked = fontsDirs.isEmpty() ? DIR : String.join(", ", fontsDirs.split(",")) + " or " + DIR;
            throw BuildFailure.of(shown, "font file " + first[0] + " (font family \"" + first[1] + "\") not found in "
                    + looked
                    + (first[0].contains("DroidSansFallback")
                            ? "; install the Debian package fonts-droid-fallback (apt-get install fonts-droid-fallback)"
                            : "")
                    + " or set " + FONTS_DIR_KEY + " in jbake.properties to the directory holding it"
                    + " (PDFs are not printed with missing glyphs)");
        }
    }

    /** The first fallback font family of a theme (already checked), or "" when it has none. */
    String fallbackFont(Asciidoctor asciidoctor, String name) {
        Ruby ruby = JRubyRuntimeContext.get(asciidoctor);
        return ruby.evalScriptlet(FALLBACK).callMethod(ruby.getCurrentContext(), "call", new IRubyObject[] {
                ruby.newString(name), ruby.newString(dir.toString())}).asJavaString();
    }

    /**
     * Writes a theme {@code <name>-<percent>-theme.yml} extending {@code <name>-theme.yml} with every type size
     * and vertical space scaled by {@code scale}; returns the new theme's name.
     */
    String scaled(Asciidoctor asciidoctor, String name, double scale) throws BuildFailure {
        String scaledName = name + "-" + Math.round(scale * 100);
        Ruby ruby = JRubyRuntimeContext.get(asciidoctor);
        try {
            String keys = ruby.evalScriptlet(SCALE).callMethod(ruby.getCurrentContext(), "call", new IRubyObject[] {
                    ruby.newString(name), ruby.newString(dir.toString()), ruby.newFloat(scale)}).asJavaString();
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
