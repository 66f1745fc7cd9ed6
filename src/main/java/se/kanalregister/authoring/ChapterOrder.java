package se.kanalregister.authoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The order numbers the handbook's chapters already have. A chapter's place is its
 * front matter's {@code order:}; a file without one counts by the number its name starts
 * with, the number {@code new kapitel} would have given it.
 */
final class ChapterOrder {

    static final Pattern LEADING_NUMBER = Pattern.compile("^0*([0-9]{1,6})-");
    private static final Pattern ORDER = Pattern.compile("^order:\\s*([\"']?)0*([0-9]{1,6})\\1\\s*(#.*)?$");

    private ChapterOrder() {}

    /** One more than the highest order in {@code dir}: counting files would repeat a number after a gap. */
    static int next(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 1;
        List<Path> chapters;
        try (Stream<Path> s = Files.list(dir)) {
            chapters = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).toList();
        }
        int highest = 0;
        for (Path p : chapters) highest = Math.max(highest, of(p));
        return highest + 1;
    }

    /** The file name of the first chapter in {@code dir} by name, or null when there is none. */
    static String first(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.startsWith("."))
                    .sorted().findFirst().orElse(null);
        }
    }

    /** The chapter's order, or 0 when it has none. */
    private static int of(Path chapter) throws IOException {
        Integer fromFrontMatter = frontMatterOrder(chapter);
        if (fromFrontMatter != null) return fromFrontMatter;
        Matcher number = LEADING_NUMBER.matcher(chapter.getFileName().toString());
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    /** The {@code order:} between the opening and closing {@code ---}, or null. Bad bytes are check's to report. */
    private static Integer frontMatterOrder(Path chapter) throws IOException {
        // a reader that replaces malformed bytes instead of throwing on them
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(chapter), StandardCharsets.UTF_8))) {
            String line = in.readLine();
            if (line == null || !line.replace("\uFEFF", "").strip().equals("---")) return null;
            while ((line = in.readLine()) != null && !line.strip().equals("---")) {
                Matcher m = ORDER.matcher(line.stripTrailing());
                if (m.matches()) return Integer.parseInt(m.group(2));
            }
            return null;
        }
    }
}
