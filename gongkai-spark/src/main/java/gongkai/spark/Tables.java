package gongkai.spark;

import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables' schemas and rows: the columns of reports.csv, cells.csv and findings.csv (spec/output.md),
 * typed (year, page and counts as integers, values as decimals), with {@code year} on every table to partition by
 * and, on cells, the reading's {@code basis}, {@code confidence} and {@code note} (the cross-year stage needs them).
 */
final class Tables {
    /** Wide enough for every printed count and for money in 万元 with the 元 digits kept. */
    static final DecimalType VALUE = DataTypes.createDecimalType(38, 10);

    static final StructType REPORTS = new StructType(new StructField[] {
        text("report_id"), text("source_path"), text("status"), text("format"), text("format_version"), text("agency"),
        integer("year"), integer("cells"), integer("findings_error"), integer("findings_warning"), text("message")});
    static final StructType CELLS = new StructType(new StructField[] {
        text("report_id"), text("source_path"), text("format_version"), text("cell_id"), text("kind"),
        DataTypes.createStructField("value", VALUE, true), text("raw"), integer("page"), text("basis"),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, true), text("note"), integer("year")});
    static final StructType FINDINGS = new StructType(new StructField[] {
        text("report_id"), text("source_path"), text("rule"), text("severity"), text("category"), text("cells"),
        DataTypes.createStructField("expected", VALUE, true), DataTypes.createStructField("actual", VALUE, true),
        text("message"), integer("year")});

    private Tables() {
    }

    static Row report(Report r) {
        String message = r.errors().isEmpty() ? "" : r.errors().get(0).code() + ": " + r.errors().get(0).message();
        return RowFactory.create(r.reportId(), r.source().path(), r.status().id(), r.source().format(), r.formatVersion(),
                r.agency() == null ? "" : r.agency(), r.year(), r.cells().size(), (int) r.count(Severity.ERROR),
                (int) r.count(Severity.WARNING), message);
    }

    static List<Row> cells(Report r) {
        List<Row> rows = new ArrayList<>(r.cells().size());
        for (Cell c : r.cells()) {
            rows.add(RowFactory.create(r.reportId(), r.source().path(), r.formatVersion(), c.id(), c.kind().id(),
                    c.value(), c.raw(), c.location().page(), c.basis().id(), c.confidence(), c.note(), r.year()));
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
        return RowFactory.create(r.reportId(), r.source().path(), f.rule(), f.severity().id(), f.category().id(),
                String.join(" ", f.cells()), f.expected(), f.actual(), f.message(), r.year());
    }

    private static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField integer(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }
}
