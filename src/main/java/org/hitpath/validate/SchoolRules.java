package org.hitpath.validate;

import java.util.Set;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;

/** A program whose evidence is a copy (of a college page, of the accreditor's directory) names where the copy was read. */
final class SchoolRules {

    private static final Set<String> COPIES = Set.of("archived-copy", "directory-copy");

    private final Rules rules;

    SchoolRules(Rules rules) {
        this.rules = rules;
    }

    void check() {
        for (Page p : rules.site.pages()) {
            if (!p.type().name().equals("school")) {
                continue;
            }
            String kind = p.text("evidence_kind");
            if (COPIES.contains(kind)
                    && p.text("copy_url") == null
                    && !p.unfilled().contains("copy_url")) {
                rules.add(Problem.of(
                        p.path(),
                        p.line("evidence_kind"),
                        "copy_url",
                        "is missing: evidence of kind " + kind + " was read from a copy, which the page must name",
                        "the https address of the copy you read; accreditation_url keeps the publisher's own address"));
            }
        }
    }
}
