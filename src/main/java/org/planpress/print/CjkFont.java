package org.planpress.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a font for Chinese, Japanese and Korean text that asciidoctor-pdf can embed, where the machine keeps
 * one. Prawn (asciidoctor-pdf's PDF writer) embeds TrueType outlines only: a {@code .ttf}, or the first font of a
 * {@code .ttc} collection, with a {@code glyf} table. CFF-based fonts ({@code .otf}, Noto Sans CJK's
 * {@code .ttc}) are skipped, as is any file that cannot be read or lacks common Han characters.
 *
 * <p>Searched in order: the folders of {@value #FONTS_DIR_KEY} (jbake.properties), the theme's folder
 * ({@code templates/pdf/}), then, unless {@value #SYSTEM_FONTS_KEY} is {@code false}, the usual font folders of
 * Linux, Windows and macOS. Within those, well-known CJK fonts come first (Droid Sans Fallback, WenQuanYi,
 * SimSun, Microsoft YaHei, ...): the one that draws the most signs of Chinese plans (℃, ①, 〈 ...); then any other
 * usable font.
 */
public final class CjkFont {
    /** jbake.properties key: folders (comma separated) searched first for fonts, before the theme's and the system's. */
    public static final String FONTS_DIR_KEY = "planpress.pdf.fonts-dir";
    /** jbake.properties key or system property: {@code false} searches only the folders named above, not the system's. */
    public static final String SYSTEM_FONTS_KEY = "planpress.pdf.system-fonts";

    /** Well-known TrueType CJK font files, best first (lower case). */
    private static final List<String> KNOWN = List.of("droidsansfallbackfull.ttf", "droidsansfallback.ttf",
            "wqy-zenhei.ttc", "wqy-microhei.ttc", "msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf",
            "simfang.ttf", "msjh.ttc", "mingliu.ttc", "malgun.ttf", "arialuni.ttf", "arial unicode.ttf",
            "ukai.ttc", "uming.ttc", "stheiti light.ttc", "stheiti medium.ttc", "songti.ttc", "pingfang.ttc");
    /** Characters a usable font must draw: common Han characters and ideographic punctuation. */
    private static final String PROBE = "中国计划组长，。";
    /** Signs Chinese plans print beside Han characters, which not every CJK font has: of two fonts, the one with more is taken. */
    private static final String PLAN_SIGNS = "℃①②③④⑤⑥⑦⑧⑨⑩〈〉《》〔〕【】〇○●■□▲△★☆※→√…—·×№Ⅰ";
    /** CJK fonts are large; smaller files are not opened when looking through a whole system folder. */
    private static final long MIN_SIZE = 1_000_000;

    private CjkFont() {
    }

    /** The fonts a user can install, for messages: what to do when no CJK font is found. */
    public static final String INSTALL_HINT = "install one: on Debian/Ubuntu `apt-get install fonts-droid-fallback` "
            + "(or fonts-wqy-zenhei); Windows (SimSun, Microsoft YaHei) and macOS have one already in their font "
            + "folders; or set " + FONTS_DIR_KEY + " in jbake.properties to a folder holding a TrueType CJK font "
            + "(.ttf, or .ttc with TrueType outlines; CFF-based .otf fonts cannot be embedded)";

    /**
     * The CJK font for a source directory, as configured in its {@code jbake.properties} ({@code config}).
     *
     * @param themeDir the theme's folder (may be null)
     */
    public static Optional<Path> find(Path source, Properties config, Path themeDir) {
        List<Path> dirs = new ArrayList<>(configuredDirs(source, config));
        if (themeDir != null) dirs.add(themeDir);
        boolean system = !"false".equalsIgnoreCase(System.getProperty(SYSTEM_FONTS_KEY,
                config.getProperty(SYSTEM_FONTS_KEY, "true")).strip());
        Optional<Path> f = first(dirs, false);
        return f.isPresent() || !system ? f : first(systemDirs(), true);
    }

    /** The folders of {@value #FONTS_DIR_KEY}, relative ones against {@code source}. */
    static List<Path> configuredDirs(Path source, Properties config) {
        List<Path> dirs = new ArrayList<>();
        for (String d : config.getProperty(FONTS_DIR_KEY, "").split(",")) {
            if (d.isBlank()) continue;
            Path p = Path.of(d.strip());
            dirs.add((p.isAbsolute() ? p : source.resolve(p)).normalize());
        }
        return dirs;
    }

    /** The usual font folders of Linux, Windows and macOS that exist here. */
    static List<Path> systemDirs() {
        String home = System.getProperty("user.home", "");
        List<String> names = new ArrayList<>(List.of("/usr/share/fonts", "/usr/local/share/fonts",
                home + "/.local/share/fonts", home + "/.fonts", "/System/Library/Fonts", "/Library/Fonts",
                home + "/Library/Fonts"));
        String windir = System.getenv("WINDIR");
        names.add((windir == null ? "C:\\Windows" : windir) + "\\Fonts");
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) names.add(local + "\\Microsoft\\Windows\\Fonts");
        List<Path> dirs = new ArrayList<>();
        for (String n : names) {
            if (n.isEmpty()) continue;
            try {
                Path p = Path.of(n);
                if (Files.isDirectory(p)) dirs.add(p);
            } catch (RuntimeException e) {
                // not a path on this system
            }
        }
        return dirs;
    }

    /**
     * The usable font under {@code dirs}: of the well-known names, the one that draws the most of {@link #PLAN_SIGNS}
     * (the first of those that draw as many), else (if {@code deep}) the first other large usable font.
     */
    private static Optional<Path> first(List<Path> dirs, boolean deep) {
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) files.addAll(fontFiles(d, deep ? 6 : 1));
        Set<Path> tried = new LinkedHashSet<>();
        Path best = null;
        int bestSigns = -1;
        for (String known : KNOWN) {
            for (Path f : files) {
                if (!f.getFileName().toString().toLowerCase(Locale.ROOT).equals(known) || !tried.add(f)) continue;
                int signs = signsDrawn(f);
                if (signs > bestSigns) {
                    best = f;
                    bestSigns = signs;
                }
            }
        }
        if (best != null) return Optional.of(best);
        for (Path f : files) {
            if (tried.contains(f)) continue;
            try {
                if (deep && Files.size(f) < MIN_SIZE) continue;
            } catch (IOException e) {
                continue;
            }
            if (usable(f)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The .ttf and .ttc files in {@code dir}, to {@code depth} folders down, in name order. */
    private static List<Path> fontFiles(Path dir, int depth) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".ttf") || n.endsWith(".ttc")) && Files.isRegularFile(p) && Files.isReadable(p);
            }).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Whether Prawn can embed {@code file} for CJK text: it reads as TrueType (for a collection, its first font,
     * the one Prawn uses), has TrueType outlines, and maps every character of a Chinese probe to a glyph.
     */
    public static boolean usable(Path file) {
        return signsDrawn(file) >= 0;
    }

    /**
     * How many of {@link #PLAN_SIGNS} a usable font draws, or -1 for a font that is not usable: Droid Sans Fallback
     * lacks ℃, ①, 〈, ○ and ※, which WenQuanYi Zen Hei, SimSun and Microsoft YaHei have.
     */
    static int signsDrawn(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".ttc")) {
                int[] signs = {-1};
                boolean[] first = {true};
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(font -> {
                        if (first[0]) signs[0] = signsDrawn(font);
                        first[0] = false; // only the first font counts
                    });
                }
                return signs[0];
            }
            if (!n.endsWith(".ttf")) return -1;
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return signsDrawn(font);
            }
        } catch (IOException | RuntimeException e) {
            return -1; // unreadable or not TrueType: skipped
        }
    }

    private static int signsDrawn(TrueTypeFont font) throws IOException {
        if (!font.getTableMap().containsKey("glyf")) return -1;
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null || !PROBE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0)) return -1;
        return (int) PLAN_SIGNS.codePoints().filter(cp -> cmap.getGlyphId(cp) > 0).count();
    }
}
