package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path tmp;

    private final Set<Path> reported = ConcurrentHashMap.newKeySet();
    private SourceWatcher watcher;
    private Path content;
    private Path templates;

    @BeforeEach
    void watch() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("channels"));
        templates = tmp.resolve("templates");  // does not exist yet
        watcher = new SourceWatcher(List.of(content, templates), new IgnoredPaths(tmp.resolve("site")), reported::addAll);
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void newChangedAndDeletedFilesAreReported() throws IOException {
        Path file = content.resolve("channels/kultur.yaml");
        Files.writeString(file, "name: a\n");
        awaitReport(file);
        reported.clear();
        Files.writeString(file, "name: b\n");
        awaitReport(file);
        reported.clear();
        Files.delete(file);
        awaitReport(file);
    }

    @Test
    void filesInNewNestedFoldersAreReported() throws IOException {
        Path deep = Files.createDirectories(content.resolve("pages/a/b/c"));
        awaitReport(content.resolve("pages"));
        Path file = Files.writeString(deep.resolve("sida.md"), "x");
        awaitReport(file);
        reported.clear();
        Files.writeString(file, "y");
        awaitReport(file);
    }

    @Test
    void deletedFolderIsReported() throws IOException {
        Path dir = Files.createDirectories(content.resolve("guidelines"));
        awaitReport(dir);
        reported.clear();
        Files.delete(dir);
        awaitReport(dir);
    }

    @Test
    void aRootThatAppearsLaterIsWatched() throws IOException {
        Files.createDirectories(templates.resolve("public"));
        awaitReport(templates);
        Path file = Files.writeString(templates.resolve("public/kanal.ftlh"), "x");
        awaitReport(file);
    }

    @Test
    void scratchFilesAndTheOutputAreIgnored() throws IOException {
        Files.writeString(content.resolve(".kultur.yaml.swp"), "x");
        Files.writeString(content.resolve("kultur.yaml~"), "x");
        Files.writeString(content.resolve("4913"), "x");
        Files.createDirectories(tmp.resolve("site/public"));
        Path marker = Files.writeString(content.resolve("organisation.yaml"), "x");
        awaitReport(marker);
        for (Path p : reported) assertFalse(IgnoredPaths.isScratch(p.getFileName().toString()), "reported " + p);
        assertFalse(reported.stream().anyMatch(p -> p.startsWith(tmp.resolve("site"))), "reported the output: " + reported);
    }

    @Test
    void siblingsOfARootAreNotReported() throws IOException {
        Files.writeString(tmp.resolve("README.md"), "x");
        Path marker = Files.writeString(content.resolve("organisation.yaml"), "x");
        awaitReport(marker);
        assertFalse(reported.contains(tmp.resolve("README.md")), "reported a file beside the content folder");
    }

    private void awaitReport(Path path) {
        Eventually.until("a change to " + tmp.relativize(path) + " (got " + reported + ")", () -> reported.contains(path));
    }
}
