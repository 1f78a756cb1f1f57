package org.hitpath.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The links between pages that nobody maintains by hand: computed once from the references in the
 * headers (a course names its credentials, a credential its issuer, a school its credentials and
 * accreditor) and read in both directions.
 */
public final class CrossLinks {

    private final Map<String, List<Page>> coursesByCredential = new HashMap<>();
    private final Map<String, List<Page>> schoolsByCredential = new HashMap<>();
    private final Map<String, List<Page>> credentialsByIssuer = new HashMap<>();
    private final Map<String, List<Page>> schoolsByAccreditor = new HashMap<>();

    public CrossLinks(Site site, boolean withDrafts) {
        for (Page course : site.ofType("course", withDrafts)) {
            course.list("credentials")
                    .forEach(c -> coursesByCredential
                            .computeIfAbsent(c, k -> new ArrayList<>())
                            .add(course));
        }
        for (Page credential : site.ofType("credential", withDrafts)) {
            credentialsByIssuer
                    .computeIfAbsent(credential.text("issuer"), k -> new ArrayList<>())
                    .add(credential);
        }
        for (Page school : SchoolFilters.schoolsInOrder(site, withDrafts)) {
            school.list("credentials")
                    .forEach(c -> schoolsByCredential
                            .computeIfAbsent(c, k -> new ArrayList<>())
                            .add(school));
            schoolsByAccreditor
                    .computeIfAbsent(school.text("accreditation"), k -> new ArrayList<>())
                    .add(school);
        }
    }

    public List<Page> coursesFor(String credential) {
        return coursesByCredential.getOrDefault(credential, List.of());
    }

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
