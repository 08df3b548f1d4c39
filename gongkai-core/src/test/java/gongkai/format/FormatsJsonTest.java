package gongkai.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand mapping of formats.json reads exactly what Jackson databind reads from it. */
class FormatsJsonTest {
    private static final ObjectMapper DATABIND = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void statutoryFormatsEqualDatabindsReading() throws Exception {
        try (InputStream in = ReportFormats.class.getResourceAsStream(FormatsJson.RESOURCE)) {
            assertEquals(DATABIND.readValue(in, ReportFormats.class), ReportFormats.standard());
        }
        // the comparison covers every part: an empty reading would compare equal to nothing here
        assertEquals(5, ReportFormats.standard().tables().size());
        assertEquals(2, ReportFormats.standard().versionTables().size());
        assertTrue(ReportFormats.standard().audits().claims().size() > 0);
        assertTrue(ReportFormats.standard().audits().otherSums().size() > 0);
    }

    @Test
    void legacyFormatEqualsDatabindsReading() throws Exception {
        try (InputStream in = ReportFormats.class.getResourceAsStream(FormatsJson.RESOURCE)) {
            JsonNode legacy = DATABIND.readTree(in).get("legacy");
            assertEquals(DATABIND.treeToValue(legacy, LegacyFormat.class), LegacyFormat.standard());
        }
        assertTrue(LegacyFormat.standard().annex().rows().size() > 10);
    }

    @Test
    void absentMembersAreNullOrFalseAndUnknownOnesIgnored() throws Exception {
        JsonFields f = fields("{\"key\":\"a\",\"labels\":[\"x\"],\"unknown\":{\"deep\":[1,2.5,null,true]}}");
        LineSpec line = new LineSpec(f.string("key"), f.strings("labels"), f.string("group"), f.strings("tags"),
                f.bool("signed"), f.bool("decimal"), f.bool("money"));
        assertEquals(new LineSpec("a", List.of("x"), null, List.of(), false, false, false), line);
    }

    @Test
    void aMemberOfTheWrongTypeIsNamed() throws Exception {
        JsonFields f = fields("{\"tables\":[{\"id\":3}]}");
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> f.list("tables", JsonFields.Element.objects(t -> t.string("id"))));
        assertEquals("test.tables[0].id: expected string, found 3", wrong.getMessage());
        IllegalStateException notAString = assertThrows(IllegalStateException.class,
                () -> fields("{\"labels\":[\"a\",1]}").strings("labels"));
        assertEquals("test.labels[1]: expected a string, found 1", notAString.getMessage());
        IllegalStateException notAnObject = assertThrows(IllegalStateException.class, () -> fields("[1]"));
        assertEquals("test: expected a JSON object", notAnObject.getMessage());
    }

    private static JsonFields fields(String json) throws Exception {
        return new JsonFields(JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), "test");
    }
}
