package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hitpath.load.SiteLoader;
import org.hitpath.site.Figure;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated indexes and cross-links of the real site, and the rule that no figure stands without its source. */
class CredentialsAndSchoolsTest {

    private static final String BASE = "https://site.test/";
    private static final Pattern BARE_FIGURE = Pattern.compile("\\$\\s?\\d|\\d\\s?%");

    static TestSite.Bake bake;

    @BeforeAll
    static void bakeTheRealSite() {
        bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
    }

    private static List<String> schoolPages() {
        return bake.pages().stream()
                .filter(p -> p.matches("schools/[a-z0-9-]+\\.html"))
                .filter(p -> bake.page(p).body().hasClass("hit-page--school"))
                .toList();
    }

    @Test
    void everySchoolAppearsExactlyOnceInTheListOfAllProgramsAndOnExactlyItsStatePage() {
        List<String> schools = schoolPages();
        assertTrue(schools.size() >= 10, "the real site lists its verified programs: " + schools);
        List<String> listed = bake.page("schools/all.html")
                .select("#program-list .hit-list a")
                .eachAttr("abs:href");
        assertEquals(
                schools.stream().map(s -> BASE + s).sorted().toList(),
                listed.stream().sorted().toList(),
                "each program exactly once");

        Map<String, List<String>> byStatePage = new HashMap<>();
        for (String state : bake.pages().stream()
                .filter(p -> p.startsWith("schools/states/"))
                .toList()) {
            byStatePage.put(state, bake.page(state).select("#in-state + ul a").eachAttr("abs:href"));
        }
        for (String school : schools) {
            Document page = bake.page(school);
            String statePage =
                    page.selectFirst("a[href*=states/]").absUrl("href").substring(BASE.length());
            List<String> pagesListingIt = byStatePage.entrySet().stream()
                    .filter(e -> e.getValue().contains(BASE + school))
                    .map(Map.Entry::getKey)
                    .toList();
            assertEquals(List.of(statePage), pagesListingIt, school + " is on exactly its own state page");
        }
    }

    @Test
    void deliveryAndCredentialFiltersListExactlyTheMatchingPrograms() {
        for (String filter : bake.pages().stream()
                .filter(p -> p.startsWith("schools/delivery/"))
                .toList()) {
            String mode = filter.substring("schools/delivery/".length(), filter.length() - ".html".length());
            String label = bake.page(filter).select("h1").text();
            for (String school : schoolPages()) {
                String taught = bake.page(school)
                        .select("dt:containsOwn(How it is taught) + dd")
                        .text();
                boolean listed = bake.page(filter)
                        .select("main .hit-list a")
                        .eachAttr("abs:href")
                        .contains(BASE + school);
                // A program with two routes (on campus or online) is listed under both.
                boolean twoRoutes = taught.equals("On campus or online (two routes)") && !mode.equals("hybrid");
                boolean matches = twoRoutes
                        || (!taught.startsWith("On campus or")
                                && taught.toLowerCase().startsWith(mode.equals("campus") ? "on campus" : mode));
                assertEquals(matches, listed, school + " on " + filter + " (" + label + ", taught: " + taught + ")");
            }
        }
        assertTrue(bake.pages().contains("schools/credentials/rhit.html"));
    }

    @Test
    void everyCredentialPageLinksItsOrganisationAndEveryOrganisationListsItsCredentials() {
        for (String credential : credentialPages()) {
            Document page = bake.page(credential);
            Element issuer = page.selectFirst("dt:containsOwn(Issued by) + dd a");
            assertNotNull(issuer, credential + " names its issuer");
            String organisation = issuer.absUrl("href").substring(BASE.length());
            assertTrue(Files.exists(bake.site().resolve(organisation)), organisation);
            assertTrue(
                    bake.page(organisation)
                            .select("#credentials ~ ul a, section[aria-labelledby=credentials] a")
                            .eachAttr("abs:href")
                            .contains(BASE + credential),
                    organisation + " lists " + credential);
            assertEquals(
                    List.of(
                            "What it is",
                            "Who it suits",
                            "Eligibility",
                            "The exam",
                            "Cost",
                            "Keeping it current",
                            "Related courses",
                            "Programs that prepare for it",
                            "Sources"),
                    page.select("main h2:not(.hit-toc__title)").eachText().stream()
                            .filter(h -> !h.endsWith(" in brief"))
                            .toList(),
                    credential + " has the same sections in the same order");
            assertTrue(
                    page.selectFirst("main h2").text().endsWith(" in brief"), credential + " opens with its summary");
            assertEquals(
                    List.of(
                            "Issued by",
                            "Who it suits",
                            "Who may sit the exam",
                            "Exam time",
                            "Questions",
                            "How it is taken",
                            "Exam fee",
                            "Keeping it current"),
                    page.select(".hit-facts dt").eachText().stream()
                            .filter(t -> !t.equals("Also known as"))
                            .toList(),
                    credential + ": the summary box answers the same questions on every credential");
        }
    }

    @Test
    void courseAndCredentialPagesLinkEachOtherBothWays() {
        int pairs = 0;
        for (String course : bake.pages().stream()
                .filter(p -> p.matches("courses/[a-z0-9-]+\\.html") && !p.endsWith("index.html"))
                .toList()) {
            for (String credential : bake.page(course).select(".hit-related a").eachAttr("abs:href")) {
                String back = credential.substring(BASE.length());
                assertTrue(
                        bake.page(back)
                                .select("section[aria-labelledby=related-courses] a")
                                .eachAttr("abs:href")
                                .contains(BASE + course),
                        back + " links back to " + course);
                pairs++;
            }
        }
        assertTrue(pairs >= 7, "courses name the credentials they prepare for: " + pairs);
    }

    @Test
    void everyInternalLinkOnGeneratedAndCrossLinkedPagesResolves() {
        for (String path : bake.pages()) {
            for (Element a : bake.page(path).select("a[href]")) {
                String href = a.absUrl("href");
                if (href.startsWith(BASE)) {
                    String target = href.substring(BASE.length()).replaceAll("#.*$", "");
                    assertTrue(Files.isRegularFile(bake.site().resolve(target)), path + " links to missing " + target);
                }
            }
        }
    }

    @Test
    void noFigureIsShownWithoutItsSourceAndDate() {
        int figures = 0;
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            for (Element figure : page.select(".hit-figure")) {
                figures++;
                Element ref = figure.selectFirst("sup > a[href^=#note-]");
                assertNotNull(ref, path + ": " + figure.text() + " has a note number");
                Element note = page.getElementById(ref.attr("href").substring(1));
                assertNotNull(note, path + ": " + ref.attr("href") + " is in the page's Sources");
                Element source = note.selectFirst("a[href^=https://]");
                assertNotNull(source, path + ": " + note.text());
                assertTrue(
                        note.text().matches(".* For .+, .+\\."),
                        path + ": the note says what and when: " + note.text());
                boolean unchecked = figure.selectFirst(".hit-tag") != null;
                assertEquals(
                        unchecked,
                        note.selectFirst(".hit-figure__unchecked") != null,
                        path + ": a figure tagged unchecked has a note saying what it still needs, and only then: "
                                + note.text());
            }
            List<String> bare = new ArrayList<>();
            NodeTraversor.traverse(
                    (node, depth) -> {
                        if (node instanceof TextNode text
                                && text.parent() != null
                                && ((Element) text.parent()).closest(".hit-figure") == null
                                && BARE_FIGURE.matcher(text.text()).find()) {
                            bare.add(text.text());
                        }
                    },
                    page.selectFirst("main"));
            // A chart draws only records, and says each again in words, as a figure with its note, beside it.
            for (Element chart : page.select(".hit-chart")) {
                List<String> inWords =
                        chart.select(".hit-chart__words .hit-figure strong").eachText();
                for (Element label : chart.select("svg text")) {
                    if (BARE_FIGURE.matcher(label.text()).find()) {
                        assertTrue(inWords.contains(label.text()), path + ": charted " + label.text() + " is a record");
                        bare.remove(label.text());
                    }
                }
            }
            assertEquals(List.of(), bare, path + " shows a figure without its record");
        }
        assertTrue(figures > 50, "the site shows its figures: " + figures);
    }

    @Test
    void unverifiedFiguresSayWhichPrimarySourceTheyStillNeed() {
        Document home = bake.page("index.html");
        Element pay = home.selectFirst(".hit-facts .hit-figure");
        assertEquals("unchecked", pay.selectFirst(".hit-tag").text());
        Element note = home.getElementById(pay.selectFirst("sup a").attr("href").substring(1));
        assertEquals(
                "not yet checked against the BLS Occupational Outlook Handbook on bls.gov",
                note.selectFirst(".hit-figure__unchecked").text());
    }

    @Test
    void readersSearchingForCtrAreLedToTheOdsPage() {
        Document index = bake.page("credentials/index.html");
        Element ctr = index.select("#names ~ ul a").stream()
                .filter(a -> a.text().equals("CTR"))
                .findFirst()
                .orElse(null);
        assertNotNull(ctr, "the credential index lists CTR by name");
        assertEquals(BASE + "credentials/ods.html", ctr.absUrl("href"));
        assertTrue(bake.page("credentials/ods.html").selectFirst("h1").text().contains("formerly CTR"));
    }

    @Test
    void credentialIndexListsEveryCredentialOnceBySpecialtyAndLinksTheComparisonsFirst() {
        Document index = bake.page("credentials/index.html");
        List<String> credentials =
                credentialPages().stream().map(p -> BASE + p).sorted().toList();
        assertEquals(
                credentials,
                index.select("#by-specialty ~ ul:not(#by-organisation ~ ul) a").eachAttr("abs:href").stream()
                        .sorted()
                        .toList(),
                "each credential once, by specialty");
        assertEquals(
                List.of(),
                index.select("#by-organisation ~ ul:not(#names ~ ul) a[href*=/credentials/]")
                        .eachAttr("href"),
                "the issuers' list names organisations, not the credentials again");
        for (String specialty : List.of(
                "General health information", "Medical coding", "Cancer registry", "Home care and hospice coding")) {
            assertNotNull(index.selectFirst("h3:containsOwn(" + specialty + ")"), specialty);
        }
        assertEquals(
                List.of(BASE + "credentials/compare-exams.html", BASE + "credentials/compare-costs.html"),
                index.select("#comparison ~ ul.hit-cards a").eachAttr("abs:href"));
        assertEquals("#comparison", index.selectFirst(".hit-toc a").attr("href"), "comparing comes first on the index");
        assertEquals(0, index.select("main table, main .hit-figure").size(), "the figures are on the comparison pages");
    }

    /** The column heading of each credential field the comparison shows. */
    private static final Map<String, String> COMPARED = Map.of(
            "Who may sit the exam",
            "eligibility",
            "Exam time",
            "exam_time",
            "Questions",
            "exam_questions",
            "Fee",
            "fee",
            "Keeping it current",
            "renewal");

    @Test
    void comparisonPagesShowEveryCredentialOnceAndEveryKeyFigureWithItsValueDateSourceAndCheck() throws IOException {
        Site site = SiteLoader.load(TestSite.PROJECT).site();
        List<String> fieldsShown = new ArrayList<>();
        int figures = 0;
        for (String path : List.of("credentials/compare-exams.html", "credentials/compare-costs.html")) {
            Document page = bake.page(path);
            assertEquals(
                    BASE + "credentials/index.html",
                    page.selectFirst(".hit-breadcrumbs ol li:last-child a").absUrl("href"));
            assertEquals(
                    List.of(BASE + "credentials/compare-exams.html", BASE + "credentials/compare-costs.html"),
                    page.select(".hit-toc a[href*=compare-]").eachAttr("abs:href"),
                    path + " links both comparisons");
            Element table = page.selectFirst("main table.hit-table");
            List<String> columns = table.select("thead th").eachText();
            assertEquals("Credential", columns.get(0));
            List<String> fields = columns.subList(1, columns.size()).stream()
                    .map(COMPARED::get)
                    .toList();
            fieldsShown.addAll(fields);
            List<String> rows = table.select("tbody th[scope=row] a").eachAttr("abs:href").stream()
                    .map(h -> h.substring(BASE.length()))
                    .toList();
            assertEquals(credentialPages(), rows.stream().sorted().toList(), path + ": every credential, once");
            Set<String> sourcesUsed = new TreeSet<>();
            for (Element row : table.select("tbody tr")) {
                Page credential = site.bySlug(
                                "credential",
                                row.selectFirst("th a").attr("href").replaceAll(".*/|\\.html$", ""))
                        .orElseThrow();
                List<Element> cells = row.select("td");
                assertEquals(fields.size(), cells.size(), path + ": " + credential.slug());
                for (int i = 0; i < fields.size(); i++) {
                    Element cell = cells.get(i);
                    String field = fields.get(i);
                    assertEquals(
                            columns.get(i + 1),
                            cell.attr("data-label"),
                            "each cell names its column for narrow screens");
                    if (field.equals("eligibility")) {
                        assertEquals(credential.text("eligibility"), cell.text());
                    } else if (credential.text(field) == null) {
                        assertEquals(
                                "\u2014", cell.text(), credential.slug() + " has no " + field + " record, so a dash");
                    } else {
                        Figure f = site.figures().get(credential.text(field));
                        Element figure = cell.selectFirst(".hit-figure");
                        assertNotNull(figure, credential.slug() + " " + field);
                        assertEquals(f.display(), figure.selectFirst("strong").text());
                        Element note = page.getElementById(
                                figure.selectFirst("sup a").attr("href").substring(1));
                        assertEquals(f.sourceUrl(), note.selectFirst("a").attr("href"));
                        assertTrue(note.text().contains(f.label() + ", "), note.text());
                        Element unchecked = note.selectFirst(".hit-figure__unchecked");
                        if (f.checkedAgainstPrimary()) {
                            assertNull(figure.selectFirst(".hit-tag"), f.key());
                            assertNull(unchecked, f.key());
                        } else {
                            assertEquals(
                                    "unchecked", figure.selectFirst(".hit-tag").text(), f.key());
                            assertEquals("not yet checked against " + f.primarySource(), unchecked.text(), f.key());
                        }
                        sourcesUsed.add(f.sourceUrl());
                        figures++;
                    }
                }
            }
            assertEquals(
                    sourcesUsed,
                    new TreeSet<>(page.select("section.hit-sources li > a").eachAttr("href")),
                    path + " lists its sources");
        }
        assertEquals(
                List.of("eligibility", "exam_time", "exam_questions", "fee", "renewal"),
                fieldsShown,
                "every field, on one page each");
        long recorded = site.ofType("credential", false).stream()
                .mapToLong(c -> java.util.stream.Stream.of("exam_time", "exam_questions", "fee", "renewal")
                        .filter(field -> c.text(field) != null)
                        .count())
                .sum();
        assertEquals(recorded, figures, "the comparison shows every figure the credentials record, once");
    }

    private static List<String> credentialPages() {
        return bake.pages().stream()
                .filter(p -> p.matches("credentials/[a-z0-9-]+\\.html")
                        && !p.endsWith("index.html")
                        && !p.contains("compare-"))
                .sorted()
                .toList();
    }

    /** Editors see every state readers cannot yet find a program in, with each lead the data file holds there. */
    @Test
    @SuppressWarnings("unchecked")
    void theCoveragePageListsExactlyTheStatesWithoutAProgramAndEveryLeadInThem() throws IOException {
        Set<String> withPrograms = new TreeSet<>();
        for (String school : schoolPages()) {
            String state = bake.page(school)
                    .selectFirst("a[href*=states/]")
                    .attr("href")
                    .replaceAll(".*/|\\.html$", "");
            withPrograms.add(state.toUpperCase(java.util.Locale.ROOT));
        }
        Document coverage = bake.page("editors/coverage.html");
        List<String> listed = coverage.select("main h2").eachAttr("id").stream()
                .map(id -> id.replace("state-", "").toUpperCase(java.util.Locale.ROOT))
                .toList();
        List<String> expected = org.hitpath.schema.States.NAMES.keySet().stream()
                .filter(code -> !withPrograms.contains(code))
                .sorted(Comparator.comparing(org.hitpath.schema.States::name))
                .toList();
        assertEquals(expected, listed);
        Map<String, Object> leads =
                new org.yaml.snakeyaml.Yaml().load(Files.readString(TestSite.PROJECT.resolve("data/leads.yaml")));
        for (Map.Entry<String, Object> state : leads.entrySet()) {
            assertTrue(listed.contains(state.getKey()), state.getKey() + " has leads but a program we list");
            List<String> shown = coverage.select(
                            "#state-" + state.getKey().toLowerCase(java.util.Locale.ROOT) + " + ul strong")
                    .eachText();
            assertEquals(
                    ((List<Map<String, String>>) state.getValue())
                            .stream().map(l -> l.get("college")).toList(),
                    shown,
                    state.getKey());
        }
        assertEquals("noindex", coverage.selectFirst("meta[name=robots]").attr("content"));
    }

    /** Without published criteria for featuring one, the home page singles out no program. */
    @Test
    void homePageLinksTheProgramIndexAndSinglesOutNoProgram() {
        List<String> links = bake.page("index.html").select("main a").eachAttr("abs:href");
        assertTrue(links.contains(BASE + "schools/index.html"), links.toString());
        assertEquals(
                List.of(),
                links.stream()
                        .filter(l -> l.startsWith(BASE + "schools/") && !l.startsWith(BASE + "schools/index.html"))
                        .toList());
    }
}
