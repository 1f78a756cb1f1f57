package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The address comes from where the site is deployed: {@code bake --site-url URL} replaces site.host, and
 * {@code bake --deploy} refuses an address that is still the placeholder in jbake.properties.
 */
class DeployAddressTest {

    static final String PAGES = "https://example.github.io/hit-path/";

    private static TestSite.Bake bake(Path src, Path out, String... switches) throws Exception {
        List<String> args = new ArrayList<>(List.of(src.toString(), out.toString()));
        args.addAll(List.of(switches));
        BakeOptions options = SiteBuild.bakeOptions(args);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        boolean ok = BakeCommand.run(
                options.annotated(false),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new TestSite.Bake(
                ok, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), out);
    }

    @Test
    void theSiteUrlReplacesSiteHostInCanonicalLinksTheSitemapAndRobotsTxt(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        TestSite.Bake bake = bake(src, dir.resolve("site"), "--site-url", PAGES, "--deploy");
        assertTrue(bake.ok(), bake::describe);
        assertEquals(
                PAGES + "courses/alpha.html",
                bake.page("courses/alpha.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"));
        assertTrue(Files.readString(bake.site().resolve("sitemap.xml"))
                .contains("<loc>" + PAGES + "courses/alpha.html</loc>"));
        assertEquals(
                "User-agent: *\nDisallow: /hit-path/editors/\nAllow: /\nSitemap: " + PAGES + "sitemap.xml\n",
                Files.readString(bake.site().resolve("robots.txt")));
    }

    @Test
    void aDeployBakeRefusesThePlaceholderAddressAndBakesNothing(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        TestSite.Bake bake = bake(src, dir.resolve("site"), "--deploy");
        assertFalse(bake.ok());
        assertEquals(
                List.of("jbake.properties:10: site.host: is still the placeholder https://hit-path.example.org/: a"
                        + " deployed site's canonical links, sitemap and feed would point at a domain nobody owns"
                        + " (allowed: the address the site is published at, given to the bake with --site-url (the"
                        + " Pages workflow passes the repository's Pages address) or set here)"),
                bake.problems());
        assertFalse(Files.exists(dir.resolve("site")), "nothing was baked");
    }

    @Test
    void aDeployBakeRefusesAnyReservedExampleDomainGivenAsItsAddress(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        TestSite.Bake bake = bake(src, dir.resolve("site"), "--site-url=https://docs.example.com/", "--deploy");
        assertEquals(
                List.of("jbake.properties:10: site.host: is still the placeholder https://docs.example.com/: a"
                        + " deployed site's canonical links, sitemap and feed would point at a domain nobody owns"
                        + " (allowed: the address the site is published at, given to the bake with --site-url (the"
                        + " Pages workflow passes the repository's Pages address) or set here)"),
                bake.problems());
    }

    /** What the workflow passes when the Pages configuration gave no address: "" followed by the slash. */
    @Test
    void aSiteUrlThatIsNotAnHttpsAddressIsRefusedAndSaysWhereItCameFrom(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        TestSite.Bake bake = bake(src, dir.resolve("site"), "--site-url=/", "--deploy");
        assertEquals(
                List.of(
                        "jbake.properties:10: site.host: \"/\" (given with --site-url) is not an https address ending"
                                + " in / (allowed: the address the site is published at, such as https://user.github.io/repo/)"),
                bake.problems());
    }

    @Test
    void withoutDeployThePreviewAndTheTestsKeepTheLocalDefault(@TempDir Path dir) throws Exception {
        Path src = TestSite.fixture("minimal", dir.resolve("src"));
        TestSite.Bake bake = bake(src, dir.resolve("site"), "--site-url=");
        assertTrue(bake.ok(), bake::describe);
        assertEquals(
                "https://hit-path.example.org/index.html",
                bake.page("index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void theSiteUrlIsTakenWithOrWithoutAnEqualsSignAndAnEmptyOneMeansNone() throws Exception {
        assertEquals(
                PAGES,
                SiteBuild.bakeOptions(List.of("src", "out", "--site-url", PAGES))
                        .siteUrl());
        assertEquals(
                PAGES,
                SiteBuild.bakeOptions(List.of("--site-url=" + PAGES, "src", "out"))
                        .siteUrl());
        assertNull(SiteBuild.bakeOptions(List.of("src", "out", "--site-url=")).siteUrl());
        assertTrue(SiteBuild.bakeOptions(List.of("src", "out", "--deploy")).deploy());
        assertFalse(SiteBuild.bakeOptions(List.of("src", "out")).deploy());
    }

    @Test
    void aDeployedBakeNeverIncludesDrafts() {
        SiteBuild.UsageError error = assertThrows(
                SiteBuild.UsageError.class,
                () -> SiteBuild.bakeOptions(List.of("src", "out", "--deploy", "--drafts", "--site-url=" + PAGES)));
        assertEquals(
                "--deploy and --drafts together would publish draft pages: a deployed site has none",
                error.getMessage());
    }

    @Test
    void anUnknownSwitchOrAMissingValueIsAUsageError() {
        for (List<String> args :
                List.of(List.of("src", "out", "--site-url"), List.of("src", "out", "--deploy-now"), List.of("src"))) {
            assertThrows(SiteBuild.UsageError.class, () -> SiteBuild.bakeOptions(args), args.toString());
        }
    }

    @Test
    void jbakePropertiesKeepsThePlaceholderForThePreviewAndTheTests() throws IOException {
        assertEquals(
                "site.host=https://hit-path.example.org/",
                Files.readAllLines(TestSite.PROJECT.resolve("jbake.properties")).get(9));
    }
}
