package org.hitpath.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.hitpath.jbake.LinearRenderer;
import org.hitpath.schema.Problem;

/** Renders a model through a template (Freemarker, set up as JBake sets it up), into memory first, then into its file. */
final class PageWriter {

    private final LinearRenderer.PageEngine engine;

    PageWriter(LinearRenderer.PageEngine engine) {
        this.engine = engine;
    }

    /** Renders MODEL with TEMPLATE into memory; null after adding a problem for WHAT when the template fails. */
    String render(String template, Map<String, Object> model, String what, List<Problem> problems) {
        StringWriter buffer = new StringWriter();
        try {
            engine.render(model, template, buffer);
        } catch (Exception e) {
            problems.add(templateProblem(what, template, e));
            return null;
        }
        return buffer.toString();
    }

    /** Renders into FOLDER at PATH; a template error never leaves a half-written page behind. */
    void write(String template, Map<String, Object> model, SiteFolder folder, String path, List<Problem> problems)
            throws IOException {
        String page = render(template, model, path, problems);
        if (page == null) {
            return;
        }
        folder.writeText(path, page);
    }

    /**
     * A template that failed while rendering WHAT: reported at the template's own file and line when
     * Freemarker gives them, naming the page it was rendering.
     */
    static Problem templateProblem(String what, String template, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TemplateException te && te.getTemplateSourceName() != null && te.getLineNumber() != null) {
                return Problem.of(
                        "templates/" + te.getTemplateSourceName(),
                        te.getLineNumber(),
                        "template",
                        upToThreeLines(te.getMessageWithoutStackTop()) + "; while rendering " + what,
                        "a template that renders without errors");
            }
        }
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return Problem.of(
                what,
                0,
                "template " + template,
                upToThreeLines(cause.getMessage()),
                "a template that renders without errors");
    }

    /** The first three non-blank lines of a template error, on one line: where it failed and why. */
    private static String upToThreeLines(String message) {
        if (message == null) {
            return "unknown template error";
        }
        return message.lines()
                .filter(l -> !l.isBlank())
                .limit(3)
                .map(String::strip)
                .reduce((a, b) -> a + " " + b)
                .orElse(message);
    }
}
