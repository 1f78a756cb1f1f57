import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long an editor waits between saving a Markdown file and seeing it in the preview, on a copy of
 * the real site (single-file program, JDK 17+):
 *
 * <pre>java bench/PreviewLatency.java PROJECT_DIR [EDITS] [JVM flags...]</pre>
 *
 * Starts {@code java FLAGS -jar target/hit-path.jar serve COPY OUT} as the preview does, waits for its
 * first bake, then EDITS times (default 10) appends a new sentence to content/courses/anatomy.md and
 * polls the served page every 5 ms until the sentence appears. Prints each latency, the median and the
 * worst. The clock starts when the file is written and stops when the HTTP response contains the edit,
 * so it covers the file watcher, the quiet period that collects a burst of saves, the re-bake and the
 * swap into place. (The preview answers a request made during a re-bake when the re-bake ends, as it
 * would a browser's refresh right after a save, so the response that shows the edit is usually one
 * asked for while the re-bake ran.)
 */
public class PreviewLatency {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // By default the preview's own settings (the pom's launcher.jvm.args, as ./hit-path has them).
        List<String> flags = args.length > 2
                ? List.of(args).subList(2, args.length)
                : List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx640m");
        Path work = Files.createTempDirectory("preview-latency-");
        Path site = work.resolve("src");
        for (String part : List.of("content", "templates", "assets", "data", "jbake.properties")) {
            copy(project.resolve(part), site.resolve(part));
        }
        int port = 8900 + (int) (ProcessHandle.current().pid() % 90);
        List<String> command = new ArrayList<>(List.of("java", "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"));
        command.addAll(flags);
        command.addAll(List.of("-jar", project.resolve("target/hit-path.jar").toString(), "serve", site.toString(),
                work.resolve("out").toString(), "--port", String.valueOf(port)));
        Process preview = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("preview.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI page = URI.create("http://127.0.0.1:" + port + "/courses/anatomy.html");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (fetch(http, page) == null) {
                if (System.nanoTime() > deadline || !preview.isAlive()) {
                    throw new IllegalStateException("the preview did not start; see " + work.resolve("preview.log"));
                }
                Thread.sleep(50);
            }
            Path file = site.resolve("content/courses/anatomy.md");
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                // Let the JVM settle between edits, as an editor types and reads in between saves.
                Thread.sleep(1500);
                String marker = "Latency check number " + i + " " + System.nanoTime() + ".";
                long start = System.nanoTime();
                Files.writeString(file, "\n" + marker + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                while (true) {
                    String body = fetch(http, page);
                    if (body != null && body.contains(marker)) {
                        break;
                    }
                    if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
                        throw new IllegalStateException("edit " + i + " never appeared; see " + work.resolve("preview.log"));
                    }
                    Thread.sleep(5);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                millis.add(ms);
                System.out.printf(Locale.ROOT, "edit %2d visible after %5d ms%n", i, ms);
            }
            // The preview's own account: how much of the wait was the re-bake itself.
            List<Long> rebakes = Files.readAllLines(work.resolve("preview.log")).stream()
                    .filter(l -> l.startsWith("re-baked in ")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .sorted().toList();
            if (!rebakes.isEmpty()) {
                System.out.printf(Locale.ROOT, "the preview's re-bakes: median %d ms, worst %d ms (%d)%n",
                        rebakes.get((rebakes.size() - 1) / 2), rebakes.get(rebakes.size() - 1), rebakes.size());
            }
            List<Long> sorted = millis.stream().sorted(Comparator.naturalOrder()).toList();
            System.out.printf(Locale.ROOT, "preview %s: %d edits, median %d ms, worst %d ms (first: %d ms)%n",
                    String.join(" ", flags), edits, sorted.get((sorted.size() - 1) / 2), sorted.get(sorted.size() - 1), millis.get(0));
        } finally {
            preview.destroy();
            preview.waitFor();
            deleteTree(work);
        }
    }

    private static String fetch(HttpClient http, URI page) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
