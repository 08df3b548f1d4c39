package gongkai.cli;

import gongkai.model.ErrorCode;
import gongkai.model.Report;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs inputs on {@code jobs} workers and hands the reports on in input order, each as soon as it and all before
 * it are done; at most a window of reports waits in memory. Each input runs on a thread of its own that can be
 * abandoned: past the timeout its record is {@code TIMEOUT}, the thread is interrupted and left behind (a daemon,
 * so it cannot hold up the end of the run) and its worker's state is replaced by a fresh one. An
 * {@link OutOfMemoryError} fails that input alone ({@code TOO_LARGE}), as does a {@link StackOverflowError}.
 * A report is finished into what the sink takes ({@code T}: its output text, say) on its worker's thread, so the
 * ordered sink, which runs on one thread for all workers, does as little as it can.
 */
final class Batch<T> {
    /** What a worker does with one input; one instance per worker thread at a time, so it may keep state. */
    interface Worker {
        Report process(Input input, Started started);

        /** The failed record of an input (timeout, out of memory) with what is known of it. */
        Report failed(Input input, String sha256, ErrorCode code, String message);
    }

    /** Tells the batch a file's SHA-256 as soon as it is known, for the record of a file that then times out. */
    interface Started {
        void sha256(String sha);
    }

    interface Sink<T> {
        void accept(Input input, T result) throws Exception;
    }

    private final int jobs;
    private final Duration timeout;
    private final Supplier<Worker> workers;
    private final Function<Report, T> finish;

    Batch(int jobs, Duration timeout, Supplier<Worker> workers, Function<Report, T> finish) {
        this.jobs = Math.max(1, jobs);
        this.timeout = timeout;
        this.workers = workers;
        this.finish = finish;
    }

    void run(List<Input> inputs, Sink<T> sink) throws Exception {
        BlockingQueue<Worker> idle = new ArrayBlockingQueue<>(jobs);
        for (int i = 0; i < jobs; i++) {
            idle.add(workers.get());
        }
        Semaphore slots = new Semaphore(jobs);
        int window = 4 * jobs + 4;
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("gongkai-timer"));
        // a finished file's alarm is cancelled and dropped at once: a pending alarm holds its report
        timer.setRemoveOnCancelPolicy(true);
        Map<Integer, CompletableFuture<T>> running = new HashMap<>();
        try {
            int next = 0;
            for (int head = 0; head < inputs.size(); head++) {
                while (next < inputs.size() && next - head < window) {
                    slots.acquire();
                    running.put(next, start(inputs.get(next), idle, slots, timer));
                    next++;
                }
                sink.accept(inputs.get(head), running.remove(head).join());
            }
        } finally {
            timer.shutdownNow();
        }
    }

    private CompletableFuture<T> start(Input input, BlockingQueue<Worker> idle, Semaphore slots,
                                       ScheduledExecutorService timer) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> slots.release());
        Worker worker = idle.take();
        String[] sha = {""};
        Thread thread = daemon("gongkai-worker").newThread(() -> {
            Report report = runOne(worker, input, s -> sha[0] = s, sha);
            if (complete(result, report)) {
                idle.add(worker);
            }
        });
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            Report timedOut = worker.failed(input, sha[0], ErrorCode.TIMEOUT,
                    "not finished after " + timeout.toSeconds() + " s (--timeout); abandoned");
            if (complete(result, timedOut)) {
                thread.interrupt();
                idle.add(workers.get());
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((r, e) -> alarm.cancel(false));
        thread.start();
        return result;
    }

    /** Finishes the report on this thread and completes the result with it; false when it was complete already. */
    private boolean complete(CompletableFuture<T> result, Report report) {
        if (result.isDone()) {
            return false;
        }
        try {
            return result.complete(finish.apply(report));
        } catch (RuntimeException e) {
            return result.completeExceptionally(e);
        }
    }

    private static Report runOne(Worker worker, Input input, Started started, String[] sha) {
        try {
            return worker.process(input, started);
        } catch (OutOfMemoryError e) {
            return worker.failed(input, sha[0], ErrorCode.TOO_LARGE, "the file needs more memory than the JVM has (-Xmx)");
        } catch (StackOverflowError e) {
            return worker.failed(input, sha[0], ErrorCode.TOO_LARGE, "the file is nested too deeply to read");
        } catch (RuntimeException e) {
            return worker.failed(input, sha[0], ErrorCode.INTERNAL_ERROR, "gongkai failed on this file: " + e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
