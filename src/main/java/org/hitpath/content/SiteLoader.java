package org.hitpath.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a site folder and checks it against the {@link Schema}: one parser for headers and data, every
 * problem collected, nothing rendered. A site with problems never reaches JBake.
 */
public final class SiteLoader {

    /** File names JBake would copy raw or skip; only these may live under content/. */
    static final Pattern PAGE_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");

    static final Pattern IMAGE_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(png|jpg|webp)");
    static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String FILE_NAMES = "lower-case kebab-case .md pages, or .png, .jpg, .webp images";

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private SiteLoader() {}

    /** Loads and checks the site; the result's problems are empty only when it may be baked. */
    public static Result load(Path root) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> properties = readProperties(root, problems);
        Markdown markdown = Markdown.fromExtensionNames(
                Arrays.asList(properties.getOrDefault("markdown.extensions", "").split(",")),
                "jbake.properties",
                lineOf(root.resolve("jbake.properties"), "markdown.extensions"),
                problems);
        if (!properties.containsKey("markdown.extensions")) {
            problems.add(Problem.of(
                    "jbake.properties",
                    0,
                    "markdown.extensions",
                    "is not set, so JBake would fall back to its defaults (which turn every newline into <br>)",
                    String.join(", ", Markdown.knownExtensions())));
        }
        checkSiteSettings(root, properties, problems);
        Map<String, Figure> figures = FigureLoader.load(root, problems);
        CareerData career = CareerData.load(root, figures, problems);
        List<Page> pages = new ArrayList<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            problems.add(Problem.of("content", 0, "folder", "is missing", "a content/ folder with the site's pages"));
        } else {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(content)) {
                files = walk.filter(p -> !p.equals(content)).sorted().toList();
            }
            for (Path file : files) {
                String path = root.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                if (Files.isDirectory(file)) {
                    if (!FOLDER.matcher(name).matches()) {
                        problems.add(Problem.of(
                                path,
                                0,
                                "folder",
                                "name \"" + name + "\" is not lower-case kebab-case",
                                "folders like steps, courses, schools"));
                    }
                    continue;
                }
                if (IMAGE_FILE.matcher(name).matches()) {
                    continue;
                }
                if (!PAGE_FILE.matcher(name).matches()) {
                    problems.add(Problem.of(
                            path, 0, "file", "name \"" + name + "\" is not allowed in content/", FILE_NAMES));
                    continue;
                }
                HeaderParser.parse(path, Files.readAllBytes(file), problems)
                        .flatMap(raw -> typed(raw, problems))
                        .ifPresent(pages::add);
            }
        }
        Site site = new Site(root, List.copyOf(pages), Map.copyOf(figures), markdown, Map.copyOf(properties), career);
        SiteRules.check(site, problems);
        problems.sort(Problem.ORDER);
        return new Result(site, List.copyOf(problems));
    }

    /** The loaded site and every problem found in it. */
    public record Result(Site site, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static java.util.Optional<Page> typed(RawPage raw, List<Problem> problems) {
        String path = raw.path();
        Map<String, RawPage.HeaderLine> header = new LinkedHashMap<>();
        raw.header().forEach(h -> header.put(h.key(), h));
        RawPage.HeaderLine typeLine = header.get("type");
        if (typeLine == null) {
            problems.add(Problem.of(path, 1, "type", "is missing", String.join(", ", Schema.typeNames())));
            return java.util.Optional.empty();
        }
        ContentType type = Schema.type(typeLine.value()).orElse(null);
        if (type == null) {
            String hint = Field.closest(typeLine.value(), Schema.typeNames())
                    .map(n -> "; did you mean " + n + "?")
                    .orElse("");
            problems.add(Problem.of(
                    path,
                    typeLine.line(),
                    "type",
                    "\"" + typeLine.value() + "\" is not a content type" + hint,
                    String.join(", ", Schema.typeNames())));
            return java.util.Optional.empty();
        }
        int before = problems.size();
        Map<String, Object> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (RawPage.HeaderLine h : raw.header()) {
            var field = type.field(h.key());
            if (field.isEmpty()) {
                List<String> names = type.allFields().stream().map(Field::name).toList();
                String hint = Field.closest(h.key(), names)
                        .map(n -> "; did you mean " + n + "?")
                        .orElse("");
                problems.add(Problem.of(
                        path,
                        h.line(),
                        h.key(),
                        "is not a field of the " + type.name() + " type" + hint,
                        String.join(", ", names)));
                continue;
            }
            lines.put(h.key(), h.line());
            Object value = convert(path, h, field.get(), problems);
            if (value != null) {
                values.put(h.key(), value);
            }
        }
        for (Field f : type.allFields()) {
            if (f.required() && !header.containsKey(f.name())) {
                problems.add(Problem.of(
                        path,
                        1,
                        f.name(),
                        "is missing",
                        f.name().equals("type") ? String.join(", ", Schema.typeNames()) : f.allowed()));
            }
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String slug = fileName.substring(0, fileName.length() - ".md".length());
        String folder = path.substring("content/".length(), path.length() - fileName.length());
        folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        checkLocation(path, type, folder, slug, typeLine.line(), problems);
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        String outputPath = (folder.isEmpty() ? "" : folder + "/") + slug + ".html";
        return java.util.Optional.of(new Page(path, slug, type, values, lines, raw.body(), raw.bodyLine(), outputPath));
    }

    private static void checkLocation(
            String path, ContentType type, String folder, String slug, int line, List<Problem> problems) {
        switch (type.name()) {
            case "home" -> {
                if (!path.equals("content/index.md")) {
                    problems.add(Problem.of(path, line, "type", "home is only for content/index.md", "page, listing"));
                }
            }
            case "listing" -> {
                if (!slug.equals("index") || folder.isEmpty()) {
                    problems.add(Problem.of(
                            path,
                            line,
                            "type",
                            "a listing must be the index.md of its folder",
                            "content/<folder>/index.md"));
                }
            }
            case "page" -> {}
            default -> {
                if (!folder.equals(type.folder())) {
                    problems.add(Problem.of(
                            path,
                            line,
                            "type",
                            "a " + type.name() + " page must live in content/" + type.folder() + "/",
                            "content/" + type.folder() + "/<name>.md"));
                }
            }
        }
        if (slug.equals("index")
                && !type.name().equals("listing")
                && !type.name().equals("home")) {
            problems.add(Problem.of(path, line, "type", "index.md is reserved for the folder's listing", "listing"));
        }
    }

    private static Object convert(String path, RawPage.HeaderLine h, Field field, List<Problem> problems) {
        String v = h.value();
        int line = h.line();
        String name = h.key();
        if (v.isEmpty()) {
            problems.add(Problem.of(
                    path,
                    line,
                    name,
                    "is empty",
                    field.name().equals("type") ? String.join(", ", Schema.typeNames()) : field.allowed()));
            return null;
        }
        switch (field.kind()) {
            case TEXT, SENTENCE -> {
                if (v.length() > field.effectiveMaxLength()) {
                    problems.add(
                            Problem.of(path, line, name, "is " + v.length() + " characters long", field.allowed()));
                    return null;
                }
                if (field.kind() == FieldKind.SENTENCE && !v.matches(".*[.?!]$")) {
                    problems.add(Problem.of(
                            path, line, name, "must be one sentence ending with a full stop", field.allowed()));
                    return null;
                }
                return v;
            }
            case INTEGER -> {
                if (!INTEGER.matcher(v).matches()) {
                    problems.add(Problem.of(path, line, name, "\"" + v + "\" is not a whole number", field.allowed()));
                    return null;
                }
                return Long.valueOf(v);
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) {
                    problems.add(Problem.of(path, line, name, "\"" + v + "\" is not true or false", field.allowed()));
                    return null;
                }
                return Boolean.valueOf(v);
            }
            case DATE -> {
                return date(path, line, name, v, problems);
            }
            case HTTPS_URL -> {
                String scheme = UrlRules.effectiveScheme(v);
                if (!scheme.equals("https") || !UrlRules.isAbsoluteHttps(v)) {
                    problems.add(Problem.of(path, line, name, "\"" + v + "\" is not an https URL", field.allowed()));
                    return null;
                }
                return v;
            }
            case CHOICE -> {
                List<String> choices = name.equals("type") ? Schema.typeNames() : field.choices();
                if (!choices.contains(v)) {
                    String hint = Field.closest(v, choices)
                            .map(n -> "; did you mean " + n + "?")
                            .orElse("");
                    problems.add(Problem.of(
                            path, line, name, "\"" + v + "\" is not allowed" + hint, String.join(", ", choices)));
                    return null;
                }
                return v;
            }
            case REFERENCE, FIGURE -> {
                if (v.contains(",")) {
                    problems.add(Problem.of(path, line, name, "takes one value, not a list", field.allowed()));
                    return null;
                }
                return v;
            }
            case TEXT_LIST, REFERENCE_LIST, FIGURE_LIST -> {
                List<String> items =
                        Arrays.stream(v.split(",", -1)).map(String::strip).toList();
                if (items.stream().anyMatch(String::isEmpty)) {
                    problems.add(Problem.of(path, line, name, "has an empty item", field.allowed()));
                    return null;
                }
                if (items.stream().distinct().count() < items.size()) {
                    problems.add(Problem.of(path, line, name, "lists an item twice", field.allowed()));
                    return null;
                }
                return items;
            }
        }
        throw new IllegalStateException("unhandled kind " + field.kind());
    }

    private static LocalDate date(String path, int line, String name, String v, List<Problem> problems) {
        if (!ISO_SHAPE.matcher(v).matches()) {
            problems.add(Problem.of(
                    path,
                    line,
                    name,
                    "\"" + v + "\" is not an ISO date",
                    "a real calendar date written yyyy-MM-dd, such as 2026-01-31"));
            return null;
        }
        try {
            return LocalDate.parse(v, ISO_STRICT);
        } catch (DateTimeException e) {
            problems.add(Problem.of(
                    path,
                    line,
                    name,
                    "\"" + v + "\" is not a real calendar date",
                    "a real calendar date written yyyy-MM-dd, such as 2026-01-31"));
            return null;
        }
    }

    /** The two settings our templates need: where the site is published, and how often pages are reviewed. */
    private static void checkSiteSettings(Path root, Map<String, String> properties, List<Problem> problems) {
        String host = properties.get(Site.BASE_URL_KEY);
        Path file = root.resolve("jbake.properties");
        if (host == null || !UrlRules.isAbsoluteHttps(host) || !host.endsWith("/")) {
            problems.add(Problem.of(
                    "jbake.properties",
                    lineOf(file, Site.BASE_URL_KEY),
                    Site.BASE_URL_KEY,
                    host == null ? "is not set" : "\"" + host + "\" is not an https address ending in /",
                    "the address the site is published at, such as https://user.github.io/repo/"));
        }
        String months = properties.get(Site.REVIEW_MONTHS_KEY);
        if (months != null && !months.matches("[1-9][0-9]?")) {
            problems.add(Problem.of(
                    "jbake.properties",
                    lineOf(file, Site.REVIEW_MONTHS_KEY),
                    Site.REVIEW_MONTHS_KEY,
                    "\"" + months + "\" is not a number of months",
                    "a whole number from 1 to 99"));
        }
    }

    private static Map<String, String> readProperties(Path root, List<Problem> problems) throws IOException {
        Path file = root.resolve("jbake.properties");
        Map<String, String> map = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.of(
                    "jbake.properties", 0, "file", "is missing", "a jbake.properties file at the site root"));
            return map;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + "=") || lines.get(i).startsWith(key + " ")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
