package org.hitpath.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's kept folder writes a file only when its bytes change, and ends each bake holding that bake's files only. */
class KeptFolderTest {

    @TempDir
    Path root;

    @Test
    void aFileWhoseBytesAreUnchangedIsNotWrittenAgain() throws IOException {
        KeptFolder folder = bakedOnce("a/page.html", "same");
        Path page = root.resolve("a/page.html");
        FileTime long_ago = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(page, long_ago);
        folder.begin();
        // The time was changed outside the folder, so the file is no longer taken as known: written again.
        folder.write("a/page.html", bytes("same"));
        folder.finish();
        FileTime rewritten = Files.getLastModifiedTime(page);
        assertFalse(long_ago.equals(rewritten), "a file changed behind the folder's back is written again");

        folder.begin();
        folder.write("a/page.html", bytes("same"));
        folder.finish();
        assertEquals(rewritten, Files.getLastModifiedTime(page), "an unchanged file is left as it is");
    }

    @Test
    void aChangedFileIsRewrittenInPlace() throws IOException {
        KeptFolder folder = bakedOnce("page.html", "before");
        Object inode = identity(root.resolve("page.html"));
        folder.begin();
        folder.write("page.html", bytes("after, longer"));
        folder.finish();
        assertEquals("after, longer", Files.readString(root.resolve("page.html")));
        assertEquals(inode, identity(root.resolve("page.html")), "the same file, its bytes replaced");
    }

    @Test
    void aBakeEndsWithoutTheFilesAndFoldersItDidNotWrite() throws IOException {
        KeptFolder folder = bakedOnce("deep/er/gone.html", "old");
        folder.begin();
        folder.write("kept.html", bytes("new"));
        folder.finish();
        assertFalse(Files.exists(root.resolve("deep")), "the emptied folders are gone");

        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("stray.html"), "not written by any bake");
        folder.begin();
        folder.write("kept.html", bytes("new"));
        folder.finish();
        try (var left = Files.list(root)) {
            assertEquals(java.util.List.of(root.resolve("kept.html")), left.toList());
        }
    }

    @Test
    void aFileWhereAFolderNowGoesAndAFolderWhereAFileNowGoesAreCleared() throws IOException {
        KeptFolder folder = bakedOnce("guide", "a file, once");
        Files.createDirectories(root.resolve("page.html/left-over"));
        Files.writeString(root.resolve("page.html/left-over/old.html"), "a folder, once");
        folder.begin();
        folder.write("guide/index.html", bytes("now a folder of pages"));
        folder.write("page.html", bytes("now a page"));
        folder.finish();
        assertEquals("now a folder of pages", Files.readString(root.resolve("guide/index.html")));
        assertEquals("now a page", Files.readString(root.resolve("page.html")));
    }

    private KeptFolder bakedOnce(String path, String text) throws IOException {
        KeptFolder folder = new KeptFolder(root);
        folder.begin();
        folder.write(path, bytes(text));
        folder.finish();
        return folder;
    }

    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
