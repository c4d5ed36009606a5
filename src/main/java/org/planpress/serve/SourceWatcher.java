package org.planpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches what a build reads — {@code content/}, {@code templates/}, {@code assets/} (each with its
 * sub-directories) and {@code jbake.properties} — with the JDK's WatchService and reports each burst of
 * changes once, after {@code quietMillis} without further events (an editor's save is often several).
 * Editor back-up and swap files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {
    private static final Set<String> ROOTS = Set.of("content", "templates", "assets", "jbake.properties");

    private final Path source;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;
    private volatile boolean closed;

    private SourceWatcher(Path source, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.source = source.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "planpress-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code source}.
     *
     * @param onChange called on the watcher thread with the changed paths (relative to {@code source})
     */
    public static SourceWatcher start(Path source, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        SourceWatcher w = new SourceWatcher(source, quietMillis, onChange);
        w.register(w.source);
        for (String r : new String[] {"content", "templates", "assets"}) w.registerTree(w.source.resolve(r));
        w.thread.start();
        return w;
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) register(d);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a directory that vanished meanwhile; the next event brings it back
        }
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Set<Path> changed = new TreeSet<>();
                Set<Path> created = new TreeSet<>();
                collect(key, changed, created);
                // debounce: keep collecting until quiet
                while (true) {
                    WatchKey more = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                    if (more == null) break;
                    collect(more, changed, created);
                }
                // a file made and gone within the batch (an editor's temporary file, renamed over the one it
                // saves) changed nothing: it is not reported, and alone it starts no rebuild
                for (Path p : created) if (!Files.exists(source.resolve(p), java.nio.file.LinkOption.NOFOLLOW_LINKS)) changed.remove(p);
                if (!changed.isEmpty() && !closed) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException e) {
                        System.err.println("planpress serve: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds the paths {@code key}'s events name to {@code changed}, and those it saw created to {@code created}. */
    private void collect(WatchKey key, Set<Path> changed, Set<Path> created) {
        Path dir = keys.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null) continue;
            if (e.kind() == OVERFLOW) {
                changed.add(Path.of("content"));
                continue;
            }
            Path child = dir.resolve((Path) e.context());
            Path rel = source.relativize(child);
            if (rel.getNameCount() == 0 || !ROOTS.contains(rel.getName(0).toString())) continue;
            String name = child.getFileName().toString();
            if (ignored(name)) continue;
            if (e.kind() == ENTRY_CREATE && Files.isDirectory(child)) registerTree(child);
            changed.add(rel);
            if (e.kind() == ENTRY_CREATE) created.add(rel);
        }
        if (!key.reset()) keys.remove(key);
    }

    /** Editor back-up, lock and swap files. */
    static boolean ignored(String name) {
        return name.endsWith("~") || name.startsWith(".#") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".swo") || name.endsWith(".tmp") || name.equals(".DS_Store") || name.equals("4913");
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // closing
        }
        thread.interrupt();
    }
}
