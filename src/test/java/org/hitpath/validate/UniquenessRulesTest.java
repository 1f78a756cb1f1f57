package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.site;
import static org.hitpath.load.SiteFixture.siteIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hitpath.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No two pages share a title, and no two sources write one file of the site. */
class UniquenessRulesTest {

    @TempDir
    Path root;

    private static List<String> check(Site site) throws IOException {
        Rules rules = TestRules.of(site);
        UniquenessRules.check(rules);
        return printed(rules.problems);
    }

    private void asset(String path) throws IOException {
        Path file = root.resolve("assets").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "asset");
    }

    @Test
    void acceptsPagesWithTheirOwnTitlesAndPaths() throws IOException {
        asset("css/site.css");
        Site site = siteIn(root)
                .plainPage("content/about.md", "About", "Body.\n")
                .plainPage("content/career/about.md", "About the career", "Body.\n")
                .build();

        assertEquals(List.of(), check(site));
    }

    @Test
    void reportsEveryLaterPageWithATitleAlreadyTakenIgnoringCase() throws IOException {
        Site site = site().plainPage("content/about.md", "About us", "Body.\n")
                .plainPage("content/team.md", "ABOUT us", "Body.\n")
                .plainPage("content/career/about.md", "About Us", "Body.\n")
                .build();

        assertEquals(
                List.of(
                        "content/team.md:1: title: \"ABOUT us\" is already the title of content/about.md (allowed: a title no other page uses)",
                        "content/career/about.md:1: title: \"About Us\" is already the title of content/about.md (allowed: a title no other page uses)"),
                check(site));
    }

    @Test
    void reportsAPageWrittenWhereAGeneratedPageGoes() throws IOException {
        Site site = site().plainPage("content/search.md", "Search", "Body.\n").build();

        assertEquals(
                List.of(
                        "content/search.md:0: file: writes search.html, which a generated search page also writes (allowed: one source per output page)"),
                check(site));
    }

    @Test
    void reportsAPageWrittenWhereAnAssetIsCopied() throws IOException {
        asset("about.html");
        Site site =
                siteIn(root).plainPage("content/about.md", "About", "Body.\n").build();

        assertEquals(
                List.of(
                        "content/about.md:0: file: writes about.html, which assets/about.html also writes (allowed: one source per output page)"),
                check(site));
    }

    @Test
    void namesEverySourceThatWritesTheSameFile() throws IOException {
        asset("search.html");
        Site site =
                siteIn(root).plainPage("content/search.md", "Search", "Body.\n").build();

        assertEquals(
                List.of(
                        "content/search.md:0: file: writes search.html, which a generated search page and assets/search.html also writes (allowed: one source per output page)"),
                check(site));
    }
}
