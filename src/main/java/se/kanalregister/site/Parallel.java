package se.kanalregister.site;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private static void run(boolean parallel, int count, Step<Integer> step) throws IOException {
        IntStream indexes = IntStream.range(0, count);
        if (parallel) indexes = indexes.parallel();
        try {
            indexes.forEach(i -> {
                try {
                    step.run(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
