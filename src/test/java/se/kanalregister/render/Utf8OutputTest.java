package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

    @Test
    void encodesLikeStringGetBytes() throws Exception {
        assertSame("Kultur i Exempelby – Čohkkiras ← 👨‍👩‍👧 <&>\"'\r\n\t");
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarks() throws Exception {
        assertSame("a\uD83Db");
        assertSame("a\uDC00b");
        assertSame("end\uD83D");
        assertSame("\uDC00\uD83D\uDE00\uD83D");
    }

    @Test
    void surrogatePairSplitAcrossWritesStaysOneCharacter() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(64);
        out.streamTo(file);
        out.write("x\uD83D");
        out.write(new char[] {'\uDE00', 'y'}, 0, 2);
        out.finish();
        assertArrayEquals("x\uD83D\uDE00y".getBytes(StandardCharsets.UTF_8), file.toByteArray());
    }

    @Test
    void longTextSpanningManyBlocks() throws Exception {
        Random random = new Random(9);
        StringBuilder b = new StringBuilder();
        String alphabet = "abc åäö – ← 𝄞 \uD83D";
        for (int i = 0; i < 3_000_000; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        assertSame(b.toString());
    }

    @Test
    void textThatFillsTheFirstBlockExactly() throws Exception {
        assertSame("x".repeat(64));
        assertSame("x".repeat(63) + "é");
    }

    @Test
    void aBuilderStreamedInChunksIsEncodedWhole() throws Exception {
        // a surrogate pair across the boundary of two chunks, and text over many of them
        String text = "x".repeat(8191) + "\uD83D\uDE00" + "åäö – ← ".repeat(5000) + "\uD83D";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StreamedPage.of(new StringBuilder(text)).writeTo(file);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), file.toByteArray());
    }

    private static void assertSame(String text) throws Exception {
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), streamed(text, out -> out.write(text)));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), streamed(text, out -> {
            for (int i = 0; i < text.length(); i++) out.write(text.charAt(i));
        }));
    }

    private interface Writing {
        void to(Utf8Output out) throws Exception;
    }

    /** What {@code writing} writes into a page of 64-byte blocks, as the file receives it. */
    private static byte[] streamed(String text, Writing writing) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(64);
        out.streamTo(file);
        writing.to(out);
        out.finish();
        return file.toByteArray();
    }
}
