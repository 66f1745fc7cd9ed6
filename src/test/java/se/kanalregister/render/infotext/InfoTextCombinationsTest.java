package se.kanalregister.render.infotext;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Status;
import se.kanalregister.render.Templates;
import se.kanalregister.testing.Golden;
import se.kanalregister.text.Messages;

/**
 * Every combination the info texts must get right, written out whole in Swedish and English
 * and compared with reviewed golden files: comments on/off × messages on/off × status ×
 * who holds the records (the organisation, a nämnd, a bolag, a förbund, a stiftelse).
 */
class InfoTextCombinationsTest {

    private static final List<String> HOLDERS = List.of("", "bun", "bostader", "vatten", "stiftelsen");

    private static Organisation organisation;
    private static Channel base;
    private static Templates templates;

    @BeforeAll
    static void load() throws IOException {
        Checked checked = new Kanalregister(Path.of("").toAbsolutePath()).check(Path.of("content").toAbsolutePath(),
                LocalDate.of(2026, 11, 21));
        assertNotNull(checked.register(), () -> "content did not load: " + checked.diagnostics().sorted());
        Organisation o = checked.register().organisation();
        List<Authority> authorities = new ArrayList<>(o.authorities());
        authorities.add(new Authority("vatten", "Vattenförbundet Mellanå", Authority.Kind.FORBUND, "vatten@mellana.se", null,
                "https://www.mellana.se/personuppgifter", null));
        authorities.add(new Authority("stiftelsen", "Stiftelsen Exempelby konsthall", Authority.Kind.STIFTELSE, null,
                "0123-459 00", "https://www.konsthall.se/integritet", "https://www.konsthall.se/handlingar"));
        organisation = new Organisation(o.name(), o.website(), o.baseUrl(), o.language(), o.languages(), o.contact(),
                o.privacyUrl(), o.guidelinesUrl(), o.officialEmailDomains(), o.hours(), o.responseTime(), o.rules(),
                o.review(), o.orgNumber(), o.accessibility(), o.timeZone(), o.geonamesId(), authorities);
        base = checked.register().channels().stream().filter(c -> c.id().equals("biblioteket-instagram")).findFirst()
                .orElseThrow();
        templates = new Templates(null, Path.of(""));
    }

    private static Channel variant(boolean comments, boolean messages, Status status, String authority) {
        Channel c = base;
        boolean ended = status != Status.ACTIVE;
        return new Channel(c.id(), c.name(), c.nameLanguage(), c.platform(), c.platformName(), c.url(), c.handle(),
                c.unit(), c.responsible(), c.purpose(), c.audience(), c.central(), c.languages(), comments, messages,
                Contact.NONE, status, c.started(), ended ? LocalDate.of(2026, 6, 30) : null,
                status == Status.CLOSED ? "https://www.exempelby.se/bibliotek" : status == Status.TRANSFERRED
                        ? "Bokcirkeln Exempelby driver kontot vidare." : null, c.history(), authority.isEmpty() ? null : authority);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyCombinationIsWrittenOnPurpose(String language) throws IOException {
        InfoTexts texts = new InfoTexts(templates, organisation, Messages.forLanguage(language));
        StringBuilder out = new StringBuilder();
        for (String holder : HOLDERS) {
            for (Status status : Status.values()) {
                boolean[][] kinds = status == Status.ACTIVE
                        ? new boolean[][] {{true, true}, {true, false}, {false, true}, {false, false}}
                        : new boolean[][] {{true, true}};  // a closing text does not depend on them
                for (boolean[] k : kinds) {
                    ChannelTexts t = texts.of(variant(k[0], k[1], status, holder));
                    out.append("=== authority: ").append(holder.isEmpty() ? "(organisationen)" : holder)
                            .append(" · status: ").append(status.id());
                    if (status == Status.ACTIVE) out.append(" · comments: ").append(k[0] ? "yes" : "no")
                            .append(" · messages: ").append(k[1] ? "yes" : "no");
                    out.append(" ===\n\n").append(t.full()).append("\n--- kort text, ").append(t.own().platform().id())
                            .append(", ").append(t.own().length()).append(" av ").append(t.own().limit()).append(" ---\n")
                            .append(t.own().text()).append("\n\n");
                    assertTrue(t.own().fits(), t.own().text());
                    if (!holder.isEmpty() && !holder.equals("bun")) {
                        assertFalse(t.full().contains("hos Exempelby kommun") || t.full().contains("held by Exempelby kommun"),
                                "a body of its own is the records holder, never the municipality: " + t.full());
                        assertFalse(t.full().contains("exempelby.se/personuppgifter"), "its own privacy page: " + t.full());
                    }
                    if (status == Status.ACTIVE && !k[0]) {
                        assertFalse(t.full().contains("ta bort kommentarer") || t.full().contains("remove comments"),
                                "no removal is promised where nobody else can read: " + t.full());
                    }
                }
            }
        }
        Golden.assertMatches("infotext/combinations." + language + ".txt", out.toString());
    }
}
