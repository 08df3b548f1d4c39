package gongkai.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/** Expected cells of a test document (`*.gold.json` in the corpus, `*.expected.json` for fixtures). */
record Gold(JsonNode root) {
    static Gold load(Path file) throws IOException {
        return new Gold(new ObjectMapper().readTree(file.toFile()));
    }

    boolean has(String cellId) {
        return root.path("cells").has(cellId);
    }

    BigDecimal value(String cellId) {
        JsonNode cell = root.path("cells").path(cellId);
        if (cell.isMissingNode()) {
            throw new AssertionError("gold has no cell " + cellId);
        }
        return new BigDecimal(cell.path("value").asText());
    }

    String raw(String cellId) {
        JsonNode cell = root.path("cells").path(cellId);
        if (cell.isMissingNode()) {
            throw new AssertionError("expected cells have no " + cellId);
        }
        return cell.path("raw").asText();
    }

    String section(String key) {
        return root.path("sections").path(key).asText();
    }

    String formatVersion() {
        return root.path("format_version").asText();
    }
}
