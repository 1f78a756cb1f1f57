package org.hitpath.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.BakeSession;
import org.hitpath.bake.SiteBaker;

/**
 * The editors' preview: serves the baked site on the loopback interface only and re-bakes when a
 * source changes. It watches the source folders, never the output, so its own bake cannot trigger it.
 * A failed bake prints its problems and leaves the last good site being served.
 */
public final class PreviewServer {

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data");
    private final Path source;
    private final Path output;
    private final int port;
    private final boolean drafts;
    private final BakeSession session = new BakeSession();
    private final ServedFiles files;
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
        this.files = new ServedFiles(this.output, session.reading());
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
        // The JDK's server sends a response's headers and its body as two writes; with Nagle's algorithm the
        // body then waits for the client to acknowledge the headers, which a client delays by up to 40 ms:
        // a page of this site took 45 ms to arrive, 2 ms without. The server reads this once, at its first start.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", files::handle);
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

    /** Bakes this many times after the first bake, before the first edit is baked. */
    static final int WARM_UP_BAKES = 5;

    /**
     * Bakes the site a few more times before the first edit arrives. The JVM compiles the bake's hot code
     * over its first runs; without this the editor's first saves wait for that (before the preview kept its
     * bodies and folders, one warm-up bake gave 290 ms a re-bake over the first ten edits; five, 200 ms). They bake into the served folder, as a re-bake
     * does, so the preview's spare folder is ready too; a bake of unchanged files publishes the same site.
     * Saves made meanwhile are queued by the watcher, which is already registered, and baked after.
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_BAKES; i++) {
            try {
                new SiteBaker(options(output)).bake();
            } catch (Exception e) {
                // A site with problems was reported by the first bake; the watcher reports the next one.
                return;
            }
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

    /**
     * How long the watcher waits after a change for the next one before it bakes: editors save several
     * files at once, and one file as a few events (a temporary file written, renamed over the old one)
     * within a millisecond or two, so the burst is collected and baked once. Every millisecond of it is a
     * millisecond between a save and the page; 10 ms is five times the longest such burst.
     */
    static final long QUIET_MILLIS = 10;

    private void watch(WatchService watcher) throws Exception {
        while (true) {
            WatchKey key;
            try {
                key = watcher.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            boolean relevant = false;
            boolean newFolder = false;
            do {
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    Object ctx = event.context();
                    if (ctx instanceof Path name && isSource(dir.resolve(name))) {
                        relevant = true;
                        files.rebaking();
                        newFolder |= event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                                && Files.isDirectory(dir.resolve(name));
                    }
                }
                key.reset();
                key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            } while (key != null);
            if (newFolder) {
                // Files saved into a new folder are seen only once the folder itself is watched.
                register(watcher);
            }
            try {
                if (relevant) {
                    rebake();
                }
            } finally {
                files.rebaked();
            }
        }
    }

    /** Bakes the changed source over the served site, says how it went and tells the listener. */
    private void rebake() throws IOException {
        long start = System.nanoTime();
        console.println("change detected, re-baking...");
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
}
