package org.hitpath.schema;

import static org.hitpath.schema.Field.choice;
import static org.hitpath.schema.Field.optional;
import static org.hitpath.schema.Field.reference;
import static org.hitpath.schema.Field.required;
import static org.hitpath.schema.FieldKind.*;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hitpath.schema.ContentType.Placement;

/**
 * The one content schema: every content type, its fields and their allowed values. The validator,
 * the editors' guide and the new-page command all read this class, so they cannot disagree.
 */
public final class Schema {

    /** Longest meta description search engines show in full. */
    public static final int DESCRIPTION_MAX = 160;

    public static final List<String> STATUSES = List.of("published", "draft");

    public static final List<String> SPECIALTIES = List.of("general", "coding", "cancer-registry", "home-care");
    /** hybrid: each student takes both; campus-or-online: two routes, the student chooses one. */
    public static final List<String> DELIVERY = List.of("online", "campus", "hybrid", "campus-or-online");

    public static final List<String> ROLES = List.of("issuer", "accreditor", "issuer-and-accreditor");
    public static final List<String> ISSUERS = List.of("issuer", "issuer-and-accreditor");
    public static final List<String> ACCREDITORS = List.of("accreditor", "issuer-and-accreditor");
    public static final List<String> LOCATION_STATED = List.of("city-and-state", "state", "none");
    public static final List<String> LEVELS = List.of("associate", "not-stated");

    /**
     * What a program's evidence is: the college's own page, its catalog or handbook of a named year, an
     * archived copy of a college page, the accreditor's directory, or a copy of that directory on another host.
     */
    public static final List<String> EVIDENCE_KINDS =
            List.of("college-page", "college-catalog", "archived-copy", "directory", "directory-copy");

    public static final List<String> READ_FROM = List.of("live-page", "stored-copy");

    /** The one address field that may name a test host: where a copy was read, which readers are not sent to. */
    public static final String COPY_URL = "copy_url";
    /** What a page of type page can show after its text: sourced parts drawn from data files. */
    public static final List<String> PAGE_PARTS = List.of("day-to-day", "career-map", "self-check", "glossary");

    public static final List<String> LISTABLE = List.of("step", "course", "credential", "organisation", "school");

    public static final List<ContentType> TYPES = List.of(
            new ContentType(
                    "home",
                    Placement.SITE_HOME,
                    "",
                    "home.ftl",
                    List.of(
                            optional("figures", FIGURE_LIST, "Figures shown in the At a glance box."),
                            reference(
                                    "first_credential",
                                    REFERENCE,
                                    false,
                                    "credential",
                                    "The credential the At a glance box names as the usual first one.")),
                    List.of(),
                    "The home page (content/index.md only)."),
            new ContentType(
                    "page",
                    Placement.ANY_FOLDER,
                    "",
                    "page.ftl",
                    List.of(choice(
                            "shows",
                            false,
                            PAGE_PARTS,
                            "A generated part shown after the text: sourced data the page presents.")),
                    List.of(),
                    "A plain page, such as About."),
            new ContentType(
                    "listing",
                    Placement.FOLDER_INDEX,
                    "",
                    "listing.ftl",
                    List.of(choice("lists", true, LISTABLE, "Which kind of page the generated list shows.")),
                    List.of(),
                    "An index page: a short introduction followed by a generated list."),
            new ContentType(
                    "step",
                    Placement.OWN_FOLDER,
                    "steps",
                    "step.ftl",
                    List.of(
                            required("order", INTEGER, "Position on the path: 1, 2, 3."),
                            optional("figures", FIGURE_LIST, "Figures shown in the Quick Facts box."),
                            optional("chart", FIGURE_LIST, "Percentages drawn as a bar chart: each a figure record.")),
                    List.of(),
                    "A step on the path to the career."),
            new ContentType(
                    "course",
                    Placement.OWN_FOLDER,
                    "courses",
                    "course.ftl",
                    List.of(
                            required("order", INTEGER, "Position in the course list."),
                            reference(
                                    "exam_content",
                                    REFERENCE_LIST,
                                    false,
                                    "credential",
                                    "Credentials whose exam outline, in our sources, covers this course."),
                            reference(
                                    "recommended_for",
                                    REFERENCE_LIST,
                                    false,
                                    "credential",
                                    "Credentials whose issuer recommends this subject as preparation."),
                            reference(
                                    "required_for",
                                    REFERENCE_LIST,
                                    false,
                                    "credential",
                                    "Credentials whose eligibility rules require this subject.")),
                    List.of(
                            "What you learn",
                            "Why it matters on the job",
                            "How it connects to credential exams",
                            "Typical topics"),
                    "A required course of an HIT program."),
            new ContentType(
                    "credential",
                    Placement.OWN_FOLDER,
                    "credentials",
                    "credential.ftl",
                    List.of(
                            required("code", TEXT, "The letters people know it by, such as RHIT.")
                                    .withMaxLength(12),
                            required("full_name", TEXT, "The full name of the credential."),
                            reference("issuer", REFERENCE, true, "organisation", "The organisation that issues it.")
                                    .withTargetRoles(ISSUERS),
                            choice("specialty", true, SPECIALTIES, "The group it is listed under."),
                            optional("aliases", TEXT_LIST, "Other names readers search for, such as a former name."),
                            required(
                                    "eligibility",
                                    SENTENCE,
                                    "Who may sit the exam, in one sentence, for the comparison table."),
                            optional("suits", SENTENCE, "Who it suits, in one sentence, for the summary box."),
                            reference("exam_time", FIGURE, false, null, "Figure: how long the exam takes."),
                            reference("exam_questions", FIGURE, false, null, "Figure: how many questions."),
                            reference("exam_format", FIGURE, false, null, "Figure: how and where the exam is taken."),
                            reference("fee", FIGURE, false, null, "Figure: the exam fee."),
                            reference("renewal", FIGURE, false, null, "Figure: what keeping it current takes.")),
                    List.of("What it is", "Who it suits", "Eligibility", "The exam", "Cost", "Keeping it current"),
                    "A credential (certification)."),
            new ContentType(
                    "organisation",
                    Placement.OWN_FOLDER,
                    "organisations",
                    "organisation.ftl",
                    List.of(
                            required("acronym", TEXT, "Short name, such as AHIMA.")
                                    .withMaxLength(12),
                            required("full_name", TEXT, "Full name of the organisation."),
                            required("website", HTTPS_URL, "Its home page."),
                            choice("role", true, ROLES, "Whether it issues credentials, accredits programs, or both.")),
                    List.of(),
                    "An organisation that issues credentials or accredits programs."),
            new ContentType(
                    "school",
                    Placement.OWN_FOLDER,
                    "schools",
                    "school.ftl",
                    List.of(
                            required("institution", TEXT, "The college or university; the file is named after it."),
                            optional("city", TEXT, "The city, as the evidence states it or as we believe it to be."),
                            choice(
                                    "state",
                                    true,
                                    List.copyOf(States.NAMES.keySet()),
                                    "Two-letter postal code of the state."),
                            choice(
                                    "location_stated",
                                    true,
                                    LOCATION_STATED,
                                    "What the evidence itself states of where the program is: city-and-state, state, or none."),
                            required("program", TEXT, "The program name as the college gives it."),
                            choice(
                                    "level",
                                    true,
                                    LEVELS,
                                    "The award level the evidence states: associate, or not-stated."),
                            optional("award", TEXT, "The award, such as AAS.").withMaxLength(30),
                            choice("delivery", false, DELIVERY, "How it is taught, as the evidence states it."),
                            reference("accreditation", REFERENCE, true, "organisation", "The accrediting organisation.")
                                    .withTargetRoles(ACCREDITORS),
                            required(
                                    "accreditation_url",
                                    HTTPS_URL,
                                    "The publisher's own page that states the accreditation: what readers are sent to."),
                            choice("evidence_kind", true, EVIDENCE_KINDS, "What the evidence is."),
                            required("evidence_date", SOURCE_DATE, "The date the evidence gives itself, or undated."),
                            optional("evidence_note", TEXT, "What else dates or limits the evidence, in a few words.")
                                    .withMaxLength(120),
                            optional(
                                    COPY_URL,
                                    HTTPS_URL,
                                    "Where you read a copy of the evidence, when it was a copy on another host."),
                            required("evidence_read", DATE, "The day an editor read the evidence."),
                            choice(
                                    "read_from",
                                    true,
                                    READ_FROM,
                                    "Whether the editor read the live page or a stored copy of it."),
                            reference(
                                    "credentials",
                                    REFERENCE_LIST,
                                    false,
                                    "credential",
                                    "Credentials the evidence itself says it prepares for."),
                            optional("program_url", HTTPS_URL, "The program's own page, when one was seen."),
                            reference("length", FIGURE, false, null, "Figure: how long it takes, or its credits."),
                            reference(
                                    "cost", FIGURE, false, null, "Figure: tuition or another cost the college states."),
                            reference("starts", FIGURE, false, null, "Figure: when it starts, or its deadline."),
                            reference(
                                    "graduation_rate",
                                    FIGURE,
                                    false,
                                    null,
                                    "Figure: the graduation rate it publishes."),
                            reference(
                                    "employment_rate",
                                    FIGURE,
                                    false,
                                    null,
                                    "Figure: the employment rate it publishes."),
                            reference("pass_rate", FIGURE, false, null, "Figure: the exam pass rate it publishes."),
                            optional("outcomes", FIGURE_LIST, "Figures: other outcomes the program publishes.")),
                    List.of(),
                    "An accredited program."));

    /** Declared after TYPES: the type field's choices are the names of the types. */
    public static final List<Field> COMMON_FIELDS = List.of(
            required("title", TEXT, "The page title, unique across the site; shown as the page heading.")
                    .withMaxLength(90),
            choice("type", true, typeNames(), "The kind of page (see the types below)."),
            choice(
                    "status",
                    true,
                    STATUSES,
                    "published pages are built; drafts only with the preview's --drafts flag."),
            required("description", SENTENCE, "One sentence for search results and cards.")
                    .withMaxLength(DESCRIPTION_MAX),
            required("updated", DATE, "The day the page content was last reviewed."));

    private Schema() {}

    public static Optional<ContentType> type(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static List<String> typeNames() {
        return TYPES.stream().map(ContentType::name).collect(Collectors.toList());
    }
}
