package org.hitpath.load;

import java.util.List;

/**
 * A content file split into its header lines and body, before any value is interpreted.
 *
 * @param path     path relative to the site source folder, forward slashes
 * @param header   the header's key=value lines in file order
 * @param body     the Markdown after the separator line
 * @param bodyLine the 1-based line number of the body's first line
 */
public record RawPage(String path, List<HeaderLine> header, String body, int bodyLine) {

    /** One {@code key=value} header line. */
    public record HeaderLine(String key, String value, int line) {}
}
