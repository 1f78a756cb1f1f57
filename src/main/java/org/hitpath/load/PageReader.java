package org.hitpath.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Field;
import org.hitpath.schema.Problem;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;

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
        Place place = Place.of(path);
        place.check(type, header.get("type").line(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new Page(path, place.slug(), type, values, lines, raw.body(), raw.bodyLine(), place.outputPath()));
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
