package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hitpath.serve.PreviewServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' preview: loopback only, and an edit shows after a refresh. */
class PreviewServerTest {

    /** Long enough for a slow machine's first re-bake; the test waits for the outcome, not for this. */
    private static final long REBAKE_TIMEOUT_SECONDS = 60;

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
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        preview.printTo(new PrintStream(said, true, StandardCharsets.UTF_8));
        Recorder recorder = new Recorder();
        preview.listen(recorder);
        HttpServer server = preview.start();
        Thread watcher = watch(preview);
        try {
            assertEquals(InetAddress.getLoopbackAddress(), server.getAddress().getAddress(), "serves on loopback only");
            String root = "http://localhost:" + server.getAddress().getPort() + "/";
            String url = root + "courses/alpha.html";
            assertEquals("Alpha things, paid", firstWordsOfWhatYouLearn(get(url)));
            assertTrue(recorder.watching.await(REBAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS), "the watcher started");

            Path course = src.resolve("content/courses/alpha.md");
            long started = System.nanoTime();
            save(course, Files.readString(course).replace("Alpha things", "Freshly edited things"));
            assertEquals(new PreviewServer.Rebake(true, List.of()), recorder.nextRebake(), "the edit was re-baked");
            assertEquals(
                    "Freshly edited things, paid",
                    firstWordsOfWhatYouLearn(get(url)),
                    "the edit reached the served page");
            System.out.printf("preview: edit visible after %d ms%n", (System.nanoTime() - started) / 1_000_000);

            save(course, "title=Broken\n~~~~~~\n\nno type\n");
            assertEquals(
                    new PreviewServer.Rebake(
                            false,
                            List.of(
                                    "content/courses/alpha.md:1: type: is missing (allowed: home, page, listing, step, course, credential, organisation, school)",
                                    "  2 places use it: content/courses/beta.md:16, content/credentials/fixcred.md:23",
                                    "bake failed: 1 problem(s) in the site source; nothing was baked")),
                    recorder.nextRebake(),
                    "the broken edit was re-baked and failed with its problems");
            assertEquals(
                    "Freshly edited things, paid",
                    firstWordsOfWhatYouLearn(get(url)),
                    "a failed re-bake keeps serving the last good site");
            assertEquals(404, get(root + "nothing-here.html").statusCode());
            // The career map is an SVG picture: served as anything else, a browser would not draw it.
            Files.writeString(site.resolve("picture.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            assertEquals(
                    "image/svg+xml",
                    get(root + "picture.svg")
                            .headers()
                            .firstValue("Content-Type")
                            .orElse(""));
            int outside = get(root + "..%2F..%2Fsrc%2Fjbake.properties").statusCode();
            assertTrue(outside == 403 || outside == 404, "no file outside the site is served, got " + outside);
            List<String> lines = said.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(
                    List.of(
                            "change detected, re-baking...",
                            "baked",
                            "review queue on",
                            "re-baked in",
                            "change detected, re-baking...",
                            "content/courses/alpha.md:1: type: is missing",
                            "  2 places use it:",
                            "bake failed: 1 problem(s)",
                            "bake failed, still serving the last good site in"),
                    lines.stream()
                            .map(l -> l.replaceFirst("^(baked|review queue on|re-baked in).*", "$1")
                                    .replaceFirst("^(content/courses/alpha.md:1: type: is missing).*", "$1")
                                    .replaceFirst("^(  2 places use it:).*", "$1")
                                    .replaceFirst("^(bake failed: 1 problem\\(s\\)).*", "$1")
                                    .replaceFirst("^(bake failed, still serving the last good site in).*", "$1"))
                            .toList(),
                    "one line per message, in order, none run together: " + lines);
        } finally {
            watcher.interrupt();
            server.stop(0);
        }
    }

    @Test
    void everyRequestWhileTheSiteIsReBakedGetsAWholePage() throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path site = work.resolve("site");
        assertTrue(TestSite.bake(src, site).ok());
        PreviewServer preview = new PreviewServer(src, site, 0, false);
        preview.printTo(new PrintStream(OutputStream.nullOutputStream()));
        Recorder recorder = new Recorder();
        preview.listen(recorder);
        HttpServer server = preview.start();
        Thread watcher = watch(preview);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answers = new AtomicInteger();
        List<String> broken = new CopyOnWriteArrayList<>();
        String url = "http://localhost:" + server.getAddress().getPort() + "/courses/alpha.html";
        // Asks for the page over and over while the preview bakes (its warm-up bakes, then the edits').
        Thread reader = new Thread(() -> {
            while (!stop.get() && answers.get() < 100_000) {
                try {
                    HttpResponse<String> page = get(url);
                    answers.incrementAndGet();
                    if (page.statusCode() != 200 || !page.body().strip().endsWith("</html>")) {
                        broken.add(page.statusCode() + ": " + page.body().length() + " characters");
                    }
                } catch (IOException | InterruptedException e) {
                    broken.add(e.toString());
                }
            }
        });
        try {
            assertTrue(recorder.watching.await(REBAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS), "the watcher started");
            reader.start();
            Path course = src.resolve("content/courses/alpha.md");
            for (int edit = 1; edit <= 3; edit++) {
                save(course, Files.readString(course).replace("Alpha things", "Alpha things, edit " + edit + ","));
                assertEquals(new PreviewServer.Rebake(true, List.of()), recorder.nextRebake(), "edit " + edit);
            }
            stop.set(true);
            reader.join(TimeUnit.SECONDS.toMillis(REBAKE_TIMEOUT_SECONDS));
            assertTrue(answers.get() > 3, "the page was asked for while the site was re-baked: " + answers);
            assertEquals(List.of(), broken, "answers that were not the whole page, old or new");
        } finally {
            stop.set(true);
            watcher.interrupt();
            server.stop(0);
        }
    }

    /** Runs the preview's watcher on a thread of its own, as the preview does after serving. */
    private static Thread watch(PreviewServer preview) {
        Thread watcher = new Thread(() -> {
            try {
                preview.watchForChanges();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /**
     * Maven starts the preview as a process of its own; when Maven is killed, the preview must not keep
     * the port. Here a shell stands in for Maven: it starts the preview, then ends.
     */
    @Test
    void thePreviewStopsWhenTheProcessThatStartedItEnds() throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String command =
                "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.hitpath.SiteBuild serve '"
                        + src + "' '" + work.resolve("site") + "' --port 0 > '" + work.resolve("preview.log")
                        + "' 2>&1 & echo $!; i=0; while ! grep -q serving '" + work.resolve("preview.log")
                        + "' && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done";
        Process shell = new ProcessBuilder("sh", "-c", command).start();
        long pid = Long.parseLong(new String(shell.getInputStream().readNBytes(20), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .strip());
        ProcessHandle preview = ProcessHandle.of(pid).orElseThrow();
        assertTrue(preview.isAlive(), "the preview started");
        assertTrue(shell.waitFor(30, TimeUnit.SECONDS), "the shell ended");
        try {
            preview.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            preview.destroyForcibly();
            throw new AssertionError("the preview outlived the process that started it: "
                    + Files.readString(work.resolve("preview.log")));
        }
        assertTrue(
                Files.readString(work.resolve("preview.log"))
                        .contains("the process that started the preview has ended; stopping"),
                Files.readString(work.resolve("preview.log")));
    }

    /** What the preview tells its listener, kept for the test thread to wait on. */
    private static final class Recorder implements PreviewServer.Listener {
        final CountDownLatch watching = new CountDownLatch(1);
        final BlockingQueue<PreviewServer.Rebake> rebakes = new LinkedBlockingQueue<>();

        @Override
        public void watching() {
            watching.countDown();
        }

        @Override
        public void rebaked(PreviewServer.Rebake rebake) {
            rebakes.add(rebake);
        }

        PreviewServer.Rebake nextRebake() throws InterruptedException {
            PreviewServer.Rebake next = rebakes.poll(REBAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(next, "no re-bake ran within " + REBAKE_TIMEOUT_SECONDS + " s of the edit");
            return next;
        }
    }

    /**
     * Saves FILE the way many editors do, by moving a finished copy into place, so the watcher sees the
     * new text whole and exactly one change. The copy is written outside the watched folders.
     */
    private void save(Path file, String text) throws IOException {
        Path copy = Files.createTempFile(work, "save-", ".md");
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The text of the course's "What you learn" paragraph before its figure. */
    private static String firstWordsOfWhatYouLearn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode());
        return Jsoup.parse(page.body())
                .selectFirst("h2#what-you-learn + p")
                .textNodes()
                .get(0)
                .text()
                .strip();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
