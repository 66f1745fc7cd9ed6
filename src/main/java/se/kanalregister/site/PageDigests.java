package se.kanalregister.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
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
 */
final class PageDigests {

    /** Makes a value that cannot be digested count as changed in every build, never as unchanged. */
    private static final AtomicLong UNIQUE = new AtomicLong();

    private PageDigests() {}

    static BuildState.Made of(Checked checked, LocalDate today) {
        Register r = checked.register();
        String frame = digest(r.organisation(), r.pages(), r.translations());
        String shared = digest(r.guidelines(), today);
        Map<String, List<Finding>> findings = Finding.byChannel(checked.findings());
        String[] channels = new String[r.entries().size()];
        java.util.stream.IntStream.range(0, channels.length).parallel().forEach(i -> {
            RegisterEntry e = r.entries().get(i);
            channels[i] = digest(e, findings.getOrDefault(e.id(), List.of()).stream()
                    .map(f -> List.of(f.rule(), f.message())).toList());
        });
        Map<String, String> byId = new TreeMap<>();
        for (int i = 0; i < channels.length; i++) byId.put(r.entries().get(i).id(), channels[i]);
        return new BuildState.Made(today, frame, shared, new TreeMap<>(byId));
    }

    private static String digest(Object... values) {
        try {
            return Fingerprint.of(values);
        } catch (IllegalArgumentException unknownKind) {
            return "unknown-" + System.nanoTime() + "-" + UNIQUE.incrementAndGet();
        }
    }
}
