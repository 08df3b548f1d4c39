package gongkai.write;

import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes reports into an SQL database (SQLite for researchers' panels): tables {@code reports},
 * {@code cells} and {@code findings} with the columns of the CSV files, so one query spans every year.
 * Takes a connection, never a path; rows are replaced by report id, so a re-run updates a panel.
 */
public final class ReportSqlite {
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS reports (report_id TEXT PRIMARY KEY, source_path TEXT, sha256 TEXT, status TEXT,"
            + " format TEXT, format_version TEXT, agency TEXT, year INTEGER, cells INTEGER, findings_error INTEGER,"
            + " findings_warning INTEGER, message TEXT)",
        "CREATE TABLE IF NOT EXISTS cells (report_id TEXT, cell_id TEXT, kind TEXT, value REAL, value_text TEXT,"
            + " raw TEXT, page INTEGER, note TEXT, PRIMARY KEY (report_id, cell_id))",
        "CREATE TABLE IF NOT EXISTS findings (report_id TEXT, rule TEXT, severity TEXT, category TEXT, cells TEXT,"
            + " expected TEXT, actual TEXT, message TEXT)",
        "CREATE INDEX IF NOT EXISTS cells_by_id ON cells (cell_id)"};

    public void write(List<Report> reports, Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (String ddl : SCHEMA) {
                st.execute(ddl);
            }
            for (Report r : reports) {
                replace(db, r);
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void replace(Connection db, Report r) throws SQLException {
        for (String table : new String[] {"cells", "findings"}) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE report_id = ?")) {
                del.setString(1, r.reportId());
                del.executeUpdate();
            }
        }
        try (PreparedStatement ins = db.prepareStatement(
                "INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            String message = r.errors().isEmpty() ? null : r.errors().get(0).code() + ": " + r.errors().get(0).message();
            Object[] values = {r.reportId(), r.source().path(), r.source().sha256(), r.status().id(), r.source().format(),
                r.formatVersion(), r.agency(), r.year(), r.cells().size(), r.count(Severity.ERROR),
                r.count(Severity.WARNING), message};
            bind(ins, values);
            ins.executeUpdate();
        }
        insertCells(db, r);
        insertFindings(db, r);
    }

    private static void insertCells(Connection db, Report r) throws SQLException {
        try (PreparedStatement ins = db.prepareStatement("INSERT OR REPLACE INTO cells VALUES (?,?,?,?,?,?,?,?)")) {
            for (Cell c : r.cells()) {
                bind(ins, new Object[] {r.reportId(), c.id(), c.kind().id(), c.value() == null ? null : c.value().doubleValue(),
                    c.value() == null ? null : c.value().toPlainString(), c.raw(), c.location().page(), c.note()});
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void insertFindings(Connection db, Report r) throws SQLException {
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)")) {
            for (Finding f : r.findings()) {
                bind(ins, new Object[] {r.reportId(), f.rule(), f.severity().id(), f.category().id(), String.join(" ", f.cells()),
                    f.expected() == null ? null : f.expected().toPlainString(),
                    f.actual() == null ? null : f.actual().toPlainString(), f.message()});
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void bind(PreparedStatement st, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
    }
}
