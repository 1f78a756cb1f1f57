package org.hitpath.content;

import java.util.List;
import java.util.Map;

/**
 * A page the build writes from loaded content rather than from one content file: a school list per
 * state, per delivery mode or per credential, a redirect from a former name.
 *
 * @param outputPath  where it is written in the site
 * @param kind        what it is, for messages ("state", "delivery", ...)
 * @param template    the Freemarker template that renders it
 * @param title       its title
 * @param description its one-sentence description
 * @param pages       the content pages it lists, in order
 * @param extra       anything else its template needs
 */
public record GeneratedPage(
        String outputPath,
        String kind,
        String template,
        String title,
        String description,
        List<Page> pages,
        Map<String, Object> extra) {}
