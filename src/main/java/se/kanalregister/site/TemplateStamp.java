package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The state of a templates folder: every file's path, size and time of change. Two equal
 * stamps mean nothing in the folder changed, so a rebuild may keep the parsed templates and
 * everything rendered with them.
 */
record TemplateStamp(List<String> files) {

    static TemplateStamp of(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return new TemplateStamp(files);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.add(folder.relativize(p) + " " + a.size() + " " + a.lastModifiedTime());
            }
        }
        return new TemplateStamp(List.copyOf(files));
    }
}
