package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.load.SiteLoader;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of reference survives its target going away (issue 15): removing, renaming or unpublishing
 * what a header field, a body link, a body figure or a data file points at gives a problem at the
 * referring file and line, never a stack trace. The header fields come from the schema itself, so a new
 * reference field cannot be forgotten here.
 */
class ReferenceKindsTest {

    private static final Site REAL = load(TestSite.PROJECT);

    @TempDir
    Path work;

    private int run;

    @Test
    void everyReferenceFieldOfTheSchemaReportsItsMissingTargetAtItsLine() throws IOException {
        List<String> checked = new ArrayList<>();
        for (ContentType type : Schema.TYPES) {
            for (Field field : type.allFields()) {
                if (!isReference(field)) {
                    continue;
                }
                Use use = useOf(type, field);
                for (String change : changesFor(field)) {
                    assertReported(use, change);
                }
                checked.add(type.name() + "." + field.name());
            }
        }
        assertTrue(checked.size() >= 10, "the schema declares its reference fields: " + checked);
    }

    @Test
    void bodyLinksBodyFiguresAndDataFilesReportTheirMissingTargetAtTheirLine() throws IOException {
        Path src = copy();
        TestSite.write(
                src.resolve("content/about.md"),
                Files.readString(src.resolve("content/about.md"))
                        + "\nSee [anatomy](courses/anatomy.html) and {{figure:cca-fee}}.\n");
        int line =
                (int) Files.readString(src.resolve("content/about.md")).lines().count();
        Files.delete(src.resolve("content/courses/anatomy.md"));
        removeFigure(src, "cca-fee");
        List<String> problems = TestSite.bake(src, work.resolve("out-" + run++)).problems();
        assertHas(problems, "content/about.md:" + line + ": body: link \"courses/anatomy.html\"");
        assertHas(problems, "content/about.md:" + line + ": body: {{figure:cca-fee}}");
    }

    @Test
    void dataFilesReportTheirMissingPagesAndFiguresAtTheirLine() throws IOException {
        Path src = copy();
        Files.delete(src.resolve("content/credentials/cca.md"));
        removeFigure(src, "mrs-employer-share-hospitals-2018");
        List<String> problems = TestSite.bake(src, work.resolve("out-" + run++)).problems();
        assertHas(
                problems,
                "data/career/map.yaml:"
                        + lineOf(src.resolve("data/career/map.yaml"), "    page: credentials/cca.html"));
        assertHas(problems, "data/glossary.yaml:");
        assertHas(problems, "data/career/workplaces.yaml:");
    }

    @Test
    void anUnpublishedTargetFailsThePublishedBuildButNotTheDraftPreview() throws IOException {
        Path src = copy();
        Path anatomy = src.resolve("content/courses/anatomy.md");
        Files.writeString(anatomy, Files.readString(anatomy).replace("status=published", "status=draft"));
        TestSite.Bake published = TestSite.bake(src, work.resolve("published"));
        assertFalse(published.ok());
        assertHas(published.problems(), "which is a draft, so the link would break");
        TestSite.Bake preview = TestSite.bake(src, work.resolve("preview"), true);
        assertTrue(preview.ok(), preview::describe);
    }

    /** A page of TYPE that sets FIELD, on the real site, or one we add to the first page of TYPE. */
    private record Use(Path src, String path, int line, String target, Field field) {}

    private Use useOf(ContentType type, Field field) throws IOException {
        Path src = copy();
        Optional<Page> user = REAL.pages().stream()
                .filter(p -> p.type() == type && p.published() && p.values().containsKey(field.name()))
                .findFirst();
        Page page = user.orElseGet(() -> REAL.pages().stream()
                .filter(p -> p.type() == type && p.published())
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no published " + type.name() + " page to test " + field.name())));
        String target = user.isPresent() ? firstValue(page, field) : anyTarget(field);
        if (user.isEmpty()) {
            Path file = src.resolve(page.path());
            Files.writeString(
                    file, Files.readString(file).replaceFirst("~~~~~~", field.name() + "=" + target + "\n~~~~~~"));
        }
        int line = lineOf(src.resolve(page.path()), field.name());
        return new Use(src, page.path(), line, target, field);
    }

    private void assertReported(Use use, String change) throws IOException {
        Path src = copy();
        Files.writeString(src.resolve(use.path()), Files.readString(use.src().resolve(use.path())));
        if (use.field().kind() == FieldKind.FIGURE || use.field().kind() == FieldKind.FIGURE_LIST) {
            if (change.equals("removed")) {
                removeFigure(src, use.target());
            } else {
                renameFigure(src, use.target());
            }
        } else {
            Path target = src.resolve(
                    "content/" + Schema.type(use.field().target()).orElseThrow().folder() + "/" + use.target() + ".md");
            switch (change) {
                case "removed" -> Files.delete(target);
                case "renamed" -> Files.move(target, target.resolveSibling("renamed-" + use.target() + ".md"));
                default ->
                    Files.writeString(target, Files.readString(target).replace("status=published", "status=draft"));
            }
        }
        TestSite.Bake bake = TestSite.bake(src, work.resolve("out-" + run++));
        assertFalse(bake.ok(), use + " " + change);
        String where = use.path() + ":" + use.line() + ": " + use.field().name() + ": ";
        assertTrue(
                bake.problems().stream().anyMatch(p -> p.startsWith(where))
                        || bake.problems().stream().anyMatch(p -> p.contains(use.path() + ":" + use.line())),
                "the target " + change + ": a problem at " + where + "\n" + bake.describe());
        assertFalse(bake.err().contains("Exception"), bake.describe());
    }

    private static List<String> changesFor(Field field) {
        boolean figure = field.kind() == FieldKind.FIGURE || field.kind() == FieldKind.FIGURE_LIST;
        return figure ? List.of("removed", "renamed") : List.of("removed", "renamed", "unpublished");
    }

    private static boolean isReference(Field field) {
        return switch (field.kind()) {
            case REFERENCE, REFERENCE_LIST, FIGURE, FIGURE_LIST -> true;
            default -> false;
        };
    }

    private static String firstValue(Page page, Field field) {
        return field.kind() == FieldKind.REFERENCE || field.kind() == FieldKind.FIGURE
                ? page.text(field.name())
                : page.list(field.name()).get(0);
    }

    /** A target the field accepts: a figure key, or a published page of its type and role. */
    private static String anyTarget(Field field) {
        if (field.kind() == FieldKind.FIGURE || field.kind() == FieldKind.FIGURE_LIST) {
            return REAL.figures().keySet().iterator().next();
        }
        return REAL.pages().stream()
                .filter(p -> p.type().name().equals(field.target()) && p.published())
                .filter(p ->
                        field.targetRoles().isEmpty() || field.targetRoles().contains(p.text("role")))
                .map(Page::slug)
                .findFirst()
                .orElseThrow();
    }

    private static int lineOf(Path file, String field) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(field + "=") || lines.get(i).equals(field)) {
                return i + 1;
            }
        }
        throw new AssertionError(field + " not in " + file);
    }

    private static void removeFigure(Path src, String key) throws IOException {
        editFigure(src, key, "");
    }

    private static void renameFigure(Path src, String key) throws IOException {
        editFigure(src, key, "renamed-" + key + ":");
    }

    /** Replaces the line "KEY:" of the figures file that defines it; with "", drops the record's whole block. */
    private static void editFigure(Path src, String key, String replacement) throws IOException {
        for (Path file : Files.list(src.resolve("data/figures")).toList()) {
            String text = Files.readString(file);
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\n((?:  .*\\n)*)")
                    .matcher(text);
            if (m.find()) {
                String replaced = replacement.isEmpty() ? "" : replacement + "\n" + m.group(1);
                Files.writeString(file, text.substring(0, m.start()) + replaced + text.substring(m.end()));
                return;
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(start)), start + " in\n" + String.join("\n", problems));
    }

    private Path copy() {
        return TestSite.real(work.resolve("src-" + run++));
    }

    private static Site load(Path root) {
        try {
            return SiteLoader.load(root).site();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
