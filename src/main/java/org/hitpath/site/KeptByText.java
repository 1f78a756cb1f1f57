package org.hitpath.site;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values worked out from a text alone (a body's parse, a body's cleaned HTML), kept from one bake of the
 * preview to the next while the text and the settings they were worked out under stay the same. A bake
 * keeps what it asked for; what the bake before kept and this one did not ask for is let go when the
 * next one starts. Past a budget of characters a bake keeps nothing more (it still works each value
 * out), so the preview of a very large site holds what fits in its heap rather than all of it.
 *
 * <p>{@link #get} may be called from several threads at once; {@link #startBake} only between bakes.
 *
 * @param <V> what is worked out from a text
 */
public final class KeptByText<V> {

    private final ToLongFunction<V> characters;
    private final long budget;
    private Object settings;
    private volatile Map<String, V> earlier = Map.of();
    private volatile Map<String, V> now = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();

    /** CHARACTERS tells how many characters a value holds; BUDGET is how many (texts included) one bake keeps. */
    public KeptByText(ToLongFunction<V> characters, long budget) {
        this.characters = characters;
        this.budget = budget;
    }

    /**
     * Begins a bake whose values are worked out under SETTINGS (compared with equals): what the last bake
     * kept is offered again only if it was worked out under equal settings.
     */
    public synchronized void startBake(Object currentSettings) {
        earlier = Objects.equals(currentSettings, settings) ? now : Map.of();
        now = new ConcurrentHashMap<>();
        held.set(0);
        settings = currentSettings;
    }

    /** The value for TEXT: kept by this bake or the last, or worked out now by WORK (and kept if it fits). */
    public V get(String text, Function<String, V> work) {
        Map<String, V> current = now;
        V value = current.get(text);
        if (value == null) {
            value = earlier.get(text);
            if (value == null) {
                value = work.apply(text);
            }
            long size = text.length() + characters.applyAsLong(value);
            if (held.addAndGet(size) <= budget) {
                current.put(text, value);
            } else {
                held.addAndGet(-size);
            }
        }
        return value;
    }
}
