package org.planpress.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a baked site from a directory with the JDK's HTTP server, for previews: GET and HEAD only,
 * nothing outside the site root (any {@code ..}, encoded slash or backslash, NUL or symlink out is a 404),
 * the site's own 404.html for missing pages, and the live-reload script injected into HTML responses
 * (the files on disk are not changed). While the last build failed, HTML responses also carry an overlay
 * with the messages.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final LiveReload live;
    private final HttpServer http;
    private final ExecutorService pool;
    private final Object idle = new Object();
    private volatile boolean building;

    private SiteServer(Path root, LiveReload live, HttpServer http, ExecutorService pool) {
        this.root = root;
        this.live = live;
        this.http = http;
        this.pool = pool;
    }

    /**
     * Starts serving {@code root} (which may not exist yet) on {@code address}; port 0 picks a free port.
     */
    public static SiteServer start(Path root, InetSocketAddress address, LiveReload live) throws IOException {
        HttpServer http = HttpServer.create(address, 64);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "planpress-serve");
            t.setDaemon(true);
            return t;
        });
        SiteServer s = new SiteServer(root.toAbsolutePath().normalize(), live, http, pool);
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Marks a rebuild as running: a page missing meanwhile (the output is being swapped) is retried after it. */
    public void building(boolean on) {
        synchronized (idle) {
            building = on;
            if (!on) idle.notifyAll();
        }
    }

    private void awaitIdle() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (idle) {
            while (building && System.nanoTime() < until) {
                try {
                    idle.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        live.close();
        http.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (LiveReload.EVENTS.equals(raw)) {
                live.stream(ex);
                return;
            }
            if (LiveReload.SCRIPT.equals(raw)) {
                send(ex, 200, TYPES.get("js"), LiveScript.TEXT.getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            String rel = relative(raw);
            Path file = rel == null ? null : locate(rel);
            if (file == null && rel != null && building) {
                awaitIdle();
                file = locate(rel);
            }
            if (file != null && Files.isDirectory(file)) {
                if (!raw.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", raw + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0], head);
                    return;
                }
                file = locate(rel.isEmpty() ? "index.html" : rel + "/index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                notFound(ex, head);
                return;
            }
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                notFound(ex, head); // swapped away while reading
                return;
            }
            String type = typeOf(file);
            if (type.startsWith("text/html")) body = inject(body);
            send(ex, 200, type, body, head);
        } catch (IOException | RuntimeException e) {
            // a client that went away; nothing to tell it
        }
    }

    private void notFound(HttpExchange ex, boolean head) throws IOException {
        Path page = locate("404.html");
        byte[] body = page == null ? "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(page);
        send(ex, 404, TYPES.get("html"), inject(body), head);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * The site-relative path for a raw request path, or null when it could leave the site root: any
     * {@code .} or {@code ..} segment, backslash, NUL, encoded slash or backslash, or bad percent-encoding.
     */
    static String relative(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return null;
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) return null;
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0 || decoded.indexOf('%') >= 0) return null;
        StringBuilder out = new StringBuilder();
        for (String seg : decoded.substring(1).split("/", -1)) {
            if (seg.equals(".") || seg.equals("..")) return null;
            if (seg.isEmpty()) continue;
            if (seg.chars().anyMatch(c -> c < 0x20 || c == ':')) return null;
            if (out.length() > 0) out.append('/');
            out.append(seg);
        }
        return out.toString();
    }

    /** Strict percent-decoding as UTF-8 ('+' stays '+'); throws on a bad escape or bytes that are not UTF-8. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) throw new IllegalArgumentException("bad escape");
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new IllegalArgumentException("bad escape");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8");
        }
    }

    /** The file for a site-relative path when it exists and, with symlinks resolved, is inside the root. */
    private Path locate(String rel) {
        try {
            if (!Files.isDirectory(root)) return null;
            Path realRoot = root.toRealPath();
            Path p = realRoot.resolve(rel).normalize();
            if (!p.startsWith(realRoot) || !Files.exists(p)) return null;
            Path real = p.toRealPath();
            return real.startsWith(realRoot) ? real : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String typeOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** The HTML with the live-reload script (and, after a failed build, the overlay) before {@code </body>}. */
    byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        StringBuilder add = new StringBuilder();
        List<String> failure = live.failure();
        if (!failure.isEmpty()) add.append(overlay(failure));
        add.append("<script src=\"").append(LiveReload.SCRIPT).append("\"></script>\n");
        int at = s.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? s + add : s.substring(0, at) + add + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The overlay shown without waiting for the script: the messages, HTML-escaped. */
    static String overlay(List<String> messages) {
        StringBuilder sb = new StringBuilder("<div id=\"__planpress-overlay\" role=\"alert\" style=\"position:fixed;left:0;right:0;"
                + "bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#fff4f4;"
                + "color:#5c0000;border-top:4px solid #c00;font:14px/1.5 system-ui,sans-serif\">"
                + "<strong>PlanPress: the build failed. The page shows the last good build; fix the source and save.</strong>"
                + "<pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">");
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(org.planpress.html.Html.escape(messages.get(i)));
        }
        return sb.append("</pre></div>\n").toString();
    }
}
