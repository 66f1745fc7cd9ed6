package se.kanalregister.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kanalregister.authoring.Scaffold;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.model.Platform;
import se.kanalregister.text.Hosts;
import se.kanalregister.text.Message;

/**
 * {@code kanalregister import}: makes one channel file per account in a spreadsheet export
 * or a saved web page. An account already in the register, however its address is spelled,
 * is skipped; two mentions of one account make one file; a person's name goes to
 * {@code internal:} only; no file is ever overwritten. Running it twice adds nothing.
 */
public final class Importer {

    private final Path content;
    private final LocalDate today;
    private final Path displayBase;
    private final AccountIdentity identity;

    /**
     * @param today       the date {@code new kanal} would use, for the scaffold's examples
     * @param displayBase messages show file paths relative to this folder
     */
    public Importer(Path content, LocalDate today, Path displayBase) {
        this(content, today, displayBase, AccountIdentity.standard());
    }

    /**
     * The largest list or saved page read: a register's list is a few hundred kilobytes, a saved
     * page with its images inline a few megabytes. Anything larger is refused before it is read,
     * rather than held in memory two or three times while it is decoded.
     */
    static final long MAX_BYTES = 32L << 20;

    Importer(Path content, LocalDate today, Path displayBase, AccountIdentity identity) {
        this.content = content;
        this.today = today;
        this.displayBase = displayBase;
        this.identity = identity;
    }

    /**
     * Reads {@code source} and writes the new files, unless {@code dryRun}; with an error in the
     * source, nothing is written.
     *
     */
    public ImportResult run(Path source, boolean dryRun) throws IOException {
        String sourceName = SourcePosition.displayName(displayBase, source);
        long size = Files.size(source);
        if (size > MAX_BYTES) {
            Diagnostic tooLarge = Diagnostic.error(SourcePosition.startOf(sourceName), "import.too-large",
                    (size + (1 << 20) - 1) >> 20, MAX_BYTES >> 20);
            return new ImportResult(List.of(tooLarge), List.of(), List.of(), 0);
        }
        byte[] bytes = Files.readAllBytes(source);
        String text = SourceDecoding.decode(bytes);
        SourceReading reading = isWebPage(source, text)
                ? new WebPageReader(sourceName).read(SourceDecoding.decodeWebPage(bytes))
                : new SpreadsheetReader(sourceName).read(text);
        List<Diagnostic> diagnostics = new ArrayList<>(reading.diagnostics());
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        for (SourceReading.Left l : reading.left()) skipped.add(new ImportResult.Skipped(l.from(), l.reason()));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ImportResult(diagnostics, List.of(), skipped, reading.otherLinks());
        }
        Path channels = content.resolve("channels");
        ExistingChannels existing = ExistingChannels.in(channels, identity);
        Map<String, ImportedAccount> accounts = new LinkedHashMap<>();
        for (ImportedAccount a : reading.accounts()) {
            String url = https(a.url());
            if (url == null) {
                skipped.add(new ImportResult.Skipped(a.from(), Message.of("import.left.bad-address", a.url())));
                continue;
            }
            String key = identity.key(url);
            Path file = existing.fileOf(key);
            ImportedAccount earlier = accounts.get(key);
            if (file != null) {
                skipped.add(new ImportResult.Skipped(a.from(), Message.of("import.left.exists", a.url().strip(),
                        SourcePosition.displayName(displayBase, file))));
            } else if (earlier != null) {
                accounts.put(key, earlier.merge(a));
                skipped.add(new ImportResult.Skipped(a.from(), Message.of("import.left.same-account", a.url().strip(),
                        String.valueOf(earlier.from().line()))));
            } else {
                accounts.put(key, withUrl(a, url));
            }
        }
        skipped.sort(java.util.Comparator.comparing(ImportResult.Skipped::from));
        ChannelIds ids = new ChannelIds(existing);
        Scaffold scaffold = new Scaffold(content, today);
        List<ImportResult.Created> created = new ArrayList<>();
        Map<Path, String> files = new LinkedHashMap<>();
        for (ImportedAccount a : accounts.values()) {
            ChannelDraft draft = ChannelDraft.of(a, diagnostics);
            String id = ids.next(a.name(), draft.platform(), a.url());
            Path file = channels.resolve(id + ".yaml");
            files.put(file, draft.text(scaffold.channelText(id)));
            created.add(new ImportResult.Created(file, a.from(), a.name(), draft.platformName(), draft.missing()));
        }
        if (!dryRun && !files.isEmpty()) {
            Files.createDirectories(channels);
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        }
        return new ImportResult(diagnostics, created, skipped, reading.otherLinks());
    }

    /** A page saved from a browser, by its name or, failing that, by its first character. */
    private static boolean isWebPage(Path source, String text) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return false;
        return text.stripLeading().startsWith("<");
    }

    /**
     * The address with {@code https://}: lists often leave the scheme out or say http, and
     * every platform serves https. Null when it has no host at all.
     */
    private static String https(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "http://", 0, 7)) u = "https://" + u.substring(7);
        else if (!u.regionMatches(true, 0, "https://", 0, 8)) u = "https://" + u.replaceFirst("^/+", "");
        String host = Hosts.ascii(u);
        return host == null || !host.contains(".") || u.contains(" ") ? null : u;
    }

    private static ImportedAccount withUrl(ImportedAccount a, String url) {
        return new ImportedAccount(a.from(), a.name(), a.platform(), url, a.handle(), a.unit(), a.purpose(), a.started(),
                a.ended(), a.closed(), a.person(), a.notes());
    }
}
