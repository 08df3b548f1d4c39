package gongkai.cli;

import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.write.ReportSqlite;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code --sqlite} database of a run: opened (and its tables made) before any work, so a bad path is a usage
 * error; rows go in as reports are written and are committed before the journal names them. The run writes into
 * {@code FILE.part} (a copy of {@code FILE} when there is one: a re-run adds to the database) and renames it to
 * {@code FILE} when complete, so a killed run never leaves a half-written database under the final name; a
 * resumed run continues its {@code FILE.part}.
 */
final class SqliteOutput implements AutoCloseable {
    private final ReportSqlite sqlite = new ReportSqlite();
    private final Connection db;
    private final Path part;
    private final Path target;

    private SqliteOutput(Connection db, Path part, Path target) {
        this.db = db;
        this.part = part;
        this.target = target;
    }

    /** The file a run writes before it is complete. */
    static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /** The files SQLite keeps beside a database it writes (never read as input). */
    static List<Path> filesOf(Path file) {
        Path part = partOf(file);
        return List.of(file, part, part.resolveSibling(part.getFileName() + "-journal"));
    }

    /**
     * Opens the database of a run ({@code resume}: the part file of a killed run, when there is one); the message of
     * the exception says why it cannot be written.
     */
    static SqliteOutput open(Path file, boolean resume) throws SQLException {
        if (Files.isDirectory(file)) {
            throw new SQLException("is a folder");
        }
        Path part = partOf(file);
        try {
            if (!(resume && Files.exists(part))) {
                if (Files.exists(file)) {
                    Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(part);
                }
            }
        } catch (java.io.IOException | SecurityException e) {
            throw new SQLException(e.getMessage(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + part.toAbsolutePath());
        try {
            db.setAutoCommit(false);
            new ReportSqlite().createSchema(db);
            db.commit();
            return new SqliteOutput(db, part, file);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /** Commits, closes and renames the part file to the database's name: the run is complete. */
    void complete() throws SQLException, java.io.IOException {
        db.commit();
        db.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    /** Closes the database (a no-op once complete); an incomplete run's part file stays for --resume. */
    @Override
    public void close() throws SQLException {
        db.close();
    }
}
