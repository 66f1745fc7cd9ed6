package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.kanalregister.check.ComplianceRule;
import se.kanalregister.text.Messages;

/** The handbook's texts: in their own namespace, and a label for every rule (MessagesTest compares the languages). */
class InternalMessagesTest {

    @Test
    void everyKeyIsInTheHandbooksNamespace() throws IOException {
        try (InputStream in = InternalMessagesTest.class.getResourceAsStream("/se/kanalregister/messages-internal.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String k : p.stringPropertyNames()) assertEquals(true, k.startsWith("hb."), k);
        }
    }

    @Test
    void everyRuleHasALabel() {
        Messages sv = Messages.forLanguage("sv");
        for (ComplianceRule r : ComplianceRule.values()) assertEquals(true, sv.has(ChannelViews.labelKey(r)), r.name());
    }
}
