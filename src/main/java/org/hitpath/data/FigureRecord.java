package org.hitpath.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Problem;
import org.hitpath.schema.SourceDate;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Figure;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one record of a figures file and checks it: known fields, the required ones, a source on the
 * publisher's own host, a copy recorded when the figure was read from one, a date in a form nobody can
 * misread, and a display that states the same numbers as the value (readers see the display; the value
 * is what editors compare, so the two must tell one story).
 */
final class FigureRecord {

    static final List<String> FIELDS = FigureFields.names();
    static final List<String> REQUIRED = FigureFields.required();

    /** Checks whose figure was read from a copy of the publisher's page, which the record must name. */
    private static final Set<String> READ_FROM_COPY = Set.of("mirror", "primary-archive");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String path;
    private final List<Problem> problems;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private String key;
    private int keyLine;

    FigureRecord(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Adds the record to FIGURES, or, when it has a problem, its key and first problem to BROKEN. */
    void read(NodeTuple tuple, Map<String, Figure> figures, Map<String, Problem> broken) {
        key = scalar(tuple.getKeyNode());
        keyLine = line(tuple.getKeyNode());
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(Problem.of(
                    path, keyLine, "key", "\"" + key + "\" is not a valid figure key", "lower-case kebab-case"));
            return;
        }
        if (figures.containsKey(key) || broken.containsKey(key)) {
            problems.add(
                    Problem.of(path, keyLine, key, "is defined twice", "each figure key once across data/figures/"));
            return;
        }
        int before = problems.size();
        if (!(tuple.getValueNode() instanceof MappingNode fields)) {
            problems.add(Problem.of(path, keyLine, key, "must be a record of fields", String.join(", ", FIELDS)));
        } else {
            fields(fields);
            required(before);
            checkSource();
            checkDates();
            checkDisplay();
        }
        if (problems.size() == before) {
            figures.put(key, figure());
        } else {
            broken.put(key, problems.get(before));
        }
    }

    private void fields(MappingNode fields) {
        for (NodeTuple f : fields.getValue()) {
            String name = scalar(f.getKeyNode());
            int l = line(f.getKeyNode());
            if (!FIELDS.contains(name)) {
                problems.add(Problem.of(
                        path,
                        l,
                        key + "." + name,
                        "is not a figure field" + DidYouMean.hint(String.valueOf(name), FIELDS),
                        String.join(", ", FIELDS)));
                continue;
            }
            String value = scalar(f.getValueNode());
            if (value == null || value.isBlank()) {
                problems.add(Problem.of(path, l, key + "." + name, "is empty", "a value"));
                continue;
            }
            values.put(name, value.strip());
            lines.put(name, l);
        }
    }

    /** A missing field is reported only when the record has no other problem, which may be its cause. */
    private void required(int before) {
        for (String req : REQUIRED) {
            if (!values.containsKey(req) && problems.size() == before) {
                add(keyLine, req, "is missing", "every figure has " + String.join(", ", REQUIRED));
            }
        }
    }

    private void checkSource() {
        String check = values.get("check");
        if (check != null && !Figure.CHECKS.contains(check)) {
            add(
                    lines.get("check"),
                    "check",
                    "\"" + check + "\" is not a check status",
                    String.join(", ", Figure.CHECKS));
        }
        url("source_url", false);
        url("copy_url", true);
        if (check != null
                && Figure.CHECKS.contains(check)
                && !check.equals("primary")
                && !values.containsKey("primary_source")) {
            add(
                    keyLine,
                    "primary_source",
                    "is missing: a figure not checked against its primary source must name that source",
                    "who to check it against, such as the BLS Occupational Outlook Handbook");
        }
        if (check != null && READ_FROM_COPY.contains(check)) {
            for (String field : List.of("copy_url", "copy_read")) {
                if (!values.containsKey(field)) {
                    add(
                            keyLine,
                            field,
                            "is missing: a " + check + " figure was read from a copy, which the record must name",
                            "copy_url: the address of the copy you read; copy_read: the day you read it, yyyy-MM-dd");
                }
            }
        }
    }

    /** An https address; the source readers are sent to must be the publisher's own, a copy may be anywhere. */
    private void url(String field, boolean copy) {
        String url = values.get(field);
        if (url == null) {
            return;
        }
        if (!UrlRules.isAbsoluteHttps(url)) {
            add(
                    lines.get(field),
                    field,
                    "\"" + url + "\" is not an https URL",
                    "an absolute URL starting with https://");
        } else if (!copy) {
            UrlRules.testHost(url)
                    .ifPresent(host -> add(
                            lines.get(field),
                            field,
                            "\"" + url + "\" is on a test or development host (" + host + ")",
                            UrlRules.PUBLISHER_ADDRESS));
        }
    }

    private void checkDates() {
        String asOf = values.get("as_of");
        if (asOf != null && SourceDate.parse(asOf).isEmpty()) {
            add(lines.get("as_of"), "as_of", "\"" + asOf + "\" is not a date as a source gives it", SourceDate.ALLOWED);
        }
        String read = values.get("copy_read");
        if (read != null
                && (!ISO_DAY.matcher(read).matches() || SourceDate.parse(read).isEmpty())) {
            add(
                    lines.get("copy_read"),
                    "copy_read",
                    "\"" + read + "\" is not a date written yyyy-MM-dd",
                    "the day you read the copy, such as 2026-11-26");
        }
    }

    /** The numbers the display states are the numbers of the value; a value without numbers reads as written. */
    private void checkDisplay() {
        String value = values.get("value");
        String display = values.get("display");
        if (value == null || display == null) {
            return;
        }
        Set<String> valueNumbers = numbers(value);
        Set<String> displayNumbers = numbers(display);
        if (!valueNumbers.equals(displayNumbers)) {
            add(
                    lines.get("display"),
                    "display",
                    "states " + describe(displayNumbers) + " but value states " + describe(valueNumbers)
                            + ": readers see display, so change both together",
                    "a display that states the same numbers as value");
        } else if (valueNumbers.isEmpty() && !display.toLowerCase().contains(value.toLowerCase())) {
            add(
                    lines.get("display"),
                    "display",
                    "does not say \"" + value + "\", the value: readers see display, so change both together",
                    "a display that includes the value's words");
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(",", "").replaceFirst("\\.0+$", ""));
        }
        return found;
    }

    private static String describe(Set<String> numbers) {
        return numbers.isEmpty() ? "no number" : String.join(" and ", numbers);
    }

    private void add(int line, String field, String message, String allowed) {
        problems.add(Problem.of(path, line, key + "." + field, message, allowed));
    }

    private Figure figure() {
        return new Figure(
                key,
                values.get("label"),
                FigureFiles.parseValue(values.get("value")),
                values.get("unit"),
                values.get("display"),
                values.get("as_of"),
                values.get("source_title"),
                values.get("source_url"),
                values.get("check"),
                values.get("primary_source"),
                values.get("copy_url"),
                values.get("copy_read"),
                values.get("short_label"));
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
