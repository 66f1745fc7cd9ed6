package se.kanalregister.site.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Severity;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Platform;
import se.kanalregister.render.infotext.ChannelTexts;
import se.kanalregister.render.infotext.ShortText;
import se.kanalregister.text.Message;

/**
 * The build-state file, OUT/{@value #NAME}: a {@link BuildState} as lines of tab-separated
 * fields, ending in a checksum of everything before it. Beside OUT/public and OUT/internal, never
 * inside them, so it is never published. Safe to delete: the next build is then a full one.
 *
 * <p>Anything that does not read back exactly (another format, a cut-off or edited file, a
 * field out of place) is no state at all, and the build writes everything.
 */
public final class StateFile {

    /** The file's name in the output folder. */
    public static final String NAME = ".kanalregister-byggstatus";
    private static final String FORMAT = "kanalregister-byggstatus 1";

    private StateFile() {}

    /** What reading the file gave: a state, or the reason (a message key) why there is none. */
    public record Read(BuildState state, String missing) {}

    public static Path of(Path out) {
        return out.resolve(NAME);
    }

    /** The state kept in {@code out}. */
    public static Read read(Path out) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(of(out), LinkOption.NOFOLLOW_LINKS)) return new Read(null, "build.full.no-state");
            bytes = Files.readAllBytes(of(out));
        } catch (NoSuchFileException e) {
            return new Read(null, "build.full.no-state");
        } catch (IOException | RuntimeException e) {
            return new Read(null, "build.full.unreadable-state");
        }
        try {
            return new Read(parse(bytes), null);
        } catch (RuntimeException e) {
            return new Read(null, "build.full.unreadable-state");
        }
    }

    /** Writes the state into {@code out}, replacing the earlier one in one rename. */
    public static void write(Path out, BuildState state) throws IOException {
        Path temporary = out.resolve(NAME + ".ny");
        Files.deleteIfExists(temporary);  // a leftover, or a link someone put there: never written through
        Files.write(temporary, format(state), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(temporary, of(out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the state: the next build will be a full one. */
    public static void delete(Path out) throws IOException {
        Files.deleteIfExists(of(out));
    }

    static byte[] format(BuildState s) {
        StringBuilder b = new StringBuilder(64 * (s.inputs().contentFiles().size() + s.made().channelCount() + 16));
        line(b, FORMAT);
        line(b, "tool", s.tool());
        BuildState.Inputs in = s.inputs();
        line(b, "display", in.display());
        line(b, "content", in.content());
        line(b, "templates", in.templates());
        line(b, "scanned", Long.toString(in.scanned()));
        for (FileStamp f : in.contentFiles()) stamp(b, "c", f);
        for (FileStamp f : in.templateFiles()) stamp(b, "t", f);
        BuildState.Made m = s.made();
        line(b, "today", m.today().toString());
        line(b, "frame", m.frame());
        line(b, "shared", m.shared());
        m.channels().forEach((id, digest) -> line(b, "channel", id, digest));
        line(b, "output", Integer.toString(s.output().files()), Long.toString(s.output().digest()));
        diagnostics(b, "checked", s.checked());
        diagnostics(b, "rendered", s.rendered());
        line(b, "texts", Integer.toString(s.texts().size()));
        s.texts().forEach((id, t) -> texts(b, t));
        byte[] body = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("end\t" + digest(body, body.length) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(body, body.length + end.length);
        System.arraycopy(end, 0, all, body.length, end.length);
        return all;
    }

    /** The diagnostic as fields, or null when one of its arguments is of a kind this file cannot keep. */
    static List<String> fields(Diagnostic d) {
        List<String> f = new ArrayList<>(List.of("diagnostic", d.severity().name(), d.position().file(),
                Integer.toString(d.position().line()), Integer.toString(d.position().column()), d.message().key()));
        for (Object arg : d.message().args()) if (!argument(arg, f)) return null;
        return f;
    }

    /**
     * Adds a message argument as fields: its kind in the first character, so it reads back as
     * the same type and is formatted the same; a list as its length, then its items.
     */
    private static boolean argument(Object arg, List<String> f) {
        if (arg instanceof String s) {
            f.add("s" + s);
        } else if (arg instanceof Integer i) {
            f.add("i" + i);
        } else if (arg instanceof Long l) {
            f.add("l" + l);
        } else if (arg instanceof LocalDate date) {
            f.add("d" + date);
        } else if (arg instanceof List<?> list) {
            f.add("L" + list.size());
            for (Object item : list) if (!argument(item, f)) return false;
        } else {
            return false;
        }
        return true;
    }

    /** True when every diagnostic can be kept in the file. */
    public static boolean canKeep(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) if (fields(d) == null) return false;
        return true;
    }

    /** One channel's texts on one line: its id, then six fields per short text. */
    private static void texts(StringBuilder b, ChannelTexts t) {
        List<String> f = new ArrayList<>(List.of("text", t.channelId()));
        for (ShortText s : t.shorts()) {
            f.addAll(List.of(s.platform().name(), s.text(), Integer.toString(s.length()), Integer.toString(s.limit()),
                    Integer.toString(s.level()), Boolean.toString(s.own())));
        }
        line(b, f.toArray(String[]::new));
    }

    private static ChannelTexts texts(List<String> f) {
        if (f.size() < 2 || !f.get(0).equals("text") || (f.size() - 2) % 6 != 0) throw new IllegalArgumentException("not a text");
        List<ShortText> shorts = new ArrayList<>();
        for (int i = 2; i < f.size(); i += 6) {
            shorts.add(new ShortText(Platform.valueOf(f.get(i)), f.get(i + 1), Integer.parseInt(f.get(i + 2)),
                    Integer.parseInt(f.get(i + 3)), Integer.parseInt(f.get(i + 4)), Boolean.parseBoolean(f.get(i + 5))));
        }
        return new ChannelTexts(f.get(1), "", shorts);
    }

    /** A count line (or "unknown" when not all can be kept), then one line per diagnostic. */
    private static void diagnostics(StringBuilder b, String kind, List<Diagnostic> list) {
        if (list == null || !canKeep(list)) {
            line(b, kind, "unknown");
            return;
        }
        line(b, kind, Integer.toString(list.size()));
        for (Diagnostic d : list) line(b, fields(d).toArray(String[]::new));
    }

    private static List<Diagnostic> diagnostics(Fields in, String kind) {
        String count = in.one(kind);
        if (count.equals("unknown")) return null;
        List<Diagnostic> out = new ArrayList<>();
        for (int i = Integer.parseInt(count); i > 0; i--) out.add(diagnostic(in.take(-1)));
        return out;
    }

    private static void stamp(StringBuilder b, String folder, FileStamp f) {
        line(b, "file", folder, f.path(), Long.toString(f.size()), Long.toString(f.modified()), f.digest());
    }

    private static BuildState parse(byte[] bytes) {
        // the last line is "end", a tab and the digest of every byte before it
        int n = bytes.length;
        if (n < 2 || bytes[n - 1] != '\n') throw new IllegalArgumentException("cut off");
        int lastLine = n - 2;
        while (lastLine >= 0 && bytes[lastLine] != '\n') lastLine--;
        lastLine++;
        String last = new String(bytes, lastLine, n - 1 - lastLine, StandardCharsets.UTF_8);
        if (!last.equals("end\t" + digest(bytes, lastLine))) throw new IllegalArgumentException("cut off or changed");
        Fields in = new Fields(new String(bytes, 0, lastLine, StandardCharsets.UTF_8) + "end\n");
        if (!in.take(-1).equals(List.of(FORMAT))) throw new IllegalArgumentException("not a state file");
        String tool = in.one("tool");
        String display = in.one("display");
        String content = in.one("content");
        String templates = in.one("templates");
        long scanned = Long.parseLong(in.one("scanned"));
        List<FileStamp> contentFiles = new ArrayList<>();
        List<FileStamp> templateFiles = new ArrayList<>();
        while (in.next("file")) {
            List<String> f = in.take(6);
            FileStamp stamp = new FileStamp(f.get(2), Long.parseLong(f.get(3)), Long.parseLong(f.get(4)), f.get(5));
            switch (f.get(1)) {
                case "c" -> contentFiles.add(stamp);
                case "t" -> templateFiles.add(stamp);
                default -> throw new IllegalArgumentException("no such folder: " + f.get(1));
            }
        }
        LocalDate today = LocalDate.parse(in.one("today"));
        String frame = in.one("frame");
        String shared = in.one("shared");
        Map<String, String> channels = new TreeMap<>();
        while (in.next("channel")) {
            List<String> f = in.take(3);
            channels.put(f.get(1), f.get(2));
        }
        List<String> output = in.take(3);
        if (!output.get(0).equals("output")) throw new IllegalArgumentException("no output line");
        List<Diagnostic> checked = diagnostics(in, "checked");
        List<Diagnostic> rendered = diagnostics(in, "rendered");
        SortedMap<String, ChannelTexts> texts = new TreeMap<>();
        for (int i = Integer.parseInt(in.one("texts")); i > 0; i--) {
            ChannelTexts t = texts(in.take(-1));
            texts.put(t.channelId(), t);
        }
        if (!in.next("end")) throw new IllegalArgumentException("unexpected line");
        return new BuildState(tool, new BuildState.Inputs(display, content, contentFiles, templates, templateFiles, scanned),
                BuildState.Made.of(today, frame, shared, channels),
                new BuildState.Output(Integer.parseInt(output.get(1)), Long.parseLong(output.get(2))), checked, rendered,
                texts);
    }

    private static Diagnostic diagnostic(List<String> f) {
        if (f.size() < 6 || !f.get(0).equals("diagnostic")) throw new IllegalArgumentException("not a diagnostic");
        List<Object> args = new ArrayList<>();
        Iterator<String> rest = f.subList(6, f.size()).iterator();
        while (rest.hasNext()) args.add(argument(rest));
        return new Diagnostic(Severity.valueOf(f.get(1)),
                new SourcePosition(f.get(2), Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4))),
                new Message(f.get(5), args));
    }

    private static Object argument(Iterator<String> fields) {
        String a = fields.next();
        String value = a.substring(1);
        return switch (a.charAt(0)) {
            case 's' -> value;
            case 'i' -> Integer.valueOf(value);
            case 'l' -> Long.valueOf(value);
            case 'd' -> LocalDate.parse(value);
            case 'L' -> {
                List<Object> items = new ArrayList<>();
                for (int n = Integer.parseInt(value); n > 0; n--) items.add(argument(fields));
                yield List.copyOf(items);
            }
            default -> throw new IllegalArgumentException("unknown argument kind");
        };
    }

    /** The file's lines as fields, read in order. */
    private static final class Fields {
        private final String text;
        private int at;

        Fields(String text) {
            this.text = text;
        }

        boolean next(String name) {
            return text.startsWith(name, at) && at + name.length() < text.length()
                    && (text.charAt(at + name.length()) == '\t' || text.charAt(at + name.length()) == '\n');
        }

        /** The next line's fields; exactly {@code count} of them unless it is -1. */
        List<String> take(int count) {
            int end = text.indexOf('\n', at);
            if (end < 0) throw new IllegalArgumentException("cut off");
            List<String> f = split(text, at, end);
            at = end + 1;
            if (count >= 0 && f.size() != count) throw new IllegalArgumentException("wrong number of fields");
            return f;
        }

        String one(String name) {
            List<String> f = take(2);
            if (!f.get(0).equals(name)) throw new IllegalArgumentException("expected " + name);
            return f.get(1);
        }
    }

    private static void line(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append('\t');
            escape(b, fields[i]);
        }
        b.append('\n');
    }

    /** Backslash, tab, line feed and carriage return escaped, so a field never breaks a line. */
    private static void escape(StringBuilder b, String s) {
        if (!needsEscape(s)) {
            b.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    /** The fields of {@code text} from {@code start} to {@code end}; most have no escape, and are cut out whole. */
    private static List<String> split(String text, int start, int end) {
        List<String> fields = new ArrayList<>();
        int from = start;
        boolean escaped = false;
        for (int i = start; i <= end; i++) {
            char c = i == end ? '\t' : text.charAt(i);
            if (c == '\\') escaped = true;
            if (c != '\t') continue;
            fields.add(escaped ? unescape(text, from, i) : text.substring(from, i));
            from = i + 1;
            escaped = false;
        }
        return fields;
    }

    private static String unescape(String text, int start, int end) {
        StringBuilder f = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                f.append(c);
                continue;
            }
            if (++i >= end) throw new IllegalArgumentException("bad escape");
            f.append(switch (text.charAt(i)) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new IllegalArgumentException("bad escape");
            });
        }
        return f.toString();
    }

    /**
     * A checksum of the first {@code length} bytes: CRC-32C and the length. It guards against a
     * file cut off or changed by accident or by hand, not against forgery (the file is the
     * user's own), and at 10,000 channels it is a few milliseconds where SHA-256 took a tenth of
     * a second.
     */
    private static String digest(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return Long.toHexString(crc.getValue()) + "-" + length;
    }
}
