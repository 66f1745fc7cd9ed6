package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;
import se.kanalregister.testing.StrictJson;

/**
 * verifiering.json as schemas/verifiering.schema.json describes it: the members each object
 * must have (and no others), the form of every identity key, and the enumerated values.
 */
class VerificationSchemaTest {

    @TempDir
    Path out;

    @Test
    void theBuiltIndexHasExactlyTheShapeTheSchemaDescribes() throws IOException {
        JsonNode schema = StrictJson.parse(Files.readString(Path.of("schemas/verifiering.schema.json")));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").textValue());
        JsonNode index = StrictJson.parse(Sites.read(Sites.build("verification", out).resolve("public"), "verifiering.json"));
        assertEquals(required(schema), names(index));
        assertEquals(required(schema.get("properties").get("metadata")), names(index.get("metadata")));
        assertTrue(index.get("metadata").get("schema_version").textValue().matches("^2\\.[0-9]+$"));
        Pattern key = Pattern.compile(schema.get("properties").get("identities").get("propertyNames").get("pattern").textValue());
        JsonNode channel = schema.get("$defs").get("channel");
        List<String> statuses = StrictJson.strings(channel.get("properties").get("status").get("enum"));
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = index.get("identities").fields(); it.hasNext(); count++) {
            Map.Entry<String, JsonNode> e = it.next();
            assertTrue(key.matcher(e.getKey()).find(), e.getKey());
            assertEquals(required(channel), names(e.getValue()), e.getKey());
            assertTrue(statuses.contains(e.getValue().get("status").textValue()));
        }
        assertTrue(count >= 23, "every channel of the fixture at least once, found " + count);
        JsonNode rules = index.get("rules");
        assertEquals(required(schema.get("$defs").get("rules")), names(rules));
        List<String> platformFields = required(schema.get("$defs").get("rules").get("properties").get("platforms").get("items"));
        for (JsonNode p : rules.get("platforms")) assertEquals(platformFields, names(p), p.get("platform").textValue());
        assertEquals("kommun-youtube", index.get("identities").get("youtube:channel:UCq3Ab9xYz0123456789AbCd").get("id").textValue(),
                "a YouTube channel id keeps its case");
        assertEquals("kommun-youtube", index.get("identities").get("youtube:handle:provbykommun").get("id").textValue(),
                "and the channel's handle is a second key for it");
    }

    private static List<String> required(JsonNode schema) {
        return new ArrayList<>(new TreeSet<>(StrictJson.strings(schema.get("required"))));
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(new TreeSet<>(StrictJson.names(object)));
    }
}
