package org.hitpath.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hitpath.plan.Eligibility;
import org.hitpath.schema.SourceDate;
import org.hitpath.schema.States;
import org.hitpath.site.Page;

/**
 * What every listing of a program shows beside its name: where it is (and whether the evidence says so),
 * how it is taught, what its evidence is and how old, and whether to confirm it before applying.
 */
public final class ProgramFacts {

    /** Evidence older than this many years, or undated, asks the reader to confirm the program first. */
    public static final int FRESH_YEARS = 3;

    static final Map<String, String> EVIDENCE_KINDS = Map.of(
            "college-page", "the college's program page",
            "college-catalog", "the college's catalog",
            "archived-copy", "an archived copy of the college's page",
            "directory", "CAHIIM's program directory",
            "directory-copy", "a copy of CAHIIM's program directory");

    /** The same, in the few words a list has room for. */
    static final Map<String, String> EVIDENCE_SHORT = Map.of(
            "college-page", "college page",
            "college-catalog", "college catalog",
            "archived-copy", "archived college page",
            "directory", "CAHIIM directory",
            "directory-copy", "copy of CAHIIM's directory");

    private ProgramFacts() {}

    /** The summary fields of a program page, for every list that names it. */
    static Map<String, Object> of(Page school, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        String located = school.text("location_stated");
        String state = States.name(school.text("state"));
        boolean cityStated = "city-and-state".equals(located);
        m.put("location_text", location(school.text("city"), state, located));
        m.put("city_confirmed", cityStated);
        m.put("state_confirmed", !"none".equals(located));
        m.put("evidence_kind_label", EVIDENCE_KINDS.get(school.text("evidence_kind")));
        m.put("evidence_short", EVIDENCE_SHORT.get(school.text("evidence_kind")));
        m.put("leads_to_slugs", String.join(" ", Eligibility.of(school)));
        SourceDate date = SourceDate.parse(school.text("evidence_date")).orElseThrow();
        m.put("evidence_date_display", date.display());
        m.put("evidence_age", age(date, today));
        m.put("confirm", date.ageInYears(today).map(a -> a > FRESH_YEARS).orElse(true));
        return m;
    }

    /** "Cypress, California"; an unconfirmed part says so, so a reader never takes a guess for a fact. */
    static String location(String city, String state, String located) {
        return switch (located) {
            case "city-and-state" -> city == null ? state : city + ", " + state;
            case "state" -> city == null ? state : city + " (city not confirmed), " + state;
            default -> (city == null ? "" : city + ", ") + state + " (location not confirmed)";
        };
    }

    /** "undated", "from this year", "about 1 year old", "about 9 years old". */
    static String age(SourceDate date, LocalDate today) {
        Optional<Integer> years = date.ageInYears(today);
        if (years.isEmpty()) {
            return "undated";
        }
        int y = years.get();
        return y == 0 ? "from this year" : "about " + y + (y == 1 ? " year" : " years") + " old";
    }
}
