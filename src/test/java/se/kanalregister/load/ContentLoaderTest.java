package se.kanalregister.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.check.Checked;
import se.kanalregister.Kanalregister;
import se.kanalregister.model.Channel;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Organisation;
import se.kanalregister.testing.ContentDir;

class ContentLoaderTest {

    @TempDir
    Path tmp;

    private Checked load(ContentDir d) {
        Checked c = new Kanalregister(d.root()).check(d.root().resolve("content"), LocalDate.of(2026, 11, 21));
        assertFalse(c.diagnostics().hasErrors(), () -> c.diagnostics().sorted().toString());
        assertNotNull(c.register());
        return c;
    }

    @Test
    void lettersOfEveryNordicLanguageAndEmojiLoadUnchanged() throws IOException {
        String sami = "Sámi giella – Čáhppesjávri, Máŋggavárri, Sáđđegieddi, Ŧiellovárri, Žievžžesjávri";
        String finnish = "Meänkieli: Pääjärvi, Kaaresuvanto";
        String emoji = "Välkommen 👋🏽 till familjen 👨‍👩‍👧 🇸🇪";
        ContentDir d = ContentDir.valid(tmp).write("content/channels/kultur.yaml", """
                name: "%s"
                name_language: se
                platform: facebook
                url: https://www.facebook.com/sámi-giella
                handle: "@sámigiella"
                unit: "Åsele & Övre Älvdalen – %s"
                responsible: Giellaoahpaheaddji
                purpose: "%s"
                audience: [Sámit, Vårdnadshavare, "%s"]
                languages: [se, sma, smj, fit, fi, sv]
                started: 2019-05-09
                history:
                  - date: 2023-01-10
                    text: Namma rievdaduvvui – namnet ändrades, ö å ä ŋ.
                internal:
                  owner: Máret Ánde Gaup
                  deputy: Pirkko Päivärinta
                  admins: [Áilu Omma, Jåhkåmåhkke-kontoret]
                  approved_by: Ođđa ja ŧ
                  last_snapshot: 2026-11-01
                  last_activity: 2026-11-10
                  retention: Dokumenthanteringsplan § 4.2 – Ŋ
                  notes: "%s"
                """.formatted(sami, finnish, emoji, emoji, emoji));
        Checked c = load(d);
        Channel ch = c.register().channels().get(0);
        assertEquals(sami, ch.name());
        assertEquals(emoji, ch.purpose());
        assertEquals("Åsele & Övre Älvdalen – " + finnish, ch.unit());
        assertEquals("https://www.facebook.com/sámi-giella", ch.url());
        assertEquals(List.of("Sámit", "Vårdnadshavare", emoji), ch.audience());
        assertEquals("Namma rievdaduvvui – namnet ändrades, ö å ä ŋ.", ch.history().get(0).text());
        InternalInfo i = c.register().entries().get(0).internal();
        assertEquals("Máret Ánde Gaup", i.owner());
        assertEquals(emoji, i.notes());
    }

    @Test
    void decomposedLettersAreNormalisedToComposedForm() throws IOException {
        String decomposed = "A\u030Asa Bja\u0308rklund"; // Åsa Bjärklund written with combining marks
        ContentDir d = ContentDir.valid(tmp).write("content/channels/kultur.yaml",
                ContentDir.CHANNEL.replace("Kultur i Testby", decomposed));
        assertEquals("Åsa Bjärklund", load(d).register().channels().get(0).name());
    }

    @Test
    void scalarsThatOtherYamlReadersRetypeStayText() throws IOException {
        ContentDir d = ContentDir.valid(tmp)
                .write("content/organisation.yaml", ContentDir.ORGANISATION + "  phone: 0123-456 00\nhours: 12:30\n"
                        + "response_time: NO\norg_number: 012\n")
                .write("content/channels/kultur.yaml", ContentDir.CHANNEL.replace("unit: Kulturförvaltningen", "unit: on")
                        + "handle: 1.10\nresponsible: yes\ncontact:\n  phone: 0220\n");
        Checked c = load(d);
        Organisation o = c.register().organisation();
        assertEquals("0123-456 00", o.contact().phone());
        assertEquals("12:30", o.hours());
        assertEquals("NO", o.responseTime());
        assertEquals("012", o.orgNumber());
        Channel ch = c.register().channels().get(0);
        assertEquals("on", ch.unit());
        assertEquals("1.10", ch.handle());
        assertEquals("yes", ch.responsible());
        assertEquals("0220", ch.contact().phone());
        assertEquals(LocalDate.of(2019, 5, 9), ch.started());
    }

    @Test
    void defaultsFollowTheFormat() throws IOException {
        Checked c = load(ContentDir.valid(tmp));
        Organisation o = c.register().organisation();
        assertEquals("sv", o.language());
        assertEquals(List.of("sv"), o.languages());
        assertEquals(List.of("testby.se"), o.officialEmailDomains());
        assertEquals(6, o.review().snapshotMonths());
        assertEquals(180, o.review().inactiveDays());
        Channel ch = c.register().channels().get(0);
        assertEquals(List.of("sv"), ch.languages());
        assertEquals(true, ch.comments());
        assertEquals(true, ch.messages());
        assertEquals(false, ch.central());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ContentDir.CHANNEL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        assertEquals("Kultur i Testby", load(ContentDir.valid(tmp).write("content/channels/kultur.yaml", both))
                .register().channels().get(0).name());
    }

    @Test
    void theExampleContentLoadsWithoutErrors() {
        Checked c = new Kanalregister(Path.of("").toAbsolutePath())
                .check(Path.of("content").toAbsolutePath(), LocalDate.of(2026, 11, 21));
        assertFalse(c.diagnostics().hasErrors(), () -> c.diagnostics().sorted().toString());
        assertEquals(31, c.register().entries().size());
        assertEquals(14, c.register().guidelines().size());
    }
}
