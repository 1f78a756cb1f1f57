package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: each folder under fixtures/bad-input is laid over the minimal fixture site and
 * must fail the bake with exactly the lines in its expected.txt, and publish nothing.
 */
class BadInputTest {

    static final Path CORPUS = TestSite.FIXTURES.resolve("bad-input");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyBadInputFailsWithItsExactMessage() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CORPUS)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        List<String> withExpectations;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            withExpectations = walk.filter(p -> p.getFileName().toString().equals("expected.txt"))
                    .map(p -> CORPUS.relativize(p.getParent()).toString())
                    .sorted()
                    .toList();
        }
        assertEquals(
                withExpectations,
                cases.stream().map(p -> CORPUS.relativize(p).toString()).toList(),
                "one case per folder, each with one expected.txt at its top");
        assertFalse(cases.isEmpty(), "the corpus is found");
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    TestSite.Bake bake =
                            bakeCase(dir, work.resolve(dir.getFileName().toString()));
                    assertFalse(bake.ok(), "the bake must fail");
                    assertEquals(expected(dir), bake.problems(), bake.describe());
                    assertFalse(Files.exists(bake.site()), "nothing is published");
                }));
    }

    @Test
    void aSiteWithSeveralProblemsReportsAllOfThemInOneRun() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        List<String> expected = new ArrayList<>();
        for (String name : List.of(
                "missing-type",
                "yaml-front-matter",
                "invalid-calendar-date",
                "raw-html-inline",
                "link-to-missing-anchor")) {
            TestSite.overlay(withoutExpected(CORPUS.resolve(name)), src);
            expected.addAll(expected(CORPUS.resolve(name)));
        }
        TestSite.Bake bake = TestSite.bake(src, work.resolve("site"));
        assertFalse(bake.ok());
        assertEquals(
                expected.stream().sorted().toList(),
                bake.problems().stream().sorted().toList(),
                bake.describe());
    }

    @Test
    void problemsAreAlsoPrintedAsGithubAnnotationsUnderGithubActions() throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        TestSite.overlay(withoutExpected(CORPUS.resolve("invalid-calendar-date")), src);
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        boolean ok = BakeCommand.run(
                BakeOptions.of(src, work.resolve("site")).annotated(true),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse(ok);
        assertEquals(
                List.of(
                        "::error file=content/invalid-calendar-date.md,line=5::updated: \"2024-02-30\" is not a real calendar date (allowed: a real calendar date written yyyy-MM-dd, such as 2026-01-31)"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    static TestSite.Bake bakeCase(Path caseDir, Path work) {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        TestSite.overlay(withoutExpected(caseDir), src);
        return TestSite.bake(src, work.resolve("site"));
    }

    /** The case folder minus its expected.txt, as a temporary copy to overlay. */
    static Path withoutExpected(Path caseDir) {
        try {
            Path copy = Files.createTempDirectory("case-");
            TestSite.copy(caseDir, copy);
            Files.deleteIfExists(copy.resolve("expected.txt"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a case's expected.txt; {today} stands for the day of the bake, for rules relative to it. */
    static List<String> expected(Path caseDir) throws IOException {
        Path file = caseDir.resolve("expected.txt");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        return Files.exists(file)
                ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank())
                        .map(l -> l.replace("{today}", today))
                        .toList()
                : List.of("(no expected.txt)");
    }
}
