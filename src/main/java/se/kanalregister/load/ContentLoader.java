package se.kanalregister.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.Faults;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Document;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.Translation;
import se.kanalregister.text.Slugs;

/**
 * Reads a content folder (register format version 1) into a {@link Register}. Every
 * problem goes into the diagnostics; the result is null only when there is nothing to
 * build from (no usable organisation.yaml). Files are read in parallel and results kept
 * in name order, so the outcome does not depend on thread timing.
 */
public final class ContentLoader {

    private final SourceFiles files;
    private final YamlReader yaml = new YamlReader();
    private final MarkdownReader markdown = new MarkdownReader();
    private final ReadMemo memo;
    private static final List<String> CHANNEL_EXTENSIONS = List.of(".yaml", ".yml");

    public ContentLoader(SourceFiles files) {
        this(files, false);
    }

    /**
     * @param remember keep what each channel file read into, so the next load of the same
     *                 folder (the live preview) parses only the files that changed
     */
    public ContentLoader(SourceFiles files, boolean remember) {
        this.files = files;
        this.memo = remember ? new ReadMemo() : null;
    }

    public Register load(Path content, Diagnostics diagnostics) {
        return load(content, diagnostics, null);
    }

    /**
     * @param changed the files changed since the last load of this folder, as a file watcher
     *                reported them, or null when not known. With {@code remember}, a load that
     *                is told which files changed need not look at the others.
     */
    public Register load(Path content, Diagnostics diagnostics, Set<Path> changed) {
        Organisation organisation = readOrganisation(content.resolve("organisation.yaml"), diagnostics);
        String language = organisation == null ? "sv" : organisation.language();
        List<String> authorities = organisation == null ? List.of()
                : organisation.authorities().stream().map(Authority::id).toList();
        String context = language + " " + String.join(" ", authorities);  // what a kept channel's result depends on
        List<ListedFile> channelFiles = listChannels(content.resolve("channels"), changed, diagnostics);
        List<RegisterEntry> entries = parallel(channelFiles, f -> memo == null
                ? readChannel(f.path(), language, authorities, diagnostics)
                : memo.read(f.path(), f.attributes(), context, diagnostics,
                        d -> readChannel(f.path(), language, authorities, d)));
        if (memo != null) memo.endOfLoad();
        entries.sort(Comparator.comparing(RegisterEntry::id).thenComparing(RegisterEntry::sourceFile));
        List<Document> guidelines = readDocuments(content.resolve("guidelines"), diagnostics);
        guidelines.sort(Comparator.comparingInt(Document::order).thenComparing(Document::slug));
        List<Document> pages = readDocuments(content.resolve("pages"), diagnostics);
        pages.sort(Comparator.comparing(Document::slug));
        if (organisation == null) return null;
        List<Translation> translations = new TranslationsReader(files, yaml, diagnostics)
                .read(content.resolve("translations"), organisation);
        return new Register(organisation, entries, guidelines, pages, translations);
    }

    /**
     * The channel files: the last listing when only files in it changed (each looked at
     * again), else a new one. A listing that found problems is never reused, so its
     * errors are reported by every load until they are fixed.
     */
    private List<ListedFile> listChannels(Path folder, Set<Path> changed, Diagnostics diagnostics) {
        if (memo == null) return listFiles(folder, CHANNEL_EXTENSIONS, true, diagnostics);
        List<ListedFile> reused = changed == null ? null : memo.relist(folder, changed);
        if (reused != null) return reused;
        FileTime before = ReadMemo.modified(folder);  // before listing: a change during it makes the next load list again
        Diagnostics own = new Diagnostics();
        List<ListedFile> listed = listFiles(folder, CHANNEL_EXTENSIONS, true, own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        memo.listed(folder, before, found.isEmpty() ? listed : null);
        return listed;
    }

    private Organisation readOrganisation(Path path, Diagnostics diagnostics) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(SourcePosition.of(files.displayName(path)), "organisation.missing");
            return null;
        }
        SourceText source = files.read(path, diagnostics);
        if (source == null) return null;
        YamlNode root = yaml.read(source.text(), source.displayName(), 1, diagnostics);
        if (root == null) return null;
        return new OrganisationReader(diagnostics).read(root);
    }

    private RegisterEntry readChannel(Path path, String language, List<String> authorities, Diagnostics diagnostics) {
        String id = idOf(path, diagnostics);
        SourceText source = files.read(path, diagnostics);
        if (source == null) return null;
        YamlNode root = yaml.read(source.text(), source.displayName(), 1, diagnostics);
        if (root == null) return null;
        RegisterEntry entry = new ChannelReader(diagnostics).read(id, root, source.displayName(), language, authorities);
        return id == null ? null : entry;
    }

    private List<Document> readDocuments(Path folder, Diagnostics diagnostics) {
        List<ListedFile> listed = listFiles(folder, List.of(".md"), false, diagnostics);
        return parallel(listed, f -> {
            Path p = f.path();
            String slug = idOf(p, diagnostics);
            SourceText source = files.read(p, diagnostics);
            if (source == null) return null;
            Document d = markdown.read(slug, source, diagnostics);
            return slug == null ? null : d;
        });
    }

    /** The id a file name gives, or null after reporting an invalid name with a valid proposal. */
    private String idOf(Path path, Diagnostics diagnostics) {
        String name = path.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        String nfc = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFC);
        if (Slugs.isValidId(nfc)) return nfc;
        diagnostics.error(SourcePosition.startOf(files.displayName(path)), "file.bad-id", stem,
                Slugs.slugify(nfc) + name.substring(name.lastIndexOf('.')));
        return null;
    }

    /**
     * The files with one of {@code extensions} in {@code folder}, sorted by name. Hidden files
     * are skipped; links, subfolders and other files are errors. A missing folder is fine
     * unless {@code required}.
     */
    private List<ListedFile> listFiles(Path folder, List<String> extensions, boolean required, Diagnostics diagnostics) {
        String shown = files.displayName(folder);
        if (Files.isSymbolicLink(folder)) {
            diagnostics.error(SourcePosition.of(shown), "file.symlink");
            return new ArrayList<>();
        }
        if (!Files.isDirectory(folder)) {
            if (required) diagnostics.error(SourcePosition.of(shown), "folder.missing");
            return new ArrayList<>();
        }
        TreeMap<String, ListedFile> out = new TreeMap<>();  // by name: sorting by Path would make a name string per comparison
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;  // deleted since the listing, such as an editor's temporary file
                }
                if (a.isSymbolicLink()) {
                    diagnostics.error(SourcePosition.startOf(files.displayName(p)), "file.symlink");
                } else if (a.isDirectory()) {
                    diagnostics.error(SourcePosition.of(files.displayName(p)), "folder.unexpected");
                } else if (extensions.stream().anyMatch(ext -> name.endsWith(ext) && name.length() > ext.length())) {
                    out.put(name, new ListedFile(p, a));
                } else {
                    diagnostics.error(SourcePosition.startOf(files.displayName(p)), "file.unexpected", extensions.get(0));
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shown), "file.unreadable", Faults.reason(e));
        }
        return new ArrayList<>(out.values());
    }

    private interface Reader<T> {
        T read(ListedFile file);
    }

    /** Reads every path, in parallel when there are many, and returns the non-null results in path order. */
    private static <T> List<T> parallel(List<ListedFile> files, Reader<T> reader) {
        IntStream indexes = IntStream.range(0, files.size());
        if (files.size() > 64) indexes = indexes.parallel();
        Object[] results = new Object[files.size()];
        indexes.forEach(i -> results[i] = reader.read(files.get(i)));
        List<T> out = new ArrayList<>(files.size());
        for (Object o : results) {
            @SuppressWarnings("unchecked")
            T t = (T) o;
            if (t != null) out.add(t);
        }
        return out;
    }
}
