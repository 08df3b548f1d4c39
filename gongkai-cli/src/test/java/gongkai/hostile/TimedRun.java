package gongkai.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one file through the pipeline and fails when it costs minutes: the bound is on the thread's CPU time,
 * which a loaded CI machine does not inflate the way it inflates wall time (real reports take well under a
 * second; the hot spots fixed here took 25 s to minutes). Wall time is capped much higher, against a hang.
 */
final class TimedRun {
    static final Duration MAX_CPU = Duration.ofSeconds(20);
    private static final Duration HANG = Duration.ofMinutes(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TimedRun() {
    }

    /** The record of {@code file}, after asserting it took less than {@link #MAX_CPU} of CPU. */
    static Report process(Pipeline pipeline, Path file) {
        return assertTimeoutPreemptively(HANG, () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Report report = pipeline.process(file);
            Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
            assertTrue(cpu.compareTo(MAX_CPU) < 0, file + " took " + cpu.toMillis() + " ms of CPU");
            return report;
        }, file + " ran past " + HANG);
    }

    /** The CPU time of a run in milliseconds (for the fuzzer, which collects failures instead of stopping). */
    static long cpuMillis(Runnable run) {
        long start = THREADS.getCurrentThreadCpuTime();
        run.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    }
}
