package org.hitpath.gates;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests of the baked site share: target/site (or -Dsite.dir) served on loopback, and a
 * Chromium, started before a class's tests and stopped after them.
 */
abstract class BakedSiteInBrowser {

    static StaticServer server;
    static Chromium chromium;

    @BeforeAll
    static void serveTheSite() {
        server = StaticServer.serve(Path.of(System.getProperty("site.dir", "target/site")));
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        server.close();
    }
}
