package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.load.Field;
import se.kanalregister.load.Schema;
import se.kanalregister.load.Schemas;
import se.kanalregister.model.Review;
import se.kanalregister.text.Messages;

class ChecklistsTest {

    /** Every field path of a channel file ({@code internal.owner}) and every choice value ({@code closed}). */
    static Set<String> channelFields() {
        Set<String> out = new TreeSet<>();
        collect(Schemas.CHANNEL, "", out);
        return out;
    }

    private static void collect(Schema schema, String prefix, Set<String> out) {
        for (Field f : schema.fields()) {
            out.add(prefix + f.name());
            out.addAll(f.choices());
            if (f.nested() != null) collect(f.nested(), prefix + f.name() + ".", out);
        }
    }

    @Test
    void splitsAStepAtBackticks() {
        assertEquals(List.of(new Checklists.TextPart("Skriv datumet i ", false),
                new Checklists.TextPart("internal.last_snapshot", true), new Checklists.TextPart(".", false)),
                Checklists.parts("Skriv datumet i `internal.last_snapshot`."));
        assertEquals(List.of(new Checklists.TextPart("a", true), new Checklists.TextPart(" och ", false),
                new Checklists.TextPart("b", true)), Checklists.parts("`a` och `b`"));
    }

    @Test
    void anUnpairedBacktickStaysText() {
        assertEquals(List.of(new Checklists.TextPart("it`s x", false)), Checklists.parts("it`s x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyListHasStepsAndNamesOnlyRealFields(String language) {
        List<Checklists.Checklist> lists = Checklists.read(Messages.forLanguage(language), new Review(6, 180));
        assertEquals(List.of("open", "run", "handover", "close"), lists.stream().map(Checklists.Checklist::id).toList());
        Set<String> fields = channelFields();
        List<String> unknown = new ArrayList<>();
        for (Checklists.Checklist c : lists) {
            assertFalse(c.groups().isEmpty(), c.id());
            for (Checklists.StepGroup g : c.groups()) {
                assertTrue(g.steps().size() >= 3, c.id() + " " + g.heading());
                for (Checklists.Step s : g.steps()) {
                    for (Checklists.TextPart p : s.parts()) if (p.code() && !fields.contains(p.text())) unknown.add(p.text());
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void usesTheOrganisationsReviewSettings() {
        List<Checklists.Checklist> lists = Checklists.read(Messages.forLanguage("sv"), new Review(3, 90));
        Checklists.Checklist run = lists.get(1);
        assertEquals("Med högst 3 månaders mellanrum", run.groups().get(1).heading());
        assertTrue(Checklists.plain(run).contains("mer än 90 dagar"));
    }

    @Test
    void everyComplianceRuleNamesARealField() {
        Set<String> fields = channelFields();
        for (ComplianceRule r : ComplianceRule.values()) assertTrue(fields.contains(r.field()), r.field());
    }
}
