package gongkai.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The rows of the reports, cells and findings tables of a database, in one sorted text, to compare two runs. */
final class SqliteRows {
    private SqliteRows() {
    }

    static String dump(Path file) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            for (String table : new String[] {"reports", "cells", "findings"}) {
                java.util.List<String> rows = new java.util.ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= columns; c++) {
                            row.append('|').append(rs.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                rows.forEach(r -> text.append(r).append('\n'));
            }
        }
        return text.toString();
    }
}
