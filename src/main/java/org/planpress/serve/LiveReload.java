package org.planpress.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The live-reload channel: open pages listen on a Server-Sent Events stream and get {@code reload} after
 * each good build and {@code failed} (a JSON list of {@code file:line: message} lines) after a failed one.
 * A page connecting while the last build failed gets the failure at once.
 */
public final class LiveReload {
    /** The path of the event stream. */
    public static final String EVENTS = "/__planpress/events";
    /** The path of the page script. */
    public static final String SCRIPT = "/__planpress/live.js";

    private static final String CLOSE = "\u0000close";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<BlockingQueue<String>> clients = new CopyOnWriteArraySet<>();
    private volatile List<String> failure = List.of();
    private volatile int build;
    private volatile boolean closed;

    /** Tells every open page to reload: the site was rebuilt. */
    public void reload() {
        failure = List.of();
        build++;
        send(frame("reload", String.valueOf(build)));
    }

    /** Tells every open page to go to {@code path} (relative to the site root): a plan just imported. */
    public void open(String path) {
        failure = List.of();
        build++;
        send(frame("open", path));
    }

    /** Tells every open page that the last build failed, with its messages; the old site stays served. */
    public void failed(List<String> messages) {
        failure = List.copyOf(messages);
        send(frame("failed", json(failure)));
    }

    /** The messages of the last build when it failed, else an empty list. */
    public List<String> failure() {
        return failure;
    }

    /** Number of pages listening. */
    public int clients() {
        return clients.size();
    }

    /** Ends every stream. */
    public void close() {
        closed = true;
        for (BlockingQueue<String> q : clients) q.offer(CLOSE);
    }

    private void send(String frame) {
        for (BlockingQueue<String> q : clients) q.offer(frame);
    }

    private static String frame(String event, String data) {
        return "event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
    }

    private static String json(List<String> messages) {
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the exchange open as an event stream until the page goes away or the server stops. */
    void stream(HttpExchange ex) throws IOException {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        clients.add(q);
        try (OutputStream out = ex.getResponseBody()) {
            StringBuilder first = new StringBuilder("retry: 1000\n\n").append(frame("hello", String.valueOf(build)));
            if (!failure.isEmpty()) first.append(frame("failed", json(failure)));
            write(out, first.toString());
            while (!closed) {
                String next = q.poll(15, TimeUnit.SECONDS);
                if (CLOSE.equals(next)) break;
                write(out, next == null ? ": keep-alive\n\n" : next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the page was closed or reloaded
        } finally {
            clients.remove(q);
            ex.close();
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
