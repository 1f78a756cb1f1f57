package org.hitpath.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.plan.Eligibility;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The links between pages that nobody maintains by hand: computed once from the references in the
 * headers (a course names the credentials it relates to and how, a credential its issuer, a school its
 * accreditor and the credentials its evidence names) and read in both directions.
 */
public final class CrossLinks {

    /** How a course relates to a credential, as the course's header fields say. */
    public static final List<String> COURSE_RELATIONS = List.of("exam_content", "recommended_for", "required_for");

    private final Map<String, List<Page>> coursesByRelation = new HashMap<>();
    private final Map<String, List<Page>> schoolsByCredential = new HashMap<>();
    private final Map<String, List<Page>> credentialsByIssuer = new HashMap<>();
    private final Map<String, List<Page>> schoolsByAccreditor = new HashMap<>();

    public CrossLinks(Site site, boolean withDrafts) {
        for (Page course : site.ofType("course", withDrafts)) {
            for (String relation : COURSE_RELATIONS) {
                course.list(relation).forEach(c -> add(coursesByRelation, relation + ":" + c, course));
            }
        }
        for (Page credential : site.ofType("credential", withDrafts)) {
            add(credentialsByIssuer, credential.text("issuer"), credential);
        }
        for (Page school : SchoolFilters.schoolsInOrder(site, withDrafts)) {
            Eligibility.of(school).forEach(c -> add(schoolsByCredential, c, school));
            add(schoolsByAccreditor, school.text("accreditation"), school);
        }
    }

    private static void add(Map<String, List<Page>> map, String key, Page page) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
    }

    /** The courses related to CREDENTIAL in one of the {@link #COURSE_RELATIONS}. */
    public List<Page> coursesFor(String credential, String relation) {
        return coursesByRelation.getOrDefault(relation + ":" + credential, List.of());
    }

    /** The programs that lead to CREDENTIAL, by their evidence or by the issuer's rule. */
    public List<Page> schoolsFor(String credential) {
        return schoolsByCredential.getOrDefault(credential, List.of());
    }

    public List<Page> credentialsIssuedBy(String organisation) {
        return credentialsByIssuer.getOrDefault(organisation, List.of());
    }

    public List<Page> schoolsAccreditedBy(String organisation) {
        return schoolsByAccreditor.getOrDefault(organisation, List.of());
    }
}
