package gongkai.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/** What one input file gives: its report row, its cell rows and its finding rows. */
record FileRows(Row report, List<Row> cells, List<Row> findings) implements Serializable {
}
