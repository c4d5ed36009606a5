package org.planpress;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.sun.net.httpserver.HttpServer;

/** Real headless Chromium (Debian's chromium and chromedriver, never a download) and a static file server. */
public final class Browser {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** Starts Chromium; fails (never skips) when it is not installed. */
    public static ChromeDriver start() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new AssertionError("Chromium is required for the search browser tests: install Debian's chromium "
                    + "and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile = Files.createTempDirectory("pp-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return d;
    }

    /** Serves a directory under a sub-path on 127.0.0.1, recording each path requested. */
    public static final class Server implements AutoCloseable {
        final HttpServer http;
        public final String base;
        public final List<String> requests = new CopyOnWriteArrayList<>();

        public Server(Path dir, String context) throws IOException {
            this(dir, context, false);
        }

        /** As above; with {@code notFoundPage}, a missing file is answered 404 with the site's 404.html, as nginx's error_page does. */
        public Server(Path dir, String context, boolean notFoundPage) throws IOException {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // no Nagle delay on small files
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(6));
            http.createContext(context, ex -> {
                String path = ex.getRequestURI().getPath();
                requests.add(path);
                Path f = dir.resolve(path.substring(context.length())).normalize();
                int status = 200;
                if (!f.startsWith(dir) || Files.isDirectory(f) || !Files.isRegularFile(f)) {
                    if (!notFoundPage || !Files.isRegularFile(dir.resolve("404.html"))) {
                        ex.sendResponseHeaders(404, -1);
                        ex.close();
                        return;
                    }
                    f = dir.resolve("404.html");
                    status = 404;
                }
                byte[] b = "HEAD".equals(ex.getRequestMethod()) ? new byte[0] : Files.readAllBytes(f);
                String name = f.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : name.endsWith(".css") ? "text/css; charset=utf-8"
                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
                ex.getResponseHeaders().set("Content-Type", type);
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(b);
                }
            });
            http.start();
            base = "http://127.0.0.1:" + http.getAddress().getPort() + context;
        }

        @Override
        public void close() {
            http.stop(0);
            ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        }
    }
}
