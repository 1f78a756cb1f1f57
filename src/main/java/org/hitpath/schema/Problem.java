package org.hitpath.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing an editor got wrong, in the one format the build prints:
 * {@code path:line: field: problem (allowed: ...)}, then any follow-on notes indented below it.
 *
 * @param path    file path relative to the site source folder, with forward slashes
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param field   header field, or a short name for the part of the file ("header", "body", "file")
 * @param message what is wrong
 * @param allowed what would be accepted, or empty
 * @param notes   what else this problem causes (pages that use a broken record), folded under it
 */
public record Problem(String path, int line, String field, String message, String allowed, List<String> notes) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message)
            .thenComparing(Problem::allowed);

    public Problem {
        notes = List.copyOf(notes);
    }

    public static Problem of(String path, int line, String field, String message) {
        return new Problem(path, line, field, message, "", List.of());
    }

    public static Problem of(String path, int line, String field, String message, String allowed) {
        return new Problem(path, line, field, message, allowed, List.of());
    }

    /** The same problem with one more follow-on note. */
    public Problem withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Problem(path, line, field, message, allowed, more);
    }

    /** The problem's own line, without its notes. */
    public String headline() {
        return path + ":" + line + ": " + field + ": " + message
                + (allowed.isEmpty() ? "" : " (allowed: " + allowed + ")");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(headline());
        notes.forEach(n -> out.append(System.lineSeparator()).append("  ").append(n));
        return out.toString();
    }

    /** The same problem as a GitHub Actions annotation, so a pull request shows it on the line. */
    public String asGithubAnnotation() {
        String text = field + ": " + message + (allowed.isEmpty() ? "" : " (allowed: " + allowed + ")")
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        String escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return "::error file=" + path + (line > 0 ? ",line=" + line : "") + "::" + escaped;
    }
}
