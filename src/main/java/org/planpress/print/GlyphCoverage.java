package org.planpress.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The characters a set of fonts can draw, read from their character maps: a PDF prints a character the
 * fonts lack as an empty box, so a plan with one is stopped before printing, at the line that has it.
 */
final class GlyphCoverage {
    /** Planes 0 to 3: every script and the CJK extensions. */
    private static final int LIMIT = 0x40000;
    /** What Asciidoctor's typographic replacements make of plain ASCII (printed, so checked too). */
    private static final Map<String, String> REPLACEMENTS = Map.of("(C)", "\u00a9", "(R)", "\u00ae",
            "(TM)", "\u2122", "--", "\u2014", "...", "\u2026", "->", "\u2192", "=>", "\u21d2", "<-", "\u2190",
            "<=", "\u21d0");

    private static final String CLASSLOADER = "uri:classloader:/";
    private final BitSet drawn;
    private final List<String> names;

    private GlyphCoverage(BitSet drawn, List<String> names) {
        this.drawn = drawn;
        this.names = names;
    }

    /**
     * The coverage of {@code fonts} together: TrueType files (a collection counts with its first font), as
     * asciidoctor-pdf names them: a path, or {@code uri:classloader:/...} for the fonts inside the gem's jar.
     */
    static GlyphCoverage of(List<String> fonts) throws IOException {
        BitSet drawn = new BitSet(LIMIT);
        List<String> names = new ArrayList<>();
        for (String f : fonts) {
            if (f.startsWith(CLASSLOADER)) {
                try (InputStream in = GlyphCoverage.class.getClassLoader().getResourceAsStream(f.substring(CLASSLOADER.length()))) {
                    if (in == null) throw new NoSuchFileException(f);
                    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                        add(font, drawn, names);
                    }
                }
            } else if (f.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                boolean[] first = {true};
                try (TrueTypeCollection ttc = new TrueTypeCollection(Path.of(f).toFile())) {
                    ttc.processAllFonts(font -> {
                        if (first[0]) add(font, drawn, names);
                        first[0] = false;
                    });
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(f))) {
                    add(font, drawn, names);
                }
            }
        }
        return new GlyphCoverage(drawn, List.copyOf(names));
    }

    private static void add(TrueTypeFont font, BitSet drawn, List<String> names) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        names.add(font.getName());
        if (cmap == null) return;
        for (int cp = 0; cp < LIMIT; cp++) {
            if (!drawn.get(cp) && cmap.getGlyphId(cp) > 0) drawn.set(cp);
        }
    }

    /** The fonts' names, for messages. */
    List<String> names() {
        return names;
    }

    /** Whether some font draws {@code cp}; spaces, controls and invisible format characters need no glyph. */
    boolean draws(int cp) {
        int type = Character.getType(cp);
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || type == Character.SPACE_SEPARATOR
                || type == Character.FORMAT) return true;
        return cp < LIMIT && drawn.get(cp);
    }

    /** A character no font draws: its line (1-based) in the text and the code point. */
    record Missing(int line, int codePoint) {
        /** The character as a message shows it: {@code '≋' (U+224B)}. */
        String shown() {
            return "'" + Character.toString(codePoint) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")";
        }
    }

    /**
     * The first character of an AsciiDoc source that no font draws (comment lines aside, Asciidoctor's
     * typographic replacements applied), or null.
     */
    Missing firstMissing(String source) {
        String[] lines = source.split("\n", -1);
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("////")) {
                comment = !comment;
                continue;
            }
            if (comment || line.startsWith("//")) continue;
            for (Map.Entry<String, String> r : REPLACEMENTS.entrySet()) {
                if (line.contains(r.getKey())) line = line + " " + r.getValue();
            }
            int bad = line.codePoints().filter(cp -> !draws(cp)).findFirst().orElse(-1);
            if (bad >= 0) return new Missing(i + 1, bad);
        }
        return null;
    }
}
