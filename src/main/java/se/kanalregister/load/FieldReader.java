package se.kanalregister.load;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlMapping;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlScalar;
import se.kanalregister.load.yaml.YamlSequence;
import se.kanalregister.model.Platform;
import se.kanalregister.text.Message;
import se.kanalregister.text.Suggestions;

/**
 * Checks a YAML mapping against a {@link Schema} and converts each value by its field's
 * type. Reports unknown fields (with the nearest known name), missing required fields (at
 * the mapping's start), values of the wrong type, and field names that look like
 * credentials. One per file: it remembers which fields it refused (see {@link Fields#rejected});
 * not thread-safe.
 */
public final class FieldReader {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** What {@code started: okänt} may say instead of a date: Swedish first, English too. */
    private static final Set<String> UNKNOWN_DATE = Set.of("okänt", "okänd", "unknown");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i).*(password|passwd|passord|lösenord|losenord|token|secret|hemlig|api[_-]?key|credential).*"
            + "|(?i)(.*[_\\-.])?(pin|pinkod|pincode|pwd)([_\\-.].*)?");

    private static final Pattern CREDENTIAL_VALUE = Pattern.compile(
            "(?i)(lösenord|losenord|password|passwd|pinkod|pin-kod|pin)\\s*[:=]\\s*\\S");

    /**
     * {@link #looksLikeCredential} answers by key: the same few dozen field names recur in every
     * file, and the pattern backtracks over each one. Bounded, so odd files cannot grow it.
     */
    private static final Map<String, Boolean> CREDENTIAL_KEYS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_KEYS = 1024;

    private final Diagnostics diagnostics;
    /** Set when a value is refused with an error, so that a refused value is told from an absent one. */
    private boolean refused;

    public FieldReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** True for a field name that suggests a login detail; the register never stores those. */
    public static boolean looksLikeCredential(String key) {
        Boolean known = CREDENTIAL_KEYS.get(key);
        if (known != null) return known;
        boolean credential = CREDENTIAL.matcher(key).matches();
        if (CREDENTIAL_KEYS.size() < MAX_REMEMBERED_KEYS) CREDENTIAL_KEYS.put(key, credential);
        return credential;
    }

    /** A login detail written as a value ({@code lösenord: …}); the pattern needs a colon or equals sign. */
    private static boolean looksLikeCredentialValue(String text) {
        return (text.indexOf(':') >= 0 || text.indexOf('=') >= 0) && CREDENTIAL_VALUE.matcher(text).find();
    }

    /**
     * Reads a whole file's root node.
     *
     * @return the fields, or null when the root is not a mapping (reported)
     */
    public Fields readRoot(YamlNode root, Schema schema) {
        scanCredentialKeys(root);
        if (!(root instanceof YamlMapping m)) {
            diagnostics.error(root.position(), "file.not-mapping", kind(root));
            return null;
        }
        return read(m, schema);
    }

    /** Reads a mapping; never null (problems are reported and the field left out). */
    public Fields read(YamlMapping mapping, Schema schema) {
        Map<String, Object> values = new HashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        Set<String> rejected = new HashSet<>();
        for (YamlMapping.Entry e : mapping.entries()) {
            String key = e.key().text();
            Field field = schema.field(key);
            if (field == null) {
                reportUnknown(e.key(), schema);
                continue;
            }
            refused = false;
            Object value = convert(field, path(schema, key), e.value());
            if (value != null) {
                values.put(key, value);
                positions.put(key, e.value().position());
            } else if (refused) {
                rejected.add(key);
            }
        }
        for (Field f : schema.fields()) {
            if (f.required() && !values.containsKey(f.name()) && mapping.entry(f.name()) == null) {
                diagnostics.error(mapping.position(), "field.missing", path(schema, f.name()));
            }
        }
        return new Fields(mapping.position(), values, positions, rejected);
    }

    private void reportUnknown(YamlScalar key, Schema schema) {
        String name = key.text();
        if (looksLikeCredential(name)) return; // reported by scanCredentialKeys
        String suggestion = Suggestions.closest(name, schema.fieldNames());
        if (suggestion != null) {
            diagnostics.error(key.position(), "field.unknown.suggest", name, path(schema, suggestion));
        } else {
            diagnostics.error(key.position(), "field.unknown", name, schema.fieldNames());
        }
    }

    private Object convert(Field field, String path, YamlNode node) {
        switch (field.type()) {
            case MAPPING:
                if (node instanceof YamlMapping m) return read(m, field.nested());
                return wrongType(path, node, "field.expect.mapping");
            case MAPPING_LIST:
                return mappingList(field, path, node);
            case TEXT_LIST:
            case LANGUAGE_LIST:
            case DOMAIN_LIST:
                return list(field, path, node);
            default:
                if (!(node instanceof YamlScalar s)) return wrongType(path, node, "field.expect.scalar");
                if (s.isEmptyValue()) {
                    if (field.required()) diagnostics.error(s.position(), "field.empty", path);
                    return null;
                }
                return scalar(field.type(), field, path, s);
        }
    }

    private Object scalar(FieldType type, Field field, String path, YamlScalar s) {
        String raw = s.text();
        String text = raw.strip();
        SourcePosition at = s.position();
        InvisibleCharacters.Found invisible = InvisibleCharacters.find(path, s);
        if (invisible != null) {
            return error(invisible.at(), "field.invisible", path, invisible.code(), Message.of(invisible.kindKey()));
        }
        int control = forbiddenControl(text);
        if (control >= 0) return error(at, "field.control", path, String.format("U+%04X", control));
        switch (type) {
            case TEXT:
                if (looksLikeCredentialValue(text)) return error(at, "field.credential-value", path);
                return text;
            case HTTPS_URL: {
                String problem = Urls.problem(text);
                if (problem != null) return error(at, problem, path, text);
                return text;
            }
            case TEXT_OR_URL: {
                if (!text.contains("://")) return text;
                String problem = Urls.problem(text);
                return problem != null ? error(at, problem, path, text) : text;
            }
            case EMAIL: {
                String mail = text.startsWith("mailto:") ? text.substring(7) : text;
                if (!EMAIL.matcher(mail).matches() || hostOfEmail(mail) == null) {
                    return error(at, "field.email", path, text);
                }
                return mail;
            }
            case DATE:
                return date(path, text, at);
            case DATE_OR_UNKNOWN:
                // an unknown date is no value: the same as leaving the field out, and never an error
                if (UNKNOWN_DATE.contains(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) return null;
                return date(path, text, at);
            case PLATFORM:
                return platform(field, path, text, at);
            case TIME_ZONE:
                return timeZone(path, text, at);
            case YES_NO:
                return yesNo(path, text, at);
            case WHOLE_NUMBER:
                if (!WHOLE_NUMBER.matcher(text).matches()) return error(at, "field.whole-number", path, text);
                return Integer.parseInt(text);
            case LANGUAGE:
                if (!LANGUAGE.matcher(text).matches()) return error(at, "field.language", path, text);
                return text;
            case CHOICE: {
                if (field.choices().contains(text)) return text;
                String lower = text.toLowerCase(Locale.ROOT);
                if (field.choices().contains(lower)) return lower;
                String near = Suggestions.closest(text, field.choices());
                return near != null
                        ? error(at, "field.choice.suggest", path, text, near, field.choices())
                        : error(at, "field.choice", path, text, field.choices());
            }
            default:
                throw new IllegalStateException("not a scalar type: " + type);
        }
    }

    private LocalDate date(String path, String text, SourcePosition at) {
        if (!DATE.matcher(text).matches()) return error(at, "field.date.format", path, text);
        try {
            // DATE has matched: four, two and two ASCII digits. LocalDate.parse would read them again, slowly.
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return error(at, "field.date.invalid", path, text);
        }
    }

    private String platform(Field field, String path, String text, SourcePosition at) {
        Platform platform = Platform.byWrittenName(text);
        if (platform != null) {
            if (Platform.isFormerXName(text)) diagnostics.warning(at, "field.platform.former-x", path, text);
            return platform.id();
        }
        List<String> candidates = new ArrayList<>(field.choices());
        candidates.add(Platform.FORMER_X); // "Twiter" is nearest to X's former name, and means x
        String near = Suggestions.closest(Platform.fold(text), candidates);
        if (Platform.FORMER_X.equals(near)) near = Platform.X.id();
        return near != null
                ? error(at, "field.choice.suggest", path, text, near, field.choices())
                : error(at, "field.choice", path, text, field.choices());
    }

    /** The zone's canonical id; a wrong letter case is forgiven, since the zone meant is plain. */
    private String timeZone(String path, String text, SourcePosition at) {
        String zone = TimeZones.canonical(text);
        if (zone != null) return zone;
        String near = Suggestions.closest(text, TimeZones.ids());
        return near != null
                ? error(at, "field.time-zone.suggest", path, text, near)
                : error(at, "field.time-zone", path, text);
    }

    private Boolean yesNo(String path, String text, SourcePosition at) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes": case "true": case "ja":
                return Boolean.TRUE;
            case "no": case "false": case "nej":
                return Boolean.FALSE;
            default:
                return error(at, "field.yes-no", path, text);
        }
    }

    private List<String> list(Field field, String path, YamlNode node) {
        List<YamlNode> items;
        if (node instanceof YamlSequence seq) {
            items = seq.items();
        } else if (node instanceof YamlScalar s) {
            if (s.isEmptyValue()) return null;
            items = List.of(s); // "languages: sv" means a list of one: what the writer meant
        } else {
            return wrongType(path, node, "field.expect.list");
        }
        FieldType itemType = field.type() == FieldType.LANGUAGE_LIST ? FieldType.LANGUAGE : FieldType.TEXT;
        List<String> out = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            if (!(item instanceof YamlScalar s)) {
                wrongType(path, item, "field.expect.list-item");
                continue;
            }
            if (s.isEmptyValue()) continue;
            Object v = scalar(itemType, field, path, s);
            if (v == null) continue;
            String text = (String) v;
            if (field.type() == FieldType.DOMAIN_LIST && !DOMAIN.matcher(text).matches()) {
                error(s.position(), "field.domain", path, text);
                continue;
            }
            out.add(text);
        }
        return List.copyOf(out);
    }

    private List<Fields> mappingList(Field field, String path, YamlNode node) {
        if (!(node instanceof YamlSequence seq)) return wrongType(path, node, "field.expect.mapping-list");
        List<Fields> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlMapping m) out.add(read(m, field.nested()));
            else wrongType(path, item, "field.expect.mapping-item");
        }
        return List.copyOf(out);
    }

    private <T> T wrongType(String path, YamlNode node, String key) {
        return error(node.position(), key, path, kind(node));
    }

    private <T> T error(SourcePosition at, String key, Object... args) {
        diagnostics.error(at, key, args);
        refused = true;
        return null;
    }

    /** Credential-looking keys anywhere in a file, also below fields the schema does not know. */
    private void scanCredentialKeys(YamlNode node) {
        if (node instanceof YamlMapping m) {
            List<YamlMapping.Entry> entries = m.entries();
            for (int i = 0; i < entries.size(); i++) { // by index: the quick JIT would allocate an iterator per mapping
                YamlMapping.Entry e = entries.get(i);
                if (looksLikeCredential(e.key().text())) {
                    diagnostics.error(e.key().position(), "field.credential", e.key().text());
                } else {
                    scanCredentialKeys(e.value());
                }
            }
        } else if (node instanceof YamlSequence s) {
            for (YamlNode item : s.items()) scanCredentialKeys(item);
        }
    }

    /** The kind of a node as a nested message, worded by the bundle ("en lista"). */
    private static Message kind(YamlNode node) {
        return Message.of(node.kindKey());
    }

    /** The domain part of an e-mail address, or null. */
    public static String hostOfEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) return null;
        String domain = email.substring(at + 1);
        return DOMAIN.matcher(domain).matches() ? domain.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The first character no output can carry (C0 and C1 controls other than tab and line
     * breaks, U+FFFE/U+FFFF, an unpaired surrogate), or -1. YAML's {@code "\x01"} escapes can
     * produce them; XML and HTML cannot hold them.
     */
    static int forbiddenControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return c;
            }
        }
        return -1;
    }

    private static String path(Schema schema, String key) {
        return schema.name().isEmpty() ? key : schema.name() + "." + key;
    }
}
