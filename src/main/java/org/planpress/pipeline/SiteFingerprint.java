package org.planpress.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.planpress.convert.ConvertedPlan;
import org.planpress.convert.PlanMemo;

/**
 * A digest of everything one plan's page can change on other pages: the configuration, the user's theme
 * and docs files, and each plan's model (title, sections, kinds, roster, timeline), index terms and links to
 * other plans. While it stays the same, an edit changed only that plan's own page (and the compare pages of
 * the section kinds it touched, and the data files and search index, which are always rewritten), so a serve
 * session can reuse every other page.
 */
final class SiteFingerprint {
    private static final Pattern INTER_PLAN_LINK = Pattern.compile("href=\"([^\"#/:]+\\.html#[^\"]*)\"");

    private SiteFingerprint() {
    }

    /** The fingerprint of a site; {@code memo} keeps each plan's part of it, so only edited plans are digested again. */
    static String of(Path source, Properties config, List<ConvertedPlan> plans, PlanMemo<byte[]> memo, int threads) {
        try {
            MessageDigest md = sha256();
            md.update(new TreeMap<>(config).toString().getBytes(StandardCharsets.UTF_8));
            for (String dir : new String[] {"templates", "assets", "docs"}) {
                Path d = source.resolve(dir);
                if (!Files.isDirectory(d)) continue;
                try (Stream<Path> s = Files.walk(d)) {
                    for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                        if (!Files.isRegularFile(p)) continue;
                        md.update((source.relativize(p) + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis())
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            List<ConvertedPlan> sorted = new ArrayList<>(plans);
            sorted.sort(java.util.Comparator.comparing(c -> c.plan().id()));
            Map<ConvertedPlan, byte[]> parts = memo.of(sorted, threads, SiteFingerprint::part);
            for (ConvertedPlan c : sorted) md.update(parts.get(c));
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "unknown-" + System.nanoTime(); // never matches: the build rebuilds everything
        }
    }

    /** One plan's part: a digest of its model, index terms and links to other plans. */
    private static byte[] part(ConvertedPlan c) {
        MessageDigest md = sha256();
        md.update(c.plan().toString().getBytes(StandardCharsets.UTF_8));
        md.update(c.terms().toString().getBytes(StandardCharsets.UTF_8));
        Matcher m = INTER_PLAN_LINK.matcher(c.bodyHtml());
        while (m.find()) md.update(m.group(1).getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }

    /** A digest of one plan's HTML body. */
    static String body(ConvertedPlan c) {
        return HexFormat.of().formatHex(sha256().digest(c.bodyHtml().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
