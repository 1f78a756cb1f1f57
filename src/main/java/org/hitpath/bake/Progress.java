package org.hitpath.bake;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a big bake says while it runs, for someone watching a terminal: a line as each step ends, with what
 * it counted and how long it took, and while pages render a count that updates in place. It says nothing
 * on a small site (done before anyone would wonder), in CI logs, into a pipe, or with {@code --quiet}.
 */
public final class Progress {

    /** A site with fewer content files than this bakes in a few seconds: no progress is worth printing. */
    static final int BIG_SITE = 500;

    /** How often the count of rendered pages is redrawn. */
    private static final long TICK_MILLIS = 250;

    private final PrintStream out;
    private final boolean inPlace;
    private final Map<String, String> counts = new ConcurrentHashMap<>();
    private final AtomicInteger counted = new AtomicInteger();
    private volatile boolean big;
    private volatile String counting;
    private volatile int total;
    private Thread ticker;

    private Progress(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** Says nothing. */
    public static Progress silent() {
        return new Progress(null, false);
    }

    /**
     * Progress on OUT when a person is watching: the process has a terminal and is not under CI (which
     * sets {@code CI}); otherwise silent.
     */
    public static Progress forTerminal(PrintStream out) {
        return System.console() != null && System.getenv("CI") == null ? new Progress(out, true) : silent();
    }

    /** Progress on OUT, a line per update and no redrawing in place: for tests. */
    static Progress lines(PrintStream out) {
        return new Progress(out, false);
    }

    /** The site has CONTENT_FILES files: progress is shown from here on when that is a big site. */
    void sized(int contentFiles) {
        big = out != null && contentFiles >= BIG_SITE;
    }

    /** What STEP counted, said with its line when it ends ("5,052 content files"). */
    void count(String step, String what) {
        counts.put(step, what);
    }

    /** STEP is about to do TOTAL items, each reported with {@link #one()}: its count is redrawn as it goes. */
    void counting(String step, int total) {
        if (!big) {
            return;
        }
        this.counting = step;
        this.total = total;
        counted.set(0);
        if (inPlace) {
            ticker = new Thread(this::tick, "hit-path-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    /** One item of the counted step is done; safe from any thread. */
    void one() {
        counted.incrementAndGet();
    }

    /** STEP ended after MILLIS: its line, unless the site is small. */
    void ended(String step, long millis) {
        if (!big) {
            return;
        }
        if (step.equals(counting)) {
            stopTicker();
            counting = null;
            count(step, String.format(Locale.ROOT, "%,d of %,d", counted.get(), total));
        }
        String what = counts.get(step);
        out.printf(Locale.ROOT, "%s%s ... %.1f s%n", step, what == null ? "" : ": " + what, millis / 1000.0);
        out.flush();
    }

    private void tick() {
        try {
            while (counting != null) {
                out.printf(Locale.ROOT, "\r%s: %,d of %,d", counting, counted.get(), total);
                out.flush();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopTicker() {
        if (ticker == null) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker = null;
        out.print('\r'); // the step's own line is written over the count
    }
}
