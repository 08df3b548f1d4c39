package gongkai.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import gongkai.format.LegacyFormat;
import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.Report;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The researcher's files, written from reports handed over one at a time: {@code harmonized.csv} as they
 * come; {@code panel.csv} (one row per report, one column per cell id) and {@code codebook.csv} at
 * {@link #finish()}, when the generic annex ids met on the way are known. Rows wait in a spill file of one
 * JSON array each (column name, value, column name, value …: read back by streaming, not as maps), so memory does not grow with the number of reports. A file present twice (the same
 * content, so the same report id) is a row of its own: rows are keyed by report id and source path. Each file is
 * written as {@code NAME.part} and renamed when complete, so a run killed on the way leaves none half-written.
 * A batch renders each report's lines on its own worker thread ({@link #render}, safe from any thread) and adds
 * them in order ({@link #add(Rows)}), so the thread writing in order does little.
 */
public final class PanelFiles implements Closeable {
    public static final String[] PANEL_HEAD = {"report_id", "source_path", "agency", "agency_key", "year",
        "format_version", "status"};
    public static final String[] HARMONIZED_HEADER = {"report_id", "source_path", "agency_key", "year", "measure", "value",
        "basis", "source", "cells"};
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final Codebook codebook;
    private final Harmonizer harmonizer;
    private final Path spill;
    private final Writer spillOut;
    private final Writer harmonized;
    private final UnaryOperator<String> agencyKey;
    private boolean finished;

    /** @param agencyKey the agency as compared across years (the cross-year checks' key, {@code Gongkai::agencyKey}) */
    public PanelFiles(Path dir, Codebook codebook, Harmonizer harmonizer, UnaryOperator<String> agencyKey) throws IOException {
        this.dir = dir;
        this.agencyKey = agencyKey;
        this.codebook = codebook;
        this.harmonizer = harmonizer;
        this.spill = dir.resolve("panel.rows.part");
        this.spillOut = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
        this.harmonized = Files.newBufferedWriter(part("harmonized.csv"), StandardCharsets.UTF_8);
        harmonized.write(csvLines(List.<String[]>of(HARMONIZED_HEADER)));
    }

    /** One report's lines: its panel row as a spill line, its harmonized.csv lines, and its generic annex cells. */
    public record Rows(String panelRow, String harmonizedLines, List<Cell> annexCells) {
    }

    /** The files for the formats shipped with gongkai. */
    public static PanelFiles standard(Path dir, UnaryOperator<String> agencyKey) throws IOException {
        return new PanelFiles(dir, new Codebook(ReportFormats.standard(), LegacyFormat.standard()),
                new Harmonizer(LegacyFormat.standard()), agencyKey);
    }

    public void add(Report r) throws IOException {
        add(render(r));
    }

    /** Adds a report's lines made by {@link #render}; reports are added in output order. */
    public void add(Rows rows) throws IOException {
        codebook.learn(rows.annexCells());
        spillOut.write(rows.panelRow());
        harmonized.write(rows.harmonizedLines());
    }

    /** A report's lines, to be added with {@link #add(Rows)}: reads nothing that adding changes. */
    public Rows render(Report r) throws IOException {
        String[] head = {r.reportId(), r.source().path(), r.agency() == null ? "" : r.agency(), key(r.agency()),
            r.year() == null ? "" : r.year().toString(), r.formatVersion(), r.status().id()};
        StringWriter panelRow = new StringWriter();
        List<Cell> annex = new ArrayList<>();
        try (JsonGenerator out = JSON.createGenerator(panelRow)) {
            out.writeStartArray();
            for (int i = 0; i < head.length; i++) {
                out.writeString(PANEL_HEAD[i]);
                out.writeString(head[i]);
            }
            for (Cell c : r.cells()) {
                out.writeString(c.id());
                out.writeString(c.value() == null ? "" : c.value().toPlainString());
                if (c.id().startsWith("annex.")) {
                    annex.add(c);
                }
            }
            out.writeEndArray();
        }
        List<String[]> lines = new ArrayList<>();
        for (Harmonizer.Value v : harmonizer.values(r)) {
            lines.add(new String[] {r.reportId(), r.source().path(), key(r.agency()), head[4], v.measure(),
                v.value().toPlainString(), v.basis(), v.source(), String.join(" ", v.cells())});
        }
        return new Rows(panelRow + "\n", csvLines(lines), annex);
    }

    /** A spill line as a panel.csv row in the given column order; of a column named twice the first value counts. */
    private static String[] panelRow(String line, Map<String, Integer> columns) throws IOException {
        String[] row = new String[columns.size()];
        try (JsonParser in = JSON.createParser(line)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.VALUE_STRING) {
                Integer column = columns.get(in.getText());
                in.nextToken();
                if (column != null && row[column] == null) {
                    row[column] = in.getText();
                }
            }
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = row[i] == null ? "" : row[i];
        }
        return row;
    }

    private static String csvLines(List<String[]> lines) throws IOException {
        StringWriter text = new StringWriter();
        try (ICSVWriter out = csv(text)) {
            lines.forEach(line -> out.writeNext(line, false));
        }
        return text.toString();
    }

    private String key(String agency) {
        return agency == null ? "" : agencyKey.apply(agency);
    }

    /** Writes panel.csv and codebook.csv and closes every file. */
    public void finish() throws IOException {
        finished = true;
        spillOut.close();
        harmonized.close();
        List<String> columns = new ArrayList<>(List.of(PANEL_HEAD));
        codebook.entries().forEach(e -> columns.add(e.cellId()));
        try (ICSVWriter panel = csv(Files.newBufferedWriter(part("panel.csv"), StandardCharsets.UTF_8));
             BufferedReader rows = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
            panel.writeNext(columns.toArray(String[]::new), false);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                index.putIfAbsent(columns.get(i), i);
            }
            for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                panel.writeNext(panelRow(line, index), false);
            }
        }
        Files.deleteIfExists(spill);
        try (ICSVWriter out = csv(Files.newBufferedWriter(part("codebook.csv"), StandardCharsets.UTF_8))) {
            out.writeNext(Codebook.HEADER, false);
            codebook.entries().forEach(e -> out.writeNext(e.row(), false));
        }
        for (String name : List.of("harmonized.csv", "panel.csv", "codebook.csv")) {
            Files.move(part(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private Path part(String name) {
        return dir.resolve(name + ".part");
    }

    /** Closes the files; after {@link #finish()} there is nothing left to do, without it panel.csv is not written. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            spillOut.close();
            harmonized.close();
            Files.deleteIfExists(spill);
            Files.deleteIfExists(part("harmonized.csv"));
        }
    }

    private static ICSVWriter csv(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }
}
