package org.planpress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.planpress.diag.Diagnostic;
import org.planpress.diag.Diagnostics;
import org.planpress.internal.Workers;
import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanMemo;
import org.planpress.convert.PlanConverter;
import org.planpress.source.PlanSource;
import org.planpress.source.SourceLoader;
import org.planpress.source.Workspace;

/**
 * Reuses the conversion of plan sources that did not change between builds of one session
 * ({@code planpress serve}), so a rebuild after one edit converts one plan. A plan is reused when its text
 * is the same and nothing else conversion reads changed: the configuration, the user's section kinds and
 * labels, and the other files under content/ (images, partials). Plans with {@code include::} are always
 * converted again. The diagnostics of a reused conversion are reported again.
 */
public final class ConversionCache {
    private record Entry(String hash, ConvertedPlan plan, List<Diagnostic> diagnostics) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The last successful build of this session: where, its site fingerprint and each plan's body digest. */
    record LastSite(Path output, String fingerprint, Map<String, String> bodies) {
    }

    volatile LastSite lastSite;
    final org.planpress.link.LinkMemo linkMemo = new org.planpress.link.LinkMemo();
    /** Each converted plan's part of the site fingerprint, body digest and scanned body (see SiteFingerprint, XrefChecker). */
    final PlanMemo<byte[]> fingerprintParts = new PlanMemo<>();
    final PlanMemo<String> bodyDigests = new PlanMemo<>();
    final PlanMemo<org.planpress.html.PageLinks> scans = new PlanMemo<>();
    /** The site model of the last successful build (its people, calendar and terms are reused while the fingerprint holds). */
    volatile Map<String, Object> lastModel;
    private volatile String context = "";
    private volatile int lastReused;
    private volatile int lastConverted;

    /** How many plans the last build reused. */
    public int lastReused() {
        return lastReused;
    }

    /** How many plans the last build converted. */
    public int lastConverted() {
        return lastConverted;
    }

    /** Forgets every conversion. */
    public void clear() {
        entries.clear();
        lastSite = null;
        lastModel = null;
        scans.clear();
        linkMemo.clear();
        fingerprintParts.clear();
        bodyDigests.clear();
        context = "";
    }

    /** Like {@link PlanConverter#convertAll}, converting only the sources whose text or context changed. */
    List<ConvertedPlan> convertAll(PlanConverter converter, Workspace ws, Properties config, List<PlanSource> sources,
            Diagnostics diagnostics, int threads) {
        String ctx = contextOf(ws, config);
        if (!ctx.equals(context)) {
            entries.clear();
            context = ctx;
        }
        entries.keySet().retainAll(sources.stream().map(ConversionCache::key).toList());
        int[] converted = {0};
        List<Entry> done = Workers.mapUnchecked(sources, threads, s -> {
            String hash = sha256(s.text());
            Entry e = entries.get(key(s));
            if (e != null && e.hash().equals(hash) && !s.text().contains("include::")) return e;
            Diagnostics own = new Diagnostics();
            ConvertedPlan c = converter.convert(s, own);
            Entry fresh = new Entry(hash, c, own.sorted());
            entries.put(key(s), fresh);
            synchronized (converted) {
                converted[0]++;
            }
            return fresh;
        });
        List<ConvertedPlan> out = new ArrayList<>();
        for (Entry e : done) {
            for (Diagnostic d : e.diagnostics()) diagnostics.add(d);
            if (e.plan() != null) out.add(e.plan());
        }
        lastReused = sources.size() - converted[0];
        lastConverted = converted[0];
        return out;
    }

    private static Path key(PlanSource s) {
        return s.file().toAbsolutePath().normalize();
    }

    /** A fingerprint of what a conversion reads besides the plan's own text. */
    private static String contextOf(Workspace ws, Properties config) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(config).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Path templates = ws.source().resolve("templates");
        stamp(sb, templates.resolve("section-kinds.properties"), true);
        walk(sb, templates.resolve("i18n"), p -> true);
        walk(sb, ws.content(), p -> !SourceLoader.isPlanSource(p) && !Workspace.inImportFolder(ws.content(), p));
        return sha256(sb.toString());
    }

    private static void walk(StringBuilder sb, Path dir, java.util.function.Predicate<Path> which) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(which).sorted().forEach(p -> stamp(sb, p, false));
        } catch (IOException | java.io.UncheckedIOException e) {
            sb.append("unreadable ").append(dir).append(System.nanoTime());
        }
    }

    private static void stamp(StringBuilder sb, Path file, boolean content) {
        try {
            if (!Files.isRegularFile(file)) return;
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            sb.append(file).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
            if (content) sb.append(' ').append(sha256(Files.readString(file, StandardCharsets.UTF_8)));
            sb.append('\n');
        } catch (IOException e) {
            sb.append(file).append(" unreadable ").append(System.nanoTime()).append('\n');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
