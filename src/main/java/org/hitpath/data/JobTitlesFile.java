package org.hitpath.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Career;

/** data/career/job-titles.yaml: the titles job ads use, with their source. */
final class JobTitlesFile {

    static final String PATH = "data/career/job-titles.yaml";

    private JobTitlesFile() {}

    static Career.JobTitles read(YamlData titles) {
        Map<String, Object> root = titles.map(titles.root(), "");
        var source = SourceBlock.read(titles, root.get("source"), "source");
        List<String> list = new ArrayList<>();
        for (Object o : titles.list(root.get("titles"), "titles")) {
            list.add(String.valueOf(o));
        }
        return new Career.JobTitles(source, list);
    }
}
