package org.hitpath.data;

import java.util.List;
import org.hitpath.schema.SourceDate;

/** The fields of a figure record: what {@link FigureRecord} accepts, and the editors' table of them. */
public final class FigureFields {

    /**
     * One field of a figure record.
     *
     * @param name     the key written in the record
     * @param required "yes", "no", or when it is required
     * @param allowed  what it may hold
     * @param help     what it is for, for editors
     */
    public record Spec(String name, String required, String allowed, String help) {}

    public static final List<Spec> ALL = List.of(
            new Spec("label", "yes", "text", "What the figure is, in full; the page's Sources list names it so."),
            new Spec(
                    "value",
                    "yes",
                    "a number, or text when the value is not one",
                    "The value itself, for comparisons and charts."),
            new Spec("unit", "no", "text", "The unit of a numeric value, such as USD per year."),
            new Spec(
                    "display",
                    "yes",
                    "text that states every number in value",
                    "What readers see, such as $50,250 per year."),
            new Spec("as_of", "yes", SourceDate.ALLOWED, "The date or period the source itself gives."),
            new Spec("source_title", "yes", "text", "The title of the page the figure comes from."),
            new Spec(
                    "source_url",
                    "yes",
                    "an https address on the publisher's own host, never a test or copy host",
                    "The page readers are sent to."),
            new Spec(
                    "check",
                    "yes",
                    "primary, primary-archive, mirror, secondary",
                    "How far it is checked: primary only for the publisher's own page; primary-archive for an"
                            + " archived copy of it; mirror for a copy on another host; secondary for a third party"
                            + " quoting it."),
            new Spec(
                    "primary_source",
                    "unless check is primary",
                    "text",
                    "Who the figure still has to be checked against, such as AHIMA's RHIT page on ahima.org."),
            new Spec(
                    "copy_url",
                    "for mirror and primary-archive",
                    "an https address",
                    "Where you read the copy; readers see its host, not a link, when it is a test host."),
            new Spec("copy_read", "with copy_url", "a day written yyyy-MM-dd", "The day you read that copy."),
            new Spec(
                    "short_label",
                    "no",
                    "text",
                    "A shorter label where room is tight: the home page's At a glance, a step's Quick facts,"
                            + " a chart's bars."));

    private FigureFields() {}

    public static List<String> names() {
        return ALL.stream().map(Spec::name).toList();
    }

    public static List<String> required() {
        return ALL.stream()
                .filter(s -> s.required().equals("yes"))
                .map(Spec::name)
                .toList();
    }
}
