package se.kanalregister.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundle in one language: CLI messages, diagnostics and the site's fixed texts.
 * Swedish is the base bundle; another language overrides it key by key and falls back to
 * Swedish, so a missing translation never shows a raw key.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …; nothing else is special (no
 * MessageFormat quoting rules, no locale-dependent number formatting). Immutable, thread-safe.
 */
public final class Messages {

    /** Languages that have a bundle of their own. */
    public static final Set<String> LANGUAGES = Set.of("sv", "en");

    /**
     * The bundle's files, one per area so that each can be edited on its own: the command
     * line and diagnostics, the public site, the handbook, the open-data files, the sentences
     * of the info texts.
     */
    static final List<String> BUNDLES = List.of("/se/kanalregister/messages",
            "/se/kanalregister/messages-public", "/se/kanalregister/messages-internal",
            "/se/kanalregister/messages-opendata", "/se/kanalregister/messages-infotext");

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Bundles read so far: they come from the jar, so they never change while the program runs. */
    private static final Map<String, Messages> READ = new ConcurrentHashMap<>();

    /** The bundle for {@code language}; a language without a bundle gets Swedish. */
    public static Messages forLanguage(String language) {
        return READ.computeIfAbsent(LANGUAGES.contains(language) ? language : "sv", Messages::read);
    }

    /** The bundle of the info texts' sentences, whose keys a translation must give. */
    static final String INFO_TEXT_BUNDLE = "/se/kanalregister/messages-infotext.properties";

    /** Not translated: it says whether the register's own wording (in its language) may stand in the text. */
    static final String REGISTER_LANGUAGE_KEY = "it.register-language";

    /**
     * The keys a translation of the info texts must give, in the order of the Swedish file,
     * with their Swedish text.
     */
    public static Map<String, String> infoTextSentences() {
        return InfoTextSentences.ALL;
    }

    /** Read once, when first asked for: every build with a translation needs them. */
    private static final class InfoTextSentences {
        static final Map<String, String> ALL = readInfoTextSentences();
    }

    private static Map<String, String> readInfoTextSentences() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (InputStream in = Messages.class.getResourceAsStream(INFO_TEXT_BUNDLE)) {
            if (in == null) throw new IllegalStateException("message bundle missing: " + INFO_TEXT_BUNDLE);
            Properties p = new Properties();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            p.load(new java.io.StringReader(text));
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) continue;
                String key = line.substring(0, eq).strip();
                if (!key.equals(REGISTER_LANGUAGE_KEY) && p.containsKey(key)) out.put(key, p.getProperty(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * This bundle with every info-text sentence wrapped in markers that name its key:
     * {@code \u0001key\u0002text\u0003}. A text rendered with it can be split back into its
     * sentences, each with its key, for the lawyers' review page.
     */
    public Messages markingInfoTexts() {
        Map<String, String> marked = new TreeMap<>(texts);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey().startsWith("it.") && !e.getKey().equals(REGISTER_LANGUAGE_KEY)) {
                marked.put(e.getKey(), "\u0001" + e.getKey() + "\u0002" + e.getValue() + "\u0003");
            }
        }
        return new Messages(language, Map.copyOf(marked));
    }

    /**
     * The Swedish bundle with the info texts' sentences in {@code language} from a complete
     * translation: the page's other fixed texts stay Swedish, and the register's own wording
     * (in its language) is kept out of the text.
     */
    public static Messages withInfoTexts(String language, Map<String, String> sentences) {
        Map<String, String> texts = new TreeMap<>(forLanguage("sv").texts);
        texts.putAll(sentences);
        texts.put(REGISTER_LANGUAGE_KEY, "no");
        return new Messages(language, Map.copyOf(texts));
    }

    private static Messages read(String lang) {
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : BUNDLES) texts.putAll(load(bundle + ".properties", true));
        if (!lang.equals("sv")) for (String bundle : BUNDLES) texts.putAll(load(bundle + "_" + lang + ".properties", false));
        return new Messages(lang, Map.copyOf(texts));
    }

    public String language() {
        return language;
    }

    /** The text for {@code key}; a missing key is a program fault. */
    public String get(String key) {
        String t = texts.get(key);
        if (t == null) throw new IllegalStateException("message key missing from bundle: " + key);
        return t;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public String format(Message m) {
        return format(m.key(), m.args());
    }

    public String format(String key, Object... args) {
        return format(key, List.of(args));
    }

    public String format(String key, List<Object> args) {
        return fill(get(key), args);
    }

    /** {@code pattern} with each {@code {n}} replaced by argument n ({@link MessagePattern}). */
    String fill(String pattern, List<Object> args) {
        return MessagePattern.parse(pattern).fill(args, this::render);
    }

    /** The text for {@code key}, split at its placeholders once, for a caller that fills it many times. */
    public MessagePattern pattern(String key) {
        return MessagePattern.parse(get(key));
    }

    private String render(Object arg) {
        if (arg instanceof Message m) return format(m);
        if (arg instanceof java.util.Collection<?> items) {
            StringBuilder b = new StringBuilder();
            for (Object o : items) b.append(b.length() == 0 ? "" : ", ").append(o);
            return b.toString();
        }
        return String.valueOf(arg);
    }

    private static Map<String, String> load(String resource, boolean required) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null && !required) return Map.of();
            if (in == null) throw new IllegalStateException("message bundle missing: " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
