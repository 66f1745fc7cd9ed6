package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.ContentDir;

/** The command line's side of serve: the mistakes that stop it before it serves. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void takenPortIsAUsageErrorThatSuggestsAnother() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = taken.getLocalPort();
            CliRun r = d.run("serve", "--port", Integer.toString(port));
            assertEquals(2, r.exitCode(), r.stderr());
            assertEquals("kanalregister: fel: porten " + port + " används redan, kanske av en annan serve som fortfarande körs"
                    + " — stoppa den eller välj en annan port med till exempel --port " + (port + 1) + "\n", r.stderr());
        }
    }

    @Test
    void takenPortInEnglish() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = taken.getLocalPort();
            CliRun r = d.run("serve", "--port", Integer.toString(port), "--lang", "en");
            assertEquals(2, r.exitCode(), r.stderr());
            assertTrue(r.stderr().startsWith("kanalregister: error: port " + port + " is already in use"), r.stderr());
        }
    }

    @Test
    void portMustBeANumberInRange() throws IOException {
        ContentDir d = ContentDir.valid(tmp);
        for (String bad : new String[] {"abc", "-1", "65536", "80.5"}) {
            CliRun r = d.run("serve", "--port=" + bad);
            assertEquals(2, r.exitCode(), bad);
            assertEquals("kanalregister: fel: --port: \"" + bad + "\" är ingen port — skriv ett tal mellan 1 och 65535, "
                    + "till exempel --port 8001 (0 väljer en ledig port)\n", r.stderr());
        }
    }

    @Test
    void portWithoutValueShowsAnExample() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("serve", "--port");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: --port behöver ett värde — skriv till exempel --port 8001\n", r.stderr());
    }

    @Test
    void mistypedServeGetsASuggestion() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("serv");
        assertEquals(2, r.exitCode());
        assertEquals("kanalregister: fel: okänt kommando \"serv\" — menade du serve?\n", r.stderr());
    }

    @Test
    void outputInsideTheContentIsRefused() throws IOException {
        CliRun r = ContentDir.valid(tmp).run("serve", "--out", "content/site");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("kanalregister: fel: utdatamappen content/site ligger i innehållsmappen"), r.stderr());
    }

    @Test
    void helpDescribesServe() {
        CliRun r = CliRun.run(tmp, "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("\n  serve                 bygger, visar webbplatsen på http://127.0.0.1:8000/"
                + " och bygger om när du sparar\n"), r.stdout());
        CliRun own = CliRun.run(tmp, "serve", "--help");
        assertEquals(0, own.exitCode());
        assertTrue(own.stdout().contains("\n  --port N              porten för förhandsgranskningen (standard 8000, 0 = en ledig port)\n"),
                own.stdout());
    }
}
