package org.hitpath.gates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JavaScript the browser checks run in the page, kept as files in src/test/resources/gates/ so that
 * it reads (and lints) as JavaScript. Each check class reads its scripts once, into constants.
 */
final class BrowserScripts {

    private BrowserScripts() {}

    /** The script gates/NAME from the class path; a missing one is a broken build, not a passing check. */
    static String read(String name) {
        String path = "/gates/" + name;
        try (InputStream in = BrowserScripts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the browser script " + path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
