package gongkai.spark;

import gongkai.Gongkai;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * The second stage: the cross-year rules (X1–X3: one agency, consecutive years) over the cells table. Reports
 * are grouped by agency key, each group rebuilt as compact reports (their cells only) and checked by the
 * library; what comes out are the findings the rules add, as rows of the findings table (the checks see a
 * report's cells only, so every finding they return is a cross-year one).
 */
final class CrossYearStage {
    private CrossYearStage() {
    }

    static JavaRDD<Row> findings(Dataset<Row> reports, Dataset<Row> cells) {
        JavaPairRDD<String, Row> reportsById = reports
                .filter("agency <> '' AND year IS NOT NULL")
                .select("report_id", "source_path", "agency", "year", "format_version")
                .javaRDD().keyBy(r -> r.getString(0));
        JavaPairRDD<String, Iterable<Row>> cellsById = cells
                .select("report_id", "cell_id", "kind", "value", "raw", "basis", "confidence", "note")
                .javaRDD().groupBy(r -> r.getString(0));
        return reportsById.join(cellsById)
                .mapToPair(joined -> new Tuple2<>(Gongkai.agencyKey(joined._2()._1().getString(2)),
                        compact(joined._2()._1(), joined._2()._2())))
                .groupByKey()
                .flatMap(group -> checked(group._2()));
    }

    /** The reports with the cross-year findings counted in their error and warning columns, as the CLI counts them. */
    static Dataset<Row> counted(Dataset<Row> reports, Dataset<Row> crossYear) {
        Dataset<Row> added = crossYear.groupBy("report_id").agg(
                functions.sum(functions.when(functions.col("severity").equalTo("error"), 1).otherwise(0)).cast("int")
                        .alias("added_error"),
                functions.sum(functions.when(functions.col("severity").equalTo("warning"), 1).otherwise(0)).cast("int")
                        .alias("added_warning"));
        Dataset<Row> joined = reports.join(added, reports.col("report_id").equalTo(added.col("report_id")), "left_outer");
        List<Column> columns = new ArrayList<>();
        for (String name : reports.columns()) {
            Column column = reports.col(name);
            if (name.equals("findings_error") || name.equals("findings_warning")) {
                String extra = name.equals("findings_error") ? "added_error" : "added_warning";
                column = column.plus(functions.coalesce(added.col(extra), functions.lit(0))).cast("int").alias(name);
            }
            columns.add(column);
        }
        return joined.select(columns.toArray(Column[]::new));
    }

    private static Iterator<Row> checked(Iterable<CompactReport> group) {
        List<Report> reports = new ArrayList<>();
        group.forEach(r -> reports.add(r.toReport()));
        if (reports.size() < 2) {
            return List.<Row>of().iterator();
        }
        List<Row> rows = new ArrayList<>();
        for (Report report : CrossYearLibrary.get().checkAcrossYears(reports)) {
            for (Finding finding : report.findings()) {
                rows.add(Tables.finding(report, finding));
            }
        }
        return rows.iterator();
    }

    private static CompactReport compact(Row report, Iterable<Row> cellRows) {
        List<Object[]> cells = new ArrayList<>();
        for (Row c : cellRows) {
            cells.add(new Object[] {c.getString(1), c.getString(2), c.isNullAt(3) ? null : c.getDecimal(3),
                c.getString(4), c.getString(5), c.isNullAt(6) ? null : c.getDouble(6), c.isNullAt(7) ? null : c.getString(7)});
        }
        return new CompactReport(report.getString(0), report.getString(1), report.getString(2), report.getInt(3),
                report.getString(4), cells);
    }

    /** A report reduced to what the cross-year rules read: identity, agency, year and cells. */
    record CompactReport(String reportId, String path, String agency, int year, String formatVersion,
                         List<Object[]> cells) implements java.io.Serializable {
        Report toReport() {
            List<Cell> list = new ArrayList<>();
            for (Object[] c : cells) {
                CellKind kind = CellKind.valueOf(((String) c[1]).toUpperCase(Locale.ROOT));
                BigDecimal value = kind == CellKind.NUMBER ? ((BigDecimal) c[2]).stripTrailingZeros() : null;
                list.add(new Cell((String) c[0], kind, value, (String) c[3], null, (String) c[6],
                        Basis.valueOf(((String) c[4]).toUpperCase(Locale.ROOT)), (Double) c[5], null, null));
            }
            return new Report(reportId, new Source(path, "", ""), Status.OK, List.of(), formatVersion, agency, year,
                    List.of(), list, List.of());
        }
    }

    /** One library per executor JVM for the checks (no reading, so no time limit). */
    private static final class CrossYearLibrary {
        private static final Gongkai INSTANCE = Gongkai.standard();

        static Gongkai get() {
            return INSTANCE;
        }
    }
}
