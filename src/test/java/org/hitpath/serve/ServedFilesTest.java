package org.hitpath.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the preview answers a request for a file of the baked site. */
class ServedFilesTest {

    @TempDir
    Path site;

    @Test
    void aRequestDuringAReBakeWaitsForItAndGetsTheNewPage() throws Exception {
        Files.writeString(site.resolve("index.html"), "before the save");
        ServedFiles files = new ServedFiles(site, new ReentrantReadWriteLock().readLock());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", files::handle);
        server.start();
        try {
            URI page = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
            HttpClient client = HttpClient.newHttpClient();
            files.rebaking();
            CompletableFuture<HttpResponse<String>> answer =
                    client.sendAsync(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(answer.isDone(), "no answer while the re-bake is under way");

            Files.writeString(site.resolve("index.html"), "after the save");
            files.rebaked();
            assertEquals("after the save", answer.get(10, TimeUnit.SECONDS).body());
            assertEquals(
                    "after the save",
                    client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                            .body(),
                    "with no re-bake under way, a request is answered at once");
        } finally {
            server.stop(0);
        }
    }
}
