package gongkai.spark;

import gongkai.Gongkai;
import gongkai.model.Report;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Runs the library over the files of one partition. One {@link Gongkai} per executor JVM (built on first use,
 * shared by its tasks: it is thread-safe); every file gives exactly one report, a failed one for a bad or poison
 * file (timeout, out of memory), so a task never fails because of a document.
 */
final class FileExtractor {
    private static volatile Gongkai shared;

    private FileExtractor() {
    }

    static Iterator<FileRows> extract(Iterator<Tuple2<String, PortableDataStream>> files, Duration timeout) {
        Gongkai gongkai = library(timeout);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public FileRows next() {
                Tuple2<String, PortableDataStream> file = files.next();
                Report report = read(gongkai, file._1(), file._2());
                return new FileRows(Tables.report(report), Tables.cells(report), Tables.findings(report));
            }
        };
    }

    private static Report read(Gongkai gongkai, String path, PortableDataStream content) {
        InputStream in = content.open();
        try {
            return gongkai.read(path, in); // a stream that fails midway gives an UNREADABLE report
        } finally {
            closeQuietly(in);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (java.io.IOException e) {
            // the report is made; a failing close of a read-only stream loses nothing
        }
    }

    private static Gongkai library(Duration timeout) {
        Gongkai library = shared;
        if (library == null) {
            synchronized (FileExtractor.class) {
                library = shared;
                if (library == null) {
                    library = Gongkai.builder().timeout(timeout).build();
                    shared = library;
                }
            }
        }
        return library;
    }
}
