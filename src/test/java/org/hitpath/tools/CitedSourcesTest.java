package org.hitpath.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.hitpath.TestSite;
import org.hitpath.load.SiteLoader;
import org.hitpath.tools.CitedSources.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the link check asks: the addresses readers are sent to, each at the file and line that cites it. */
class CitedSourcesTest {

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void figureSourcesAddressFieldsAndBodyLinksAreCitedWhereTheyAreWrittenButCopiesAreNot(@TempDir Path dir)
            throws IOException {
        Path src = TestSite.fixture("minimal", dir);
        replace(
                src.resolve("data/figures/fixture.yaml"),
                "  check: secondary\n",
                "  check: mirror\n  copy_url: https://copy.example.net/pay\n  copy_read: 2026-01-10\n");
        replace(
                src.resolve("content/courses/beta.md"),
                "See [alpha](alpha.html).",
                "See [alpha](alpha.html), [the guide][guide], <https://auto.example.org/page>"
                        + " and [us](mailto:us@example.org).\n\n[guide]: https://ref.example.org/guide");
        List<Citation> citations = CitedSources.of(SiteLoader.load(src).site());
        assertEquals(
                List.of(
                        new Citation("https://fixture.example.org/pay", "data/figures/fixture.yaml", 7),
                        new Citation("https://auto.example.org/page", "content/courses/beta.md", 16),
                        new Citation("https://ref.example.org/guide", "content/courses/beta.md", 18),
                        new Citation("https://fixture.example.org/", "content/organisations/fixorg.md", 8)),
                citations);
    }

    @Test
    void aSchoolsAddressFieldsAndTheCareerDataSourcesAreCitedOnTheirLines() throws IOException {
        List<Citation> citations =
                CitedSources.of(SiteLoader.load(TestSite.PROJECT).site());
        String catalog = "https://catalog.asurams.edu/undergraduate/darton-health-professions/health-sciences-division/"
                + "health-information-technology-career-associate-science-degree-program";
        assertEquals(
                List.of(
                        new Citation(catalog, "content/schools/albany-state-university.md", 15),
                        new Citation(catalog, "content/schools/albany-state-university.md", 22),
                        new Citation(
                                "https://www.asurams.edu/academic-affairs/dchealthprof/health/health-info-tech/admission.php",
                                "content/schools/albany-state-university.md",
                                31),
                        new Citation(catalog, "content/schools/albany-state-university.md", 35),
                        new Citation(
                                "https://www.cahiim.org/programs/program-directory",
                                "content/schools/albany-state-university.md",
                                37)),
                citations.stream()
                        .filter(c -> c.file().equals("content/schools/albany-state-university.md"))
                        .toList(),
                "accreditation_url, program_url and the body's link; never copy_url");
        assertEquals(
                List.of(
                        new Citation(
                                "https://www.onetonline.org/find/match/2/29-2072.00", "data/career/job-titles.yaml", 5),
                        new Citation("https://www.onetonline.org/find/match/2/29-2072.00", "data/career/tasks.yaml", 5),
                        new Citation(
                                "https://precisionmetalworks360.com/medical-records-or-health-information-technician.html",
                                "data/career/workplaces.yaml",
                                13)),
                citations.stream()
                        .filter(c -> c.file().startsWith("data/career/"))
                        .sorted(Comparator.comparing(Citation::file))
                        .toList());
        assertEquals(
                List.of(),
                citations.stream()
                        .filter(c -> c.url().startsWith("https://cahiim.matrixdev.net/")
                                || c.url().startsWith("https://cms-qa.ahima.org/"))
                        .toList(),
                "copies an editor read (copy_url of content/schools/cypress-college.md and of figures) are not cited");
        assertEquals(List.of(), citations.stream().filter(c -> c.line() < 1).toList(), "every citation has its line");
    }
}
