package org.hitpath.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Parallel;

/**
 * Walks content/: every file must be a page or an image with a name JBake handles as we expect (JBake
 * copies unknown files raw into the site and matches extensions case-sensitively), and every page is
 * parsed and typed.
 */
final class ContentFiles {

    static final Pattern PAGE_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");
    static final Pattern IMAGE_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(png|jpg|webp)");
    static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String FILE_NAMES = "lower-case kebab-case .md pages, or .png, .jpg, .webp images";

    private ContentFiles() {}

    /** Every page under ROOT/content that has no problem, in path order. */
    static List<Page> read(Path root, List<Problem> problems, Broken broken) throws IOException {
        List<Page> pages = new ArrayList<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            problems.add(Problem.of("content", 0, "folder", "is missing", "a content/ folder with the site's pages"));
            return pages;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> !p.equals(content)).sorted().toList();
        }
        // Each file is read and typed on its own, on every core; what they give is merged in path order.
        List<Read> reads = Parallel.map(files, file -> read(root, file));
        for (Read read : reads) {
            problems.addAll(read.problems());
            read.page().ifPresent(pages::add);
            if (read.page().isEmpty() && read.isPage() && !read.problems().isEmpty()) {
                broken.page(read.path(), read.problems().get(0));
            }
        }
        return pages;
    }

    /** One file of content/: its page, if it is a page without problems, and the problems found. */
    private record Read(String path, boolean isPage, Optional<Page> page, List<Problem> problems) {}

    private static Read read(Path root, Path file) throws IOException {
        String path = root.relativize(file).toString().replace('\\', '/');
        List<Problem> problems = new ArrayList<>();
        if (!nameAllowed(file, path, problems)
                || !PAGE_FILE.matcher(file.getFileName().toString()).matches()) {
            return new Read(path, false, Optional.empty(), problems);
        }
        Optional<Page> page = HeaderParser.parse(path, Files.readAllBytes(file), problems)
                .flatMap(raw -> PageReader.read(raw, problems));
        return new Read(path, true, page, problems);
    }

    private static boolean nameAllowed(Path file, String path, List<Problem> problems) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            if (!FOLDER.matcher(name).matches()) {
                problems.add(Problem.of(
                        path,
                        0,
                        "folder",
                        "name \"" + name + "\" is not lower-case kebab-case",
                        "folders like steps, courses, schools"));
            }
            return false;
        }
        if (IMAGE_FILE.matcher(name).matches()) {
            return true;
        }
        if (!PAGE_FILE.matcher(name).matches()) {
            problems.add(Problem.of(path, 0, "file", "name \"" + name + "\" is not allowed in content/", FILE_NAMES));
            return false;
        }
        return true;
    }
}
