package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hitpath.load.SiteLoader;
import org.hitpath.tools.FieldTable;
import org.hitpath.tools.NewPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What editors rely on besides error messages: the guide's field table, drafts, and the new-page command. */
class EditorsTest {

    @TempDir
    Path work;

    @Test
    void contributingGuideFieldTableMatchesTheSchema() throws IOException {
        String guide = Files.readString(TestSite.PROJECT.resolve("CONTRIBUTING.md"));
        int start = guide.indexOf(FieldTable.START);
        int end = guide.indexOf(FieldTable.END);
        assertTrue(start >= 0 && end > start, "CONTRIBUTING.md has the generated field table markers");
        String table = guide.substring(start + FieldTable.START.length(), end).strip();
        assertEquals(
                FieldTable.markdown().strip(),
                table,
                "CONTRIBUTING.md is out of date: regenerate the table with java -jar target/hit-path.jar fields");
    }

    /** A path that exists only on one machine helps nobody who clones the project. */
    @Test
    void noFileOfTheProjectNamesAMachinePath() throws IOException {
        // Built from parts so that this file does not match itself.
        java.util.regex.Pattern machinePath =
                java.util.regex.Pattern.compile("(/" + "work/|/" + "home/|/" + "Users/|[A-Z]:\\\\" + "Users)");
        List<String> found = new java.util.ArrayList<>();
        for (String part : List.of(
                "content",
                "data",
                "templates",
                "assets",
                "src",
                "config",
                "bench",
                ".github",
                ".ci",
                "README.md",
                "CONTRIBUTING.md",
                "ARCHITECTURE.md",
                "pom.xml",
                "jbake.properties")) {
            Path root = TestSite.PROJECT.resolve(part);
            if (!Files.exists(root)) {
                continue;
            }
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".min.js")) {
                        continue;
                    }
                    // Binary files (images, fonts) are read as Latin-1 so that any byte decodes.
                    List<String> lines = Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < lines.size(); i++) {
                        if (machinePath.matcher(lines.get(i)).find()) {
                            found.add(TestSite.PROJECT.relativize(f) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void newPageCommandWritesAValidDraftForEveryWritableType() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        for (String type : List.of("page", "step", "course", "credential", "organisation", "school")) {
            Path file =
                    NewPage.create(src, type, "A new " + type + " for testing").file();
            assertTrue(Files.readString(file).contains("status=draft"), file.toString());
        }
        SiteLoader.Loaded result = SiteLoader.load(src);
        assertEquals(List.of(), result.problems(), "the created files pass validation");
        assertTrue(Files.exists(src.resolve("content/schools/a-new-school-for-testing.md")));
    }

    /** Every program file is named after its institution, whether the editor gives the institution or the title. */
    @Test
    void aProgramsFileIsNamedAfterItsInstitutionAndTheTitlesProgramFillsItsField() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path file = NewPage.create(src, "school", "Example State College: Health Information Technology AAS")
                .file();
        assertEquals(src.resolve("content/schools/example-state-college.md"), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\ninstitution=Example State College\n"), text);
        assertTrue(text.contains("\nprogram=Health Information Technology AAS\n"), text);
        assertTrue(text.startsWith("title=Example State College: Health Information Technology AAS\n"), text);
    }

    @Test
    void draftsNeverReachTheSiteOrAnyList() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path alpha = src.resolve("content/courses/alpha.md");
        String draft = Files.readString(alpha)
                .replace("title=Alpha course", "title=Unfinished course")
                .replace("status=published", "status=draft")
                .replace("order=1", "order=3")
                .replace("See [beta](beta.html#typical-topics).", "");
        TestSite.write(src.resolve("content/courses/unfinished.md"), draft);

        TestSite.Bake bake = TestSite.bake(src, work.resolve("site"));
        assertTrue(bake.ok(), bake::describe);
        assertFalse(
                bake.pages().stream().anyMatch(p -> p.contains("unfinished") || p.contains("draft")),
                bake.pages().toString());
        for (String page : bake.pages()) {
            assertFalse(
                    Files.readString(bake.site().resolve(page)).contains("Unfinished course"),
                    page + " mentions the draft");
        }

        TestSite.Bake preview = TestSite.bake(src, work.resolve("preview"), true);
        assertTrue(preview.ok(), preview::describe);
        assertTrue(preview.pages().contains("courses/unfinished.html"), "--drafts shows the draft");
        assertEquals(
                List.of("Alpha course", "Beta course", "Unfinished course (draft)"),
                preview.page("courses/index.html").select(".hit-card__title").eachText());
    }

    @Test
    void aTemplateErrorFailsTheBakeNamingThePageAndTemplateAndPublishesNothing() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path template = src.resolve("templates/course.ftl");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace("<h1>${content.title}</h1>", "<h1>${content.no_such_field.title}</h1>"));
        TestSite.Bake bake = TestSite.bake(src, work.resolve("site"));
        assertFalse(bake.ok());
        assertEquals(2, bake.problems().size(), bake.describe());
        int line = Files.readAllLines(template).indexOf("<h1>${content.no_such_field.title}</h1>") + 1;
        assertTrue(bake.problems().get(0).startsWith("templates/course.ftl:" + line + ": template: "), bake.describe());
        assertTrue(bake.problems().get(0).contains("while rendering content/courses/alpha.md"), bake.describe());
        assertTrue(bake.problems().get(0).contains("content.no_such_field"), bake.describe());
        assertFalse(Files.exists(bake.site()), "no page with a stack trace, no page at all");
    }
}
