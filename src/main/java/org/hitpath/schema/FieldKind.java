package org.hitpath.schema;

/** The value types a header field can hold. Every value is converted to its Java type by the loader. */
public enum FieldKind {
    /** Free text on one line. */
    TEXT("text"),
    /** One sentence of plain text, with a length limit. */
    SENTENCE("one sentence"),
    /** A whole number. */
    INTEGER("whole number"),
    /** An ISO calendar date, yyyy-MM-dd. */
    DATE("date yyyy-MM-dd"),
    /** The date a source gives itself: a year, a month and year, a day, a period, or "undated". */
    SOURCE_DATE("date as the source gives it"),
    /** An absolute https URL. */
    HTTPS_URL("https URL"),
    /** One value from a closed list. */
    CHOICE("one of a fixed list"),
    /** A comma-separated list of free-text items. */
    TEXT_LIST("comma-separated list"),
    /** The slug of another page of a given type. */
    REFERENCE("page reference"),
    /** A comma-separated list of slugs of pages of a given type. */
    REFERENCE_LIST("comma-separated page references"),
    /** The key of a figure record in data/figures/. */
    FIGURE("figure key"),
    /** A comma-separated list of figure keys. */
    FIGURE_LIST("comma-separated figure keys");

    private final String description;

    FieldKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isList() {
        return this == TEXT_LIST || this == REFERENCE_LIST || this == FIGURE_LIST;
    }
}
