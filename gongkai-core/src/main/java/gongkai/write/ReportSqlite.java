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
        "CREATE TABLE IF NOT EXISTS reports (report_id TEXT, source_path TEXT, sha256 TEXT, status TEXT,"
            + " format TEXT, format_version TEXT, agency TEXT, year INTEGER, cells INTEGER, findings_error INTEGER,"
            + " findings_warning INTEGER, message TEXT, error_codes TEXT, duplicate_of TEXT,"
            + " PRIMARY KEY (report_id, source_path))",
        "CREATE TABLE IF NOT EXISTS cells (report_id TEXT, cell_id TEXT, kind TEXT, value NUMERIC, value_text TEXT,"
            + " raw TEXT, page INTEGER, note TEXT, PRIMARY KEY (report_id, cell_id))",
        "CREATE TABLE IF NOT EXISTS findings (report_id TEXT, rule TEXT, severity TEXT, category TEXT, cells TEXT,"
            + " expected TEXT, actual TEXT, message TEXT)",
        "CREATE INDEX IF NOT EXISTS cells_by_id ON cells (cell_id)"};

    /** Columns added since the first schema, added to a database made by an older version. */
    private static final String[][] ADDED_COLUMNS = {{"error_codes", "TEXT"}, {"duplicate_of", "TEXT"}};

    public void write(List<Report> reports, Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            createSchema(db);
            for (Report r : reports) {
                replace(db, r, null);
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** The tables, created when missing (columns added since an older version too). */
    public void createSchema(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String ddl : SCHEMA) {
                st.execute(ddl);
            }
            java.util.Set<String> columns = new java.util.HashSet<>();
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA table_info(reports)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            for (String[] column : ADDED_COLUMNS) {
                if (!columns.contains(column[0])) {
                    st.execute("ALTER TABLE reports ADD COLUMN " + column[0] + " " + column[1]);
                }
            }
        }
    }

    /**
     * Replaces one report's rows (no commit). A same-content file ({@code duplicateOf} its earlier path) gets its
     * own row in {@code reports}; its cells and findings are those of the first, kept under the shared report id.
     */
    public void replace(Connection db, Report r, String duplicateOf) throws SQLException {
        insertReport(db, r, duplicateOf);
        if (duplicateOf != null) {
            return;
        }
        for (String table : new String[] {"cells", "findings"}) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE report_id = ?")) {
                del.setString(1, r.reportId());
                del.executeUpdate();
            }
        }
        insertCells(db, r);
        insertFindings(db, r.reportId(), r.findings());
    }

    private static void insertReport(Connection db, Report r, String duplicateOf) throws SQLException {
        try (PreparedStatement ins = db.prepareStatement("INSERT OR REPLACE INTO reports (report_id, source_path, sha256,"
                + " status, format, format_version, agency, year, cells, findings_error, findings_warning, message,"
                + " error_codes, duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            String message = r.errors().isEmpty() ? null : ReportRows.message(r);
            String codes = r.errors().isEmpty() ? null : ReportRows.errorCodes(r);
            Object[] values = {r.reportId(), r.source().path(), r.source().sha256(), r.status().id(), r.source().format(),
                r.formatVersion(), r.agency(), r.year(), r.cells().size(), r.count(Severity.ERROR),
                r.count(Severity.WARNING), message, codes, duplicateOf};
            bind(ins, values);
            ins.executeUpdate();
        }
    }

    /**
     * Findings added to a report after it was written (cross-year checks), with its counts updated; running it
     * again replaces them (findings of the same rules are deleted first), so a resumed run adds them once.
     */
    public void addFindings(Connection db, String reportId, List<Finding> added) throws SQLException {
        for (String rule : added.stream().map(Finding::rule).distinct().toList()) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM findings WHERE report_id = ? AND rule = ?")) {
                bind(del, new Object[] {reportId, rule});
                del.executeUpdate();
            }
        }
        insertFindings(db, reportId, added);
        try (PreparedStatement up = db.prepareStatement("UPDATE reports SET"
                + " findings_error = (SELECT count(*) FROM findings f WHERE f.report_id = ? AND f.severity = 'error'),"
                + " findings_warning = (SELECT count(*) FROM findings f WHERE f.report_id = ? AND f.severity = 'warning')"
                + " WHERE report_id = ?")) {
            bind(up, new Object[] {reportId, reportId, reportId});
            up.executeUpdate();
        }
    }

    private static void insertCells(Connection db, Report r) throws SQLException {
        try (PreparedStatement ins = db.prepareStatement("INSERT OR REPLACE INTO cells VALUES (?,?,?,?,?,?,?,?)")) {
            for (Cell c : r.cells()) {
                bind(ins, new Object[] {r.reportId(), c.id(), c.kind().id(), number(c.value()),
                    c.value() == null ? null : c.value().toPlainString(), c.raw(), c.location().page(), c.note()});
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** A count as an integer, anything else (money in 万元) as a real. */
    private static Object number(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19 ? (Object) value.longValueExact()
                : (Object) value.doubleValue();
    }

    private static void insertFindings(Connection db, String reportId, List<Finding> findings) throws SQLException {
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)")) {
            for (Finding f : findings) {
                bind(ins, new Object[] {reportId, f.rule(), f.severity().id(), f.category().id(), String.join(" ", f.cells()),
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
