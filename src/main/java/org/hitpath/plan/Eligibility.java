package org.hitpath.plan;

import java.util.ArrayList;
import java.util.List;
import org.hitpath.site.Page;

/**
 * Which credentials a program leads to. The evidence names some itself; the RHIT also follows from a rule
 * AHIMA states (facts.md 2.1): completing a CAHIIM-accredited associate-level program makes a graduate
 * eligible for the RHIT exam. The rule applies only where the evidence states the associate level.
 */
public final class Eligibility {

    /** The accreditor, the award level and the credential of AHIMA's rule. */
    static final String RULE_ACCREDITOR = "cahiim";

    static final String RULE_LEVEL = "associate";
    public static final String RULE_CREDENTIAL = "rhit";

    private Eligibility() {}

    /** The credential slugs SCHOOL leads to: those its evidence names, then the RHIT by the rule. */
    public static List<String> of(Page school) {
        List<String> slugs = new ArrayList<>(school.list("credentials"));
        if (byRule(school) && !slugs.contains(RULE_CREDENTIAL)) {
            slugs.add(RULE_CREDENTIAL);
        }
        return slugs;
    }

    /** Whether AHIMA's rule makes graduates of SCHOOL eligible for the RHIT. */
    public static boolean byRule(Page school) {
        return RULE_ACCREDITOR.equals(school.text("accreditation")) && RULE_LEVEL.equals(school.text("level"));
    }

    /** Whether the evidence itself names CREDENTIAL, rather than the rule alone leading to it. */
    public static boolean named(Page school, String credential) {
        return school.list("credentials").contains(credential);
    }
}
