package se.kanalregister.load;

import java.nio.file.Path;
import se.kanalregister.diag.SourcePosition;

/**
 * One input file, decoded: its path on disk, the name messages show, and its text
 * (UTF-8, without a byte-order mark, line endings as written).
 */
public record SourceText(Path path, String displayName, String text) {

    public SourcePosition position(int line, int column) {
        return new SourcePosition(displayName, line, column);
    }
}
