package se.kanalregister.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlMapping;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.load.yaml.YamlScalar;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Translation;
import se.kanalregister.text.Messages;
import se.kanalregister.text.Suggestions;

/**
 * Reads {@code content/translations/<code>.yaml} for every language in organisation.yaml's
 * {@code languages} that has no built-in bundle: one text per info-text key. A missing or
 * empty key, or one the tool does not know, is an error naming the file and the key, and
 * leaves the language out, so no half-translated legal text is published. A language
 * without a file is a warning: its texts are not published.
 */
final class TranslationsReader {

    private final SourceFiles files;
    private final YamlReader yaml;
    private final Diagnostics diagnostics;

    TranslationsReader(SourceFiles files, YamlReader yaml, Diagnostics diagnostics) {
        this.files = files;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    List<Translation> read(Path folder, Organisation organisation) {
        List<Translation> out = new ArrayList<>();
        Map<String, String> required = Messages.infoTextSentences();
        for (String language : organisation.languages()) {
            if (Messages.LANGUAGES.contains(language) || language.equals(organisation.language())) continue;
            Path path = folder.resolve(language + ".yaml");
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.warning(SourcePosition.of(files.displayName(path)), "translation.missing", language);
                continue;
            }
            Translation t = read(path, language, required);
            if (t != null) out.add(t);
        }
        return out;
    }

    private Translation read(Path path, String language, Map<String, String> required) {
        SourceText source = files.read(path, diagnostics);
        if (source == null) return null;
        YamlNode root = yaml.read(source.text(), source.displayName(), 1, diagnostics);
        if (!(root instanceof YamlMapping mapping)) {
            if (root != null) diagnostics.error(SourcePosition.of(source.displayName()), "translation.not-mapping");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (YamlMapping.Entry e : mapping.entries()) {
            String key = e.key().text();
            if (!required.containsKey(key)) {
                String near = Suggestions.closest(key, required.keySet());
                if (near != null) diagnostics.error(e.key().position(), "translation.unknown-key.suggest", key, near);
                else diagnostics.error(e.key().position(), "translation.unknown-key", key);
                complete = false;
            } else if (!(e.value() instanceof YamlScalar s) || s.isEmptyValue() || s.text().isBlank()) {
                diagnostics.error(e.key().position(), "translation.empty", key);
                complete = false;
            } else {
                texts.put(key, s.text().strip());
            }
        }
        for (String key : required.keySet()) {
            if (!texts.containsKey(key) && mapping.entry(key) == null) {
                diagnostics.error(SourcePosition.of(source.displayName()), "translation.key-missing", key);
                complete = false;
            }
        }
        return complete ? new Translation(language, texts) : null;
    }
}
