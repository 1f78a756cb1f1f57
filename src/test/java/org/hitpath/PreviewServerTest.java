package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hitpath.serve.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' preview: loopback only, and an edit shows after a refresh. */
class PreviewServerTest {

    @TempDir
    Path work;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anEditedCoursePageShowsAfterARefreshAndABadEditKeepsTheLastGoodSite() throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path site = work.resolve("site");
        assertTrue(TestSite.bake(src, site).ok());
        PreviewServer preview = new PreviewServer(src, site, 0, false);
        HttpServer server = preview.start();
        Thread watcher = new Thread(() -> {
            try {
                preview.watchForChanges();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        try {
            assertEquals(InetAddress.getLoopbackAddress(), server.getAddress().getAddress(), "serves on loopback only");
            String url = "http://localhost:" + server.getAddress().getPort() + "/courses/alpha.html";
            assertTrue(get(url).body().contains("Alpha things"));
            Thread.sleep(300); // let the watcher register before the edit

            Path course = src.resolve("content/courses/alpha.md");
            Files.writeString(course, Files.readString(course).replace("Alpha things", "Freshly edited things"));
            long started = System.nanoTime();
            String body = "";
            while (System.nanoTime() - started < Duration.ofSeconds(20).toNanos()
                    && !body.contains("Freshly edited things")) {
                Thread.sleep(100);
                body = get(url).body();
            }
            assertTrue(body.contains("Freshly edited things"), "the edit reached the served page");
            System.out.printf("preview: edit visible after %d ms%n", (System.nanoTime() - started) / 1_000_000);

            Files.writeString(course, "title=Broken\n~~~~~~\n\nno type\n");
            Thread.sleep(3000);
            assertTrue(
                    get(url).body().contains("Freshly edited things"),
                    "a failed re-bake keeps serving the last good site");
            assertEquals(
                    404,
                    get("http://localhost:" + server.getAddress().getPort() + "/nothing-here.html")
                            .statusCode());
            int outside = get("http://localhost:" + server.getAddress().getPort() + "/..%2F..%2Fsrc%2Fjbake.properties")
                    .statusCode();
            assertTrue(outside == 403 || outside == 404, "no file outside the site is served, got " + outside);
        } finally {
            watcher.interrupt();
            server.stop(0);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
