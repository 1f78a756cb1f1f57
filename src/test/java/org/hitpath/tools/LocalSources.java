package org.hitpath.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sources on this machine only: an HTTPS server on 127.0.0.1 with a certificate made for the test run,
 * answering /live (200), /gone (404), /moved (301 to /live) and /slow (past any test timeout), plus a
 * port where nothing listens. The checker stays https-only, as the command is; the client it is given
 * trusts this one certificate, so no request can leave the machine and none is sent in plain text.
 */
final class LocalSources implements AutoCloseable {

    static final Duration SLOW = Duration.ofSeconds(5);

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final SSLContext tls;
    private final int refusedPort;

    /** Every request as "METHOD /path User-Agent", in the order they came. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    /** The most requests the server was ever answering at once. */
    final AtomicInteger mostAtOnce = new AtomicInteger();

    private final AtomicInteger inFlight = new AtomicInteger();

    LocalSources(Path dir) throws Exception {
        tls = context(keyStore(dir));
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        server = HttpsServer.create(new InetSocketAddress(loopback, 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            refusedPort = probe.getLocalPort();
        }
    }

    /** An address on the local server, such as https://127.0.0.1:PORT/live. */
    String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** An address on a port of this machine where nothing listens. */
    String refused() {
        return "https://127.0.0.1:" + refusedPort + "/nothing-here";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A checker for these sources: it trusts the test certificate and nothing else. */
    LinkChecker checker(Duration timeout, Duration pause) {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        return new LinkChecker(client, timeout, pause, LinkChecker.userAgent("https://git.example/hit-path"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            switch (path) {
                case "/live" -> exchange.sendResponseHeaders(200, -1);
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/live");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/slow" -> {
                    sleep(SLOW);
                    exchange.sendResponseHeaders(200, -1);
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A key pair and self-signed certificate for 127.0.0.1, made by the JDK's keytool for this run. */
    private static KeyStore keyStore(Path dir) throws Exception {
        Path file = dir.resolve("local-sources.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "local",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        "test-only",
                        "-keypass",
                        "test-only")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "test-only".toCharArray());
        }
        return store;
    }

    private static SSLContext context(KeyStore store) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "test-only".toCharArray());
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("local", store.getCertificate("local"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
