package se.kanalregister.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every diagnostic of a run, so the user sees all problems at once instead of
 * fixing them one build at a time. Thread-safe: loaders may report from several threads.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public void error(SourcePosition at, String key, Object... args) {
        add(Diagnostic.error(at, key, args));
    }

    public void warning(SourcePosition at, String key, Object... args) {
        add(Diagnostic.warning(at, key, args));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** Every diagnostic so far, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
