package gongkai.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Wall-clock and thread-CPU milliseconds of repeated runs of one task. Medians, because on a shared machine
 * single runs jump; thread CPU time is the steadier of the two when other processes compete for the cores.
 */
final class Samples {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double NANOS_PER_MILLI = 1e6;
    /** GC passes and pauses before reading the heap: one System.gc() may leave finalisable or soft garbage. */
    private static final int GC_PASSES = 3;
    private static final long GC_PAUSE_MILLIS = 100;

    interface Task {
        void run() throws Exception;
    }

    private final double[] wall;
    private final double[] cpu;
    private int count;

    Samples(int capacity) {
        wall = new double[capacity];
        cpu = new double[capacity];
    }

    /** Runs the task once and stores its times. */
    void time(Task task) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        task.run();
        wall[count] = (System.nanoTime() - t0) / NANOS_PER_MILLI;
        cpu[count] = (THREADS.getCurrentThreadCpuTime() - c0) / NANOS_PER_MILLI;
        count++;
    }

    double wallMedian() {
        return median(wall, count);
    }

    double cpuMedian() {
        return median(cpu, count);
    }

    private static double median(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Bytes of heap in use after garbage collection. */
    static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < GC_PASSES; i++) {
            System.gc();
            Thread.sleep(GC_PAUSE_MILLIS);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
