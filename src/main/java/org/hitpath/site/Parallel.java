package org.hitpath.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per item on every core and returns the results in the items' order, so that what a
 * bake writes never depends on which thread finished first. {@code -Dhitpath.threads=1} runs them one
 * after another on the calling thread (the determinism tests compare the two).
 */
public final class Parallel {

    /** A task that may fail reading or writing files. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws IOException;
    }

    /** Work that may fail reading files, giving a result. */
    @FunctionalInterface
    public interface Job<R> {
        R get() throws IOException;
    }

    /** The results of two jobs run side by side. */
    public record Both<A, B>(A first, B second) {}

    private Parallel() {}

    /** Runs FIRST on this thread and SECOND beside it (or after it, on one thread); both must be independent. */
    public static <A, B> Both<A, B> both(Job<A> first, Job<B> second) throws IOException {
        if (threads() <= 1) {
            A a = first.get();
            return new Both<>(a, second.get());
        }
        List<Object> results = map(List.of(0, 1), which -> which == 0 ? first.get() : second.get());
        @SuppressWarnings("unchecked")
        Both<A, B> both = new Both<>((A) results.get(0), (B) results.get(1));
        return both;
    }

    public static int threads() {
        return Integer.getInteger("hitpath.threads", Runtime.getRuntime().availableProcessors());
    }

    public static <T, R> List<R> map(List<T> items, Task<T, R> task) throws IOException {
        int threads = Math.min(threads(), items.size());
        if (threads <= 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "hit-path-bake");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bake was interrupted", e);
        } catch (ExecutionException e) {
            // The task's own exception, as it would have been thrown on one thread.
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
