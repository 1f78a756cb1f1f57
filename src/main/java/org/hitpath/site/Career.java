package org.hitpath.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The sourced data behind the career pages, one record per data file under data/career/. A file that
 * is missing leaves its record null; a page that shows its part is then reported by the site rules.
 *
 * @param tasks      tasks.yaml: what the job involves, grouped (O*NET)
 * @param jobTitles  job-titles.yaml: titles used in job ads (O*NET)
 * @param workplaces workplaces.yaml: employer shares (figure keys) and schedules
 * @param map        map.yaml: the career map's roles and the moves between them
 * @param selfCheck  self-check.yaml: the questions of "Is this career for me?"
 */
public record Career(Tasks tasks, JobTitles jobTitles, Workplaces workplaces, CareerMap map, SelfCheck selfCheck) {

    public static final Career EMPTY = new Career(null, null, null, null, null);

    public record Tasks(Source source, List<TaskGroup> groups) {}

    public record TaskGroup(String id, String title, List<String> tasks) {}

    public record JobTitles(Source source, List<String> titles) {}

    /** Employer shares as figure keys, and the work schedule with its source. */
    public record Workplaces(List<String> employerFigures, Source schedule, String scheduleText) {}

    public record CareerMap(List<Node> nodes, List<Edge> edges) {}

    /**
     * One role on the map.
     *
     * @param stage    one of the map's stages: entry, specialty, advanced, related
     * @param page     the output path of the page the role links to
     * @param pageLine the line of map.yaml that sets the page, for messages
     */
    public record Node(String id, String label, String stage, String page, String note, int pageLine) {}

    /** A move from one role to another, and what it takes. */
    public record Edge(String from, String to, String label) {}

    public record SelfCheck(String intro, List<Question> questions) {}

    public record Question(String id, String demand, String question, String why) {}

    /** Whether the data files behind a part were all read; the glossary is not career data and is always there. */
    public boolean has(String part, Glossary glossary) {
        return switch (part) {
            case "day-to-day" -> tasks != null && jobTitles != null && workplaces != null;
            case "career-map" -> map != null;
            case "self-check" -> selfCheck != null;
            case "glossary" -> !glossary.isEmpty();
            default -> false;
        };
    }

    /** Every source these files cite, for the editors' review queue. */
    public List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        if (tasks != null && jobTitles != null && workplaces != null) {
            sources.add(tasks.source());
            sources.add(jobTitles.source());
            sources.add(workplaces.schedule());
        }
        return sources;
    }
}
