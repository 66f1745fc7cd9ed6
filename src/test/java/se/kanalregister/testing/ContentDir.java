package se.kanalregister.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid register in a temporary folder ({@code content/} below it), which a test
 * then spoils one file at a time. The valid channel has no compliance findings on 2026-11-21.
 */
public final class ContentDir {

    public static final String ORGANISATION = """
            name: Testby kommun
            website: https://www.testby.se
            base_url: https://www.testby.se/sociala-medier/
            contact:
              email: info@testby.se
            """;

    /** A complete channel without findings; tests append or replace lines. */
    public static final String CHANNEL = """
            name: Kultur i Testby
            platform: facebook
            url: https://www.facebook.com/kulturitestby
            unit: Kulturförvaltningen
            purpose: Evenemang och nyheter.
            started: 2019-05-09
            internal:
              owner: Anna Andersson
              deputy: Bo Berg
              admins: [Anna Andersson, Bo Berg]
              approved_by: Kulturchef
              last_snapshot: 2026-11-01
              last_activity: 2026-11-10
              retention: Dokumenthanteringsplan 4.2
            """;

    private final Path root;

    private ContentDir(Path root) {
        this.root = root;
    }

    /** A valid register with one channel, {@code content/channels/kultur.yaml}. */
    public static ContentDir valid(Path tmp) throws IOException {
        ContentDir d = new ContentDir(tmp);
        d.write("content/organisation.yaml", ORGANISATION);
        d.write("content/channels/kultur.yaml", CHANNEL);
        return d;
    }

    public ContentDir write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentDir write(String path, byte[] bytes) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return this;
    }

    public ContentDir delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    public Path root() {
        return root;
    }

    /** Runs the CLI in this folder. */
    public CliRun run(String... args) {
        return CliRun.run(root, args);
    }
}
