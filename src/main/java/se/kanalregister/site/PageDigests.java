package se.kanalregister.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import se.kanalregister.check.Checked;
import se.kanalregister.check.Finding;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.state.BuildState;
import se.kanalregister.site.state.Fingerprint;

/**
 * Digests of what a checked register's pages are made from, split the way the pages depend on
 * it ({@link SitePart}): what every page shows, what only the pages drawn from the whole
 * register add, and what each channel's own pages show. Two builds with an equal digest write
 * equal pages for it, given the same templates and tool.
 *
 * <p>Each record's digest is kept with the record: the live preview's loader hands back the
 * same instance for an unchanged file, which then is not digested again. Thread-safe.
 */
final class PageDigests {

    /** Makes a value that cannot be digested count as changed in every build, never as unchanged. */
    private static final AtomicLong UNIQUE = new AtomicLong();

    /** A record and its digest; the instance is compared, since a record's equals would read every field. */
    private record Known(RegisterEntry entry, String digest) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    BuildState.Made of(Checked checked, LocalDate today) {
        Register r = checked.register();
        String frame = digest(r.organisation(), r.pages(), r.translations());
        String shared = digest(r.guidelines(), today);
        Map<String, List<Finding>> findings = Finding.byChannel(checked.findings());
        List<RegisterEntry> entries = r.entries();
        String[] channels = new String[entries.size()];
        IntStream.range(0, channels.length).parallel().forEach(i -> {
            RegisterEntry e = entries.get(i);
            List<Object> own = findings.getOrDefault(e.id(), List.of()).stream()
                    .map(f -> (Object) List.of(f.rule(), f.message())).toList();
            channels[i] = own.isEmpty() ? record(e) : digest(record(e), own);
        });
        Map<String, String> byId = new TreeMap<>();
        for (int i = 0; i < channels.length; i++) byId.put(entries.get(i).id(), channels[i]);
        known.keySet().retainAll(byId.keySet());
        return new BuildState.Made(today, frame, shared, new TreeMap<>(byId));
    }

    private String record(RegisterEntry e) {
        Known k = known.get(e.id());
        if (k != null && k.entry() == e) return k.digest();
        String d = digest(e);
        known.put(e.id(), new Known(e, d));
        return d;
    }

    private static String digest(Object... values) {
        try {
            return Fingerprint.of(values);
        } catch (IllegalArgumentException unknownKind) {
            return "unknown-" + System.nanoTime() + "-" + UNIQUE.incrementAndGet();
        }
    }
}
