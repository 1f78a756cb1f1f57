package org.hitpath.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Career;

/** data/career/self-check.yaml: the questions of "Is this career for me?", each with why it matters. */
final class SelfCheckFile {

    static final String PATH = "data/career/self-check.yaml";

    private SelfCheckFile() {}

    static Career.SelfCheck read(YamlData check) {
        Map<String, Object> root = check.map(check.root(), "");
        List<Career.Question> questions = new ArrayList<>();
        List<Object> raw = check.list(root.get("items"), "items");
        for (int i = 0; i < raw.size(); i++) {
            String at = "items[" + i + "]";
            Map<String, Object> it = check.map(raw.get(i), at);
            questions.add(new Career.Question(
                    check.text(it, "id", at),
                    check.text(it, "demand", at),
                    check.text(it, "question", at),
                    check.text(it, "why", at)));
        }
        return new Career.SelfCheck(check.text(root, "intro", ""), questions);
    }
}
