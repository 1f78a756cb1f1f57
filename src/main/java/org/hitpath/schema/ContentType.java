package org.hitpath.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of page: where its files live, which template renders it, its header fields beyond the
 * common ones, and the body sections every page of the kind has, in order.
 *
 * @param name      the value of the {@code type} header
 * @param placement where under {@code content/} its files may live
 * @param folder    the folder of a type placed in its {@link Placement#OWN_FOLDER}, otherwise ""
 * @param template the Freemarker template under {@code templates/}
 * @param fields   the fields of this type only
 * @param sections the {@code ##} headings every page of the type has, in this order (may be empty)
 * @param help     one line for the editors' guide
 */
public record ContentType(
        String name,
        Placement placement,
        String folder,
        String template,
        List<Field> fields,
        List<String> sections,
        String help) {

    /** Where the files of a type may live under {@code content/}. */
    public enum Placement {
        /** {@code content/index.md} only. */
        SITE_HOME,
        /** The {@code index.md} of any folder. */
        FOLDER_INDEX,
        /** Any folder, under any name but {@code index.md}. */
        ANY_FOLDER,
        /** The type's own folder, such as {@code content/steps/}. */
        OWN_FOLDER
    }

    public ContentType {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** Common fields first, then this type's own. */
    public List<Field> allFields() {
        List<Field> all = new ArrayList<>(Schema.COMMON_FIELDS);
        all.addAll(fields);
        return all;
    }

    public Optional<Field> field(String key) {
        return allFields().stream().filter(f -> f.name().equals(key)).findFirst();
    }
}
