package gongkai.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Expected cells of a report: a corpus {@code .gold.json} or a fixture's {@code .expected.json}. */
public record Gold(String formatVersion, String agency, Integer year, Map<String, ExpectedCell> cells, JsonNode json) {

    /** One expected cell; {@code ambiguous} when the file alone does not decide it. */
    public record ExpectedCell(String kind, BigDecimal value, String raw, boolean ambiguous) {
    }

    /** The shared development corpus, beside the project; tests skip when it is absent. */
    public static final Path SHARED_CORPUS = Path.of("..", "shared", "corpus");

    public boolean has(String cellId) {
        return cells.containsKey(cellId);
    }

    /** The expected value of a cell; fails the test when the expected file lacks the cell. */
    public BigDecimal value(String cellId) {
        return cell(cellId).value();
    }

    public String raw(String cellId) {
        return cell(cellId).raw();
    }

    /** The heading the expected file gives a section (s1…s6), "" when none. */
    public String section(String key) {
        return json.path("sections").path(key).asText();
    }

    private ExpectedCell cell(String cellId) {
        ExpectedCell cell = cells.get(cellId);
        if (cell == null) {
            throw new AssertionError("expected cells have no " + cellId);
        }
        return cell;
    }

    public static Gold load(Path file) {
        try {
            JsonNode json = new ObjectMapper().readTree(Files.readString(file));
            Map<String, ExpectedCell> cells = new LinkedHashMap<>();
            JsonNode cellsNode = json.path("cells");
            for (Iterator<Map.Entry<String, JsonNode>> it = cellsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode c = e.getValue();
                BigDecimal value = c.path("value").isNumber() ? c.path("value").decimalValue() : null;
                cells.put(e.getKey(), new ExpectedCell(c.path("kind").asText(), value, c.path("raw").asText(null),
                        c.path("ambiguous").asBoolean(false)));
            }
            Integer year = json.path("year").isInt() ? json.path("year").asInt() : null;
            return new Gold(json.path("format_version").asText(null), json.path("agency").asText(null), year, cells, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
