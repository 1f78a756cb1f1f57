package org.hitpath.jbake;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Our pages' templates, run through Freemarker configured exactly as JBake 2.7.0's
 * {@code FreemarkerTemplateEngine} configures it (the same incompatible-improvements level, encodings,
 * time zone and template folder), so a template writes the same bytes either way.
 *
 * <p>What it leaves out is JBake's work per page, which our templates never use: JBake's
 * {@code DelegatingTemplateEngine} copies the whole configuration into a new map for every page (about a
 * tenth of a bake's rendering time), looks for the template file on disk, and wraps the model so that
 * each top-level name a template reads is first offered to JBake's extractors ({@code db}, {@code data},
 * {@code published_*}), which throw an exception, stack trace included, for every other name. Our
 * templates read only {@code content} and {@code site}. Stock JBake's own path stays what
 * {@code StockEquivalenceTest} compares with.
 */
public final class FreemarkerPages implements LinearRenderer.PageEngine {

    private final Configuration freemarker;
    private final Path folder;

    /** Each template a page asked for by name, parsed; every page of a bake uses the same few. */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /** The template files as they were when the parsed templates were read: names, sizes and contents. */
    private String filesRead;

    public FreemarkerPages(JBakeConfiguration config) {
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        // Freemarker never looks at a template file again by itself: asked for a template, it would check
        // the file on disk every time (several checks per page, with its imports: a tenth of the CPU of
        // 5,000 program pages). Templates do not change during a bake; between the preview's bakes,
        // refresh() reads them again if any file changed.
        freemarker.setTemplateUpdateDelayMilliseconds(Integer.MAX_VALUE);
        folder = config.getTemplateFolder().toPath();
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        filesRead = templateFiles(folder);
    }

    @Override
    public void render(Map<String, Object> model, String template, Writer out) throws IOException, TemplateException {
        Template parsedTemplate = parsed.get(template);
        if (parsedTemplate == null) {
            parsedTemplate = freemarker.getTemplate(template);
            parsed.put(template, parsedTemplate);
        }
        parsedTemplate.process(model, out);
    }

    /**
     * Before a bake with templates kept from an earlier one (the preview's): if any template file was
     * added, removed or changed since they were read, forgets every parsed template, so that each is
     * read again from its file; otherwise keeps them all.
     */
    public void refresh() {
        String now = templateFiles(folder);
        if (!now.equals(filesRead)) {
            freemarker.clearTemplateCache();
            parsed.clear();
            filesRead = now;
        }
    }

    /** Every file under the template folder, by path, with a digest of its bytes: what a change changes. */
    private static String templateFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder listing = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                listing.append(folder.relativize(file))
                        .append(' ')
                        .append(HexFormat.of().formatHex(digest.digest(bytes)))
                        .append('\n');
            }
            return listing.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
