package se.kanalregister.account;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** 10,000 random texts, built from the pieces addresses are made of, never make the look-up throw. */
class AccountPropertyTest {

    static final String[] PIECES = {"https://", "http://", "//", "www.", "m.", "facebook.com", "fb.com", "x.com", "twitter.com",
        "youtube.com", "youtu.be", "instagram.com", "linkedin.com", "se.linkedin.com", "tiktok.com", "vm.tiktok.com",
        "bsky.app", "mastodon.social", "threads.net", "flickr.com", "vimeo.com", "snapchat.com", "discord.gg", "/", "//",
        "@", "@@", "?", "&", "=", "#", ":", ":443", ".", "..", "-", "_", "%", "%2F", "profile.php", "id=", "people",
        "p", "groups", "channel", "UC", "c", "user", "company", "school", "in", "status", "posts", "profile", "did:plc:",
        "users", "web", "add", "provby", "Provby", "kommun", "123456789", "0", " ", "\t", "\u00a0", "\u200b", "\ufeff",
        "а", "е", "о", "ο", "İ", "ß", "Σ", "😀", "\ud800", "xn--", ".evil.example", "\\", "<", ">", "\"", "'", "$1",
        "{host}", "{param}", "(", ")", "[", "*", "+"};

    @Test
    void tenThousandRandomTextsNeverThrow() {
        Verifier verifier = new Verifier(VerificationCases.register());
        Random random = new Random(16);
        for (int i = 0; i < 10_000; i++) {
            String text = randomText(random);
            assertNotNull(verifier.answer(text), text);
            assertNotNull(AccountParser.read(text), text);
        }
    }

    static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int k = 0; k < n; k++) {
            if (random.nextInt(5) == 0) b.append((char) random.nextInt(0x3000));
            else b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void longAndOddTextsToo() {
        Verifier verifier = new Verifier(VerificationCases.register());
        for (String text : List.of("a".repeat(5000), "@".repeat(3000), "https://" + "a.".repeat(1000) + "com",
                "https://facebook.com/" + "x".repeat(1999), "https://x.com/" + "/".repeat(3000), "\u0000", "%")) {
            assertNotNull(verifier.answer(text));
        }
    }
}
