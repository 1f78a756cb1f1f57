package org.hitpath.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.load.HeaderParser;
import org.hitpath.load.SiteLoader;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.Field;
import org.hitpath.schema.Schema;
import org.hitpath.site.Placeholders;
import org.hitpath.site.Site;

/**
 * Writes a new draft content file of a given type, with every required field and the usual sections.
 * Whatever the editor must supply holds a placeholder ("FILL IN: ..."), which a draft may keep and a
 * published page may not, so an unfilled file can never go live.
 */
public final class NewPage {

    /** The sections a program page usually has; the school type does not require them. */
    static final Map<String, List<String>> USUAL_SECTIONS = Map.of(
            "school", List.of("About the program", "Accreditation evidence"),
            "page", List.of("What this page covers"),
            "step", List.of("What you do in this step"),
            "organisation", List.of("What it does"));

    private NewPage() {}

    /** The file written, and the fields the editor still has to fill in. */
    public record Created(Path file, List<String> toFill) {}

    /**
     * Writes the file for NAME: the title of the page, or, for a program, the institution's name, which
     * names the file as every program file is named. A program's NAME may also be a whole title,
     * "Institution: Program"; the part before the colon is the institution.
     */
    public static Created create(Path root, String typeName, String name) throws IOException {
        ContentType type = Schema.type(typeName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown type \"" + typeName + "\" (allowed: " + String.join(", ", Schema.typeNames()) + ")"));
        if (type.name().equals("home") || type.name().equals("listing")) {
            throw new IllegalArgumentException(
                    "a " + type.name() + " page is written by hand: there is one per folder");
        }
        String fileName = type.name().equals("school") ? institution(name) : name;
        Path file = root.resolve("content").resolve(type.folder()).resolve(slug(fileName) + ".md");
        if (Files.exists(file)) {
            throw new IllegalArgumentException(root.relativize(file) + " already exists");
        }
        Site site = SiteLoader.load(root).site();
        StringBuilder text = new StringBuilder();
        List<String> toFill = new ArrayList<>();
        for (Field f : type.allFields()) {
            if (f.required()) {
                String value = value(f, type, name, site);
                text.append(f.name()).append('=').append(value).append('\n');
                if (Placeholders.in(value)) {
                    toFill.add(f.name());
                }
            }
        }
        text.append(HeaderParser.SEPARATOR).append("\n\n");
        List<String> sections = type.sections().isEmpty() ? USUAL_SECTIONS.get(type.name()) : type.sections();
        for (String section : sections) {
            text.append("## ")
                    .append(section)
                    .append("\n\n")
                    .append(Placeholders.of("write this section in your own words"))
                    .append("\n\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        return new Created(file, toFill);
    }

    /** The institution in a program's title "Institution: Program", or the whole name when it has no colon. */
    static String institution(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon).strip() : name.strip();
    }

    /** The program in "Institution: Program", or null. */
    private static String program(String name) {
        int colon = name.indexOf(':');
        String program = colon > 0 ? name.substring(colon + 1).strip() : "";
        return program.isEmpty() ? null : program;
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

    /** A field's first value: what the command knows (title, type, status, today), a placeholder for the rest. */
    private static String value(Field f, ContentType type, String name, Site site) {
        boolean school = type.name().equals("school");
        return switch (f.name()) {
            case "title" ->
                school
                        ? institution(name) + ": "
                                + (program(name) == null ? Placeholders.of("the program's name") : program(name))
                        : name;
            case "institution" -> school ? institution(name) : Placeholders.of(f.help());
            case "program" ->
                school && program(name) != null ? program(name) : Placeholders.of(f.allowed() + "; " + f.help());
            case "type" -> type.name();
            case "status" -> "draft";
            case "updated" -> LocalDate.now(ZoneOffset.UTC).toString();
            case "order" ->
                String.valueOf(
                        site.pages().stream().filter(p -> p.type() == type).count() + 1);
            case "description" -> Placeholders.of("one sentence that tells readers what the page gives them.");
            default -> Placeholders.of(f.allowed() + "; " + f.help());
        };
    }
}
