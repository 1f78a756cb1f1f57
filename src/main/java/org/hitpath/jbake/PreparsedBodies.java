package org.hitpath.jbake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;

/**
 * Lets JBake's crawler take a Markdown body's HTML from the validator instead of parsing it again. The
 * validator parses each body with flexmark under the options JBake's {@code MarkdownEngine} builds from
 * {@code markdown.extensions}, and renders it, so the HTML is the same; JBake's engine would build a new
 * parser and renderer for every file and parse the body a second time. A body the validator did not see
 * (the HTML function gives null) is rendered by JBake's own engine, exactly as stock JBake would.
 */
final class PreparsedBodies extends MarkdownEngine {

    private final Function<String, String> html;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();

    private PreparsedBodies(Function<String, String> html) {
        this.html = html;
    }

    @Override
    public void processBody(ParserContext context) {
        String done = html.apply(context.getBody());
        if (done == null) {
            parsed.incrementAndGet();
            super.processBody(context);
        } else {
            reused.incrementAndGet();
            context.setBody(done);
        }
    }

    /** How many bodies came from the validator, and how many JBake parsed itself. */
    record Counts(int reused, int parsed) {}

    /**
     * Runs CRAWL with this engine in place of JBake's for .md files, then puts JBake's back: the engine
     * registry is global, and a stock JBake run in the same process must find its own engine.
     */
    static Counts during(Function<String, String> html, Runnable crawl) {
        ParserEngine stock = Engines.get("md");
        PreparsedBodies engine = new PreparsedBodies(html);
        Engines.register("md", engine);
        try {
            crawl.run();
        } finally {
            Engines.register("md", stock);
        }
        return new Counts(engine.reused.get(), engine.parsed.get());
    }
}
