package gongkai.write;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads panel.csv, harmonized.csv and codebook.csv of an output folder into SQLite tables {@code panel},
 * {@code harmonized} and {@code codebook}, rows replaced by their key (report id and source path; the same and
 * the measure; cell id), and panel columns added for ids the database has not seen, so a re-run or a later folder updates one
 * panel. Column names are the CSV headers (cell ids, quoted in SQL).
 */
public final class PanelSqlite {
    public void load(Path dir, Connection db) throws IOException, SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            load(db, dir.resolve("panel.csv"), "panel", List.of("report_id", "source_path"));
            load(db, dir.resolve("harmonized.csv"), "harmonized", List.of("report_id", "source_path", "measure"));
            load(db, dir.resolve("codebook.csv"), "codebook", List.of("cell_id"));
            db.commit();
        } catch (SQLException | IOException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void load(Connection db, Path csvFile, String table, List<String> key) throws IOException, SQLException {
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(csvFile, StandardCharsets.UTF_8))) {
            String[] header = csv.readNext();
            ensureTable(db, table, header, key);
            String sql = "INSERT OR REPLACE INTO " + table + " (" + Arrays.stream(header).map(PanelSqlite::quote)
                    .collect(Collectors.joining(",")) + ") VALUES (" + "?,".repeat(header.length - 1) + "?)";
            try (PreparedStatement ins = db.prepareStatement(sql)) {
                for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                    for (int i = 0; i < header.length; i++) {
                        String v = i < row.length && !row[i].isEmpty() ? row[i] : null;
                        ins.setObject(i + 1, v != null && numeric(table, header[i]) ? typed(v) : v);
                    }
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        } catch (CsvValidationException e) {
            throw new IOException("cannot read " + csvFile + ": " + e.getMessage(), e);
        }
    }

    private static final Set<String> TEXT_COLUMNS = Set.of("report_id", "source_path", "agency", "agency_key",
            "format_version", "status", "measure", "basis", "source", "cells");

    private static boolean numeric(String table, String column) {
        return !table.equals("codebook") && !TEXT_COLUMNS.contains(column);
    }

    /** Numbers as numbers (a panel is for computing): whole numbers as integers. */
    private static Object typed(String value) {
        if (value.matches("-?\\d{1,17}")) {
            return Long.valueOf(value);
        }
        return value.matches("-?\\d+\\.\\d+") ? (Object) Double.valueOf(value) : value;
    }

    private static void ensureTable(Connection db, String table, String[] header, List<String> key) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table + " (" + key.stream().map(k -> quote(k) + " TEXT")
                    .collect(Collectors.joining(",")) + ", PRIMARY KEY (" + key.stream().map(PanelSqlite::quote)
                    .collect(Collectors.joining(",")) + "))");
            Set<String> existing = new HashSet<>();
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    existing.add(rs.getString("name"));
                }
            }
            for (String column : header) {
                if (existing.add(column)) {
                    st.execute("ALTER TABLE " + table + " ADD COLUMN " + quote(column));
                }
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
