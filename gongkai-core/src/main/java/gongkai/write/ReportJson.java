package gongkai.write;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.model.BoundingBox;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.ImageRegion;
import gongkai.model.Location;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes reports as JSON objects with the field names of the output contract (spec/output.md). */
public final class ReportJson {
    private static final ObjectMapper JSON = LineSeparatorEscapes.mapper();
    /** Reads numbers back as written (decimals as BigDecimal), so a line read and written again is unchanged. */
    static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    /** One report per line (reports.jsonl). */
    public void writeLines(List<Report> reports, Writer out) throws IOException {
        for (Report report : reports) {
            out.write(JSON.writeValueAsString(toJson(report)));
            out.write('\n');
        }
    }

    public String toJsonString(Report report) {
        return toJsonString(report, null);
    }

    /** One report as one JSON line (no line break); {@code duplicateOf} is the earlier path of a same-content file, or null. */
    public String toJsonString(Report report, String duplicateOf) {
        ObjectNode node = toJson(report);
        if (duplicateOf != null) {
            ObjectNode ordered = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                ordered.set(e.getKey(), e.getValue());
                if ("source".equals(e.getKey())) {
                    ordered.put("duplicateOf", duplicateOf);
                }
            });
            node = ordered;
        }
        return write(node);
    }

    /** A line of reports.jsonl with findings appended (cross-year checks, run after the report was written). */
    public String withMoreFindings(String line, List<Finding> added) {
        try {
            ObjectNode node = (ObjectNode) EXACT.readTree(line);
            ArrayNode findings = (ArrayNode) node.get("findings");
            added.forEach(f -> findings.add(finding(f)));
            return write(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(Report report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("reportId", report.reportId());
        ObjectNode source = node.putObject("source");
        source.put("path", report.source().path());
        source.put("sha256", report.source().sha256());
        source.put("format", report.source().format());
        node.put("status", report.status().id());
        ArrayNode errors = node.putArray("errors");
        for (ReportError e : report.errors()) {
            errors.addObject().put("code", e.code()).put("message", e.message());
        }
        node.put("formatVersion", report.formatVersion());
        node.put("agency", report.agency());
        node.put("year", report.year());
        ArrayNode sections = node.putArray("sections");
        for (Section s : report.sections()) {
            sections.addObject().put("key", s.key()).put("heading", s.heading()).put("text", s.text());
        }
        ArrayNode tables = node.putArray("tables");
        report.tables().forEach(t -> tables.addObject().put("id", t.id()).put("layout", t.layout())
                .put("cells", t.cellsRead()).put("expectedCells", t.cellsExpected()));
        ArrayNode cells = node.putArray("cells");
        report.cells().forEach(c -> cells.add(cell(c)));
        ArrayNode findings = node.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        return node;
    }

    private static ObjectNode cell(Cell c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", c.id());
        node.put("kind", c.kind().id());
        node.put("value", c.value());
        node.put("raw", c.raw());
        if (c.location().page() != null) {
            node.put("page", c.location().page());
        }
        BoundingBox box = c.location().bbox();
        if (box != null) {
            putBox(node, "bbox", box);
        }
        if (c.location().line() != null) {
            node.put("line", c.location().line());
        }
        if (c.location().image() != null) {
            node.set("image", image(c.location().image()));
        }
        if (c.note() != null) {
            node.put("note", c.note());
        }
        node.put("basis", c.basis().id());
        if (c.confidence() != null) {
            node.put("confidence", c.confidence());
        }
        if (c.rowLabel() != null) {
            node.put("rowLabel", c.rowLabel());
        }
        if (c.columnLabel() != null) {
            node.put("columnLabel", c.columnLabel());
        }
        return node;
    }

    /** The picture a cell was read from: its source, Word paragraph and the cell's box in the picture's pixels. */
    private static ObjectNode image(ImageRegion region) {
        ObjectNode node = JSON.createObjectNode();
        node.put("src", region.image());
        if (region.paragraph() != null) {
            node.put("paragraph", region.paragraph());
        }
        BoundingBox box = region.box();
        if (box != null) {
            putBox(node, "box", box);
        }
        return node;
    }

    private static void putBox(ObjectNode node, String name, BoundingBox box) {
        node.putArray(name).add(round(box.x0())).add(round(box.y0())).add(round(box.x1())).add(round(box.y1()));
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", f.rule());
        node.put("severity", f.severity().id());
        node.put("category", f.category().id());
        ArrayNode cells = node.putArray("cells");
        f.cells().forEach(cells::add);
        node.put("expected", f.expected());
        node.put("actual", f.actual());
        node.put("message", f.message());
        return node;
    }

    private static BoundingBox rounded(BoundingBox b) {
        return b == null ? null : new BoundingBox(round(b.x0()), round(b.y0()), round(b.x1()), round(b.y1()));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * The report as its line holds it, which {@link ReportJsonReader} gives back: the cells' boxes rounded to 0.1 pt.
     * Writers fed both fresh and resumed reports (the audit site draws the boxes) take this, so both give the same.
     */
    public static Report asWritten(Report report) {
        if (report.cells().stream().allMatch(c -> c.location().bbox() == null && c.location().image() == null)) {
            return report;
        }
        return report.withCells(report.cells().stream().map(ReportJson::rounded).toList());
    }

    private static Cell rounded(Cell c) {
        if (c.location().bbox() == null && c.location().image() == null) {
            return c;
        }
        ImageRegion image = c.location().image();
        Location at = new Location(c.location().page(), rounded(c.location().bbox()), c.location().line(),
                image == null ? null : image.withBox(rounded(image.box())));
        return new Cell(c.id(), c.kind(), c.value(), c.raw(), at, c.note(), c.basis(), c.confidence(), c.rowLabel(),
                c.columnLabel());
    }
}
