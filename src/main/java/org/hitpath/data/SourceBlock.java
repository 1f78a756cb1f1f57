package org.hitpath.data;

import java.util.Map;
import org.hitpath.site.Figure;
import org.hitpath.site.Source;

/**
 * The source a data file cites for a list: written either as {@code title} and {@code url} in a block of
 * its own, or as {@code source_title} and {@code source_url} beside the data, as figure records do.
 */
final class SourceBlock {

    private SourceBlock() {}

    static Source read(YamlData data, Object value, String path) {
        Map<String, Object> raw = data.map(value, path);
        boolean flat = raw.containsKey("source_url");
        String title = data.text(raw, flat ? "source_title" : "title", path);
        String url = data.text(raw, flat ? "source_url" : "url", path);
        String asOf = data.text(raw, "as_of", path);
        String check = data.choice(raw, "check", path, Figure.CHECKS);
        String primary = data.optionalText(raw, "primary_source");
        if (!check.equals("primary") && Figure.CHECKS.contains(check) && primary == null) {
            data.problem(
                    path + ".primary_source",
                    "is missing: a source not checked against its primary source must name that source",
                    "who to check it against");
        }
        return new Source(title, url, asOf, check, primary == null ? "" : primary, data.file());
    }
}
