package org.hitpath.schema;

import java.util.Comparator;

/**
 * One thing an editor got wrong, in the one format the build prints:
 * {@code path:line: field: problem (allowed: ...)}.
 *
 * @param path    file path relative to the site source folder, with forward slashes
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param field   header field, or a short name for the part of the file ("header", "body", "file")
 * @param message what is wrong
 * @param allowed what would be accepted, or empty
 */
public record Problem(String path, int line, String field, String message, String allowed) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public static Problem of(String path, int line, String field, String message) {
        return new Problem(path, line, field, message, "");
    }

    public static Problem of(String path, int line, String field, String message, String allowed) {
        return new Problem(path, line, field, message, allowed);
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + field + ": " + message
                + (allowed.isEmpty() ? "" : " (allowed: " + allowed + ")");
    }

    /** The same problem as a GitHub Actions annotation, so a pull request shows it on the line. */
    public String asGithubAnnotation() {
        String text = field + ": " + message + (allowed.isEmpty() ? "" : " (allowed: " + allowed + ")");
        String escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return "::error file=" + path + (line > 0 ? ",line=" + line : "") + "::" + escaped;
    }
}
