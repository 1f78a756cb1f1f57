package org.hitpath.validate;

import java.time.LocalDate;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;

/**
 * A day an editor records (a page's last review, the day evidence was read) cannot be after the day of
 * the bake: 2062 for 2026 is a typo, and a future review date would keep a page out of the review queue.
 */
final class DateRules {

    private final Rules rules;

    DateRules(Rules rules) {
        this.rules = rules;
    }

    void check(Page p) {
        for (Field f : p.type().allFields()) {
            if (f.kind() == FieldKind.DATE
                    && p.values().get(f.name()) instanceof LocalDate day
                    && day.isAfter(rules.today)) {
                rules.add(Problem.of(
                        p.path(),
                        p.line(f.name()),
                        f.name(),
                        "\"" + day + "\" is after today (" + rules.today + ")",
                        "a day no later than today, written yyyy-MM-dd"));
            }
        }
    }
}
