package org.hitpath.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/**
 * Answers the preview's requests with the files of the baked site. Each file is read while holding the
 * bake session's reading lock, so a re-bake that moves the new site into place never does so half-way
 * through a request: a reader gets the old site or the new one, never a moment with neither.
 *
 * <p>A request that comes while a re-bake is under way waits for it (up to {@link #HOLD_MILLIS}), so an
 * editor who saves and refreshes at once sees the save, not the page as it was a moment before, and
 * need not refresh again. A failed re-bake lets it through to the last good site, as before.
 */
final class ServedFiles {

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

    /** The longest a request waits for a re-bake: longer than this site's (0.2 s), short enough to never seem to hang. */
    static final long HOLD_MILLIS = 5_000;

    private final Path output;
    private final Lock reading;
    private final Object settled = new Object();
    private boolean rebaking;

    ServedFiles(Path output, Lock reading) {
        this.output = output;
        this.reading = reading;
    }

    /** A change was seen: requests wait from now until {@link #rebaked}. */
    void rebaking() {
        synchronized (settled) {
            rebaking = true;
        }
    }

    /** The re-bake has ended, whether or not it replaced the served site. */
    void rebaked() {
        synchronized (settled) {
            rebaking = false;
            settled.notifyAll();
        }
    }

    private void awaitRebake() {
        long deadline = System.nanoTime() + HOLD_MILLIS * 1_000_000;
        synchronized (settled) {
            while (rebaking) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    settled.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** What one request gets. */
    private record Answer(int status, String type, byte[] body) {}

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            awaitRebake();
            Answer answer;
            reading.lock();
            try {
                answer = answer(path);
            } finally {
                reading.unlock();
            }
            exchange.getResponseHeaders().set("Content-Type", answer.type());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private Answer answer(String path) throws IOException {
        Path file = output.resolve(path.substring(1)).normalize();
        if (!file.startsWith(output)) {
            return new Answer(403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = output.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound)
                    ? Files.readAllBytes(notFound)
                    : "not found".getBytes(StandardCharsets.UTF_8);
            return new Answer(404, "text/html; charset=utf-8", body);
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return new Answer(200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
    }
}
