package org.hitpath.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading a baked site folder: its pages, parsed, and where an internal URL lands in it. */
final class BakedSite {

    /** The made-up origin pages are resolved against, so that a relative URL can be told from one that leaves the site. */
    static final String ORIGIN = "https://site.invalid";

    private BakedSite() {}

    /** Every HTML page of the site, as a path relative to the site folder with '/' separators, sorted. */
    static List<String> pages(Path site) {
        return files(site, ".html");
    }

    /** Every file of the site whose name ends with the suffix, relative and sorted. */
    static List<String> files(Path site, String suffix) {
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException(site + " is not a site folder: bake the site first (./mvnw package)");
        }
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.toLowerCase(Locale.ROOT).endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path site, String page) {
        try {
            return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", ORIGIN + "/" + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path site, String file) {
        try {
            return Files.readString(site.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for a URL with a scheme ("https:", "mailto:", "htps:") or a protocol-relative "//host" one. */
    static boolean hasSchemeOrHost(String url) {
        return url.startsWith("//") || url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /**
     * The site file a relative URL on a page points at ("courses/x.html"), or null when it leaves the
     * site folder. A path ending in '/' means that folder's index.html, as on any static host.
     */
    static String target(String page, URI resolved) {
        String path = resolved.getPath();
        if (path == null || path.isEmpty()) {
            return page;
        }
        if (path.startsWith("/..")) {
            return null;
        }
        String file = path.substring(1);
        return file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
    }
}
