package se.kanalregister.importing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.load.yaml.YamlMapping;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.load.yaml.YamlScalar;

/**
 * The channels already in the register, read leniently: only each file's id and {@code url}.
 * A register that an earlier import left half filled in does not load, yet its accounts
 * must still be recognised, or a second import would add them again.
 */
final class ExistingChannels {

    private final Set<String> ids = new TreeSet<>();
    /** Account key to the file that holds it. */
    private final Map<String, Path> byAccount = new HashMap<>();

    private ExistingChannels() {}

    static ExistingChannels in(Path channels, AccountIdentity identity) throws IOException {
        ExistingChannels existing = new ExistingChannels();
        if (!Files.isDirectory(channels)) return existing;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(channels)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml")) continue;
                existing.ids.add(name.substring(0, name.lastIndexOf('.')));
                String url = url(file);
                if (url != null) existing.byAccount.putIfAbsent(identity.key(url), file);
            }
        }
        return existing;
    }

    /** The file's {@code url}, or null when it has none or does not parse (check reports that). */
    private static String url(Path file) throws IOException {
        String text = SourceDecoding.decode(Files.readAllBytes(file)); // never fails on a stray byte
        YamlNode root = new YamlReader().read(text, file.toString(), 1, false, new Diagnostics());
        if (root instanceof YamlMapping m && m.entry("url") != null && m.entry("url").value() instanceof YamlScalar s
                && !s.isEmptyValue()) {
            return s.text().strip();
        }
        return null;
    }

    boolean idTaken(String id) {
        return ids.contains(id);
    }

    /** The file that already holds the account with this key, or null. */
    Path fileOf(String accountKey) {
        return byAccount.get(accountKey);
    }
}
