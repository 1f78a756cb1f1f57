package org.hitpath.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hitpath.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files inside the site folder are read or copied (issue 15): a pull request can carry a
 * symbolic link to a secret or to a huge folder, which JBake would copy into the published site.
 */
class SourceTreeTest {

    private static final String REFUSED =
            "; the build reads only regular files inside the site folder (allowed: a regular file in its place, or remove it)";

    @TempDir
    Path work;

    private Path site() {
        return TestSite.fixture("minimal", work.resolve("src"));
    }

    private List<String> problemsOfABakeOf(Path src) {
        TestSite.Bake bake = TestSite.bake(src, work.resolve("out"));
        assertFalse(bake.ok(), bake::describe);
        assertFalse(Files.exists(work.resolve("out")), "nothing was published");
        return bake.problems();
    }

    @Test
    void refusesALinkInAssetsToAFileOutsideTheSite() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "not for the site");
        Path src = site();
        Files.createSymbolicLink(src.resolve("assets/secret.txt"), secret);
        assertEquals(
                List.of("assets/secret.txt:0: file: is a symbolic link to " + secret + REFUSED),
                problemsOfABakeOf(src));
    }

    @Test
    void refusesALinkToAFolderWithoutLookingInsideIt() throws IOException {
        Path big = Files.createDirectories(work.resolve("big"));
        Files.writeString(big.resolve("a.md"), "not a page");
        Files.createSymbolicLink(big.resolve("loop"), big);
        Path src = site();
        Files.createSymbolicLink(src.resolve("content/big"), big);
        assertEquals(List.of("content/big:0: file: is a symbolic link to " + big + REFUSED), problemsOfABakeOf(src));
    }

    @Test
    void refusesALinkEvenToAFileInsideTheSite() throws IOException {
        Path src = site();
        Files.createSymbolicLink(src.resolve("content/courses/copy.md"), Path.of("alpha.md"));
        assertEquals(
                List.of("content/courses/copy.md:0: file: is a symbolic link to alpha.md" + REFUSED),
                problemsOfABakeOf(src));
    }

    @Test
    void refusesLinksInTemplatesAndData() throws IOException {
        Path src = site();
        Files.createSymbolicLink(src.resolve("templates/extra.ftl"), src.resolve("templates/page.ftl"));
        Files.createSymbolicLink(src.resolve("data/figures/linked.yaml"), Path.of("fixture.yaml"));
        assertEquals(
                List.of(
                        "data/figures/linked.yaml:0: file: is a symbolic link to fixture.yaml" + REFUSED,
                        "templates/extra.ftl:0: file: is a symbolic link to " + src.resolve("templates/page.ftl")
                                + REFUSED),
                problemsOfABakeOf(src));
    }

    @Test
    void refusesANamedPipe() throws IOException, InterruptedException {
        Path src = site();
        Path pipe = src.resolve("content/pipe.md");
        Process mkfifo =
                new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo made the pipe");
        assertEquals(
                List.of("content/pipe.md:0: file: is not a regular file (a pipe, socket or device)" + REFUSED),
                problemsOfABakeOf(src));
    }
}
