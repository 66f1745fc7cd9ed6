package se.kanalregister.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new, commented channel file or handbook chapter for the user to fill in. Required
 * fields are left empty on purpose: {@code check} points at each one until it is filled, so a
 * half-written file can never be published by mistake. Never overwrites a file.
 */
public final class Scaffold {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^0*([0-9]{1,6})-");

    private final Path content;
    private final LocalDate today;

    public Scaffold(Path content, LocalDate today) {
        this.content = content;
        this.today = today;
    }

    /** Writes {@code channels/<id>.yaml}; the id must already be valid. */
    public Path channel(String id) throws IOException {
        String text = resource("kanal.yaml").replace("{id}", id).replace("{today}", today.toString());
        return create(content.resolve("channels").resolve(id + ".yaml"), text);
    }

    /** Writes {@code guidelines/<name>.md}, ordered after the existing chapters. */
    public Path chapter(String name, String title) throws IOException {
        String text = resource("kapitel.md").replace("{title}", title).replace("{order}", String.valueOf(order(name)));
        return create(content.resolve("guidelines").resolve(name + ".md"), text);
    }

    /** The number the name starts with ({@code 07-gallring} → 7), else the place after the existing chapters. */
    private int order(String name) throws IOException {
        Matcher number = LEADING_NUMBER.matcher(name);
        if (number.find()) return Integer.parseInt(number.group(1));
        Path dir = content.resolve("guidelines");
        if (!Files.isDirectory(dir)) return 1;
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.toString().endsWith(".md")).count() + 1;
        }
    }

    /** Creates the file; an existing file is never replaced ({@link FileAlreadyExistsException}). */
    private static Path create(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    private static String resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream("/se/kanalregister/authoring/" + name)) {
            if (in == null) throw new IllegalStateException("scaffold missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
