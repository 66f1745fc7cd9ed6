package se.kanalregister.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a request path to a file in OUT/public ({@code /…}) or OUT/internal ({@code /intern/…}).
 * Each segment is percent-decoded on its own and refused if it is {@code .}, {@code ..},
 * hidden, or holds a slash, backslash, colon or control character once decoded; the file's
 * real path must lie inside the real folder. So no request, however encoded, reads outside
 * the two folders. A folder is served as its {@code index.html}; there are no listings.
 * Thread-safe.
 */
final class FileResolver {

    /** The first segment that selects the internal handbook. */
    static final String INTERNAL = "intern";

    private final Path publicRoot;
    private final Path internalRoot;

    FileResolver(Path publicRoot, Path internalRoot) {
        this.publicRoot = publicRoot.toAbsolutePath().normalize();
        this.internalRoot = internalRoot.toAbsolutePath().normalize();
    }

    /** What a request path leads to. */
    sealed interface Resolution {
        /** A regular file inside one of the folders. */
        record Found(Path file) implements Resolution {}

        /** A folder asked for without its final slash: relative links need it. */
        record Redirect(String location) implements Resolution {}

        /** A well-formed path with nothing behind it. */
        record NotFound() implements Resolution {}

        /** A path that is malformed or tries to leave the folders. */
        record Refused() implements Resolution {}
    }

    /** @param rawPath the request's path as sent, still percent-encoded ({@code URI.getRawPath()}) */
    Resolution resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return new Resolution.Refused();
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) continue;
            String segment = decode(raw);
            if (segment == null || !acceptable(segment)) return new Resolution.Refused();
            segments.add(segment);
        }
        boolean internal = !segments.isEmpty() && segments.get(0).equals(INTERNAL);
        if (internal) segments.remove(0);
        return locate(internal ? internalRoot : publicRoot, segments, internal, rawPath.endsWith("/"));
    }

    private static Resolution locate(Path root, List<String> segments, boolean internal, boolean slash) {
        try {
            Path target = root;
            for (String s : segments) target = target.resolve(s);
            target = target.normalize();
            if (!target.startsWith(root)) return new Resolution.Refused();
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!slash) return new Resolution.Redirect(location(segments, internal));
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root.toRealPath())) {
                return new Resolution.NotFound();
            }
            return new Resolution.Found(target);
        } catch (InvalidPathException e) {
            return new Resolution.Refused();
        } catch (IOException e) {
            return new Resolution.NotFound();
        }
    }

    private static boolean acceptable(String segment) {
        if (segment.startsWith(".")) return false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) return false;
        }
        return true;
    }

    /** Strict percent-decoding of one segment as UTF-8, or null when malformed. {@code +} stays a plus. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                if (c > 0x7f) return null;
                bytes.write(c);
                continue;
            }
            if (i + 2 >= raw.length()) return null;
            int hi = Character.digit(raw.charAt(i + 1), 16);
            int lo = Character.digit(raw.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) return null;
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The folder's canonical address with a final slash, built from checked segments (never from the raw request). */
    private static String location(List<String> segments, boolean internal) {
        StringBuilder b = new StringBuilder(internal ? "/" + INTERNAL + "/" : "/");
        for (String s : segments) b.append(encode(s)).append('/');
        return b.toString();
    }

    private static String encode(String segment) {
        StringBuilder b = new StringBuilder();
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0;
            if (plain) b.append((char) c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return b.toString();
    }
}
