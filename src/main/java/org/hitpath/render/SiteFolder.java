package org.hitpath.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hitpath.jbake.LinearRenderer;

/**
 * The folder a bake writes the site into, file by file, by paths relative to its root with '/' between
 * folders. Pages are written from several threads at once; a later write of a path replaces an earlier
 * one of the same bake, as copying the assets over the pages always has.
 */
public interface SiteFolder extends LinearRenderer.Destination {

    /** The folder itself. */
    Path root();

    /**
     * Whether the folder was new and empty when the bake began: only then may JBake's own asset copy,
     * which writes every file whether or not it changed, write into it.
     */
    boolean startedEmpty();

    /**
     * Writes TEXT as UTF-8 at PATH, refusing (as {@code Files.writeString} does) a text that is not valid
     * Unicode rather than writing a question mark for it.
     */
    default Path writeText(String path, String text) throws IOException {
        ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return write(path, bytes);
    }

    /** BYTES read as UTF-8, refusing (as {@code Files.readString} does) bytes that are not. */
    static String text(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** An empty folder at ROOT, every file written as it comes: what a bake that keeps nothing writes into. */
    static SiteFolder fresh(Path root) {
        LinearRenderer.Destination files = LinearRenderer.folder(root);
        return new SiteFolder() {
            @Override
            public Path write(String path, byte[] bytes) throws IOException {
                return files.write(path, bytes);
            }

            @Override
            public Path root() {
                return root;
            }

            @Override
            public boolean startedEmpty() {
                return true;
            }
        };
    }
}
