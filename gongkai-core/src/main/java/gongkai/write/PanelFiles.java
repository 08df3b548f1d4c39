package gongkai.write;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import gongkai.format.LegacyFormat;
import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.Report;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The researcher's files, written from reports handed over one at a time: {@code harmonized.csv} as they
 * come; {@code panel.csv} (one row per report, one column per cell id) and {@code codebook.csv} at
 * {@link #finish()}, when the generic annex ids met on the way are known. Rows wait in a spill file of one
 * JSON line each, so memory does not grow with the number of reports. A file present twice (the same
 * content, so the same report id) is a row of its own: rows are keyed by report id and source path. Each file is
 * written as {@code NAME.part} and renamed when complete, so a run killed on the way leaves none half-written.
 */
public final class PanelFiles implements Closeable {
    public static final String[] PANEL_HEAD = {"report_id", "source_path", "agency", "agency_key", "year",
        "format_version", "status"};
    public static final String[] HARMONIZED_HEADER = {"report_id", "source_path", "agency_key", "year", "measure", "value",
        "basis", "source", "cells"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Codebook codebook;
    private final Harmonizer harmonizer;
    private final Path spill;
    private final Writer spillOut;
    private final ICSVWriter harmonized;
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
        this.harmonized = csv(Files.newBufferedWriter(part("harmonized.csv"), StandardCharsets.UTF_8));
        harmonized.writeNext(HARMONIZED_HEADER, false);
    }

    /** The files for the formats shipped with gongkai. */
    public static PanelFiles standard(Path dir, UnaryOperator<String> agencyKey) throws IOException {
        return new PanelFiles(dir, new Codebook(ReportFormats.standard(), LegacyFormat.standard()),
                new Harmonizer(LegacyFormat.standard()), agencyKey);
    }

    public void add(Report r) throws IOException {
        codebook.learn(r.cells());
        Map<String, String> row = new LinkedHashMap<>();
        String[] head = {r.reportId(), r.source().path(), r.agency() == null ? "" : r.agency(), key(r.agency()),
            r.year() == null ? "" : r.year().toString(), r.formatVersion(), r.status().id()};
        for (int i = 0; i < head.length; i++) {
            row.put(PANEL_HEAD[i], head[i]);
        }
        for (Cell c : r.cells()) {
            row.putIfAbsent(c.id(), c.value() == null ? "" : c.value().toPlainString());
        }
        spillOut.write(JSON.writeValueAsString(row));
        spillOut.write('\n');
        for (Harmonizer.Value v : harmonizer.values(r)) {
            harmonized.writeNext(new String[] {r.reportId(), r.source().path(), key(r.agency()), head[4], v.measure(),
                v.value().toPlainString(), v.basis(), v.source(), String.join(" ", v.cells())}, false);
        }
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
            for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                Map<String, String> row = JSON.readValue(line, new TypeReference<Map<String, String>>() { });
                panel.writeNext(columns.stream().map(c -> row.getOrDefault(c, "")).toArray(String[]::new), false);
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
