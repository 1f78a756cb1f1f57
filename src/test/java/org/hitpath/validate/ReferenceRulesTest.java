package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.asDraft;
import static org.hitpath.load.SiteFixture.header;
import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hitpath.load.SiteFixture;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.junit.jupiter.api.Test;

/** A header field that names a page or a figure names one that exists, and a published page no draft. */
class ReferenceRulesTest {

    private static String organisation(String title) {
        return header(
                        "organisation",
                        title,
                        "acronym=ORG",
                        "full_name=" + title,
                        "website=https://org.example.org/",
                        "role=issuer")
                + "Body.\n";
    }

    /** A credential issued by ISSUER (line 8), with any MORE fields from line 11. */
    private static String credential(String title, String issuer, String... more) {
        List<String> fields = new ArrayList<>(List.of(
                "code=CRED",
                "full_name=" + title,
                "issuer=" + issuer,
                "specialty=general",
                "eligibility=Anyone may sit the exam."));
        fields.addAll(List.of(more));
        return header("credential", title, fields.toArray(String[]::new)) + "Body.\n";
    }

    /** A course whose credentials (line 7) are CREDENTIALS. */
    private static String course(String credentials) {
        return header("course", "Alpha course", "order=1", "exam_content=" + credentials) + "Body.\n";
    }

    /** The problems of every page of the site, page by page. */
    private static List<String> check(SiteFixture fixture) {
        Site site = fixture.build();
        Rules rules = TestRules.of(site);
        ReferenceRules references = new ReferenceRules(rules);
        for (Page page : site.pages()) {
            references.check(page);
        }
        return printed(rules.problems);
    }

    @Test
    void acceptsReferencesToPublishedPagesAndFigureRecords() {
        SiteFixture fixture = site().figure("cred-fee")
                .page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/fixcred.md", credential("Fixture credential", "fixorg", "fee=cred-fee"))
                .page("content/courses/alpha.md", course("fixcred"));

        assertEquals(List.of(), check(fixture));
    }

    @Test
    void reportsAReferenceToNoSuchPageListingThePagesOfThatType() {
        SiteFixture fixture = site().page("content/organisations/ncra.md", organisation("NCRA"))
                .page("content/organisations/ahima.md", organisation("AHIMA"))
                .page("content/credentials/fixcred.md", credential("Fixture credential", "nobody"));

        assertEquals(
                List.of(
                        "content/credentials/fixcred.md:8: issuer: \"nobody\" is not an issuer (organisation page) (allowed: ahima, ncra)"),
                check(fixture));
    }

    @Test
    void checksEveryItemOfAReferenceList() {
        SiteFixture fixture = site().page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/fixcred.md", credential("Fixture credential", "fixorg"))
                .page("content/courses/alpha.md", course("nosuch, fixcred, gone"));

        assertEquals(
                List.of(
                        "content/courses/alpha.md:7: exam_content: \"nosuch\" is not a credential page (allowed: fixcred)",
                        "content/courses/alpha.md:7: exam_content: \"gone\" is not a credential page (allowed: fixcred)"),
                check(fixture));
    }

    @Test
    void acceptsOnlyAPageOfTheTypeTheFieldNames() {
        SiteFixture fixture = site().page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/fixcred.md", credential("Fixture credential", "fixorg"))
                .page("content/courses/alpha.md", course("fixorg"));

        assertEquals(
                List.of(
                        "content/courses/alpha.md:7: exam_content: \"fixorg\" is not a credential page (allowed: fixcred)"),
                check(fixture));
    }

    @Test
    void reportsAPublishedPageThatReferencesADraft() {
        SiteFixture fixture = site().page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/draftcred.md", asDraft(credential("Draft credential", "fixorg")))
                .page("content/courses/alpha.md", course("draftcred"));

        assertEquals(
                List.of(
                        "content/courses/alpha.md:7: exam_content: \"draftcred\" is a draft, so the link would break (allowed: published credential pages)"),
                check(fixture));
    }

    @Test
    void letsADraftReferenceADraft() {
        SiteFixture fixture = site().page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/draftcred.md", asDraft(credential("Draft credential", "fixorg")))
                .page("content/courses/alpha.md", asDraft(course("draftcred")));

        assertEquals(List.of(), check(fixture));
    }

    @Test
    void reportsAFigureKeyWithNoRecordInAListOrASingleField() {
        SiteFixture fixture = site().figure("pay")
                .page("content/index.md", header("home", "Home", "figures=pay, no-such-pay") + "Body.\n")
                .page("content/organisations/fixorg.md", organisation("Fixture organisation"))
                .page("content/credentials/fixcred.md", credential("Fixture credential", "fixorg", "fee=no-such-fee"));

        assertEquals(
                List.of(
                        "content/index.md:6: figures: \"no-such-pay\" is not a figure record (allowed: a key defined in data/figures/*.yaml)",
                        "content/credentials/fixcred.md:11: fee: \"no-such-fee\" is not a figure record (allowed: a key defined in data/figures/*.yaml)"),
                check(fixture));
    }
}
