package se.kanalregister.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * Writes a new, commented channel file or handbook chapter for the user to fill in. Required
 * fields are left empty on purpose: {@code check} points at each one until it is filled, so a
 * half-written file can never be published by mistake. Never overwrites a file.
 */
public final class Scaffold {

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

    /** Writes {@code translations/<code>.yaml} with every sentence of the info texts to translate. */
    public Path translation(String code) throws IOException {
        return create(content.resolve("translations").resolve(code + ".yaml"), TranslationFile.text(code));
    }

    /** The number the name starts with ({@code 07-gallring} → 7), else the place after the existing chapters. */
    private int order(String name) throws IOException {
        Matcher number = ChapterOrder.LEADING_NUMBER.matcher(name);
        if (number.find()) return Integer.parseInt(number.group(1));
        return ChapterOrder.next(content.resolve("guidelines"));
    }

    /**
     * Creates the file; an existing file is never replaced ({@link FileAlreadyExistsException}).
     *
     * @throws NotDirectoryException naming a file that stands where a folder of the path should be
     */
    private static Path create(Path file, String text) throws IOException {
        Path inTheWay = fileInTheWay(file.getParent());
        if (inTheWay != null) throw new NotDirectoryException(inTheWay.toString());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    /** The nearest existing part of {@code dir} when it is not a folder; createDirectories would say it "already exists". */
    private static Path fileInTheWay(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) return Files.isDirectory(p) ? null : p;
        }
        return null;
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
