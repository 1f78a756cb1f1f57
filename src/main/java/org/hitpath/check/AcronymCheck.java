package org.hitpath.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.render.PageScan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Acronyms;
import org.hitpath.site.Glossary;

/** Every acronym a reader meets on a baked page is explained in the glossary (or listed as not an acronym). */
final class AcronymCheck {

    private final Glossary glossary;
    private final Path root;

    AcronymCheck(Glossary glossary, Path root) {
        this.glossary = glossary;
        this.root = root;
    }

    /**
     * Where a reader meets WORD first: the line of the page's own file that has it, else the first data
     * file or template that has it (their text reaches pages too), else the page's file as a whole.
     */
    private String[] where(String source, String word) {
        Pattern whole = Pattern.compile("(?<![\\w*-])" + Pattern.quote(word) + "(?![\\w*-])");
        List<String> candidates = new ArrayList<>(List.of(source));
        for (String folder : List.of("data", "templates")) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(candidates::add);
            } catch (IOException | UncheckedIOException e) {
                // No such folder: nothing to look in there.
            }
        }
        for (String candidate : candidates) {
            Path file = root.resolve(candidate);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (whole.matcher(lines.get(i)).find()) {
                        return new String[] {candidate, String.valueOf(i + 1)};
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // An unreadable file cannot say where the word is.
            }
        }
        return new String[] {source, "0"};
    }

    /**
     * Checks the text a reader meets on PAGE (its tags, scripts, styles and code left out, as
     * {@link PageScan#readerText()} gives it); a site without a glossary has nothing to check against.
     */
    void check(String page, String source, PageScan scan, List<Problem> problems) {
        if (glossary.isEmpty()) {
            return;
        }
        for (String word : Acronyms.in(scan.readerText())) {
            if (!glossary.needsNoEntry(word)) {
                String[] where = where(source, word);
                problems.add(
                        Problem.of(
                                where[0],
                                Integer.parseInt(where[1]),
                                "acronym",
                                "\"" + word + "\" appears on " + page + " but data/glossary.yaml does not define it",
                                "add " + word
                                        + " to data/glossary.yaml, or to data/not-acronyms.yaml with the reason it is not an acronym"));
            }
        }
    }
}
