package gongkai.spark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code gongkai.spark.ExtractJob --input <path or glob> --output <dir> [--timeout SECONDS] [--min-partitions N]}:
 * reads every file the input names (any Hadoop file system: local, HDFS, S3) with {@code binaryFiles}, runs the
 * library on each inside its partition, and writes the Parquet tables {@code reports}, {@code cells} and
 * {@code findings} under the output, partitioned by year; the cross-year findings are a second stage over the
 * cells, appended to {@code findings}.
 */
public final class ExtractJob {
    /** Far above what a real report needs; a poison file becomes a TIMEOUT row instead of a stuck task. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    private ExtractJob() {
    }

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        SparkSession spark = SparkSession.builder().appName("gongkai-extract").getOrCreate();
        try {
            run(spark, arguments);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session (tests start their own local one). */
    public static void run(SparkSession spark, Arguments arguments) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // a folder of folders is read whole, as the CLI walks it
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Duration timeout = arguments.timeout();
        JavaRDD<FileRows> files = context.binaryFiles(arguments.input(), arguments.minPartitions())
                .mapPartitions(partition -> FileExtractor.extract(partition, timeout))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> reports = withDuplicates(spark.createDataFrame(files.map(FileRows::report), Tables.REPORTS));
        Dataset<Row> cells = spark.createDataFrame(files.flatMap(f -> f.cells().iterator()), Tables.CELLS);
        Dataset<Row> findings = spark.createDataFrame(files.flatMap(f -> f.findings().iterator()), Tables.FINDINGS);
        Dataset<Row> crossYear = spark.createDataFrame(CrossYearStage.findings(reports, cells), Tables.FINDINGS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        String out = arguments.output();
        write(CrossYearStage.counted(reports, crossYear), out + "/reports");
        write(cells, out + "/cells");
        write(findings.unionByName(crossYear), out + "/findings");
        crossYear.unpersist(false);
        files.unpersist(false);
    }

    /** {@code duplicate_of}: the first path, in path order, of a file with the same content, as the CLI names it. */
    static Dataset<Row> withDuplicates(Dataset<Row> reports) {
        Column first = functions.first("source_path").over(Window.partitionBy("sha256").orderBy("source_path"));
        Column path = functions.col("source_path");
        return reports.withColumn("duplicate_of", functions
                .when(functions.col("sha256").notEqual("").and(first.notEqual(path)), first).otherwise(""));
    }

    private static void write(Dataset<Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(path);
    }

    /** The job's command line. */
    public record Arguments(String input, String output, Duration timeout, int minPartitions) {
        static final String USAGE = "usage: gongkai.spark.ExtractJob --input <path or glob> --output <dir>"
                + " [--timeout SECONDS] [--min-partitions N]";

        public static Arguments parse(String... args) {
            List<String> list = Arrays.asList(args);
            String input = value(list, "--input");
            String output = value(list, "--output");
            if (input == null || output == null) {
                throw new IllegalArgumentException(USAGE);
            }
            String timeout = value(list, "--timeout");
            String partitions = value(list, "--min-partitions");
            return new Arguments(input, output,
                    timeout == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(Long.parseLong(timeout)),
                    partitions == null ? 2 : Integer.parseInt(partitions));
        }

        private static String value(List<String> args, String name) {
            int at = args.indexOf(name);
            return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
        }
    }
}
