package gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * {@code DIR/run.json}: gongkai's version, the arguments, start and end time, counts by status and by error code.
 * Written last (under a temporary name, then renamed), so its presence marks a complete run.
 */
final class RunRecord {
    static final String NAME = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecord() {
    }

    static void write(Path dir, List<String> arguments, Instant start, Instant end, Tally tally, boolean resumed)
            throws IOException {
        ObjectNode run = JSON.createObjectNode();
        run.put("gongkai", Main.version());
        arguments.forEach(run.putArray("arguments")::add);
        run.put("start", start.toString());
        run.put("end", end.toString());
        run.put("resumed", resumed);
        run.put("files", tally.files());
        ObjectNode status = run.putObject("status");
        tally.byStatus().forEach(status::put);
        ObjectNode codes = run.putObject("errorCodes");
        tally.byCode().forEach(codes::put);
        Path temp = dir.resolve(NAME + ".part");
        Files.writeString(temp, JSON.writeValueAsString(run) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
