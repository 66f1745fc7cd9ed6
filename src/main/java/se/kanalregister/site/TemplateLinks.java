package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;

/**
 * Symbolic links in the user's templates folder are errors, as they are in the content: a link
 * could bring a file from anywhere on the machine into the published site, and FreeMarker
 * refuses one with a message that names neither the link nor the folder.
 */
final class TemplateLinks {

    private TemplateLinks() {}

    /**
     * Reports each link below {@code templates}, naming it as seen from {@code displayBase}. The
     * folder itself may be a link (to a shared templates folder, say): only what is in it counts.
     *
     * @return whether any was found
     */
    static boolean report(Path templates, Path displayBase, Diagnostics diagnostics) throws IOException {
        if (templates == null || !Files.isDirectory(templates)) return false;
        Path base = displayBase.toAbsolutePath().normalize();
        long before = diagnostics.errorCount();
        Path real = templates.toRealPath();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    Path shown = templates.resolve(real.relativize(file).toString());
                    diagnostics.error(SourcePosition.startOf(SourcePosition.displayName(base, shown)), "file.symlink");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return diagnostics.errorCount() > before;
    }
}
