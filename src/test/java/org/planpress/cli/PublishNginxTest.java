package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/**
 * Issue 7, end to end: the baked default site is published with the real {@code mvn -Ppublish site-deploy} to a
 * {@code file:} root (releases/&lt;timestamp&gt; plus an atomically switched {@code current} symlink) that a real
 * nginx serves under /plans/; everything is fetched over HTTP. A missing mvn or nginx fails the test.
 */
class PublishNginxTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void publishedSiteIsServedByNginxUnderASubPathAndSwitchedAtomically() throws Exception {
        Path site = TestSites.defaultSite();
        Path tmp = Files.createTempDirectory("pp-publish", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path build = tmp.resolve("build");
        TestSites.copy(site, build.resolve("site"));
        Path root = tmp.resolve("www");

        String first = publish(build, root, tmp);
        assertTrue(Files.isSymbolicLink(root.resolve("current")));
        assertEquals(Path.of("releases", first), Files.readSymbolicLink(root.resolve("current")));
        assertEquals(TestSites.treeDigest(site), TestSites.treeDigest(root.resolve("current").toRealPath()), "published tree = baked tree");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process nginx = startNginx(tmp.resolve("nginx"), root, port);
        try {
            String base = "http://127.0.0.1:" + port + "/plans/";
            HttpResponse<String> index = get(base);
            assertEquals(200, index.statusCode());
            assertTrue(Jsoup.parse(index.body()).select(".pp-plan-card").size() >= 3, index.body());
            assertEquals(200, get(base + "index.html").statusCode());

            HttpResponse<String> plan = get(base + "plans/ejl1-safety-year.html");
            assertEquals(200, plan.statusCode());
            assertEquals("Annual Activity Plan for Production Safety (3)", Jsoup.parse(plan.body()).selectFirst("h1").text());
            assertTrue(get(base + "css/planpress.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

            HttpResponse<String> json = get(base + "plans.json");
            assertEquals(200, json.statusCode());
            assertTrue(new ObjectMapper().readTree(json.body()).toString().contains("ejl1-safety-year"));

            int searchFiles = 0;
            for (Path f : filesUnder(site, "search")) {
                HttpResponse<String> r = get(base + site.relativize(f).toString().replace('\\', '/'));
                assertEquals(200, r.statusCode(), f.toString());
                searchFiles++;
            }
            if (Files.exists(site.resolve("search.html"))) assertEquals(200, get(base + "search.html").statusCode());

            for (Path pdf : filesUnder(site, "pdf")) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + site.relativize(pdf))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), pdf.toString());
                assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
                assertEquals("%PDF", new String(r.body(), 0, 4, StandardCharsets.ISO_8859_1));
            }

            HttpResponse<String> missing = get(base + "plans/no-such-plan.html");
            assertEquals(404, missing.statusCode());
            assertEquals(Files.readString(site.resolve("404.html")), missing.body(), "nginx answers with the site's 404 page");

            // a second publication is switched in whole; the first stays on disk for a rollback
            Files.writeString(build.resolve("site/release-marker.txt"), "second release\n");
            assertEquals(404, get(base + "release-marker.txt").statusCode());
            String second = publish(build, root, tmp);
            assertTrue(second.compareTo(first) > 0, first + " then " + second);
            assertEquals(Path.of("releases", second), Files.readSymbolicLink(root.resolve("current")));
            assertEquals("second release\n", get(base + "release-marker.txt").body());
            assertTrue(Files.isRegularFile(root.resolve("releases").resolve(first).resolve("index.html")));
            try (Stream<Path> s = Files.list(root)) {
                assertEquals(List.of("current", "releases"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                        "no temporary links left behind");
            }
            System.out.println("published and served over nginx; search files checked: " + searchFiles);
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(20, TimeUnit.SECONDS)) nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the README's publishing command; returns the name of the release it made. */
    private static String publish(Path build, Path root, Path tmp) throws Exception {
        Path log = Files.createTempFile(tmp, "mvn", ".log");
        List<String> before = releases(root);
        Process p;
        try {
            p = new ProcessBuilder("mvn", "-B", "-q", "-Ppublish", "site-deploy",
                    "-Dplanpress.buildDir=" + build, "-Dplanpress.publish.root=" + root)
                    .directory(TestSites.repo().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("mvn is needed for the publish test and could not be started: " + e.getMessage(), e);
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("mvn publish timed out: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), "mvn -Ppublish site-deploy failed:\n" + Files.readString(log));
        List<String> after = releases(root);
        after.removeAll(before);
        assertEquals(1, after.size(), "one new release: " + after);
        return after.get(0);
    }

    private static List<String> releases(Path root) throws IOException {
        Path dir = root.resolve("releases");
        if (!Files.isDirectory(dir)) return new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static List<Path> filesUnder(Path site, String dir) throws IOException {
        Path d = site.resolve(dir);
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Process startNginx(Path prefix, Path root, int port) throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(nginx)) {
            fail("nginx is needed for the publish test: install Debian's nginx-light (/usr/sbin/nginx), as .ci/run does");
        }
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Path conf = prefix.resolve("nginx.conf");
        String t = prefix.resolve("temp").toString();
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                    types {
                        text/html html; text/css css; text/javascript js; application/json json; application/xml xml;
                        text/calendar ics; image/svg+xml svg; image/png png; image/jpeg jpg; application/pdf pdf;
                        text/plain txt; font/woff2 woff2;
                    }
                    default_type application/octet-stream;
                    charset utf-8;
                    charset_types text/css text/javascript application/json text/calendar;
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d;
                        location /plans/ {
                            alias %4$s/current/;
                            index index.html;
                            error_page 404 /plans/404.html;
                        }
                    }
                }
                """.formatted(prefix, t, port, root));
        Path out = prefix.resolve("logs/stdout.log");
        Process p = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (!p.isAlive()) fail("nginx exited: " + Files.readString(out) + readOrEmpty(prefix.resolve("logs/error.log")));
            try (Socket s = new Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        fail("nginx did not listen on port " + port + ": " + readOrEmpty(prefix.resolve("logs/error.log")));
        return p;
    }

    private static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }
}
