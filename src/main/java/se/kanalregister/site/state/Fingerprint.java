package se.kanalregister.site.state;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kanalregister.model.MarkdownBody;
import se.kanalregister.text.Hex;

/**
 * A digest of a value made of records, lists, sets, maps and plain values (strings, numbers,
 * enums, dates): equal values give equal digests, in any run, on any machine. A build keeps
 * these digests, not the values, to tell next time which channels changed.
 *
 * <p>Every value is written with its kind and length before its content, so no two different
 * values write the same bytes (unlike {@code toString}, where a name containing {@code ", url="}
 * could pass for two fields). A type it does not know is refused with
 * {@link IllegalArgumentException}, never digested by identity: such a digest would differ in
 * every run, or, worse, agree where the values differ.
 */
public final class Fingerprint {

    /** Each record class's accessors, looked up once. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final MessageDigest sha = sha256();
    private final byte[] buffer = new byte[256];
    private int used;

    /** The digest of {@code values}, in order, as 32 hex digits. */
    public static String of(Object... values) {
        Fingerprint f = new Fingerprint();
        for (Object v : values) f.add(v);
        return f.finish();
    }

    /** Adds a value. */
    public Fingerprint add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String s) {
            tag('s');
            string(s);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character) {
            tag('n');
            string(value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Enum<?> e) {
            tag('e');
            string(e.getDeclaringClass().getName() + "." + e.name());
        } else if (value.getClass().getName().startsWith("java.time.") || value instanceof java.net.URI) {
            tag('t');  // dates, zones, durations, addresses: each has one canonical text form
            string(value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof MarkdownBody body) {
            tag('m');
            string(body.source());
        } else if (value instanceof Record r) {
            record(r);
        } else if (value instanceof List<?> list) {
            tag('l');
            number(list.size());
            for (Object item : list) add(item);
        } else if (value instanceof Collection<?> set) {
            unordered('c', new ArrayList<>(set));
        } else if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>(map.size());
            map.forEach((k, v) -> entries.add(List.of(Optional.ofNullable(k), Optional.ofNullable(v))));
            unordered('p', entries);
        } else if (value instanceof Optional<?> o) {
            tag('o');
            add(o.orElse(null));
        } else {
            throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
        }
        return this;
    }

    /** The digest of raw bytes (a file's), in the same form as {@link #finish}: 32 hex digits of SHA-256. */
    public static String ofBytes(byte[] bytes) {
        return Hex.lower(sha256().digest(bytes), 16);
    }

    /** The digest of everything added, as 32 hex digits (128 bits of SHA-256). */
    public String finish() {
        flush();
        byte[] d = sha.digest();
        return Hex.lower(d, 16);
    }

    private void record(Record r) {
        tag('r');
        string(r.getClass().getName());
        Method[] accessors = ACCESSORS.get(r.getClass());
        number(accessors.length);
        try {
            for (Method m : accessors) add(m.invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + r.getClass().getName(), e);
        }
    }

    /** A set or a map: the digests of its members, sorted, so that iteration order does not count. */
    private void unordered(char kind, List<Object> members) {
        List<String> digests = new ArrayList<>(members.size());
        for (Object m : members) digests.add(of(m instanceof Optional<?> o ? o.orElse(null) : m));
        digests.sort(null);
        tag(kind);
        number(digests.size());
        for (String d : digests) string(d);
    }

    private void tag(char c) {
        room(1);
        buffer[used++] = (byte) c;
    }

    private void number(int n) {
        room(4);
        buffer[used++] = (byte) (n >>> 24);
        buffer[used++] = (byte) (n >>> 16);
        buffer[used++] = (byte) (n >>> 8);
        buffer[used++] = (byte) n;
    }

    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        if (bytes.length > buffer.length) {
            flush();
            sha.update(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void room(int n) {
        if (used + n > buffer.length) flush();
    }

    private void flush() {
        sha.update(buffer, 0, used);
        used = 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
