package org.hitpath.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hitpath.site.Career;
import org.hitpath.site.Figure;

/** data/career/workplaces.yaml: employer shares (each a figure record) and the work schedule with its source. */
final class WorkplacesFile {

    static final String PATH = "data/career/workplaces.yaml";

    private WorkplacesFile() {}

    /** Employer figures among BROKEN have a problem of their own, reported where the record is. */
    static Career.Workplaces read(YamlData workplaces, Map<String, Figure> figures, Set<String> broken) {
        Map<String, Object> root = workplaces.map(workplaces.root(), "");
        List<String> employers = new ArrayList<>();
        List<Object> keys = workplaces.list(root.get("employers"), "employers");
        for (int i = 0; i < keys.size(); i++) {
            String key = String.valueOf(keys.get(i));
            if (figures.containsKey(key)) {
                employers.add(key);
            } else if (!broken.contains(key)) {
                workplaces.problem(
                        "employers[" + i + "]",
                        "\"" + key + "\" is not a figure record",
                        "a key defined in data/figures/*.yaml");
            }
        }
        var schedule = SourceBlock.read(workplaces, root.get("schedule"), "schedule");
        String text = workplaces.text(workplaces.map(root.get("schedule"), "schedule"), "text", "schedule");
        return new Career.Workplaces(employers, schedule, text);
    }
}
