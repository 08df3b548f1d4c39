package gongkai.cli;

import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.write.ReportSqlite;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code --sqlite} database of a run: opened (and its tables made) before any work, so a bad path is a usage
 * error; rows go in as reports are written and are committed before the journal names them.
 */
final class SqliteOutput implements AutoCloseable {
    private final ReportSqlite sqlite = new ReportSqlite();
    private final Connection db;

    private SqliteOutput(Connection db) {
        this.db = db;
    }

    /** Opens the database; the message of the exception says why it cannot be written. */
    static SqliteOutput open(Path file) throws SQLException {
        if (Files.isDirectory(file)) {
            throw new SQLException("is a folder");
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            db.setAutoCommit(false);
            new ReportSqlite().createSchema(db);
            db.commit();
            return new SqliteOutput(db);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    void write(Report report, String duplicateOf) {
        try {
            sqlite.replace(db, report, duplicateOf);
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("SQLite: " + e.getMessage(), e));
        }
    }

    void addFindings(String reportId, List<Finding> findings) throws SQLException {
        sqlite.addFindings(db, reportId, findings);
    }

    /** The panel, harmonised measures and codebook written beside the reports, as tables of the database. */
    void loadPanel(java.nio.file.Path dir) throws java.io.IOException, SQLException {
        new gongkai.write.PanelSqlite().load(dir, db);
    }

    void commit() {
        try {
            db.commit();
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("SQLite: " + e.getMessage(), e));
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
