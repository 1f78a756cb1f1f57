package org.hitpath.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Problem;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;
import org.hitpath.site.Placeholders;

/**
 * Turns a parsed file into a typed {@link Page}: its type, every field checked against the schema and
 * converted, and its place under content/ checked against where its type may live.
 */
final class PageReader {

    private PageReader() {}

    /** The page, or nothing when any of its header fields or its place has a problem. */
    static Optional<Page> read(RawPage raw, List<Problem> problems) {
        String path = raw.path();
        Map<String, RawPage.HeaderLine> header = new LinkedHashMap<>();
        raw.header().forEach(h -> header.put(h.key(), h));
        Optional<ContentType> found = type(path, header.get("type"), problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ContentType type = found.get();
        int before = problems.size();
        HeaderValues converter = new HeaderValues(path, problems);
        Map<String, Object> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        List<RawPage.HeaderLine> placeholders = new ArrayList<>();
        Set<String> unfilled = new TreeSet<>();
        for (RawPage.HeaderLine h : raw.header()) {
            Optional<Field> field = type.field(h.key());
            if (field.isEmpty()) {
                List<String> names = type.allFields().stream().map(Field::name).toList();
                problems.add(Problem.of(
                        path,
                        h.line(),
                        h.key(),
                        "is not a field of the " + type.name() + " type" + DidYouMean.hint(h.key(), names),
                        String.join(", ", names)));
                continue;
            }
            lines.put(h.key(), h.line());
            if (Placeholders.in(h.value())) {
                // A draft may hold a placeholder; a text field shows it as written in the preview.
                placeholders.add(h);
                if (holdsText(field.get())) {
                    values.put(h.key(), field.get().kind() == FieldKind.TEXT_LIST ? List.of(h.value()) : h.value());
                } else {
                    unfilled.add(h.key());
                }
                continue;
            }
            Object value = converter.convert(h, field.get());
            if (value != null) {
                values.put(h.key(), value);
            }
        }
        for (Field f : type.allFields()) {
            if (f.required() && !header.containsKey(f.name())) {
                problems.add(Problem.of(path, 1, f.name(), "is missing", f.allowed()));
            }
        }
        if (!"draft".equals(values.get("status"))) {
            unfilledOnPublished(raw, type, placeholders, problems);
        }
        Place place = Place.of(path);
        place.check(type, header.get("type").line(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Page(
                path, place.slug(), type, values, lines, raw.body(), raw.bodyLine(), place.outputPath(), unfilled));
    }

    /** Text fields keep a placeholder as their value, so a draft previews with it; others have no value yet. */
    private static boolean holdsText(Field field) {
        return field.kind() == FieldKind.TEXT
                || field.kind() == FieldKind.SENTENCE
                || field.kind() == FieldKind.TEXT_LIST;
    }

    /** A page that is not a draft may hold no placeholder, in its header or its body. */
    private static void unfilledOnPublished(
            RawPage raw, ContentType type, List<RawPage.HeaderLine> placeholders, List<Problem> problems) {
        for (RawPage.HeaderLine h : placeholders) {
            problems.add(Problem.of(
                    raw.path(),
                    h.line(),
                    h.key(),
                    "still holds the placeholder \"" + h.value() + "\"; fill it in, or keep status=draft",
                    type.field(h.key()).map(Field::allowed).orElse("")));
        }
        String[] body = raw.body().split("\n", -1);
        for (int i = 0; i < body.length; i++) {
            if (Placeholders.in(body[i])) {
                problems.add(Problem.of(
                        raw.path(),
                        raw.bodyLine() + i,
                        "body",
                        "still holds the placeholder \"" + body[i].strip()
                                + "\"; write the section, or keep status=draft",
                        "your own text in Markdown"));
            }
        }
    }

    private static Optional<ContentType> type(String path, RawPage.HeaderLine typeLine, List<Problem> problems) {
        if (typeLine == null) {
            problems.add(Problem.of(path, 1, "type", "is missing", String.join(", ", Schema.typeNames())));
            return Optional.empty();
        }
        Optional<ContentType> type = Schema.type(typeLine.value());
        if (type.isEmpty()) {
            problems.add(Problem.of(
                    path,
                    typeLine.line(),
                    "type",
                    "\"" + typeLine.value() + "\" is not a content type"
                            + DidYouMean.hint(typeLine.value(), Schema.typeNames()),
                    String.join(", ", Schema.typeNames())));
        }
        return type;
    }

    /** Where a file sits under content/: its folder and its name without .md. */
    private record Place(String path, String folder, String slug) {

        static Place of(String path) {
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            String slug = fileName.substring(0, fileName.length() - ".md".length());
            String folder = path.substring("content/".length(), path.length() - fileName.length());
            return new Place(path, folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder, slug);
        }

        String outputPath() {
            return (folder.isEmpty() ? "" : folder + "/") + slug + ".html";
        }

        void check(ContentType type, int line, List<Problem> problems) {
            String folderOf = "content/" + type.folder() + "/";
            String[] misplaced = switch (type.placement()) {
                case SITE_HOME ->
                    path.equals("content/index.md")
                            ? null
                            : new String[] {"home is only for content/index.md", "page, listing"};
                case FOLDER_INDEX ->
                    slug.equals("index") && !folder.isEmpty()
                            ? null
                            : new String[] {"a listing must be the index.md of its folder", "content/<folder>/index.md"
                            };
                case ANY_FOLDER -> null;
                case OWN_FOLDER ->
                    folder.equals(type.folder())
                            ? null
                            : new String[] {
                                "a " + type.name() + " page must live in " + folderOf, folderOf + "<name>.md"
                            };
            };
            if (misplaced != null) {
                problems.add(Problem.of(path, line, "type", misplaced[0], misplaced[1]));
            }
            boolean ownsIndex = type.placement() == ContentType.Placement.FOLDER_INDEX
                    || type.placement() == ContentType.Placement.SITE_HOME;
            if (slug.equals("index") && !ownsIndex) {
                problems.add(
                        Problem.of(path, line, "type", "index.md is reserved for the folder's listing", "listing"));
            }
        }
    }
}
