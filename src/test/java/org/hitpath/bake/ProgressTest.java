package org.hitpath.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A big bake says how far it is, a step a line; a small one says nothing. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Progress progress = Progress.lines(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aBigSiteGetsALinePerStepWithWhatItCountedAndTheRenderedPages() {
        progress.sized(5052);
        progress.count("load and validate", "5,052 content files");
        progress.ended("load and validate", 3100);
        progress.counting("render pages", 3);
        progress.one();
        progress.one();
        progress.one();
        progress.ended("render pages", 4250);
        progress.ended("output checks", 40);
        assertEquals(
                List.of(
                        "load and validate: 5,052 content files ... 3.1 s",
                        "render pages: 3 of 3 ... 4.3 s",
                        "output checks ... 0.0 s"),
                lines());
    }

    @Test
    void aSmallSiteSaysNothing() {
        progress.sized(Progress.BIG_SITE - 1);
        progress.counting("render pages", 3);
        progress.one();
        progress.ended("render pages", 100);
        assertEquals(List.of(), lines());
    }

    @Test
    void withoutATerminalEvenABigSiteSaysNothing() {
        // Maven runs the tests with no terminal, as CI runs a bake: the launcher's progress stays silent.
        Progress piped = Progress.forTerminal(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        piped.sized(100_000);
        piped.counting("render pages", 1);
        piped.one();
        piped.ended("render pages", 100);
        assertEquals(List.of(), lines());
    }
}
