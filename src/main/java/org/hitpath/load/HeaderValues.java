package org.hitpath.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Problem;
import org.hitpath.schema.Schema;
import org.hitpath.schema.SourceDate;
import org.hitpath.schema.States;
import org.hitpath.schema.UrlRules;

/**
 * Turns a header value into the Java type its field declares: String, Long, Boolean, LocalDate or a
 * list of String. A value that does not fit gives a problem and no value.
 */
final class HeaderValues {

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    static final String DATE_ALLOWED = "a real calendar date written yyyy-MM-dd, such as 2026-01-31";

    private final String path;
    private final List<Problem> problems;

    HeaderValues(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The typed value of one header line, or null after reporting why it has none. */
    Object convert(RawPage.HeaderLine h, Field field) {
        String v = h.value();
        if (v.isEmpty()) {
            return fail(h, "is empty", field.allowed());
        }
        return switch (field.kind()) {
            case TEXT, SENTENCE -> text(h, field);
            case INTEGER ->
                INTEGER.matcher(v).matches()
                        ? Long.valueOf(v)
                        : fail(h, "\"" + v + "\" is not a whole number", field.allowed());
            case DATE -> date(h);
            case SOURCE_DATE ->
                SourceDate.parse(v).isPresent()
                        ? v
                        : fail(h, "\"" + v + "\" is not a date as a source gives it", SourceDate.ALLOWED);
            case HTTPS_URL -> url(h, field);
            case CHOICE ->
                field.choices().contains(v)
                        ? v
                        : fail(
                                h,
                                "\"" + v + "\" is not allowed" + choiceHint(v, field),
                                String.join(", ", field.choices()));
            case REFERENCE, FIGURE -> v.contains(",") ? fail(h, "takes one value, not a list", field.allowed()) : v;
            case TEXT_LIST, REFERENCE_LIST, FIGURE_LIST -> list(h, field);
        };
    }

    private Object url(RawPage.HeaderLine h, Field field) {
        String v = h.value();
        if (!UrlRules.effectiveScheme(v).equals("https") || !UrlRules.isAbsoluteHttps(v)) {
            return fail(h, "\"" + v + "\" is not an https URL", field.allowed());
        }
        if (field.name().equals(Schema.COPY_URL)) {
            return v; // where a copy was read: often a test host, never a link readers follow
        }
        return UrlRules.testHost(v)
                .map(host -> fail(
                        h, "\"" + v + "\" is on a test or development host (" + host + ")", UrlRules.PUBLISHER_ADDRESS))
                .orElse(v);
    }

    /** "; did you mean X?" for a choice: a state written by its name, a code in the wrong case, a typo. */
    private static String choiceHint(String v, Field field) {
        if (field.name().equals("state")) {
            var code = States.codeOf(v);
            if (code.isPresent()) {
                return "; did you mean " + code.get() + "?";
            }
        }
        return DidYouMean.hint(v, field.choices());
    }

    private Object text(RawPage.HeaderLine h, Field field) {
        String v = h.value();
        if (v.length() > field.effectiveMaxLength()) {
            return fail(h, "is " + v.length() + " characters long", field.allowed());
        }
        if (field.kind() == FieldKind.SENTENCE && !v.matches(".*[.?!]$")) {
            return fail(h, "must be one sentence ending with a full stop", field.allowed());
        }
        return v;
    }

    private Object list(RawPage.HeaderLine h, Field field) {
        List<String> items =
                Arrays.stream(h.value().split(",", -1)).map(String::strip).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            return fail(h, "has an empty item", field.allowed());
        }
        if (items.stream().distinct().count() < items.size()) {
            return fail(h, "lists an item twice", field.allowed());
        }
        return items;
    }

    private Object date(RawPage.HeaderLine h) {
        String v = h.value();
        if (!ISO_SHAPE.matcher(v).matches()) {
            return fail(h, "\"" + v + "\" is not an ISO date", DATE_ALLOWED);
        }
        try {
            return LocalDate.parse(v, ISO_STRICT);
        } catch (DateTimeException e) {
            return fail(h, "\"" + v + "\" is not a real calendar date", DATE_ALLOWED);
        }
    }

    private Object fail(RawPage.HeaderLine h, String message, String allowed) {
        problems.add(Problem.of(path, h.line(), h.key(), message, allowed));
        return null;
    }
}
