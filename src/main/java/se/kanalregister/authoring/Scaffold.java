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
import se.kanalregister.load.MarkdownReader;
import se.kanalregister.text.YamlStrings;
import se.kanalregister.text.Slugs;

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
        return create(content.resolve("channels").resolve(id + ".yaml"), channelText(id));
    }

    /** The commented text of a new channel file, for writers that fill in some of its fields first (import). */
    public String channelText(String id) {
        return resource("kanal.yaml").replace("{id}", id).replace("{today}", today.toString());
    }

    /**
     * Writes a chapter called {@code name}, ordered after the existing chapters. An id
     * ({@code 07-gallring}) is the file name and gives a starting title; any other text is
     * the title, kept as written, and its id the file name ("Bilder och AI" →
     * {@code bilder-och-ai.md}). The text to replace is marked {@value MarkdownReader#PLACEHOLDER}, which
     * {@code check} reports until it is gone; the example link leads to a chapter that exists.
     */
    public Path chapter(String name) throws IOException {
        String written = name.replaceAll("\\p{Cntrl}", " ").strip();
        boolean isId = Slugs.isValidId(written);
        String id = isId ? written : Slugs.slugify(written, "kapitel");
        String title = isId ? titleOf(written) : written;
        Path folder = content.resolve("guidelines");
        String text = resource("kapitel.md").replace("{title}", YamlStrings.quoted(title))
                .replace("{order}", String.valueOf(order(id))).replace("{link}", exampleLink(folder));
        return create(folder.resolve(id + ".md"), text);
    }

    /** "07-gallring-och-arkiv" → "Gallring och arkiv": a starting title the writer will change. */
    private static String titleOf(String id) {
        String t = id.replaceFirst("^[0-9]+-", "").replace('-', ' ').strip();
        return t.isEmpty() ? "Nytt kapitel" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** A sentence showing a link to the first existing chapter, or nothing when there is none yet. */
    private static String exampleLink(Path folder) throws IOException {
        String first = ChapterOrder.first(folder);
        if (first == null) return "Länka till ett annat kapitel med dess filnamn, ";
        String id = first.substring(0, first.length() - ".md".length());
        return "Länka till ett annat kapitel med dess filnamn, till exempel [" + id + "](" + first + "), ";
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
