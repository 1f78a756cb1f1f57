package org.hitpath.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hitpath.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links SRC}: every source the site cites still answers; checked against sources on this machine only. */
class LinkCheckTest {

    // Long enough for a first TLS handshake on a busy machine (500 ms was not, with two test JVMs at once).
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration PAUSE = Duration.ofMillis(20);

    @TempDir
    static Path work;

    static LocalSources sources;

    @BeforeAll
    static void startTheLocalSources() throws Exception {
        sources = new LocalSources(work);
    }

    @AfterAll
    static void stopThem() {
        sources.close();
    }

    /** The minimal fixture, citing a dead, a live, a moved, a slow and a refused address, the dead one twice. */
    private static Path siteCitingEveryKindOfAnswer(Path dir) throws IOException {
        Path src = TestSite.fixture("minimal", dir);
        replace(src.resolve("data/figures/fixture.yaml"), "https://fixture.example.org/pay", sources.url("/gone"));
        replace(src.resolve("content/organisations/fixorg.md"), "https://fixture.example.org/", sources.url("/live"));
        replace(
                src.resolve("content/courses/beta.md"),
                "See [alpha](alpha.html).",
                "See [alpha](alpha.html) and [the moved page](" + sources.url("/moved") + ").");
        replace(
                src.resolve("content/courses/alpha.md"),
                "(beta.html#typical-topics).",
                "(beta.html#typical-topics) and [a slow page](" + sources.url("/slow") + ").");
        replace(
                src.resolve("content/index.md"),
                "[courses](courses/index.html).",
                "[courses](courses/index.html). Write to [us](mailto:us@fixture.example.org) or see [a closed port]("
                        + sources.refused() + ").");
        replace(
                src.resolve("content/steps/first.md"),
                "The first step.",
                "The first step.\n\nThe [pay source](" + sources.url("/gone") + ") again.");
        return src;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private record Run(int status, String out, String err) {}

    private static Run links(Path src, Path summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LinkCheckCommand.run(
                src,
                summary,
                sources.checker(TIMEOUT, PAUSE),
                true,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** EXPECTED with PORT and REFUSED standing for the local server's port and the port nothing listens on. */
    private static String withPorts(String expected) {
        return expected.replace("PORT", String.valueOf(sources.port()))
                .replace("https://127.0.0.1:REFUSED/nothing-here", sources.refused());
    }

    @Test
    void reportsDeadMovedTimedOutAndRefusedAddressesWhereTheyAreCited(@TempDir Path dir) throws Exception {
        Path src = siteCitingEveryKindOfAnswer(dir.resolve("src"));
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "Earlier steps' summary.\n");
        int before = sources.requests.size();
        Run run = links(src, summary);
        assertEquals(withPorts("""
                        Earlier steps' summary.
                        ## Source links

                        Checked 5 addresses, cited 6 times: 1 dead, 1 moved, 1 timed out, 1 refused, 1 live.

                        | Address | Result | Cited in |
                        | --- | --- | --- |
                        | https://127.0.0.1:PORT/gone | dead: HTTP 404 | `content/steps/first.md` line 13<br>`data/figures/fixture.yaml` line 7 |
                        | https://127.0.0.1:PORT/moved | moved: HTTP 301 to https://127.0.0.1:PORT/live | `content/courses/beta.md` line 16 |
                        | https://127.0.0.1:PORT/slow | timed out: no answer within 2 s | `content/courses/alpha.md` line 16 |
                        | https://127.0.0.1:REFUSED/nothing-here | refused: the connection was refused | `content/index.md` line 9 |
                        """), Files.readString(summary), "the summary is appended to the job summary file");
        assertEquals(withPorts("""
                        ::warning file=content/courses/alpha.md,line=16::source https://127.0.0.1:PORT/slow: timed out (no answer within 2 s)
                        ::warning file=content/courses/beta.md,line=16::source https://127.0.0.1:PORT/moved: moved (HTTP 301 to https://127.0.0.1:PORT/live)
                        ::warning file=content/index.md,line=9::source https://127.0.0.1:REFUSED/nothing-here: refused (the connection was refused)
                        ::warning file=content/steps/first.md,line=13::source https://127.0.0.1:PORT/gone: dead (HTTP 404)
                        ::warning file=data/figures/fixture.yaml,line=7::source https://127.0.0.1:PORT/gone: dead (HTTP 404)
                        """), run.out(), "one annotation per citation, on its file and line");
        assertEquals("", run.err(), "the fixture loads without problems");
        assertEquals(1, run.status(), "any address that is not live fails the check");
        String agent = " HIT-Path-link-check/1.0 (+https://git.example/hit-path)";
        assertEquals(
                List.of(
                        "HEAD /gone" + agent,
                        "GET /gone" + agent,
                        "HEAD /live" + agent,
                        "HEAD /moved" + agent,
                        "HEAD /slow" + agent),
                sources.requests.subList(before, sources.requests.size()),
                "each address asked once however often it is cited, HEAD first and GET after an error,"
                        + " the redirect not followed, the mailto: and relative links never asked");
        assertEquals(1, sources.mostAtOnce.get(), "one request at a time to one host");
    }

    @Test
    void aSiteWhoseSourcesAllAnswerPassesWithACountOnly(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        replace(src.resolve("data/figures/fixture.yaml"), "https://fixture.example.org/pay", sources.url("/live"));
        replace(src.resolve("content/organisations/fixorg.md"), "https://fixture.example.org/", sources.url("/live"));
        Run run = links(src, null);
        assertEquals(
                """
                ## Source links

                Checked 1 address, cited 2 times: 1 live.

                Every address answered with its page.
                """, run.out(), "without a summary file the report goes to stdout, and there is nothing to annotate");
        assertEquals(0, run.status());
    }

    @Test
    void onlyHttpsAddressesAreAskedAtAll() throws Exception {
        int before = sources.requests.size();
        String plain = sources.url("/live").replace("https:", "http:");
        assertEquals(
                List.of(new LinkChecker.Result(
                        plain, LinkChecker.Verdict.NOT_HTTPS, "only https addresses are checked")),
                List.copyOf(
                        sources.checker(TIMEOUT, PAUSE).check(List.of(plain)).values()));
        assertEquals(before, sources.requests.size(), "no request was sent");
    }

    @Test
    void aFolderWithoutJbakePropertiesIsABadArgument(@TempDir Path dir) throws Exception {
        Run run = links(dir, null);
        assertEquals(2, run.status());
        assertEquals("links: " + dir + " is not a site folder (it has no jbake.properties)\n", run.err());
    }

    @Test
    void theUserAgentNamesTheProjectAndWhereToFindIt() {
        assertEquals(
                "HIT-Path-link-check/1.0 (+https://git.example/hit-path)",
                LinkChecker.userAgent("https://git.example/hit-path"));
        assertEquals("HIT-Path-link-check/1.0 (+repository address not set)", LinkChecker.userAgent(null));
    }
}
