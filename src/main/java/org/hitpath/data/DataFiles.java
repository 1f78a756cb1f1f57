package org.hitpath.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.Problem;
import org.hitpath.site.Career;
import org.hitpath.site.Figure;
import org.hitpath.site.Glossary;
import org.hitpath.site.Leads;

/**
 * Reads data/: the figure records, the career data and the glossary. Every file is optional; each
 * problem is reported with its file and line.
 */
public final class DataFiles {

    /**
     * What data/ holds, and the figure records left out because of a problem (key to its first problem),
     * so that a page using one is told about that problem, not about a missing record.
     */
    public record Loaded(
            Map<String, Figure> figures,
            Map<String, Problem> brokenFigures,
            Career career,
            Glossary glossary,
            Leads leads) {}

    private DataFiles() {}

    public static Loaded load(Path root, List<Problem> problems) throws IOException {
        FigureFiles.Loaded records = FigureFiles.load(root, problems);
        Map<String, Figure> figures = records.figures();
        YamlData tasks = read(root, TasksFile.PATH, problems);
        YamlData titles = read(root, JobTitlesFile.PATH, problems);
        YamlData workplaces = read(root, WorkplacesFile.PATH, problems);
        YamlData map = read(root, CareerMapFile.PATH, problems);
        YamlData check = read(root, SelfCheckFile.PATH, problems);
        // The day-to-day page draws on three files; it is read only when all three are there.
        boolean dayToDay = tasks != null && titles != null && workplaces != null;
        Career career = new Career(
                dayToDay ? TasksFile.read(tasks) : null,
                dayToDay ? JobTitlesFile.read(titles) : null,
                dayToDay
                        ? WorkplacesFile.read(
                                workplaces, figures, records.broken().keySet())
                        : null,
                map == null ? null : CareerMapFile.read(map),
                check == null ? null : SelfCheckFile.read(check));
        Glossary glossary = GlossaryFiles.read(
                read(root, GlossaryFiles.PATH, problems), read(root, GlossaryFiles.NOT_ACRONYMS_PATH, problems));
        YamlData leads = read(root, LeadsFile.PATH, problems);
        return new Loaded(
                figures, records.broken(), career, glossary, leads == null ? Leads.EMPTY : LeadsFile.read(leads));
    }

    private static YamlData read(Path root, String file, List<Problem> problems) throws IOException {
        Path p = root.resolve(file);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        return YamlData.read(file, Files.readString(p, StandardCharsets.UTF_8), problems);
    }
}
