package org.hitpath.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.hitpath.load.HeaderParser;
import org.hitpath.load.SiteLoader;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.Field;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** Writes a new draft content file of a given type that already passes validation, to fill in. */
public final class NewPage {

    private NewPage() {}

    public static Path create(Path root, String typeName, String title) throws IOException {
        ContentType type = Schema.type(typeName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown type \"" + typeName + "\" (allowed: " + String.join(", ", Schema.typeNames()) + ")"));
        if (type.name().equals("home") || type.name().equals("listing")) {
            throw new IllegalArgumentException(
                    "a " + type.name() + " page is written by hand: there is one per folder");
        }
        String slug = slug(title);
        Path file = root.resolve("content").resolve(type.folder()).resolve(slug + ".md");
        if (Files.exists(file)) {
            throw new IllegalArgumentException(root.relativize(file) + " already exists");
        }
        SiteLoader.Loaded existing = SiteLoader.load(root);
        StringBuilder text = new StringBuilder();
        for (Field f : type.allFields()) {
            if (!f.required()) {
                continue;
            }
            text.append(f.name())
                    .append('=')
                    .append(placeholder(f, type, title, existing.site()))
                    .append('\n');
        }
        text.append(HeaderParser.SEPARATOR).append("\n\n");
        if (type.sections().isEmpty()) {
            text.append("Write the page here, in Markdown. Start sections with ## headings.\n");
        }
        for (String section : type.sections()) {
            text.append("## ").append(section).append("\n\nWrite this section.\n\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException(
                    "the title \"" + title + "\" has no letters or digits to name the file after");
        }
        return slug;
    }

    private static String placeholder(Field f, ContentType type, String title, Site site) {
        return switch (f.name()) {
            case "title" -> title;
            case "type" -> type.name();
            case "status" -> "draft";
            case "description" -> "Replace this with one sentence that tells readers what the page gives them.";
            default ->
                switch (f.kind()) {
                    case DATE -> LocalDate.now(ZoneOffset.UTC).toString();
                    case INTEGER ->
                        String.valueOf(site.pages().stream()
                                        .filter(p -> p.type() == type)
                                        .count()
                                + 1);
                    case BOOLEAN -> "false";
                    case CHOICE -> f.choices().get(0);
                    case HTTPS_URL -> "https://example.org/replace-with-the-real-page";
                    case SENTENCE -> "Replace this with one sentence.";
                    case REFERENCE, REFERENCE_LIST ->
                        site.pages().stream()
                                .filter(p -> p.type().name().equals(f.target()))
                                .map(Page::slug)
                                .sorted()
                                .findFirst()
                                .orElse("replace-me");
                    default -> "Replace me";
                };
        };
    }
}
