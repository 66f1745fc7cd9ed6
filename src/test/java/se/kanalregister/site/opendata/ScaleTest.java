package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Channel;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.Status;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.Templates;
import se.kanalregister.site.Output;

/** A register far larger than any municipality's still gets its open data in a few seconds: nothing is quadratic. */
class ScaleTest {

    @TempDir
    Path out;

    @Test
    void tenThousandChannelsWithHistoryInLinearTime() throws Exception {
        int n = 10_000;
        List<RegisterEntry> entries = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            Status status = Status.values()[i % 3];
            Channel c = TestChannels.channel(String.format("kanal-%05d", i), status, start.plusDays(i % 5000),
                    status == Status.ACTIVE ? null : start.plusDays(i % 5000 + 10),
                    TestChannels.history("2020-01-01", "Samma dag " + i), TestChannels.history("2020-01-01", "Igen " + i));
            entries.add(new RegisterEntry(c, InternalInfo.NONE, "channels/" + c.id() + ".yaml"));
        }
        Organisation o = TestChannels.organisation(null, "kontakt@stora.se");
        Register register = new Register(o, entries, List.of(), List.of());
        RenderContext context = new RenderContext(register, List.of(), LocalDate.of(2026, 11, 21), new Templates(null, Path.of("")),
                new Diagnostics());
        Output output = new Output(out);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new OpenData().writeSharedPages(context, output, output));
        assertEquals(OpenData.FILES.size(), output.fileCount());
        assertEquals(n + 1, StrictCsv.parse(java.nio.file.Files.readString(out.resolve("kanaler.csv")).substring(1)).size());
    }
}
