package se.kanalregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.diag.Faults;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;
import se.kanalregister.text.Messages;

/**
 * When the file system refuses, the user reads what happened and what to do, in Swedish or
 * English: never a Java class name. Each fault is caused for real where this machine allows
 * it (a full device, a folder no one may create files in, a folder that cannot exist), and
 * made as the JDK makes it where only another user or another disk could cause it.
 */
class FaultMessagesTest {

    private static final Messages SV = Messages.forLanguage("sv");
    private static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path tmp;

    @Test
    void aFullDiskSaysSo() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is a device that is always full");
        IOException full = assertThrows(IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[1]));
        assertEquals("disken är full, så site kunde inte skrivas — frigör utrymme på disken och bygg igen; den tidigare"
                + " webbplatsen är orörd", plain(SV.format(Faults.writeFailure(full, "site"))));
        assertEquals("the disk is full, so site could not be written — free some space on the disk and build again; the"
                + " earlier site is untouched", plain(EN.format(Faults.writeFailure(full, "site"))));
    }

    @Test
    void aFolderThatMayNotBeWrittenToSaysSo() throws IOException {
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys) && !canCreateIn(sys), "/sys refuses new folders, even to root");
        CliRun r = ContentDir.valid(tmp).run("build", "--out", "/sys/kanalregister-site");
        assertEquals(1, r.exitCode());
        assertEquals("/sys/kanalregister-site: fel: mappen /sys/kanalregister-site går inte att skriva till, eller inte mappen"
                + " den ska ligga i — ge ditt konto skrivbehörighet där, eller välj en annan mapp med --out; den tidigare"
                + " webbplatsen är orörd", firstLine(r));
        plain(r.stderr());
        plain(ContentDir.valid(tmp).run("build", "--out", "/sys/kanalregister-site", "--lang", "en").stderr());
    }

    @Test
    void anOutputBelowAFolderThatCannotExistSaysWhichFolder() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "/proc allows no new folders");
        CliRun r = ContentDir.valid(tmp).run("build", "--out", "/proc/kanalregister/site");
        assertEquals(1, r.exitCode());
        assertEquals("/proc/kanalregister/site: fel: kunde inte skriva utdata: /proc/kanalregister finns inte — kontrollera att"
                + " mappen går att skriva till; den tidigare utdatan är orörd", firstLine(r));
        plain(ContentDir.valid(tmp).run("build", "--out", "/proc/kanalregister/site", "--lang", "en").stderr());
    }

    @Test
    void faultsOnlyOtherUsersAndDisksCauseAreWordedToo() {
        IOException denied = new AccessDeniedException("/srv/www/.site-bygge-1");
        assertEquals("mappen site går inte att skriva till, eller inte mappen den ska ligga i — ge ditt konto skrivbehörighet"
                + " där, eller välj en annan mapp med --out; den tidigare webbplatsen är orörd",
                plain(SV.format(Faults.writeFailure(denied, "site"))));
        IOException readOnly = new FileSystemException("/mnt/cd/site", null, "Read-only file system");
        assertEquals("disken där site ska ligga är skrivskyddad — välj en annan mapp med --out; den tidigare webbplatsen är orörd",
                plain(SV.format(Faults.writeFailure(readOnly, "site"))));
        assertEquals("du saknar behörighet till /srv/www/.site-bygge-1", plain(SV.format(Faults.reason(denied))));
        assertEquals("the file system gave no reason", plain(EN.format(Faults.reason(new IOException("java.lang.Whatever")))));
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempDirectory(dir, "kr-"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(CliRun r) {
        return r.stderr().lines().findFirst().orElse("");
    }

    /** {@code text}, after checking that it names no Java class. */
    private static String plain(String text) {
        assertFalse(text.contains("java.") || text.contains("Exception"), text);
        return text;
    }
}
