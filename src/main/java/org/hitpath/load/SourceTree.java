package org.hitpath.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.hitpath.schema.Problem;

/**
 * Only regular files inside the site folder are read or copied. A pull request can carry a symbolic link
 * (to a secret file, to a huge folder) or a named pipe; JBake would follow a link and copy what it
 * points at into the published site. Every such entry under the folders the bake reads is refused
 * before anything is read, and nothing follows a link while looking.
 */
final class SourceTree {

    /** The folders and files a bake reads from the site folder. */
    static final List<String> READ = List.of("content", "assets", "templates", "data", "jbake.properties");

    private SourceTree() {}

    /** Adds a problem for every symbolic link or other non-regular file among what the bake reads. */
    static void check(Path root, List<Problem> problems) throws IOException {
        for (String part : READ) {
            Path start = root.resolve(part);
            if (Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, start, problems);
            }
        }
    }

    private static void walk(Path root, Path start, List<Problem> problems) throws IOException {
        // The default walk does not follow links: a link is visited as a file, never entered.
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isSymbolicLink()) {
                    problems.add(refused(root, file, "is a symbolic link to " + target(file)));
                } else if (!attributes.isRegularFile() && !attributes.isDirectory()) {
                    problems.add(refused(root, file, "is not a regular file (a pipe, socket or device)"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String target(Path link) throws IOException {
        return Files.readSymbolicLink(link).toString().replace('\\', '/');
    }

    private static Problem refused(Path root, Path file, String what) {
        return Problem.of(
                root.relativize(file).toString().replace('\\', '/'),
                0,
                "file",
                what + "; the build reads only regular files inside the site folder",
                "a regular file in its place, or remove it");
    }
}
