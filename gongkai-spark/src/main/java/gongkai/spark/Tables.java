package gongkai.spark;

import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.write.ReportRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables: the columns of reports.csv, cells.csv and findings.csv, from the same row builder as the
 * CLI's ({@link ReportRows}), typed (year, page and counts as integers, values as decimals, an empty field as
 * null), then the columns the job adds: on cells the reading's {@code basis}, {@code confidence} and
 * {@code note} (the cross-year stage needs them), on reports the {@code sha256} that {@code duplicate_of} is
 * computed from, and {@code year} on every table to partition by.
 */
final class Tables {
    /** Wide enough for every printed count and for money in 万元 with the 元 digits kept. */
    static final DecimalType VALUE = DataTypes.createDecimalType(38, 10);

    static final StructType REPORTS = schema(ReportRows.Table.REPORTS, text("sha256"));
    static final StructType CELLS = schema(ReportRows.Table.CELLS, text("basis"),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, true), text("note"), integer("year"));
    static final StructType FINDINGS = schema(ReportRows.Table.FINDINGS, integer("year"));

    private Tables() {
    }

    /** A report's row; {@code duplicate_of} is filled by the job once every file is read. */
    static Row report(Report r) {
        return row(REPORTS, ReportRows.report(r, null), r.source().sha256());
    }

    static List<Row> cells(Report r) {
        List<Row> rows = new ArrayList<>(r.cells().size());
        for (Cell c : r.cells()) {
            rows.add(row(CELLS, ReportRows.cell(r, c), c.basis().id(), c.confidence(), c.note(), r.year()));
        }
        return rows;
    }

    static List<Row> findings(Report r) {
        List<Row> rows = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            rows.add(finding(r, f));
        }
        return rows;
    }

    static Row finding(Report r, Finding f) {
        return row(FINDINGS, ReportRows.finding(r.reportId(), r.source().path(), f), r.year());
    }

    /** The contract's fields typed by the schema, then the extra values as they are. */
    private static Row row(StructType schema, String[] fields, Object... extra) {
        Object[] values = new Object[fields.length + extra.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = typed(schema.fields()[i].dataType(), fields[i]);
        }
        System.arraycopy(extra, 0, values, fields.length, extra.length);
        return RowFactory.create(values);
    }

    private static Object typed(DataType type, String field) {
        if (type.equals(DataTypes.StringType)) {
            return field;
        }
        if (field == null || field.isEmpty()) {
            return null;
        }
        return type.equals(DataTypes.IntegerType) ? (Object) Integer.valueOf(field) : new BigDecimal(field);
    }

    private static StructType schema(ReportRows.Table table, StructField... extra) {
        List<StructField> fields = new ArrayList<>();
        for (String column : table.columns()) {
            DataType type = switch (table.type(column)) {
                case INTEGER -> DataTypes.IntegerType;
                case DECIMAL -> VALUE;
                case TEXT -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(column, type, true));
        }
        fields.addAll(List.of(extra));
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField integer(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }
}
