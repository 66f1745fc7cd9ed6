package se.kanalregister.check;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.kanalregister.model.Document;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.text.Slugs;

/**
 * Ids of content files by folder. {@link #unloaded} gives those that are there on disk but not
 * in the loaded register, because reading them failed: a link to such a file is not broken,
 * the file is, and that was already said.
 */
public record ContentFiles(Set<String> channels, Set<String> chapters, Set<String> pages) {

    public static final ContentFiles NONE = new ContentFiles(Set.of(), Set.of(), Set.of());

    public ContentFiles {
        channels = Set.copyOf(channels);
        chapters = Set.copyOf(chapters);
        pages = Set.copyOf(pages);
    }

    /** The files in {@code content} with a valid id that {@code register} does not hold. */
    public static ContentFiles unloaded(Path content, Register register) {
        Set<String> channels = ids(content.resolve("channels"), ".yaml", ".yml");
        channels.removeAll(register.entries().stream().map(RegisterEntry::id).collect(Collectors.toSet()));
        Set<String> chapters = ids(content.resolve("guidelines"), ".md");
        chapters.removeAll(register.guidelines().stream().map(Document::slug).collect(Collectors.toSet()));
        Set<String> pages = ids(content.resolve("pages"), ".md");
        pages.removeAll(register.pages().stream().map(Document::slug).collect(Collectors.toSet()));
        return new ContentFiles(channels, chapters, pages);
    }

    private static Set<String> ids(Path folder, String... extensions) {
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(folder)) return ids;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                for (String ext : extensions) {
                    String id = name.endsWith(ext) ? name.substring(0, name.length() - ext.length()) : "";
                    if (Slugs.isValidId(id)) ids.add(id);
                }
            }
        } catch (IOException e) {
            return ids;  // the loader has reported the folder; nothing more to spare from here
        }
        return ids;
    }
}
