import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import se.kanalregister.Kanalregister;
import se.kanalregister.SiteParts;
import se.kanalregister.site.BuildProgress;
import se.kanalregister.site.Rebuilder;

/**
 * Times serve's rebuild after an edit of one channel, the way serve does it: a full build,
 * then rounds of "edit one channel file, rebuild told which file changed". Prints the
 * medians of when the channel's own pages were on disk and when the whole rebuild was done.
 * It edits the first channel file in CONTENT and puts it back: give it a copy.
 *
 *   java -XX:+UseSerialGC -cp target/kanalregister.jar bench/RebuildTiming.java CONTENT OUT [ROUNDS]
 */
public class RebuildTiming {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Kanalregister kanalregister = Kanalregister.forRebuilds(Path.of(""));
        Rebuilder rebuilder = new Rebuilder(SiteParts.ALL, content.resolveSibling("no-templates"), Path.of(""));
        LocalDate today = LocalDate.of(2026, 9, 1);
        Path channel;
        try (var files = Files.list(content.resolve("channels"))) {
            channel = files.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(channel);
        long start = System.nanoTime();
        Kanalregister.Built first = kanalregister.rebuild(content, null, rebuilder, out, today, false, BuildProgress.NONE);
        if (!first.ok()) throw new IllegalStateException("the content does not build");
        System.out.printf("full build: %d ms, %d files%n", (System.nanoTime() - start) / 1_000_000, first.result().files());
        List<Long> ready = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        try {
            for (int i = 1; i <= rounds; i++) {
                Files.writeString(channel, i % 2 == 1 ? original.replaceFirst("(?m)^purpose: ", "purpose: Ändrat. ") : original);
                long t = System.nanoTime();
                Kanalregister.Built b = kanalregister.rebuild(content, Set.of(channel), rebuilder, out, today, false,
                        BuildProgress.NONE);
                long all = System.nanoTime() - t;
                if (!b.ok() || b.result().full()) throw new IllegalStateException("round " + i + " was not a partial rebuild");
                ready.add((b.checkNanos() + b.result().channelPagesNanos()) / 1_000_000);
                done.add(all / 1_000_000);
            }
        } finally {
            Files.writeString(channel, original);
        }
        // the first rounds warm the JIT up, as the first saves in a serve session do
        List<Long> warm = ready.subList(rounds / 2, rounds);
        List<Long> warmDone = done.subList(rounds / 2, rounds);
        System.out.printf("after an edit of one channel (median of the last %d rounds): its pages on disk after %d ms,"
                + " the whole rebuild done after %d ms%n", warm.size(), median(warm), median(warmDone));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
