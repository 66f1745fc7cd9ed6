package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
        Utf8Output out = new Utf8Output(64);
        out.write("x\uD83D");
        out.write(new char[] {'\uDE00', 'y'}, 0, 2);
        assertArrayEquals("x\uD83D\uDE00y".getBytes(StandardCharsets.UTF_8), out.toByteArray());
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
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        StreamedPage.of(new StringBuilder(text)).writeTo(file);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), file.toByteArray());
    }

    private static void assertSame(String text) throws Exception {
        Utf8Output whole = new Utf8Output(64);
        whole.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), whole.toByteArray());
        Utf8Output charByChar = new Utf8Output(64);
        for (int i = 0; i < text.length(); i++) charByChar.write(text.charAt(i));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), charByChar.toByteArray());
        Utf8Output streamed = new Utf8Output(64);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        streamed.streamTo(file);
        streamed.write(text);
        streamed.finish();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), file.toByteArray());
    }
}
