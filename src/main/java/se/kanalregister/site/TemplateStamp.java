package se.kanalregister.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The state of a templates folder: every file's path, size and time of change. Two equal
 * stamps mean nothing in the folder changed, so a rebuild may keep the parsed templates and
 * everything rendered with them.
 *
 * @param files one line per file; null when the folder could not be read whole (a file went
 *              away while it was read), and such a stamp equals no other, so the build is a full one
 */
record TemplateStamp(List<String> files) {

    static TemplateStamp of(Path folder) {
        List<String> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return new TemplateStamp(files);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.add(folder.relativize(p) + " " + a.size() + " " + a.lastModifiedTime());
            }
        } catch (IOException | UncheckedIOException e) {
            return new TemplateStamp(null);  // an editor's temporary file came and went: build it all
        }
        return new TemplateStamp(List.copyOf(files));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemplateStamp other && files != null && files.equals(other.files);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(files);
    }
}
