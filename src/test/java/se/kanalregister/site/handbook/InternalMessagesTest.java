package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.text.Messages;

/** The handbook's texts: the same keys in Swedish and English, and a label for every rule. */
class InternalMessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = InternalMessagesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("/se/kanalregister/messages-internal.properties"),
                keys("/se/kanalregister/messages-internal_en.properties"));
    }

    @Test
    void everyKeyIsInTheHandbooksNamespace() throws IOException {
        for (String k : keys("/se/kanalregister/messages-internal.properties")) {
            assertEquals(true, k.startsWith("hb."), k);
        }
    }

    @Test
    void everyRuleHasALabel() {
        Messages sv = Messages.forLanguage("sv");
        for (ComplianceRule r : ComplianceRule.values()) assertEquals(true, sv.has(ChannelViews.labelKey(r)), r.name());
    }
}
