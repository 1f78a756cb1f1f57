package org.hitpath.load;

import static org.hitpath.load.SiteFixture.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Problem;
import org.junit.jupiter.api.Test;

/** Each header value becomes the Java type its field declares, or a problem on its line and no value. */
class HeaderValuesTest {

    private static final String DATE_ALLOWED = "a real calendar date written yyyy-MM-dd, such as 2026-01-31";

    private final List<Problem> problems = new ArrayList<>();

    /** The value of FIELD written as VALUE on line 4 of content/page.md. */
    private Object convert(Field field, String value) {
        return new HeaderValues("content/page.md", problems)
                .convert(new RawPage.HeaderLine(field.name(), value, 4), field);
    }

    private static Field field(String name, FieldKind kind) {
        return Field.required(name, kind, "help");
    }

    private static Field reference(String name, FieldKind kind, String target) {
        return Field.reference(name, kind, true, target, "help");
    }

    @Test
    void rejectsAnEmptyValueOfAnyKind() {
        assertNull(convert(field("order", FieldKind.INTEGER), ""));
        assertNull(convert(field("title", FieldKind.TEXT), ""));

        assertEquals(
                List.of(
                        "content/page.md:4: order: is empty (allowed: a whole number such as 3)",
                        "content/page.md:4: title: is empty (allowed: text of at most 200 characters)"),
                printed(problems));
    }

    @Test
    void acceptsTextUpToItsFieldsLengthLimit() {
        Field code = field("code", FieldKind.TEXT).withMaxLength(4);
        assertEquals("RHIT", convert(code, "RHIT"));
        assertNull(convert(code, "RHITS"));
        assertNull(convert(field("title", FieldKind.TEXT), "x".repeat(201)));

        assertEquals(
                List.of(
                        "content/page.md:4: code: is 5 characters long (allowed: text of at most 4 characters)",
                        "content/page.md:4: title: is 201 characters long (allowed: text of at most 200 characters)"),
                printed(problems));
    }

    @Test
    void takesASentenceEndingInAFullStopQuestionOrExclamationMark() {
        Field description = field("description", FieldKind.SENTENCE).withMaxLength(160);
        assertEquals("Learn the words.", convert(description, "Learn the words."));
        assertEquals("Is this for you?", convert(description, "Is this for you?"));
        assertEquals("Start here!", convert(description, "Start here!"));
        assertNull(convert(description, "Learn the words"));
        assertNull(convert(description, "A" + "a".repeat(159) + "."));

        assertEquals(
                List.of(
                        "content/page.md:4: description: must be one sentence ending with a full stop (allowed: one sentence of at most 160 characters)",
                        "content/page.md:4: description: is 161 characters long (allowed: one sentence of at most 160 characters)"),
                printed(problems));
    }

    @Test
    void readsAWholeNumberOfUpToNineDigits() {
        Field order = field("order", FieldKind.INTEGER);
        assertEquals(3L, convert(order, "3"));
        assertEquals(-2L, convert(order, "-2"));
        assertEquals(999_999_999L, convert(order, "999999999"));
        assertNull(convert(order, "three"));
        assertNull(convert(order, "2.5"));
        assertNull(convert(order, "1000000000"));

        assertEquals(
                List.of(
                        "content/page.md:4: order: \"three\" is not a whole number (allowed: a whole number such as 3)",
                        "content/page.md:4: order: \"2.5\" is not a whole number (allowed: a whole number such as 3)",
                        "content/page.md:4: order: \"1000000000\" is not a whole number (allowed: a whole number such as 3)"),
                printed(problems));
    }

    @Test
    void readsADateOnlyInTheIsoShape() {
        Field updated = field("updated", FieldKind.DATE);
        assertEquals(LocalDate.of(2026, 1, 31), convert(updated, "2026-01-31"));
        assertNull(convert(updated, "31/01/2026"));
        assertNull(convert(updated, "2026-1-31"));

        assertEquals(
                List.of(
                        "content/page.md:4: updated: \"31/01/2026\" is not an ISO date (allowed: " + DATE_ALLOWED + ")",
                        "content/page.md:4: updated: \"2026-1-31\" is not an ISO date (allowed: " + DATE_ALLOWED + ")"),
                printed(problems));
    }

    @Test
    void readsOnlyRealCalendarDatesNeverRollingOver() {
        Field updated = field("updated", FieldKind.DATE);
        assertEquals(LocalDate.of(2024, 2, 29), convert(updated, "2024-02-29"));
        assertNull(convert(updated, "2026-02-29"));
        assertNull(convert(updated, "2026-13-01"));

        assertEquals(
                List.of(
                        "content/page.md:4: updated: \"2026-02-29\" is not a real calendar date (allowed: "
                                + DATE_ALLOWED + ")",
                        "content/page.md:4: updated: \"2026-13-01\" is not a real calendar date (allowed: "
                                + DATE_ALLOWED + ")"),
                printed(problems));
    }

    @Test
    void takesOnlyAbsoluteHttpsUrlsWithADottedHost() {
        Field website = field("website", FieldKind.HTTPS_URL);
        assertEquals("https://www.ahima.org/", convert(website, "https://www.ahima.org/"));
        for (String bad :
                List.of("http://www.ahima.org/", "https://localhost/", "//www.ahima.org/", "javascript:x()")) {
            assertNull(convert(website, bad), bad);
        }

        assertEquals(
                List.of(
                        "content/page.md:4: website: \"http://www.ahima.org/\" is not an https URL (allowed: an absolute URL starting with https://)",
                        "content/page.md:4: website: \"https://localhost/\" is not an https URL (allowed: an absolute URL starting with https://)",
                        "content/page.md:4: website: \"//www.ahima.org/\" is not an https URL (allowed: an absolute URL starting with https://)",
                        "content/page.md:4: website: \"javascript:x()\" is not an https URL (allowed: an absolute URL starting with https://)"),
                printed(problems));
    }

    @Test
    void takesOneOfTheChoicesAndSuggestsTheNearestForATypo() {
        Field status = Field.choice("status", true, List.of("published", "draft"), "help");
        assertEquals("draft", convert(status, "draft"));
        assertNull(convert(status, "publshed"));
        assertNull(convert(status, "Published"));
        assertNull(convert(status, "archived"));

        assertEquals(
                List.of(
                        "content/page.md:4: status: \"publshed\" is not allowed; did you mean published? (allowed: published, draft)",
                        "content/page.md:4: status: \"Published\" is not allowed; did you mean published? (allowed: published, draft)",
                        "content/page.md:4: status: \"archived\" is not allowed (allowed: published, draft)"),
                printed(problems));
    }

    @Test
    void takesOneReferenceNotAListAndLeavesWhetherItExistsToTheSiteRules() {
        Field issuer = reference("issuer", FieldKind.REFERENCE, "organisation");
        Field fee = reference("fee", FieldKind.FIGURE, null);
        assertEquals("no-such-organisation", convert(issuer, "no-such-organisation"));
        assertNull(convert(issuer, "ahima,ncra"));
        assertNull(convert(fee, "rhit-fee, rhia-fee"));

        assertEquals(
                List.of(
                        "content/page.md:4: issuer: takes one value, not a list (allowed: the file name without .md of an organisation page)",
                        "content/page.md:4: fee: takes one value, not a list (allowed: a key defined in data/figures/*.yaml)"),
                printed(problems));
    }

    @Test
    void readsAListAsItsItemsWithoutTheSpacesAroundThem() {
        assertEquals(
                List.of("rhit", "rhia", "ccs"),
                convert(reference("credentials", FieldKind.REFERENCE_LIST, "credential"), "rhit, rhia ,ccs"));
        assertEquals(List.of("CTR"), convert(field("aliases", FieldKind.TEXT_LIST), "CTR"));
        assertEquals(List.of(), printed(problems));
    }

    @Test
    void rejectsAListWithAnEmptyItem() {
        Field credentials = reference("credentials", FieldKind.REFERENCE_LIST, "credential");
        assertNull(convert(credentials, "rhit,,ccs"));
        assertNull(convert(credentials, "rhit,"));
        assertNull(convert(field("figures", FieldKind.FIGURE_LIST), " ,pay"));

        assertEquals(
                List.of(
                        "content/page.md:4: credentials: has an empty item (allowed: comma-separated file names without .md of credential pages)",
                        "content/page.md:4: credentials: has an empty item (allowed: comma-separated file names without .md of credential pages)",
                        "content/page.md:4: figures: has an empty item (allowed: comma-separated keys defined in data/figures/*.yaml)"),
                printed(problems));
    }

    @Test
    void rejectsAListThatNamesAnItemTwice() {
        assertNull(convert(field("aliases", FieldKind.TEXT_LIST), "CTR, Tumor Registrar, CTR"));

        assertEquals(
                List.of("content/page.md:4: aliases: lists an item twice (allowed: comma-separated text items)"),
                printed(problems));
    }
}
