package org.hitpath.bake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Wall time of each step of one bake, in the order the steps ended, so `bake --timings` and the
 * benchmark can say where a bake's time went without a profiler.
 */
public final class Phases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Progress progress;
    private long mark = System.nanoTime();

    public Phases() {
        this(Progress.silent());
    }

    /** Steps whose ends PROGRESS also hears of. */
    Phases(Progress progress) {
        this.progress = progress;
    }

    /** Ends the step that began at the previous call (or at construction) and names it. */
    public synchronized void end(String step) {
        long now = System.nanoTime();
        nanos.merge(step, now - mark, Long::sum);
        progress.ended(step, (now - mark) / 1_000_000);
        mark = now;
    }

    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    @Override
    public synchronized String toString() {
        StringJoiner line = new StringJoiner(", ");
        millis().forEach((k, v) -> line.add(String.format(Locale.ROOT, "%s %d ms", k, v)));
        return line.toString();
    }
}
