package org.hitpath.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Career;

/** data/career/tasks.yaml: what the job involves, in groups, with the source they are paraphrased from. */
final class TasksFile {

    static final String PATH = "data/career/tasks.yaml";

    private TasksFile() {}

    static Career.Tasks read(YamlData tasks) {
        Map<String, Object> root = tasks.map(tasks.root(), "");
        var source = SourceBlock.read(tasks, root.get("source"), "source");
        List<Career.TaskGroup> groups = new ArrayList<>();
        List<Object> rawGroups = tasks.list(root.get("groups"), "groups");
        for (int i = 0; i < rawGroups.size(); i++) {
            String at = "groups[" + i + "]";
            Map<String, Object> g = tasks.map(rawGroups.get(i), at);
            String id = tasks.text(g, "id", at);
            String title = tasks.text(g, "title", at);
            groups.add(new Career.TaskGroup(id, title, items(tasks, g, at)));
        }
        return new Career.Tasks(source, groups);
    }

    private static List<String> items(YamlData tasks, Map<String, Object> group, String at) {
        List<String> items = new ArrayList<>();
        List<Object> raw = tasks.list(group.get("tasks"), at + ".tasks");
        for (int j = 0; j < raw.size(); j++) {
            if (raw.get(j) instanceof String s && !s.isBlank()) {
                items.add(s.strip());
            } else {
                tasks.problem(at + ".tasks[" + j + "]", "must be text", "one task, in one sentence");
            }
        }
        return items;
    }
}
