package org.planpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planpress.TestSites;

/** Issue 7: {@code planpress serve} serves, rebuilds on change, signals reloads, shows failures, stays in the root. */
class ServeTest {
    static final long WAIT_SECONDS = 60;
    static final String PLAN = "content/plans/ejl1-safety-year.adoc";
    static final String PAGE = "plans/ejl1-safety-year.html";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Event(String name, String data) {
    }

    private HttpResponse<String> get(ServeSession s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(s.url().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Listens on the event stream, as the page script does, collecting events. */
    private BlockingQueue<Event> listen(ServeSession s) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpRequest req = HttpRequest.newBuilder(s.url().resolve(LiveReload.EVENTS.substring(1))).build();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
            String name = "message";
            StringBuilder data = new StringBuilder();
            try (Stream<String> lines = resp.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event: ")) name = line.substring(7);
                    else if (line.startsWith("data: ")) data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                    else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                        name = "message";
                        data.setLength(0);
                    }
                }
            } catch (RuntimeException closed) {
                // stream ended with the server
            }
        });
        return events;
    }

    private static Event await(BlockingQueue<Event> events, String name) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            Event e = events.poll(500, TimeUnit.MILLISECONDS);
            if (e != null && e.name().equals(name)) return e;
        }
        throw new AssertionError("no '" + name + "' event within " + WAIT_SECONDS + " s");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    /** Whether the site's search files contain {@code text}; false while the index is being swapped (files vanish mid-walk). */
    private static boolean searchFilesContain(Path site, String text) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.readString(f).contains(text)) return true;
            }
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
            return false;
        }
        return false;
    }

    private static List<String> leftovers(Path site) throws java.io.IOException {
        try (Stream<Path> beside = Files.list(site.toAbsolutePath().getParent())) {
            return beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + site.getFileName() + ".search-")
                            || n.startsWith("." + site.getFileName() + ".data-")).toList();
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static boolean eventually(Check check) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            if (check.holds()) return true;
            Thread.sleep(100);
        }
        return check.holds();
    }

    /** A session on {@code src} with the default options, printing its progress and problems to {@code console}. */
    private static ServeSession start(Path src, StringBuffer console) throws java.io.IOException {
        return ServeSession.start(ServeSession.Options.defaults(src),
                line -> console.append(line).append('\n'), line -> console.append(line).append('\n'));
    }

    @Test
    void servesRebuildsOnEditSignalsReloadAndKeepsTheLastGoodSiteOnFailure() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        StringBuffer console = new StringBuffer();
        try (ServeSession s = start(src, console)) {
            assertTrue(s.lastGood(), console.toString());
            assertEquals("127.0.0.1", s.url().getHost());
            HttpResponse<String> page = get(s, PAGE);
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("<script src=\"/__planpress/live.js\"></script>"), "live reload injected");
            assertFalse(Files.readString(s.output().resolve(PAGE)).contains("__planpress"), "baked files stay clean");
            HttpResponse<String> script = get(s, "__planpress/live.js");
            assertEquals(200, script.statusCode());
            assertTrue(script.body().contains("EventSource"));
            assertEquals(200, get(s, "css/planpress.css").statusCode());
            assertFalse(get(s, "css/planpress.css").body().contains("__planpress"), "only HTML gets the script");
            assertEquals(200, get(s, "plans.json").statusCode());

            BlockingQueue<Event> events = listen(s);
            assertEquals("hello", await(events, "hello").name());

            // 1. an edit is rebuilt and the page told to reload
            int sameLinks = count(Files.readString(s.output().resolve(PAGE)), "class=\"pp-same\"");
            assertTrue(sameLinks > 0, "the page links its sections to the same sections in other plans");
            Path plan = src.resolve(PLAN);
            String original = Files.readString(plan);
            Files.writeString(plan, original + "\nA sentence added while serving: zebra-marker-4711.\n");
            await(events, "reload");
            assertTrue(get(s, PAGE).body().contains("zebra-marker-4711"), "rebuilt page served");
            assertEquals(sameLinks, count(Files.readString(s.output().resolve(PAGE)), "class=\"pp-same\""),
                    "the rebuilt page keeps its links to the other plans");
            assertTrue(console.toString().matches("(?s).*changed: content/plans/ejl1-safety-year\\.adoc\\n.*rebuilt in [0-9.]+ s \\(3 plans: 1 converted, 2 reused\\).*"),
                    console.toString());
            // the search index follows the page (it is written just after the reload)
            assertTrue(eventually(() -> searchFilesContain(s.output(), "zebra-marker-4711")), "search index updated");
            assertTrue(eventually(() -> leftovers(s.output()).isEmpty()), "no temporary index left: " + leftovers(s.output()));

            // 2. a broken edit: the failure reaches the page, the last good site is still served
            String broken = original + "\nA sentence added while serving: zebra-marker-4711.\n\nSee xref:no-such-plan.adoc#x[more].\n";
            int line = (int) broken.lines().count();
            Files.writeString(plan, broken);
            Event failed = await(events, "failed");
            assertTrue(failed.data().contains("content/plans/ejl1-safety-year.adoc:" + line + ": error: cross-reference to a missing plan"),
                    failed.data());
            HttpResponse<String> old = get(s, PAGE);
            assertEquals(200, old.statusCode());
            assertTrue(old.body().contains("zebra-marker-4711"), "last good page still served");
            assertTrue(old.body().contains("id=\"__planpress-overlay\""), "overlay in the page");
            assertTrue(old.body().contains("ejl1-safety-year.adoc:" + line + ": error: cross-reference to a missing plan"));
            assertTrue(console.toString().contains("still serving the last good site"), console.toString());
            assertFalse(s.lastGood());

            // 3. fixed again: reload, overlay gone
            Files.writeString(plan, original + "\nFixed: lion-marker-0815.\n");
            await(events, "reload");
            HttpResponse<String> fixed = get(s, PAGE);
            assertTrue(fixed.body().contains("lion-marker-0815"));
            assertFalse(fixed.body().contains("__planpress-overlay"));
        }
    }

    /**
     * Issue 9: a rebuild renders only the edited page and the compare page it changed, and reuses the rest
     * (pages, scans, people, calendar and terms of the last build); what it publishes must equal a full build.
     */
    @Test
    void aRebuildAfterOneEditEqualsAFullBuildOfTheSameSources() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        StringBuffer console = new StringBuffer();
        try (ServeSession s = start(src, console)) {
            BlockingQueue<Event> events = listen(s);
            await(events, "hello");
            Path plan = src.resolve(PLAN);
            String text = Files.readString(plan);
            Files.writeString(plan, text + "\nA sentence added while serving: heron-marker-2718.\n");
            await(events, "reload");
            assertTrue(console.toString().contains("(3 plans: 1 converted, 2 reused)"), console.toString());
            assertTrue(eventually(() -> searchFilesContain(s.output(), "heron-marker-2718")), "search index updated");
            assertTrue(eventually(() -> leftovers(s.output()).isEmpty()), "no temporary index left");

            Path full = Files.createTempDirectory("pp-full").resolve("site");
            org.planpress.pipeline.Build.run(new org.planpress.pipeline.Build.Options(src, full, false,
                    Runtime.getRuntime().availableProcessors()), line -> { });
            assertEquals(files(full), files(s.output()), "the same files");
            for (String rel : files(full)) {
                String a = Files.readString(full.resolve(rel), StandardCharsets.ISO_8859_1);
                String b = Files.readString(s.output().resolve(rel), StandardCharsets.ISO_8859_1);
                if (rel.equals("stages.ics")) { // the time of writing differs
                    a = a.replaceAll("DTSTAMP:\\S+", "");
                    b = b.replaceAll("DTSTAMP:\\S+", "");
                }
                assertEquals(a, b, rel);
            }
        }
    }

    private static List<String> files(Path site) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void requestsOutsideTheSiteRootAre404() throws Exception {
        Path src = TestSites.sourceWithDefaultPlans();
        Path secret = Files.createTempDirectory("pp-secret");
        Files.writeString(secret.resolve("secret.txt"), "TOP-SECRET");
        try (ServeSession s = ServeSession.start(ServeSession.Options.defaults(src), l -> { }, l -> { })) {
            Files.createSymbolicLink(s.output().resolve("leak"), secret);
            Files.createSymbolicLink(s.output().resolve("leak.txt"), secret.resolve("secret.txt"));
            String notFoundPage = Files.readString(s.output().resolve("404.html"));
            assertEquals(200, raw(s, "/index.html").status());
            for (String path : List.of("/../secret.txt", "/plans/../../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/",
                    "/.%2e/x", "/plans%2f..%2f..%2fpom.xml", "/plans%2F..%2Findex.html", "/..%5c..%5cetc%5cpasswd",
                    "/%252e%252e/%252e%252e/etc/passwd", "/plans/%c0%ae%c0%ae/x", "/index.html%00.txt", "/./index.html",
                    "//etc/passwd", "/leak/secret.txt", "/leak.txt", "/no-such-page.html", "/plans/../index.html")) {
                Response r = raw(s, path);
                assertEquals(404, r.status(), path);
                assertFalse(r.body().contains("TOP-SECRET") || r.body().contains("root:"), path);
                assertTrue(r.body().contains(notFoundPage.substring(0, 200)), "the site's 404 page for " + path);
            }
            // a raw backslash is not a legal URI character: the JDK server refuses it (400) before any file lookup
            for (String path : List.of("/..\\..\\etc\\passwd", "/plans\\..\\..\\pom.xml")) {
                Response r = raw(s, path);
                assertTrue(r.status() == 404 || r.status() == 400, path + " -> " + r.status());
                assertFalse(r.body().contains("root:"));
            }
            assertEquals(405, raw(s, "POST", "/index.html").status());
            assertEquals(301, raw(s, "/plans").status());
        }
    }

    @Test
    void serveCommandWithoutContentFailsClearly() throws Exception {
        Path empty = Files.createTempDirectory("pp-serve-empty");
        TestSites.Run r = TestSites.run("serve", "--source", empty.toString(), "--port", "0");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: no content/ directory"), r.err());
    }

    @Test
    void overlayEscapesMessages() {
        String html = SiteServer.overlay(List.of("content/plans/a.adoc:3: error: bad <script>alert(1)</script> & \"x\""));
        assertTrue(html.contains("bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void relativePathRules() {
        assertEquals("plans/a.html", SiteServer.relative("/plans/a.html"));
        assertEquals("", SiteServer.relative("/"));
        assertEquals("people.html", SiteServer.relative("/people.html"));
        assertEquals("plans/计划.html", SiteServer.relative("/plans/%E8%AE%A1%E5%88%92.html"));
        for (String bad : List.of("/../x", "/a/../../x", "/%2e%2e/x", "/a%2fb", "/a%5cb", "/a\\b", "/%00", "/%zz", "/%c0%ae%c0%ae/",
                "/%25", "x", "/C:/windows")) {
            assertEquals(null, SiteServer.relative(bad), bad);
        }
        assertNotEquals(null, SiteServer.relative("/search/index-0.json"));
    }

    record Response(int status, String body) {
    }

    private static Response raw(ServeSession s, String path) throws Exception {
        return raw(s, "GET", path);
    }

    /** Sends the path exactly as given (clients would normalize it). */
    private static Response raw(ServeSession s, String method, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String status = text.substring(0, text.indexOf("\r\n"));
            int body = text.indexOf("\r\n\r\n");
            assertNotNull(status);
            return new Response(Integer.parseInt(status.split(" ")[1]), body < 0 ? "" : text.substring(body + 4));
        }
    }
}
