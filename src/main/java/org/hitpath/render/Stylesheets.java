package org.hitpath.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's stylesheets: {@code css/site.css}, which every page loads, and the component sheets beside it
 * (tables.css, programs.css...), each holding the rules of components only a few pages use. A page links a
 * component sheet when its markup uses one of the sheet's classes, or when it loads a script that writes
 * one (finder.js writes the finder's form): so no page downloads rules it cannot use, and no page misses
 * one, whichever template puts a component where.
 */
public final class Stylesheets {

    /** The sheet every page loads; the templates link it themselves. */
    public static final String SITE = "site.css";

    /** Where the layout wants the links to the page's component sheets; the finished page fills it in. */
    public static final String PLACE = "<!--hit:sheets-->";

    private static final Pattern CLASS = Pattern.compile("\\.(hit-[a-z0-9_-]+)");
    private static final Pattern SCRIPT_CLASS = Pattern.compile("['\"]\\.?(hit-[a-z0-9_-]+)['\"]");

    private final Map<String, String> sheetOfClass = new TreeMap<>();
    private final Map<String, Set<String>> sheetsOfScript = new TreeMap<>();

    private Stylesheets() {}

    /** The sheets under SOURCE's assets/css and the scripts under assets/js, as the site will publish them. */
    public static Stylesheets of(Path source) throws IOException {
        Stylesheets sheets = new Stylesheets();
        for (Map.Entry<String, String> sheet :
                read(source.resolve("assets/css"), ".css").entrySet()) {
            if (!sheet.getKey().equals(SITE)) {
                String rules = sheet.getValue().replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher m = CLASS.matcher(rules);
                while (m.find()) {
                    sheets.sheetOfClass.putIfAbsent(m.group(1), sheet.getKey());
                }
            }
        }
        for (Map.Entry<String, String> script :
                read(source.resolve("assets/js"), ".js").entrySet()) {
            Set<String> needed = new TreeSet<>();
            Matcher m = SCRIPT_CLASS.matcher(script.getValue());
            while (m.find()) {
                String sheet = sheets.sheetOfClass.get(m.group(1));
                if (sheet != null) {
                    needed.add(sheet);
                }
            }
            sheets.sheetsOfScript.put(script.getKey(), needed);
        }
        return sheets;
    }

    /** The component sheets a page needs, in name order, given its classes and the scripts it loads. */
    public Set<String> neededBy(Collection<String> classes, Collection<String> scripts) {
        Set<String> needed = new TreeSet<>();
        for (String name : classes) {
            String sheet = sheetOfClass.get(name);
            if (sheet != null) {
                needed.add(sheet);
            }
        }
        for (String src : scripts) {
            String file = src.substring(src.lastIndexOf('/') + 1);
            needed.addAll(sheetsOfScript.getOrDefault(file, Set.of()));
        }
        return needed;
    }

    /** Every file of FOLDER ending in EXTENSION, by name. */
    private static Map<String, String> read(Path folder, String extension) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
        for (Path path : paths) {
            files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
        return files;
    }
}
