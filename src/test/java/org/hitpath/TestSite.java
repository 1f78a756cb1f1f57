package org.hitpath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds site folders for tests (the real site, or a fixture with the real templates) and bakes them. */
public final class TestSite {

    public static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path FIXTURES = PROJECT.resolve("src/test/resources/fixtures");

    private TestSite() {}

    private static Bake realSite;

    /**
     * The real site, baked once per test run and shared by every test class that only reads it, so the
     * suite bakes it once instead of once per class. Nothing may modify it.
     */
    public static synchronized Bake realSiteBakedOnce() {
        if (realSite == null) {
            try {
                Path dir = Files.createTempDirectory("hit-path-real-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                realSite = bake(real(dir.resolve("src")), dir.resolve("site"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return realSite;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    /** A copy of the real site's sources. */
    public static Path real(Path dir) {
        for (String part : List.of("content", "templates", "assets", "data", "jbake.properties")) {
            copy(PROJECT.resolve(part), dir.resolve(part));
        }
        return dir;
    }

    /** A fixture's content and data, baked with the real templates, assets and settings. */
    public static Path fixture(String name, Path dir) {
        for (String part : List.of("templates", "assets", "jbake.properties")) {
            copy(PROJECT.resolve(part), dir.resolve(part));
        }
        copy(FIXTURES.resolve(name), dir);
        return dir;
    }

    /** Lays one fixture folder over another, file by file. */
    public static Path overlay(Path fixtureFolder, Path dir) {
        copy(fixtureFolder, dir);
        return dir;
    }

    public static Bake bake(Path source, Path output) {
        return bake(source, output, false);
    }

    public static Bake bake(Path source, Path output, boolean drafts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            boolean ok = BakeCommand.run(BakeOptions.of(source, output).withDrafts(drafts), o, e);
            return new Bake(ok, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), output);
        } catch (Exception ex) {
            throw new IllegalStateException("the bake threw instead of reporting", ex);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one bake: whether it succeeded, what it printed, where the site went. */
    public record Bake(boolean ok, String out, String err, Path site) {

        public List<String> problems() {
            return err.lines()
                    .filter(l -> !l.startsWith("bake failed:") && !l.isBlank())
                    .toList();
        }

        public Document page(String path) {
            try {
                return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "https://site.test/" + path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<String> pages() {
            try (Stream<Path> walk = Files.walk(site)) {
                return walk.filter(p -> p.toString().endsWith(".html"))
                        .map(p -> site.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String describe() {
            return "bake " + (ok ? "succeeded" : "failed") + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }
}
