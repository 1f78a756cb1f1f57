package org.hitpath.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * What JBake's side of the preview keeps between bakes: the content store JBake's crawler filled, and the
 * templates as Freemarker parsed them. Kept, JBake's crawler re-reads only the files whose content
 * changed (it compares a hash of each file with the one it stored), so a re-bake after one edit costs a
 * fraction of a clean bake.
 *
 * <p>The store is thrown away and built afresh when jbake.properties changes (its Markdown settings
 * shape every stored body) and after a crawl that failed half-way. It is not tied to a thread: the rule
 * that a bake on another thread starts a new store went with OrientDB, which bound a database session
 * to the thread that opened it; {@link MemoryContentStore} is plain collections. Bakes in one session
 * must still not overlap (the store is not synchronised); the preview bakes one at a time.
 */
public final class KeptJBake {

    private MemoryContentStore store;
    private String settings;
    private FreemarkerPages templates;
    private String templateSettings;
    private Map<Path, byte[]> templateFiles = Map.of();

    /**
     * The templates as Freemarker parsed them for an earlier bake under the same settings and from the
     * same template files, or new ones: parsing every template again was a tenth of a re-bake. Within a
     * bake Freemarker never looks at the files again (asking the disk whether each template had changed,
     * for every page and every template it imports, was a twentieth), so the files are compared here,
     * byte for byte, once per bake, and again after it ({@link #templatesStillRead}).
     */
    FreemarkerPages templates(JBakeConfiguration config) throws IOException {
        String current = config.getTemplateFolder() + "|" + config.getRenderEncoding() + "|"
                + config.getOutputEncoding() + "|" + config.getFreemarkerTimeZone();
        Map<Path, byte[]> files = read(config.getTemplateFolder().toPath());
        if (templates == null || !current.equals(templateSettings) || !same(files, templateFiles)) {
            templates = new FreemarkerPages(config);
            templateSettings = current;
            templateFiles = files;
        }
        return templates;
    }

    /**
     * Whether the template files are still those the kept templates were checked against. A file saved
     * while a bake ran may or may not be what Freemarker parsed; the templates are then dropped, so the
     * next bake parses them all again.
     */
    void templatesStillRead(JBakeConfiguration config) throws IOException {
        if (templates != null && !same(read(config.getTemplateFolder().toPath()), templateFiles)) {
            templates = null;
        }
    }

    /** Every file under FOLDER with its bytes: 28 small files for this site, read in about a millisecond. */
    private static Map<Path, byte[]> read(Path folder) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean same(Map<Path, byte[]> a, Map<Path, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<Path, byte[]> file : a.entrySet()) {
            if (!java.util.Arrays.equals(file.getValue(), b.get(file.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The kept store if it was filled under the same settings; otherwise none (and the old one is dropped). */
    MemoryContentStore reusable(String currentSettings) {
        if (store != null && !currentSettings.equals(settings)) {
            discard();
        }
        return store;
    }

    void keep(MemoryContentStore started, String currentSettings) {
        store = started;
        settings = currentSettings;
    }

    /** Lets the kept documents and templates go. */
    public void discard() {
        store = null;
        settings = null;
        templates = null;
        templateSettings = null;
        templateFiles = Map.of();
    }
}
