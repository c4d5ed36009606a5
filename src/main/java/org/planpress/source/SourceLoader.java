package org.planpress.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.planpress.diag.Diagnostics;

/**
 * Stage 1: finds the plan sources under {@code content/} and reads them strictly as UTF-8.
 * Files that are not text get an error at line 1 and are left out.
 */
public final class SourceLoader {
    private SourceLoader() {
    }

    /** True for the file names PlanPress treats as AsciiDoc plan sources. */
    public static boolean isPlanSource(Path file) {
        String n = file.getFileName().toString();
        return !n.startsWith(".") && !n.startsWith("_")
                && (n.endsWith(".adoc") || n.endsWith(".asciidoc") || n.endsWith(".ad"));
    }

    /**
     * The files under {@code content} that are not among {@code plans} (partials, images, other files a plan
     * may include), sorted: what every plan's conversion may read besides its own text.
     */
    public static List<Path> sharedFiles(Path content, java.util.Collection<PlanSource> plans) throws IOException {
        if (!Files.isDirectory(content)) return List.of();
        java.util.Set<Path> own = new java.util.HashSet<>();
        for (PlanSource p : plans) own.add(p.file().toAbsolutePath().normalize());
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(Files::isRegularFile).filter(p -> !own.contains(p.toAbsolutePath().normalize()))
                    .filter(p -> !Workspace.inImportFolder(content, p)).sorted().toList();
        }
    }

    /** Loads every plan source of the workspace, sorted by path. */
    public static List<PlanSource> load(Workspace ws, Diagnostics diagnostics) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ws.content())) {
            files = s.filter(Files::isRegularFile).filter(SourceLoader::isPlanSource)
                    .filter(f -> !hiddenOrPartial(ws.content().relativize(f)))
                    .filter(f -> !Workspace.inImportFolder(ws.content(), f)).sorted().toList();
        }
        List<PlanSource> out = new ArrayList<>();
        for (Path f : files) {
            String display = ws.display(f);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                diagnostics.error(display, 0, "cannot read file: " + e.getMessage());
                continue;
            }
            String text = decode(bytes, display, diagnostics);
            if (text == null) continue;
            out.add(new PlanSource(idOf(f), f, display, text, org.planpress.store.Store.key(bytes)));
        }
        return out;
    }

    /** True when a path segment starts with "_" or ".": partials for include:: and hidden folders. */
    static boolean hiddenOrPartial(Path relative) {
        for (Path seg : relative) {
            String n = seg.toString();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }

    /** The plan id for a source file: its base name without extension. */
    public static String idOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Decodes bytes as UTF-8, removing a UTF-8 byte-order mark and normalizing CRLF and CR to LF.
     * Returns null (after adding an error) for UTF-16 or other non-UTF-8 input and for binary files.
     */
    public static String decode(byte[] bytes, String display, Diagnostics diagnostics) {
        int start = 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            diagnostics.error(display, 1, "file is UTF-16 encoded; save it as UTF-8");
            return null;
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        // the JDK's own decoding (ASCII copied as it is), and the strict decoder only where a replacement
        // character shows that a byte may not have been UTF-8: 10,000 plans are read at every build
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        try {
            if (text.indexOf('\uFFFD') >= 0) {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            }
        } catch (CharacterCodingException e) {
            int line = lineOfBadByte(bytes, start);
            diagnostics.error(display, line, "file is not valid UTF-8 text (binary file or another encoding); save it as UTF-8");
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            diagnostics.error(display, 1 + (int) text.substring(0, text.indexOf('\0')).chars().filter(c -> c == '\n').count(),
                    "file contains NUL characters: it is not a text file");
            return null;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineOfBadByte(byte[] bytes, int start) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        // find the first offset that fails to decode by growing prefixes line by line
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    dec.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }
}
