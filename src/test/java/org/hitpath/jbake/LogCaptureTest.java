package org.hitpath.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** JBake reports dropped files only in its log; the bake reads the log through this capture. */
class LogCaptureTest {

    @Test
    void capturesWarningsAndErrorsButNotInformation() {
        List<String> seen;
        try (LogCapture capture = LogCapture.begin()) {
            LoggerFactory.getLogger("org.jbake.app.Crawler").info("Processing [a.md]");
            LoggerFactory.getLogger("org.jbake.app.Crawler").warn("{} has an unknown document type", "b.md");
            LoggerFactory.getLogger("org.jbake.app.Renderer").error("Rendering failed");
            seen = capture.messages();
        }
        assertEquals(
                List.of(
                        "WARN org.jbake.app.Crawler: b.md has an unknown document type",
                        "ERROR org.jbake.app.Renderer: Rendering failed"),
                seen);
    }

    @Test
    void stopsCapturingWhenClosed() {
        LogCapture capture = LogCapture.begin();
        capture.close();
        LoggerFactory.getLogger("org.jbake.app.Crawler").warn("after close");
        assertEquals(List.of(), capture.messages());
    }
}
