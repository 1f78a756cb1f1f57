package org.hitpath.render;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hitpath.schema.Problem;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The site's static files: assets/, and the files under content/ that are not pages, copied as JBake
 * copies them, then our stylesheets and scripts minified.
 */
final class Assets {

    private Assets() {}

    /** Copies the assets into FOLDER; the problems of the files that could not be copied. */
    static List<Problem> copy(JBakeConfiguration config, SiteFolder folder) throws IOException {
        return folder.startedEmpty() ? copiedByJBake(config, folder) : copiedByChange(config, folder);
    }

    /** JBake's own copy, into an empty folder, then the minified files written over the copies. */
    private static List<Problem> copiedByJBake(JBakeConfiguration config, SiteFolder folder) throws IOException {
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        Map<String, byte[]> copied = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder.root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = folder.root().relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".css") || path.endsWith(".js")) {
                    copied.put(path, Files.readAllBytes(file));
                }
            }
        }
        for (Map.Entry<String, String> file : minified(copied).entrySet()) {
            folder.writeText(file.getKey(), file.getValue());
        }
        return asset.getErrors().stream().map(Assets::problem).toList();
    }

    /**
     * The same files, read into memory and minified there, each written into FOLDER only if it changed:
     * JBake's copy would write every one, and a stylesheet twice (as copied, then minified).
     */
    private static List<Problem> copiedByChange(JBakeConfiguration config, SiteFolder folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, File> sources = new LinkedHashMap<>();
        FileFilter assets = file -> (!config.getAssetIgnoreHidden() || !file.isHidden())
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
        list(config.getAssetFolder(), "", assets, sources);
        list(config.getContentFolder(), "", FileUtil.getNotContentFileFilter(config), sources);
        for (Map.Entry<String, File> source : sources.entrySet()) {
            try {
                files.put(source.getKey(), Files.readAllBytes(source.getValue().toPath()));
            } catch (IOException e) {
                problems.add(problem(e));
            }
        }
        Map<String, byte[]> scripts = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".css") || path.endsWith(".js")) {
                scripts.put(path, bytes);
            }
        });
        Map<String, String> small = minified(scripts);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = small.get(file.getKey());
            if (text != null) {
                folder.writeText(file.getKey(), text);
            } else {
                folder.write(file.getKey(), file.getValue());
            }
        }
        return problems;
    }

    /**
     * Every file under DIR that FILTER accepts, by where JBake's Asset copies it (PREFIX, then its path),
     * walked as Asset walks: each folder's entries in sorted order, a later file of a path winning.
     */
    private static void list(File dir, String prefix, FileFilter filter, Map<String, File> into) {
        File[] entries = dir.listFiles(filter);
        if (entries == null) {
            return;
        }
        Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isFile()) {
                into.remove(prefix + entry.getName());
                into.put(prefix + entry.getName(), entry);
            } else if (entry.isDirectory()) {
                list(entry, prefix + entry.getName() + "/", filter, into);
            }
        }
    }

    /**
     * The stylesheets and scripts among FILES, minified: the sheets together, since they share the tokens
     * site.css defines and so their short names; a library's .min.js is published as it came.
     */
    private static Map<String, String> minified(Map<String, byte[]> files) throws IOException {
        Map<String, String> sheets = new TreeMap<>();
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".css")) {
                sheets.put(name, SiteFolder.text(file.getValue()));
            } else if (name.endsWith(".js") && !name.endsWith(".min.js")) {
                out.put(name, ScriptMinifier.minify(SiteFolder.text(file.getValue())));
            }
        }
        out.putAll(CssMinifier.minifyAll(sheets));
        return out;
    }

    private static Problem problem(Throwable error) {
        return Problem.of("assets", 0, "copy", String.valueOf(error.getMessage()), "readable asset files");
    }
}
