package org.hitpath.gates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Serves a site folder over HTTP on the loopback interface at a free port, like a static host would:
 * under the base path the site was baked for (from its home page's canonical link: "/" for a domain
 * root, "/repo/" for a GitHub project site, which the deploy bakes), a path ending in '/' serves that
 * folder's index.html, anything else missing is a 404. Browsers treat file:// pages differently
 * (origin, CSP, fetches), so the browser gates load pages from here.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor;

    private StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath(this.root);
        // The JDK's server waits on Nagle's algorithm before the last packet of a small response: about
        // 40 ms for each page, stylesheet and script the browser asks for. Read once, by the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StaticServer serve(Path root) {
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the loopback server", e);
        }
    }

    /** The address of a site file, for example url("courses/index.html"). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
    }

    /** The path part of the home page's canonical link, up to its last slash; "/" when there is none. */
    private static String basePath(Path root) throws IOException {
        Path home = root.resolve("index.html");
        if (!Files.isRegularFile(home)) {
            return "/";
        }
        Element canonical = Jsoup.parse(home.toFile(), "UTF-8").selectFirst("link[rel=canonical][href]");
        String path = canonical == null
                ? null
                : URI.create(canonical.attr("href").strip()).getPath();
        return path == null || path.isEmpty() ? "/" : path.substring(0, path.lastIndexOf('/') + 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.endsWith("/")) {
                path += "index.html";
            }
            Path file = path.startsWith(basePath)
                    ? root.resolve(path.substring(basePath.length())).normalize()
                    : null;
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                send(
                        exchange,
                        404,
                        "text/plain; charset=utf-8",
                        ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
