package org.planpress.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where one link of a page points, resolved against the page's path in its site: a file of the site (and a
 * fragment), a {@code javascript:} URL, a path that leaves the site, or nothing to check (external, mail,
 * telephone and data URLs, an empty link, the 404 page's absolute paths).
 *
 * @param kind what the link is
 * @param url the link as written, unescaped and stripped
 * @param path for {@link Kind#SITE}: the site-relative path of the file it points to, percent-decoded, without
 *     query or fragment ("" for the site's root folder); otherwise null
 * @param fragment for {@link Kind#SITE}: the percent-decoded fragment, null or empty when there is none
 */
public record LinkTarget(Kind kind, String url, String path, String fragment) {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** What a link is. */
    public enum Kind {
        /** Nothing to check. */
        IGNORED,
        /** A {@code javascript:} URL. */
        SCRIPT,
        /** A relative path that climbs out of the site, or an absolute one. */
        OUTSIDE,
        /** A file of the site. */
        SITE
    }

    /**
     * Resolves {@code raw} (an href or src value as the page holds it, still escaped) written in the page at
     * site-relative path {@code page} ({@code plans/x.html}).
     */
    public static LinkTarget of(String page, String raw) {
        String url = Html.unescapeAttribute(raw).strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.isEmpty() || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return new LinkTarget(Kind.IGNORED, url, null, null);
        }
        if (lower.startsWith("javascript:")) return new LinkTarget(Kind.SCRIPT, url, null, null);
        if (SCHEME.matcher(url).matches() || url.startsWith("//")) return new LinkTarget(Kind.IGNORED, url, null, null);
        // 404.html is served for missing URLs at any depth: its links are absolute paths through site.host
        if (url.startsWith("/") && page.equals("404.html")) return new LinkTarget(Kind.IGNORED, url, null, null);
        String path = url;
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            path = url.substring(0, hash);
            fragment = decode(url.substring(hash + 1));
        }
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        if (path.isEmpty()) return new LinkTarget(Kind.SITE, url, page, fragment);
        String resolved = resolve(page, decode(path));
        return resolved == null ? new LinkTarget(Kind.OUTSIDE, url, null, null) : new LinkTarget(Kind.SITE, url, resolved, fragment);
    }

    /**
     * {@code path} (decoded) resolved against the folder of {@code page}, with {@code .} and {@code ..} taken
     * out; null when it is absolute or climbs above the site's root.
     */
    private static String resolve(String page, String path) {
        if (path.startsWith("/") || path.startsWith("\\")) return null;
        Deque<String> parts = new ArrayDeque<>();
        int slash = page.lastIndexOf('/');
        if (slash >= 0) {
            for (String s : page.substring(0, slash).split("/")) if (!s.isEmpty()) parts.addLast(s);
        }
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Percent-decodes {@code s} as UTF-8 (a {@code +} stays a plus: paths and fragments are not form data); a
     * malformed escape is kept as written.
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
