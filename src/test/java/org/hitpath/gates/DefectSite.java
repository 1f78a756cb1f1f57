package org.hitpath.gates;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A tiny site written by a test into a temporary folder: a clean home page that passes every gate, plus
 * the pages a test adds (each linked from the home page unless it is meant to be an orphan). A defect
 * test adds one page with one defect and expects the matching gate to name that page and that defect.
 */
final class DefectSite {

    /** The fixture's stylesheet: plain, readable, and a few classes that only defect pages use. */
    static final String CSS = """
            body { margin: 0; font-family: sans-serif; font-size: 1rem; line-height: 1.5; color: #1b1f23; background: #ffffff; }
            a { color: #0b5394; }
            .skip { position: absolute; left: 0.5rem; top: -10rem; background: #ffbf47; color: #0b0c0c; }
            .skip:focus { top: 0.5rem; }
            main, header, footer { display: block; padding: 0 1rem; }
            .faint { color: #c8c8c8; }
            .gradient { background: linear-gradient(#ffffff, #f0f0f0); }
            @media (prefers-color-scheme: dark) { .faint-when-dark { color: #e0e0e0; } }
            .no-focus-ring:focus, .no-focus-ring:focus-visible { outline: none; }
            .too-wide { width: 900px; }
            .fixed-box { height: 24px; overflow: hidden; }
            .px-text { font-size: 16px; }
            """;

    private final Path root;
    private final List<String> linked = new ArrayList<>();

    private DefectSite(Path root) {
        this.root = root;
    }

    /** A new site in the folder: the stylesheet now, the home page when {@link #build()} is called. */
    static DefectSite in(Path root) {
        DefectSite site = new DefectSite(root);
        site.file("css/fixture.css", CSS);
        site.png("favicon.png", 16, 16); // without an icon, the browser asks for /favicon.ico and logs a 404
        return site;
    }

    /** Adds a page with the given main content, linked from the home page. */
    DefectSite page(String path, String main) {
        return raw(path, page(path, title(path), main), true);
    }

    /** Adds a page with the given main content that no page links to. */
    DefectSite orphan(String path, String main) {
        return raw(path, page(path, title(path), main), false);
    }

    /** Adds a page written in full by the test (for defects in head), linked from the home page. */
    DefectSite raw(String path, String html, boolean link) {
        file(path, html);
        if (link) {
            linked.add(path);
        }
        return this;
    }

    /** Adds any file, as text. */
    DefectSite file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a PNG image of the given size. */
    DefectSite png(String path, int width, int height) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes the home page, linking every page added with {@link #page}; returns the site folder. */
    Path build() {
        StringBuilder list = new StringBuilder("<ul>\n");
        for (String path : linked) {
            list.append("<li><a href=\"")
                    .append(path)
                    .append("\">")
                    .append(title(path))
                    .append("</a></li>\n");
        }
        list.append("</ul>");
        file("index.html", page("index.html", "Defect fixture home", "<p>Pages of this fixture:</p>\n" + list));
        return root;
    }

    /** A complete, valid, accessible page around the main content; links are relative to the page's folder. */
    static String page(String path, String title, String main) {
        String up = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'">
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%s</title>
                <link rel="stylesheet" href="%scss/fixture.css">
                <link rel="icon" href="%sfavicon.png" type="image/png">
                </head>
                <body>
                <a class="skip" href="#main">Skip to main content</a>
                <header><p><a href="%sindex.html">Fixture home</a></p></header>
                <main id="main" tabindex="-1">
                <h1>%s</h1>
                %s
                </main>
                <footer><p>Fixture footer text.</p></footer>
                </body>
                </html>
                """.formatted(title, up, up, up, title, main);
    }

    private static String title(String path) {
        return "Fixture page " + path;
    }
}
