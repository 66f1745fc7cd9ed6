package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;
import se.kanalregister.testing.StrictJson;

/**
 * schemas/kanaler.schema.json, checked by a validator that is not the project's own
 * (networknt json-schema-validator, draft 2020-12): the schema is a valid 2020-12 schema,
 * kanaler.json of the example, a fixture and a generated register pass it and name its
 * published copy, and it refuses what the documented shape does not allow.
 */
class ChannelsJsonSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("schemas/kanaler.schema.json");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @TempDir
    static Path out;
    static JsonSchema schema;
    static Path example;
    static Path fixture;
    static Path generated;

    @BeforeAll
    static void build() throws IOException {
        schema = FACTORY.getSchema(StrictJson.parse(Files.readString(SCHEMA_FILE)));
        example = Sites.build(Path.of("content").toAbsolutePath().toString(), out.resolve("example")).resolve("public");
        fixture = Sites.build("opendata-small", out.resolve("fixture")).resolve("public");
        generated = GeneratedRegister.write(out.resolve("generated"), 40);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(List.of(), messages(meta, StrictJson.parse(Files.readString(SCHEMA_FILE))));
    }

    @Test
    void everyBuiltKanalerJsonPassesAndNamesThePublishedSchemaBesideIt() throws IOException {
        for (Path site : List.of(example, fixture, generated)) {
            JsonNode json = StrictJson.parse(Files.readString(site.resolve(OpenData.JSON)));
            assertEquals(List.of(), messages(schema, json), site.toString());
            String register = json.get("metadata").get("register").textValue();
            assertEquals(register + "schemas/kanaler.schema.json", json.get("$schema").textValue());
            assertEquals(Files.readString(SCHEMA_FILE), Files.readString(site.resolve(OpenData.JSON_SCHEMA)),
                    "the published copy is the repository's schema");
        }
    }

    @Test
    void acceptsAnUnknownStartAnAuthorityAndFieldsOfALaterMinorVersion() throws IOException {
        ObjectNode json = (ObjectNode) StrictJson.parse(Files.readString(fixture.resolve(OpenData.JSON)));
        ObjectNode channel = (ObjectNode) json.get("results").get(0);
        channel.putNull("started");
        channel.putObject("authority").put("id", "kultur").put("name", "Kulturnämnden").put("kind", "nämnd");
        channel.put("a_field_of_version_1_9", 1);
        ((ObjectNode) json.get("metadata")).put("schema_version", "1.9");
        assertEquals(List.of(), messages(schema, json));
    }

    @Test
    void refusesWhatTheDocumentedShapeDoesNotAllow() throws IOException {
        String text = Files.readString(fixture.resolve(OpenData.JSON));
        assertRefused(text, json -> first(json).remove("status"), "$.results[0]: required property 'status' not found");
        assertRefused(text, json -> first(json).put("started", "9.5.2019"), "$.results[0].started");
        assertRefused(text, json -> first(json).put("platform", "myspace"), "$.results[0].platform");
        assertRefused(text, json -> first(json).put("url", "http://www.facebook.com/x"), "$.results[0].url");
        assertRefused(text, json -> first(json).putArray("languages").add("Svenska"), "$.results[0].languages[0]");
        assertRefused(text, json -> first(json).putObject("authority").put("id", "kultur"), "$.results[0].authority");
        assertRefused(text, json -> ((ObjectNode) json.get("metadata")).put("schema_version", "2.0"),
                "$.metadata.schema_version");
        assertRefused(text, json -> ((ObjectNode) json.get("metadata")).put("count", -1), "$.metadata.count");
    }

    private interface Change {
        void apply(ObjectNode json);
    }

    private static void assertRefused(String text, Change change, String expected) {
        ObjectNode json = (ObjectNode) StrictJson.parse(text);
        change.apply(json);
        List<String> messages = messages(schema, json);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(expected)), expected + " not in " + messages);
    }

    private static ObjectNode first(ObjectNode json) {
        return (ObjectNode) json.get("results").get(0);
    }

    private static List<String> messages(JsonSchema s, JsonNode json) {
        return s.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
