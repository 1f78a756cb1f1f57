package org.hitpath.tools;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hitpath.data.YamlData;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.Schema;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Figure;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.hitpath.site.Source;

/**
 * Every external address the site sends readers to, with the file and line that cite it: figures'
 * source_url, the sources the career data files cite, a published page's address fields (website,
 * accreditation_url, program_url) and the external links in its body. Where a copy was read (copy_url)
 * is not one: readers are not sent there.
 */
final class CitedSources {

    /** One place an address is cited: a file relative to the site folder and its line. */
    record Citation(String url, String file, int line) {}

    private CitedSources() {}

    static List<Citation> of(Site site) throws IOException {
        Set<Citation> citations = new LinkedHashSet<>();
        Map<String, Map<String, ValueAt>> data = dataFiles(site.root());
        for (Figure figure : site.figures().values()) {
            citations.add(figure(figure, data));
        }
        for (Source source : site.career().sources()) {
            citations.add(new Citation(source.url(), source.file(), lineOf(data.get(source.file()), source.url())));
        }
        for (Page page : site.pagesToBuild(false)) {
            for (Field field : page.type().allFields()) {
                String url = page.text(field.name());
                if (field.kind() == FieldKind.HTTPS_URL && !field.name().equals(Schema.COPY_URL) && url != null) {
                    citations.add(new Citation(url, page.path(), page.line(field.name())));
                }
            }
            walk(site.markdown().parse(page.body()), node -> body(page, node, citations));
        }
        return List.copyOf(citations);
    }

    /** A figure's source_url, at its line in whichever file of data/figures/ holds the record. */
    private static Citation figure(Figure figure, Map<String, Map<String, ValueAt>> data) {
        String at = figure.key() + ".source_url";
        for (Map.Entry<String, Map<String, ValueAt>> file : data.entrySet()) {
            ValueAt value = file.getValue().get(at);
            if (file.getKey().startsWith("data/figures/") && value != null) {
                return new Citation(figure.sourceUrl(), file.getKey(), value.line());
            }
        }
        return new Citation(figure.sourceUrl(), "data/figures", 0);
    }

    /** A link in a body, at its line as the validator counts it; relative links and mailto: stay out. */
    private static void body(Page page, Node node, Set<Citation> citations) {
        String url = null;
        if (node instanceof Link link) {
            url = link.getUrl().toString();
        } else if (node instanceof AutoLink auto) {
            url = auto.getUrl().toString();
        } else if (node instanceof Reference ref) {
            url = ref.getUrl().toString();
        }
        if (url != null && UrlRules.effectiveScheme(url).startsWith("http")) {
            citations.add(new Citation(url.strip(), page.path(), page.bodyLine() + node.getStartLineNumber()));
        }
    }

    private static void walk(Node node, Consumer<Node> visit) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit.accept(child);
            walk(child, visit);
        }
    }

    /** A value in a data file and its line. */
    private record ValueAt(String value, int line) {}

    /** Every address field (a key ending in url, but not copy_url) of every data file, by file and path. */
    private static Map<String, Map<String, ValueAt>> dataFiles(Path root) throws IOException {
        Map<String, Map<String, ValueAt>> files = new TreeMap<>();
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            return files;
        }
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(data)) {
            yaml = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        for (Path file : yaml) {
            String path = root.relativize(file).toString().replace('\\', '/');
            // Problems were already reported when the site was loaded; here only lines are wanted.
            YamlData read = YamlData.read(path, Files.readString(file, StandardCharsets.UTF_8), new ArrayList<>());
            Map<String, ValueAt> values = new LinkedHashMap<>();
            addresses(read, read.root(), "", values);
            files.put(path, values);
        }
        return files;
    }

    /** Walks a data file's values with the paths YamlData gives them ("groups[2].source_url"). */
    private static void addresses(YamlData read, Object value, String path, Map<String, ValueAt> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> addresses(read, v, path.isEmpty() ? k.toString() : path + "." + k, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                addresses(read, list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof String s && path.endsWith("url") && !path.endsWith(Schema.COPY_URL)) {
            out.put(path, new ValueAt(s.strip(), read.line(path)));
        }
    }

    private static int lineOf(Map<String, ValueAt> values, String url) {
        if (values != null) {
            for (ValueAt value : values.values()) {
                if (value.value().equals(url)) {
                    return value.line();
                }
            }
        }
        return 0;
    }
}
