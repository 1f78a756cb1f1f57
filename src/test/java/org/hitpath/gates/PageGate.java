package org.hitpath.gates;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A gate that checks a site one page at a time. The walk is the same for every such gate and lives here:
 * list the site's pages (sorted), check each, put the page's path in front of each of its problems
 * ({@code courses/x.html: broken link to y.html}), add the site-wide problems, time the whole run. A gate
 * writes only {@link #checkPage}, and, when it needs them, {@link #start} (set-up for a run: parse every
 * page first, start a server), {@link #finish} (checks of the whole site after the last page: stylesheets,
 * orphans) and {@link #stop} (tear-down, also after a failure).
 *
 * <p>Pages are checked one after another on the caller's thread unless the gate asks for more at once
 * ({@link #parallelism}): the browser gate checks one page per browser. Either way the problems come back
 * in page order. A gate instance runs over one site at a time: what start sets up belongs to that run.
 */
public abstract class PageGate implements Gate {

    @Override
    public final GateResult check(Path site) {
        long started = System.nanoTime();
        List<String> pages = BakedSite.pages(site);
        List<String> problems = new ArrayList<>();
        try {
            start(site, pages);
            List<List<String>> found = checkEvery(site, pages);
            for (int i = 0; i < pages.size(); i++) {
                for (String problem : found.get(i)) {
                    problems.add(pages.get(i) + ": " + problem);
                }
            }
            problems.addAll(finish(site, pages));
        } finally {
            stop();
        }
        return new GateResult(name(), pages.size(), Duration.ofNanos(System.nanoTime() - started), problems);
    }

    /** Set-up before the first page of a run over the site: nothing unless the gate needs it. */
    protected void start(Path site, List<String> pages) {}

    /** Every problem on one page, each without the page's path: the base puts "page: " in front. */
    protected abstract List<String> checkPage(Path site, String page);

    /** Problems of the site as a whole, after the last page, each written in full ("css/site.css: ..."). */
    protected List<String> finish(Path site, List<String> pages) {
        return List.of();
    }

    /** Tear-down after a run, whether it passed, failed or threw (even in start). */
    protected void stop() {}

    /** How many pages to check at once, each on a thread of its own: one unless the gate says otherwise. */
    protected int parallelism() {
        return 1;
    }

    private List<List<String>> checkEvery(Path site, List<String> pages) {
        int threads = Math.min(parallelism(), pages.size());
        if (threads <= 1) {
            return pages.stream().map(page -> checkPage(site, page)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (String page : pages) {
                running.add(pool.submit(() -> checkPage(site, page)));
            }
            List<List<String>> found = new ArrayList<>();
            for (Future<List<String>> f : running) {
                found.add(f.get());
            }
            return found;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
