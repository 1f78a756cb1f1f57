package org.hitpath.jbake;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
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

    public FreemarkerPages(JBakeConfiguration config) {
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        // A template is read once per configuration and never checked again: asking the disk for every
        // page and every import cost a twentieth of a preview's re-bake, and a bake then renders every
        // page from the same templates even if one is saved meanwhile. The preview keeps a configuration
        // only while the template files are byte for byte those it was checked against (KeptJBake).
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(Map<String, Object> model, String template, Writer out) throws IOException, TemplateException {
        freemarker.getTemplate(template).process(model, out);
    }
}
