package org.hitpath.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.SiteBaker;
import org.hitpath.jbake.BakeSession;

/**
 * The editors' preview: serves the baked site on the loopback interface only and re-bakes when a
 * source changes. It watches the source folders, never the output, so its own bake cannot trigger it.
 * A failed bake prints its problems and leaves the last good site being served.
 */
public final class PreviewServer {

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"));

    private final Path source;
    private final Path output;
    private final int port;
    private final boolean drafts;
    private final BakeSession session = new BakeSession();
    private volatile Listener listener = new Listener() {};
    // One stream for everything the preview says, so its lines and a bake's problems never run together.
    private PrintStream console = System.out;

    /**
     * For tests and tools that drive the preview: told when the watcher is ready and after every
     * re-bake, on the watcher's thread. The preview itself needs none.
     */
    public interface Listener {
        /** The source folders are watched: a change saved from now on leads to a re-bake. */
        default void watching() {}

        /** A re-bake after a change has finished, whether or not it replaced the served site. */
        default void rebaked(Rebake rebake) {}
    }

    /**
     * What one re-bake did.
     *
     * @param ok     whether it replaced the served site
     * @param errors what it printed to the error stream, line by line: every problem, then the summary
     */
    public record Rebake(boolean ok, List<String> errors) {}

    public PreviewServer(Path source, Path output, int port, boolean drafts) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.port = port;
        this.drafts = drafts;
    }

    public void run() throws Exception {
        stopWithParent();
        BakeCommand.run(options(output), console, console);
        HttpServer server = start();
        console.println("serving " + output + " on http://localhost:"
                + server.getAddress().getPort() + "/ (Ctrl+C to stop)");
        try {
            watchForChanges();
        } finally {
            server.stop(0);
        }
    }

    /**
     * Started by Maven, the preview runs in a process of its own; if Maven is stopped by a signal rather
     * than Ctrl+C (which reaches both), nothing would stop this one and the port would stay taken. So the
     * preview ends with the process that started it.
     */
    private void stopWithParent() {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    console.println("the process that started the preview has ended; stopping");
                    System.exit(0);
                }));
    }

    /** Where the preview writes what it does and every problem a bake finds (for tests). */
    public void printTo(PrintStream console) {
        this.console = console;
    }

    /** Sets who is told what the watcher does (for tests and tools). */
    public void listen(Listener listener) {
        this.listener = listener;
    }

    /** A bake of the source into TARGET within this preview's session. */
    private BakeOptions options(Path target) {
        return BakeOptions.of(source, target).withDrafts(drafts).in(session);
    }

    /** Starts serving on the loopback interface (port 0 picks a free port) and returns the server. */
    public HttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
        return server;
    }

    /** Re-bakes on every change to a source until the thread is interrupted. */
    public void watchForChanges() throws Exception {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            register(watcher);
            listener.watching();
            warmUp();
            watch(watcher);
        } finally {
            session.close();
        }
    }

    /** Bakes into a scratch folder this many times after the first bake, before the first edit is baked. */
    static final int WARM_UP_BAKES = 5;

    /**
     * Bakes a few more times into a scratch folder before the first edit arrives. The JVM compiles the
     * bake's hot code over its first runs; without this the editor's first saves wait for that (one
     * warm-up bake: 290 ms a re-bake over the first ten edits; five: about 200 ms). Saves made meanwhile
     * are queued by the watcher, which is already registered.
     */
    private void warmUp() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("hit-path-warm-up-");
            for (int i = 0; i < WARM_UP_BAKES; i++) {
                new SiteBaker(options(scratch.resolve("site"))).bake();
            }
        } catch (Exception e) {
            // A site with problems was reported by the first bake; the watcher reports the next one.
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private void register(WatchService watcher) throws IOException {
        source.register(
                watcher,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : WATCHED) {
            Path dir = source.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(dir)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(
                            watcher,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private void watch(WatchService watcher) throws Exception {
        while (true) {
            WatchKey key;
            try {
                key = watcher.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            boolean relevant = false;
            do {
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    Object ctx = event.context();
                    if (ctx instanceof Path name && isSource(dir.resolve(name))) {
                        relevant = true;
                    }
                }
                key.reset();
                // Editors save several files at once; collect the burst before baking (an editor saves one
                // file as a few events within a millisecond or two; 25 ms takes them all and a quick "save all").
                key = watcher.poll(25, TimeUnit.MILLISECONDS);
            } while (key != null);
            if (relevant) {
                rebake(watcher);
            }
        }
    }

    /** Bakes the changed source over the served site, says how it went and tells the listener. */
    private void rebake(WatchService watcher) throws IOException {
        long start = System.nanoTime();
        console.println("change detected, re-baking...");
        register(watcher);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        boolean ok;
        try (PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            ok = BakeCommand.run(options(output), console, err);
        }
        String printed = errors.toString(StandardCharsets.UTF_8);
        console.print(printed);
        console.printf(
                "%s in %d ms%n",
                ok ? "re-baked" : "bake failed, still serving the last good site",
                (System.nanoTime() - start) / 1_000_000);
        listener.rebaked(new Rebake(ok, printed.lines().toList()));
    }

    private boolean isSource(Path changed) {
        Path p = changed.toAbsolutePath().normalize();
        if (p.equals(source.resolve("jbake.properties"))) {
            return true;
        }
        if (p.startsWith(output)) {
            return false;
        }
        return WATCHED.stream().anyMatch(f -> p.startsWith(source.resolve(f)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            Path file = output.resolve(path.substring(1)).normalize();
            if (!file.startsWith(output)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes());
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                Path notFound = output.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes();
                send(exchange, 404, "text/html; charset=utf-8", body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
