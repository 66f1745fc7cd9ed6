package se.kanalregister.site;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/** Runs page writes on every core; each page is independent, and files do not depend on order. */
public final class Parallel {

    /** A step that writes files. */
    public interface Step<T> {
        void run(T item) throws IOException;
    }

    /** A piece of work that writes files. */
    public interface Task {
        void run() throws IOException;
    }

    private Parallel() {}

    /**
     * Runs {@code tasks} side by side: for a handful of long ones, such as the pages drawn from
     * the whole register, each one long file written by one thread.
     */
    public static void all(List<Task> tasks) throws IOException {
        together(tasks.size(), i -> tasks.get(i).run());
    }

    public static <T> void forEach(List<T> items, Step<T> step) throws IOException {
        run(items.size() > 32, items.size(), i -> step.run(items.get(i)));
    }

    /** Runs {@code step} for 0 … {@code count - 1} side by side however few: for a handful of long tasks. */
    public static void together(int count, Step<Integer> step) throws IOException {
        run(true, count, step);
    }

    /**
     * Runs {@code step} for each index. When steps fail (a user's broken template fails on
     * every page), the failure of the lowest index is thrown, as a run one by one would: the
     * message does not depend on which core got there first. Steps above a failed index are
     * skipped. An {@link Error} (out of memory) stops every step not yet begun and is thrown.
     */
    private static void run(boolean parallel, int count, Step<Integer> step) throws IOException {
        Failure first = new Failure();
        IntStream indexes = IntStream.range(0, count);
        if (parallel) indexes = indexes.parallel();
        indexes.forEach(i -> {
            if (first.isBefore(i)) return;
            try {
                step.run(i);
            } catch (IOException | RuntimeException e) {
                first.offer(i, e);
            } catch (Error e) {
                first.offer(-1, e);
            }
        });
        first.rethrow();
    }

    /** The failure of the lowest index so far; read without a lock on every step, so volatile. */
    private static final class Failure {
        private volatile int index = Integer.MAX_VALUE;
        private Throwable failure;

        boolean isBefore(int i) {
            return index < i;
        }

        synchronized void offer(int i, Throwable t) {
            if (i < index) {
                index = i;
                failure = t;
            }
        }

        synchronized void rethrow() throws IOException {
            if (failure instanceof IOException io) throw io;
            if (failure instanceof RuntimeException r) throw r;
            if (failure instanceof Error e) throw e;
        }
    }
}
