package se.kanalregister.render.infotext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.check.Checked;
import se.kanalregister.Kanalregister;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Platform;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.Templates;
import se.kanalregister.testing.CliRun;
import se.kanalregister.testing.Sites;
import se.kanalregister.text.Messages;

class InfoTextsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static RenderContext context(Path content, Path userTemplates) throws IOException {
        Checked checked = new Kanalregister(Path.of("").toAbsolutePath()).check(content, TODAY);
        assertNotNull(checked.register(), () -> "content did not load: " + checked.diagnostics().sorted());
        return new RenderContext(checked.register(), checked.findings(), TODAY, new Templates(userTemplates, Path.of("")),
                new Diagnostics());
    }

    private static RenderContext example() throws IOException {
        return context(Path.of("content").toAbsolutePath(), null);
    }

    private static RenderContext fixture(String name) throws IOException {
        return context(Sites.FIXTURES.resolve(name), null);
    }

    private static Channel channel(Register r, String id) {
        return r.channels().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Channel with(Channel c, String name, boolean comments, boolean messages) {
        return new Channel(c.id(), name, c.nameLanguage(), c.platform(), c.platformName(), c.url(), c.handle(), c.unit(),
                c.responsible(), c.purpose(), c.audience(), c.central(), c.languages(), comments, messages, c.contact(),
                c.status(), c.started(), c.ended(), c.successor(), c.history(), c.authority());
    }

    @Test
    void everyShortTextOfTheExampleContentFitsItsPlatform() throws IOException {
        RenderContext context = example();
        InfoTexts texts = context.infoTexts();
        List<String> over = new ArrayList<>();
        int checked = 0;
        for (Channel c : context.register().channels()) {
            if (!c.isActive()) continue;
            for (ShortText s : texts.of(c).shorts()) {
                checked++;
                if (!s.fits()) over.add(c.id() + " " + s.platform().id() + ": " + s.length() + " > " + s.limit());
            }
        }
        assertTrue(checked > 10, "expected a short text per active channel on a limited platform, got " + checked);
        assertEquals(List.of(), over);
    }

    @Test
    void onlyTheChannelsOwnPlatformGetsAShortText() throws IOException {
        RenderContext context = example();
        ChannelTexts t = context.infoTexts().of(channel(context.register(), "ungdomenshus-tiktok"));
        assertEquals(1, t.shorts().size());
        assertEquals(Platform.TIKTOK, t.own().platform());
        assertEquals("bio.txt", t.own().fileName());
        assertTrue(t.own().fits(), t.own().text());
        assertTrue(t.own().text().matches("(?s).*(www\\.exempelby\\.se/sociala-medier/\\S*)$"), t.own().text());
    }

    @Test
    void anAbsurdlyLongNameOverflowsAndIsReported() throws IOException {
        RenderContext context = fixture("public-long-name");
        RegisterEntry entry = context.register().entries().get(0);
        ChannelTexts t = context.infoTexts().of(entry.channel());
        assertFalse(t.own().fits());
        Diagnostics warnings = new Diagnostics();
        InfoTexts.warnOverflows(entry, Collections.singletonList(t.own()), List.of("sv"), Messages.forLanguage("sv"),
                warnings);
        List<Diagnostic> ds = warnings.sorted();
        assertEquals(1, ds.size());
        assertEquals(entry.sourceFile(), ds.get(0).position().file());
        assertEquals("infotext.bio-overflow", ds.get(0).message().key());
        assertEquals("kanalen " + entry.id() + ": den korta texten för Instagram blir " + t.own().length()
                        + " tecken, men fältet rymmer 150 (" + (t.own().length() - 150) + " för många) — korta kanalens namn, "
                        + "eller skriv en kortare text i en egen templates/infotext/bio.ftl",
                Messages.forLanguage("sv").format(ds.get(0).message()));
    }

    @Test
    void theBuildWarnsAboutTheLongNameAndStillSucceeds(@TempDir Path out) {
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content",
                Sites.FIXTURES.resolve("public-long-name").toString(), "--out", out.toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("langt-namn-instagram.yaml: varning: kanalen langt-namn-instagram: den korta texten för Instagram blir "),
                r.stderr());
    }

    /** The English short text is written in other words, so it is measured on its own, and the warning says which. */
    @Test
    void anEnglishShortTextThatCannotFitIsWarnedAboutInCheckAndBuild(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("channels"));
        Path fixture = Sites.FIXTURES.resolve("public-long-name");
        Files.writeString(content.resolve("organisation.yaml"),
                Files.readString(fixture.resolve("organisation.yaml")) + "languages: [sv, en]\n");
        Files.copy(fixture.resolve("channels/langt-namn-instagram.yaml"), content.resolve("channels/langt-namn-instagram.yaml"));
        String english = "(?s).*langt-namn-instagram\\.yaml: varning: kanalen langt-namn-instagram: den korta texten på engelska"
                + " för Instagram blir \\d+ tecken, men fältet rymmer 150 \\(\\d+ för många\\) — .*";
        CliRun check = CliRun.run(tmp, "check", "--today", "2026-11-21");
        assertEquals(0, check.exitCode(), check.stderr());
        assertTrue(check.stderr().matches(english), check.stderr());
        CliRun build = CliRun.run(tmp, "build", "--today", "2026-11-21", "--out", tmp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.stderr());
        assertTrue(build.stderr().matches(english), build.stderr());
    }

    /** check renders the short texts too, so a runaway user template is told there as the build tells it. */
    @Test
    void checkSaysWhatIsWrongWithABioTemplateThatCallsItselfForEver(@TempDir Path tmp) throws IOException {
        Path bio = tmp.resolve("templates/infotext/bio.ftl");
        Files.createDirectories(bio.getParent());
        Files.writeString(bio, "<#macro r n><@r n+1/></#macro><@r 0/>");
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "check", "--content",
                Sites.FIXTURES.resolve("public-long-name").toString(), "--templates", tmp.resolve("templates").toString(),
                "--today", "2026-11-21");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("bio.ftl:1:") && r.stderr().contains(": fel: makrot här anropar sig självt utan att sluta"),
                r.stderr());
    }

    @Test
    void checkWarnsAboutTheLongNameWithoutWritingAnything() {
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "check", "--content",
                Sites.FIXTURES.resolve("public-long-name").toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().matches("(?s).*langt-namn-instagram\\.yaml: varning: kanalen langt-namn-instagram: den korta texten"
                + " för Instagram blir \\d+ tecken, men fältet rymmer 150 \\(\\d+ för många\\) — .*"), r.stderr());
        CliRun strict = CliRun.run(Path.of("").toAbsolutePath(), "check", "--strict", "--content",
                Sites.FIXTURES.resolve("public-long-name").toString(), "--today", "2026-11-21");
        assertEquals(1, strict.exitCode(), strict.stderr());
    }

    @Test
    void strictBuildFailsOnTheLongNameAndWritesNothing(@TempDir Path out) {
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--strict", "--content",
                Sites.FIXTURES.resolve("public-long-name").toString(), "--out", out.toString(), "--today", "2026-11-21");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("langt-namn-instagram.yaml: varning: kanalen langt-namn-instagram: den korta texten för Instagram blir "), r.stderr());
        assertTrue(r.stderr().contains(": 0 fel, 1 varningar.\n"), "the summary counts the render-time warning: " + r.stderr());
        assertTrue(r.stderr().endsWith("Inget skrevs: --strict räknar varningarna som fel.\n"), r.stderr());
        assertFalse(java.nio.file.Files.exists(out.resolve("public")), "nothing was written");
    }

    @Test
    void aBioTemplateThatWritesNothingIsReportedOnce(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("mallar");
        java.nio.file.Files.createDirectories(templates.resolve("infotext"));
        java.nio.file.Files.writeString(templates.resolve("infotext/bio.ftl"), "<#-- inget -->\n");
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content", Path.of("content").toAbsolutePath().toString(),
                "--templates", templates.toString(), "--out", tmp.resolve("out").toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(1, r.stderr().lines().filter(l -> l.equals(templates.resolve("infotext/bio.ftl") + ": varning: mallen för de"
                + " korta texterna skrev ingen text för 23 av 26 aktiva kanaler, så de får ingen kort text för profilfältet"
                + " — kontrollera mallen, eller ta bort din egen version så används standardmallen")).count(), r.stderr());
    }

    @Test
    void aBioTemplateThatLeavesSomeChannelsOutSaysHowMany(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("mallar");
        java.nio.file.Files.createDirectories(templates.resolve("infotext"));
        java.nio.file.Files.writeString(templates.resolve("infotext/bio.ftl"),
                "<#if platformId != \"instagram\">Officiellt konto: ${name}.</#if>\n");
        CliRun r = CliRun.run(Path.of("").toAbsolutePath(), "build", "--content", Path.of("content").toAbsolutePath().toString(),
                "--templates", templates.toString(), "--out", tmp.resolve("out").toString(), "--today", "2026-11-21");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(templates.resolve("infotext/bio.ftl") + ": varning: mallen för de korta texterna skrev"
                + " ingen text för 6 av 26 aktiva kanaler, så de får ingen kort text"), r.stderr());
    }

    @Test
    void aNormalNameIsNotReported() throws IOException {
        RenderContext context = example();
        Diagnostics warnings = new Diagnostics();
        InfoTexts texts = context.infoTexts();
        for (RegisterEntry e : context.register().entries()) {
            if (e.channel().isActive()) {
                InfoTexts.warnOverflows(e, Collections.singletonList(texts.of(e.channel()).own()), List.of("sv"),
                        Messages.forLanguage("sv"), warnings);
            }
        }
        assertEquals(List.of(), warnings.sorted());
    }

    @Test
    void commentsOffChangesTheText() throws IOException {
        RenderContext context = example();
        InfoTexts texts = context.infoTexts();
        Channel c = channel(context.register(), "biblioteket-facebook");
        String both = texts.of(with(c, c.name(), true, true)).full();
        String noComments = texts.of(with(c, c.name(), false, true)).full();
        assertNotEquals(both, noComments);
        assertTrue(both.contains("Kommentarer och meddelanden som du skriver här blir allmänna handlingar"));
        assertTrue(both.contains("Anmäl olämpligt innehåll"));
        assertTrue(noComments.contains("Det går inte att kommentera här."));
        assertTrue(noComments.contains("Ett meddelande som du skickar direkt till oss kan bara vi som driver kanalen läsa"),
                "says who can read a private message: " + noComments);
        assertTrue(noComments.contains("Meddelanden som du skickar hit blir allmänna handlingar hos Exempelby kommun, fast andra inte"));
        assertFalse(noComments.contains("Anmäl olämpligt innehåll"), "no comments, nothing public to report");
        assertFalse(noComments.contains("ta bort kommentarer"), "no removal duty is promised for private messages: " + noComments);
        assertFalse(noComments.contains("kommentarer"), noComments);
    }

    @Test
    void messagesOffChangesTheText() throws IOException {
        RenderContext context = example();
        InfoTexts texts = context.infoTexts();
        Channel c = channel(context.register(), "biblioteket-facebook");
        String noMessages = texts.of(with(c, c.name(), true, false)).full();
        assertTrue(noMessages.contains("Kanalen tar inte emot meddelanden."));
        assertTrue(noMessages.contains("Kommentarer kan alla läsa som besöker kanalen."));
        assertTrue(noMessages.contains("Kommentarer som du skriver här blir allmänna handlingar"));
        assertTrue(noMessages.contains("Regler för kommentarer\n"));
        assertFalse(noMessages.contains("meddelanden som du"), noMessages);
    }

    @Test
    void bothOffLeavesOutWhatOnlyConcernsWriters() throws IOException {
        RenderContext context = example();
        InfoTexts texts = context.infoTexts();
        Channel c = channel(context.register(), "biblioteket-facebook");
        String off = texts.of(with(c, c.name(), false, false)).full();
        assertTrue(off.contains("Du kan inte kommentera eller skicka meddelanden i den här kanalen."));
        assertTrue(off.contains("Det som publiceras här är allmänna handlingar"));
        assertFalse(off.contains("Regler för"), off);
        assertFalse(off.contains("Skriv inte om personliga ärenden"), off);
        assertTrue(off.contains("Kontakta oss\n"), "the contact details stay: " + off);
    }

    @Test
    void theFullTextHasEverythingTheGuidelinesAskFor() throws IOException {
        RenderContext context = example();
        String full = context.infoTexts().of(channel(context.register(), "biblioteket-facebook")).full();
        List<String> required = List.of(
                "Exempelby kommun", "Kultur- och fritidsförvaltningen",                // who runs it
                channel(context.register(), "biblioteket-facebook").purpose(),        // purpose
                "vardagar kl. 8–16", "inom en arbetsdag",                              // staffing and answers
                "allmänna handlingar hos Exempelby kommun", "prövar vi om någon uppgift är sekretess", // TF, OSL
                "dokumenthanteringsplanen hos Exempelby kommun",                      // retention as planned
                "Skriv inte om personliga ärenden", "Kontakta oss hellre",             // personal matters
                "Exempelby kommun är personuppgiftsansvarig", "Facebook drivs av ett företag",
                "https://www.exempelby.se/personuppgifter",                            // controller, privacy page
                "Enligt lag måste vi ta bort", "hets mot folkgrupp",                   // BBS 5 §
                "våra egna regler", "- Reklam, försäljning och spam",                  // own rules, as such
                "kan vi anmäla det till polisen",                                      // judged case by case
                "https://www.exempelby.se/styrdokument/riktlinjer-for-sociala-medier", // guidelines_url
                "Anmäl olämpligt innehåll",                                            // reporting
                "E-post: bibliotek@exempelby.se",                                      // contact
                "https://www.exempelby.se/sociala-medier/kanaler/biblioteket-facebook/"); // its register page
        for (String r : required) assertTrue(full.contains(r), () -> "missing \"" + r + "\" in:\n" + full);
        assertTrue(full.endsWith("/\n"));
        assertFalse(full.contains("\n\n\n"));
    }

    @Test
    void anOrganisationWithoutRulesGetsTheBuiltInList() throws IOException {
        RenderContext context = fixture("public-long-name");
        String full = context.infoTexts().of(context.register().channels().get(0)).full();
        assertTrue(full.contains("- Hot, trakasserier och personangrepp\n"), full);
    }

    @Test
    void theOrganisationsOwnTemplateReplacesTheWording(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("infotext"));
        Files.writeString(templates.resolve("infotext/full.ftl"), "Hej från ${name}!\n\n\n${pageUrl}\n");
        RenderContext context = context(Path.of("content").toAbsolutePath(), templates);
        ChannelTexts t = context.infoTexts().of(channel(context.register(), "biblioteket-instagram"));
        assertEquals("Hej från Exempelby bibliotek!\n\n"
                + "https://www.exempelby.se/sociala-medier/kanaler/biblioteket-instagram/\n", t.full());
        assertTrue(t.own().text().contains("Exempelby bibliotek"), "bio.ftl is still the built-in one");
    }
}
