package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.serve.FileResolver.Resolution;

class FileResolverTest {

    @TempDir
    Path tmp;

    private FileResolver resolver;

    @BeforeEach
    void site() throws IOException {
        write("site/public/index.html");
        write("site/public/kanaler/index.html");
        write("site/public/kanaler/kultur.html");
        write("site/public/assets/site.css");
        write("site/public/tom/.gitkeep");
        write("site/public/ä ö.html");
        write("site/internal/index.html");
        write("site/internal/kapitel/start.html");
        write("site/hemlig.txt");
        write("hemlig.txt");
        resolver = new FileResolver(tmp.resolve("site/public"), tmp.resolve("site/internal"));
    }

    @Test
    void rootIsThePublicIndex() {
        assertEquals(found("site/public/index.html"), resolver.resolve("/"));
    }

    @Test
    void folderWithSlashIsItsIndex() {
        assertEquals(found("site/public/kanaler/index.html"), resolver.resolve("/kanaler/"));
    }

    @Test
    void fileIsServedAsItIs() {
        assertEquals(found("site/public/kanaler/kultur.html"), resolver.resolve("/kanaler/kultur.html"));
        assertEquals(found("site/public/assets/site.css"), resolver.resolve("/assets/site.css"));
    }

    @Test
    void folderWithoutSlashRedirectsSoRelativeLinksWork() {
        assertEquals(new Resolution.Redirect("/kanaler/"), resolver.resolve("/kanaler"));
        assertEquals(new Resolution.Redirect("/intern/"), resolver.resolve("/intern"));
        assertEquals(new Resolution.Redirect("/intern/kapitel/"), resolver.resolve("/intern/kapitel"));
    }

    @Test
    void internIsTheInternalFolder() {
        assertEquals(found("site/internal/index.html"), resolver.resolve("/intern/"));
        assertEquals(found("site/internal/kapitel/start.html"), resolver.resolve("/intern/kapitel/start.html"));
    }

    @Test
    void percentEncodedNamesAreDecoded() {
        assertEquals(found("site/public/ä ö.html"), resolver.resolve("/%C3%A4%20%C3%B6.html"));
    }

    @Test
    void folderWithoutIndexIsNotListed() {
        assertEquals(new Resolution.NotFound(), resolver.resolve("/tom/"));
    }

    @Test
    void missingFileIsNotFound() {
        assertEquals(new Resolution.NotFound(), resolver.resolve("/finns-inte.html"));
        assertEquals(new Resolution.NotFound(), resolver.resolve("/intern/finns-inte.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//etc/passwd", "/etc/passwd", "///hemlig.txt", "/intern//hemlig.txt"})
    void absolutePathsStayInsideTheFolder(String path) {
        assertEquals(new Resolution.NotFound(), resolver.resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../hemlig.txt", "/../../hemlig.txt", "/intern/../hemlig.txt", "/kanaler/../../hemlig.txt",
        "/%2e%2e/hemlig.txt", "/%2E%2E/%2E%2E/hemlig.txt", "/intern/%2e%2e/hemlig.txt", "/.%2e/hemlig.txt",
        "/%2e%2e%2fhemlig.txt", "/..%2F..%2Fhemlig.txt", "/kanaler%2F..%2F..%2Fhemlig.txt",
        "/..%5chemlig.txt", "/..\\hemlig.txt", "/%5c..%5chemlig.txt",
        "/%2Fetc%2Fpasswd", "/C:%5CWindows%5Cwin.ini", "/C:/Windows/win.ini",
        "/%C0%AE%C0%AE/hemlig.txt", "/%c0%2e%c0%2e/hemlig.txt", "/%ff", "/%c3", "/%zz", "/%2", "/a%00b",
        "/.", "/./index.html", "/.hidden", "/intern/.git/config", "relative", ""})
    void traversalAndMalformedPathsAreRefused(String path) {
        assertInstanceOf(Resolution.Refused.class, resolver.resolve(path), path);
    }

    @Test
    void symbolicLinkOutOfTheFolderIsNotFollowed() throws IOException {
        Path link = tmp.resolve("site/public/ut.txt");
        try {
            Files.createSymbolicLink(link, tmp.resolve("hemlig.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return;  // no symbolic links on this file system: nothing to test
        }
        assertEquals(new Resolution.NotFound(), resolver.resolve("/ut.txt"));
    }

    private Resolution found(String relative) {
        return new Resolution.Found(tmp.resolve(relative));
    }

    private void write(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, relative);
    }
}
