package se.kanalregister.site.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Platform;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.ShortText;

/** The state file reads back exactly what was written, and nothing else reads as a state. */
class StateFileTest {

    @TempDir
    Path out;

    @Test
    void aStateReadsBackEqual() throws IOException {
        BuildState state = sample();
        StateFile.write(out, state);

        BuildState back = StateFile.read(out).state();

        assertEquals(state.tool(), back.tool());
        assertEquals(state.inputs(), back.inputs());
        assertEquals(state.made().channels(), back.made().channels());
        assertEquals(state.made().frame(), back.made().frame());
        assertEquals(state.made().today(), back.made().today());
        assertEquals(state.output(), back.output());
        assertEquals(state.checked(), back.checked());
        assertEquals(state.rendered(), back.rendered());
        assertEquals(state.texts(), back.texts());
    }

    @Test
    void everyChangedByteMakesItUnreadable() throws IOException {
        StateFile.write(out, sample());
        byte[] good = Files.readAllBytes(StateFile.of(out));
        for (int i = 0; i < good.length; i += 7) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(StateFile.of(out), bad);
            assertNull(StateFile.read(out).state(), "byte " + i + " changed");
            assertEquals("build.full.unreadable-state", StateFile.read(out).missing());
        }
        Files.write(StateFile.of(out), java.util.Arrays.copyOf(good, good.length - 1));
        assertNull(StateFile.read(out).state(), "cut off");
    }

    @Test
    void noFileIsNoStateAndNeedsNoReason() {
        assertEquals("build.full.no-state", StateFile.read(out).missing());
    }

    @Test
    void aLinkWhereTheTemporaryFileGoesIsNotWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(out.resolve("elsewhere.txt"), "mine");
        Files.createSymbolicLink(out.resolve(StateFile.NAME + ".ny"), elsewhere);

        StateFile.write(out, sample());

        assertEquals("mine", Files.readString(elsewhere));
        assertEquals("tool 1", StateFile.read(out).state().tool());
    }

    /** Every kind of field, with text that needs escaping: tabs, line breaks, backslashes. */
    private static BuildState sample() {
        List<FileStamp> files = List.of(new FileStamp("channels/a.yaml", 12, 1_700_000_000_123_456_789L, "ab12"),
                new FileStamp("guidelines/tab\there.md", 3, 4, "cd34"));
        Map<String, String> channels = new TreeMap<>(Map.of("a", "d1", "b", "d2"));
        List<Diagnostic> checked = List.of(
                Diagnostic.warning(new SourcePosition("content/channels/a.yaml", 3, 5), "compliance.inactive", "a",
                        LocalDate.of(2025, 10, 2), 180),
                Diagnostic.warning(SourcePosition.of("content/channels/b.yaml"), "compliance.email-domain",
                        "x@gmail.com", List.of("exempelby.se", "line\nbreak\\"), 12L));
        List<Diagnostic> rendered = List.of(Diagnostic.warning(SourcePosition.of("content/channels/a.yaml"),
                "infotext.bio-overflow", "a", "Facebook", 114, 101, 13));
        ChannelTexts texts = new ChannelTexts("a", "", List.of(
                new ShortText(Platform.FACEBOOK, "Kultur.\tInfo: www.exempelby.se/a/", 35, 101, 2, true)));
        return new BuildState("tool 1",
                new BuildState.Inputs("/work", "/work/content", files, "", List.of(), 1_765_000_000_000_000_000L),
                new BuildState.Made(LocalDate.of(2026, 9, 1), "f", "s", new TreeMap<>(channels)),
                new BuildState.Output(67755, -1234567890123L), checked, rendered, new TreeMap<>(Map.of("a", texts)));
    }
}
