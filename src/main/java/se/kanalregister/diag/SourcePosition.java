package se.kanalregister.diag;

import java.nio.file.Path;

/**
 * Where something stands in an input file: the file as the user would type it, and a
 * 1-based line and column. Line and column are 0 when a message concerns the whole file.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        if (file == null || file.isEmpty()) throw new IllegalArgumentException("file must be named");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position: " + line + ":" + column);
    }

    /** The whole file, no line. */
    /**
     * How messages name {@code path}: relative to {@code base} (the user's working directory)
     * when it lies below it, else in full; {@code .} for the base itself.
     */
    public static String displayName(Path base, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String name = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        return name.isEmpty() ? "." : name;
    }

    /**
     * A problem with a whole file that exists (empty, too large, a link, a bad name): line 1,
     * column 1, so that an editor can jump to the file from the message.
     */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:column}, or just {@code file} when there is no line. */
    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + column : file;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
