package org.hitpath.schema;

import java.util.List;

/**
 * One header field of a content type.
 *
 * @param name        the header key
 * @param kind        the value type
 * @param required    whether every file of the type must set it
 * @param choices     the allowed values of a {@link FieldKind#CHOICE} field, otherwise empty
 * @param target      the content type a reference points to, otherwise null
 * @param targetRoles for a reference to an organisation, the roles the organisation must have; else empty
 * @param maxLength   the longest allowed text, or 0 for the default limit
 * @param help        one line for the editors' guide
 */
public record Field(
        String name,
        FieldKind kind,
        boolean required,
        List<String> choices,
        String target,
        List<String> targetRoles,
        int maxLength,
        String help) {

    /** Long enough for any real title or name; longer is almost always a pasted paragraph. */
    public static final int DEFAULT_MAX_LENGTH = 200;

    public static Field required(String name, FieldKind kind, String help) {
        return new Field(name, kind, true, List.of(), null, List.of(), 0, help);
    }

    public static Field optional(String name, FieldKind kind, String help) {
        return new Field(name, kind, false, List.of(), null, List.of(), 0, help);
    }

    public static Field choice(String name, boolean required, List<String> choices, String help) {
        return new Field(name, FieldKind.CHOICE, required, List.copyOf(choices), null, List.of(), 0, help);
    }

    public static Field reference(String name, FieldKind kind, boolean required, String target, String help) {
        return new Field(name, kind, required, List.of(), target, List.of(), 0, help);
    }

    public Field withMaxLength(int length) {
        return new Field(name, kind, required, choices, target, targetRoles, length, help);
    }

    /** A reference that only organisations with one of ROLES may fill, such as an accreditor. */
    public Field withTargetRoles(List<String> roles) {
        return new Field(name, kind, required, choices, target, List.copyOf(roles), maxLength, help);
    }

    public int effectiveMaxLength() {
        return maxLength > 0 ? maxLength : DEFAULT_MAX_LENGTH;
    }

    /** What kind of page a reference wants, as messages name it: "an accreditor (organisation page)". */
    public String targetDescription() {
        if (targetRoles.isEmpty()) {
            return English.article(target) + " " + target + " page";
        }
        String role = targetRoles.get(0).replace("issuer-and-", "");
        return English.article(role) + " " + role + " (" + target + " page)";
    }

    /** What an editor may write here, for error messages and the editors' guide. */
    public String allowed() {
        return switch (kind) {
            case CHOICE -> String.join(", ", choices);
            case SENTENCE -> "one sentence of at most " + effectiveMaxLength() + " characters";
            case TEXT -> "text of at most " + effectiveMaxLength() + " characters";
            case REFERENCE -> "the file name without .md of " + targetDescription();
            case REFERENCE_LIST -> "comma-separated file names without .md of " + target + " pages";
            case FIGURE -> "a key defined in data/figures/*.yaml";
            case FIGURE_LIST -> "comma-separated keys defined in data/figures/*.yaml";
            case INTEGER -> "a whole number such as 3";
            case DATE -> "a real calendar date written yyyy-MM-dd, such as 2026-01-31";
            case SOURCE_DATE -> SourceDate.ALLOWED;
            case HTTPS_URL -> "an absolute URL starting with https://";
            case TEXT_LIST -> "comma-separated text items";
        };
    }
}
