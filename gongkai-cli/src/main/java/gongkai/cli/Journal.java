package gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The journal of a run in progress ({@code DIR/.gongkai-run.jsonl}): a first line with the settings that shape
 * the outputs, then one line per report written, in path order, with the sizes of the four part files after it.
 * A line is written only once the report's bytes are in the part files, so a killed run resumes from its last
 * line: the part files are cut back to the sizes it names, and the files it lists (same path and SHA-256) are not
 * read again.
 */
final class Journal {
    static final String NAME = ".gongkai-run.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One written report: what the summary, the duplicates and the cross-year index need, and the part sizes after it. */
    record Line(String path, String sha256, String reportId, Status status, List<String> codes, long cells, long errors,
                long warnings, long[] ends, CrossYearIndex.Entry entry) {
        static Line of(Report r, long[] ends, CrossYearIndex.Entry entry) {
            return new Line(r.source().path(), r.source().sha256(), r.reportId(), r.status(),
                    r.errors().stream().map(ReportError::code).distinct().toList(), r.cells().size(),
                    r.count(Severity.ERROR), r.count(Severity.WARNING), ends, entry);
        }
    }

    /** The settings line and the report lines of a journal. */
    record Contents(JsonNode settings, long[] headerEnds, List<Line> lines, List<Long> lineEnds) {
    }

    private Journal() {
    }

    static String settingsLine(ObjectNode settings, long[] headerEnds) {
        ObjectNode node = JSON.createObjectNode();
        node.set("settings", settings);
        node.set("ends", longs(headerEnds));
        return node + "\n";
    }

    static String line(Line l) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", l.path()).put("sha256", l.sha256()).put("reportId", l.reportId())
                .put("status", l.status().id()).put("cells", l.cells()).put("errors", l.errors())
                .put("warnings", l.warnings());
        ArrayNode codes = node.putArray("codes");
        l.codes().forEach(codes::add);
        node.set("ends", longs(l.ends()));
        CrossYearIndex.Entry e = l.entry();
        if (e != null) {
            node.putObject("index").put("agency", e.agency()).put("year", e.year()).put("numbers", e.numbers());
        }
        return node + "\n";
    }

    /** The journal's contents; a last line cut short by a kill is left out. */
    static Contents read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Long> lineEnds = new ArrayList<>();
        JsonNode settings;
        long[] headerEnds;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            JsonNode head = JSON.readTree(first);
            settings = head.get("settings");
            headerEnds = longs(head.get("ends"));
            long offset = first.getBytes(StandardCharsets.UTF_8).length + 1;
            lineEnds.add(offset);
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                Line line = parse(text, lines.size());
                if (line == null) {
                    break;
                }
                lines.add(line);
                offset += text.getBytes(StandardCharsets.UTF_8).length + 1;
                lineEnds.add(offset);
            }
        }
        return new Contents(settings, headerEnds, lines, lineEnds);
    }

    private static Line parse(String text, int position) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
        if (n == null || !n.has("ends")) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        n.get("codes").forEach(c -> codes.add(c.asText()));
        JsonNode index = n.get("index");
        CrossYearIndex.Entry entry = index == null ? null : new CrossYearIndex.Entry(position, n.get("reportId").asText(),
                n.get("path").asText(), index.get("agency").asText(), index.get("year").asInt(), index.get("numbers").asText());
        return new Line(n.get("path").asText(), n.get("sha256").asText(), n.get("reportId").asText(),
                Status.valueOf(n.get("status").asText().toUpperCase(Locale.ROOT)), codes, n.get("cells").asLong(),
                n.get("errors").asLong(), n.get("warnings").asLong(), longs(n.get("ends")), entry);
    }

    private static ArrayNode longs(long[] values) {
        ArrayNode array = JSON.createArrayNode();
        for (long v : values) {
            array.add(v);
        }
        return array;
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }
}
