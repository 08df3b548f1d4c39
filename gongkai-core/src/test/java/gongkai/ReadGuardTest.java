package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.model.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The one guard of a read: each way a read goes wrong becomes the failed record of that file, with its code. */
class ReadGuardTest {
    private static final Report READ = new Report("0123456789ab", new Source("r.txt", "0123456789abcdef", "txt"),
            Status.OK, List.of(), "v2021", "某局", 2023, List.of(), List.of(), List.of());

    @Test
    void aReadThatGoesWrongIsTheFailedRecordOfItsFileWithOrWithoutATimeLimit() {
        for (ReadGuard guard : List.of(new ReadGuard(null), new ReadGuard(Duration.ofMinutes(1)))) {
            assertSame(READ, guard.run("r.txt", () -> READ));
            assertRecord(guard.run("big.txt", () -> { throw new OutOfMemoryError("Java heap space"); }), "big.txt", "TOO_LARGE",
                    "the file needs more memory than this process has (-Xmx)");
            assertRecord(guard.run("deep.html", () -> { throw new StackOverflowError(); }), "deep.html", "TOO_LARGE",
                    "the file is nested too deeply to read");
            assertRecord(guard.run("bug.pdf", () -> { throw new IllegalStateException("a bug"); }), "bug.pdf",
                    "INTERNAL_ERROR", "gongkai failed on this file: java.lang.IllegalStateException: a bug");
        }
    }

    @Test
    void aReadPastTheTimeLimitIsATimeoutAndIsAbandoned() {
        AtomicBoolean abandoned = new AtomicBoolean();
        Supplier<Report> endless = () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return READ;
        };
        Report report = new ReadGuard(Duration.ofMillis(200)).run("slow.pdf", endless, () -> abandoned.set(true));
        assertRecord(report, "slow.pdf", "TIMEOUT", "not finished after 200 ms (the time limit per file); abandoned");
        assertTrue(abandoned.get(), "the caller is told the read was abandoned");
        assertThrows(IllegalArgumentException.class, () -> new ReadGuard(Duration.ZERO));
    }

    private static void assertRecord(Report report, String path, String code, String message) {
        assertEquals(Status.FAILED, report.status());
        assertEquals(path, report.source().path());
        assertEquals("", report.reportId());
        assertEquals(code, report.errors().get(0).code());
        assertEquals(message, report.errors().get(0).message());
    }
}
