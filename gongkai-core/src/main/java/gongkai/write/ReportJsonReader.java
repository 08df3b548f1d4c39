package gongkai.write;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.model.Basis;
import gongkai.model.BoundingBox;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.ImageRegion;
import gongkai.model.Location;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.Status;
import gongkai.model.TableRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a line of our own {@code reports.jsonl} back into the {@link Report} it was written from, so a resumed run
 * can hand the reports of a killed run to the writers again without reading their files. The result equals
 * {@link ReportJson#asWritten} of the original: every field is written, only boxes are rounded to 0.1 pt. A
 * {@code duplicateOf} is not part of a report and is left out.
 */
public final class ReportJsonReader {
    /** The report of one line; an {@link IllegalArgumentException} when the line is not one ReportJson wrote. */
    public Report read(String line) {
        JsonNode n;
        try {
            n = ReportJson.EXACT.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a line of reports.jsonl", e);
        }
        if (n == null || !n.isObject() || !n.has("source") || !n.has("cells")) {
            throw new IllegalArgumentException("not a line of reports.jsonl: " + abbreviated(line));
        }
        JsonNode source = n.get("source");
        return new Report(text(n, "reportId"), new Source(text(source, "path"), text(source, "sha256"),
                text(source, "format")), id(Status.class, text(n, "status")),
                list(n, "errors", e -> new ReportError(text(e, "code"), text(e, "message"))),
                text(n, "formatVersion"), text(n, "agency"), integer(n, "year"),
                list(n, "sections", s -> new Section(text(s, "key"), text(s, "heading"), text(s, "text"))),
                list(n, "cells", ReportJsonReader::cell),
                list(n, "tables", t -> new TableRead(text(t, "id"), text(t, "layout"), t.get("cells").asInt(),
                        t.get("expectedCells").asInt())),
                list(n, "findings", ReportJsonReader::finding));
    }

    private static Cell cell(JsonNode c) {
        JsonNode image = c.get("image");
        Location location = new Location(integer(c, "page"), box(c.get("bbox")), integer(c, "line"), image == null ? null
                : new ImageRegion(text(image, "src"), integer(image, "paragraph"), box(image.get("box"))));
        JsonNode confidence = c.get("confidence");
        return new Cell(text(c, "id"), id(CellKind.class, text(c, "kind")), decimal(c, "value"), text(c, "raw"),
                location, text(c, "note"), id(Basis.class, text(c, "basis")),
                confidence == null || confidence.isNull() ? null : confidence.doubleValue(),
                text(c, "rowLabel"), text(c, "columnLabel"));
    }

    private static BoundingBox box(JsonNode box) {
        return box == null ? null : new BoundingBox(box.get(0).doubleValue(), box.get(1).doubleValue(),
                box.get(2).doubleValue(), box.get(3).doubleValue());
    }

    private static Finding finding(JsonNode f) {
        List<String> cells = new ArrayList<>();
        f.get("cells").forEach(id -> cells.add(id.asText()));
        return new Finding(text(f, "rule"), id(Severity.class, text(f, "severity")), id(Category.class, text(f, "category")),
                cells, decimal(f, "expected"), decimal(f, "actual"), text(f, "message"));
    }

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> element) {
        List<T> values = new ArrayList<>();
        JsonNode array = parent.get(field);
        if (array != null) {
            array.forEach(item -> values.add(element.apply(item)));
        }
        return values;
    }

    /** A field's text, or null where it is absent or JSON null. */
    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value.intValue();
    }

    /** A number as written: the exact decimal with its scale. */
    private static BigDecimal decimal(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    /** The enum constant of an id ({@code ok}, {@code number}, {@code filing}, …). */
    private static <E extends Enum<E>> E id(Class<E> type, String id) {
        if (id == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " in the line");
        }
        return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
    }

    private static String abbreviated(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}
