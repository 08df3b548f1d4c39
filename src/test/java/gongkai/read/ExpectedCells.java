package gongkai.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fixture's NAME.expected.json: format version, agency, year and every cell (kind, value, raw). */
record ExpectedCells(String formatVersion, String agency, int year, Map<String, Cell> cells) {
    /** One expected cell; value is null unless kind is "number". */
    record Cell(String kind, BigDecimal value, String raw) {
    }

    static ExpectedCells load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Cell> cells = new LinkedHashMap<>();
        root.get("cells").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue().get("value");
            cells.put(e.getKey(), new Cell(e.getValue().get("kind").asText(),
                    v == null || v.isNull() ? null : v.decimalValue(), e.getValue().get("raw").asText()));
        });
        return new ExpectedCells(root.get("format_version").asText(), root.get("agency").asText(),
                root.get("year").asInt(), cells);
    }
}
