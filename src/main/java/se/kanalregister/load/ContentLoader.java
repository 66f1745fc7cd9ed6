package se.kanalregister.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.model.Document;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
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

    public ContentLoader(SourceFiles files) {
        this.files = files;
    }

    public Register load(Path content, Diagnostics diagnostics) {
        Organisation organisation = readOrganisation(content.resolve("organisation.yaml"), diagnostics);
        String language = organisation == null ? "sv" : organisation.language();
        List<Path> channelFiles = listFiles(content.resolve("channels"), List.of(".yaml", ".yml"), true, diagnostics);
        List<RegisterEntry> entries = parallel(channelFiles, p -> readChannel(p, language, diagnostics));
        entries.sort(Comparator.comparing(RegisterEntry::id).thenComparing(RegisterEntry::sourceFile));
        List<Document> guidelines = readDocuments(content.resolve("guidelines"), diagnostics);
        guidelines.sort(Comparator.comparingInt(Document::order).thenComparing(Document::slug));
        List<Document> pages = readDocuments(content.resolve("pages"), diagnostics);
        pages.sort(Comparator.comparing(Document::slug));
        if (organisation == null) return null;
        return new Register(organisation, entries, guidelines, pages);
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

    private RegisterEntry readChannel(Path path, String language, Diagnostics diagnostics) {
        String id = idOf(path, diagnostics);
        SourceText source = files.read(path, diagnostics);
        if (source == null) return null;
        YamlNode root = yaml.read(source.text(), source.displayName(), 1, diagnostics);
        if (root == null) return null;
        RegisterEntry entry = new ChannelReader(diagnostics).read(id, root, source.displayName(), language);
        return id == null ? null : entry;
    }

    private List<Document> readDocuments(Path folder, Diagnostics diagnostics) {
        List<Path> paths = listFiles(folder, List.of(".md"), false, diagnostics);
        return parallel(paths, p -> {
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
        diagnostics.error(SourcePosition.of(files.displayName(path)), "file.bad-id", stem,
                Slugs.slugify(nfc) + name.substring(name.lastIndexOf('.')));
        return null;
    }

    /**
     * The files with one of {@code extensions} in {@code folder}, sorted by name. Hidden files
     * are skipped; links, subfolders and other files are errors. A missing folder is fine
     * unless {@code required}.
     */
    private List<Path> listFiles(Path folder, List<String> extensions, boolean required, Diagnostics diagnostics) {
        String shown = files.displayName(folder);
        if (Files.isSymbolicLink(folder)) {
            diagnostics.error(SourcePosition.of(shown), "file.symlink");
            return new ArrayList<>();
        }
        if (!Files.isDirectory(folder)) {
            if (required) diagnostics.error(SourcePosition.of(shown), "folder.missing");
            return new ArrayList<>();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                if (Files.isSymbolicLink(p)) {
                    diagnostics.error(SourcePosition.of(files.displayName(p)), "file.symlink");
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.error(SourcePosition.of(files.displayName(p)), "folder.unexpected");
                } else if (extensions.stream().anyMatch(ext -> name.endsWith(ext) && name.length() > ext.length())) {
                    out.add(p);
                } else {
                    diagnostics.error(SourcePosition.of(files.displayName(p)), "file.unexpected", extensions.get(0));
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(shown), "file.unreadable", e.getMessage());
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private interface Reader<T> {
        T read(Path p);
    }

    /** Reads every path, in parallel when there are many, and returns the non-null results in path order. */
    private static <T> List<T> parallel(List<Path> paths, Reader<T> reader) {
        IntStream indexes = IntStream.range(0, paths.size());
        if (paths.size() > 64) indexes = indexes.parallel();
        Object[] results = new Object[paths.size()];
        indexes.forEach(i -> results[i] = reader.read(paths.get(i)));
        List<T> out = new ArrayList<>(paths.size());
        for (Object o : results) {
            @SuppressWarnings("unchecked")
            T t = (T) o;
            if (t != null) out.add(t);
        }
        return out;
    }
}
