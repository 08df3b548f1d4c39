package gongkai.cli;

import gongkai.ReadGuard;
import gongkai.model.Report;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs inputs on {@code jobs} threads and hands the reports on in input order, each as soon as it and all before
 * it are done; at most a window of reports waits in memory. Each input is read under the library's
 * {@link ReadGuard} with the batch's timeout, which alone decides the {@code TIMEOUT}, {@code TOO_LARGE} and
 * {@code INTERNAL_ERROR} records; a read abandoned past the timeout keeps its worker, and its thread gets a fresh
 * one. A report is finished into what the sink takes ({@code T}: its output text, say) on its worker's thread, so
 * the ordered sink, which runs on one thread for all workers, does as little as it can.
 */
final class Batch<T> {
    /** What a worker does with one input; one instance per thread at a time, so it may keep state. */
    interface Worker {
        Report process(Input input);
    }

    interface Sink<T> {
        void accept(Input input, T result) throws Exception;
    }

    private final int jobs;
    private final ReadGuard guard;
    private final ThreadLocal<Worker> workers;
    private final Function<Report, T> finish;

    Batch(int jobs, Duration timeout, Supplier<Worker> workers, Function<Report, T> finish) {
        this.jobs = Math.max(1, jobs);
        this.guard = new ReadGuard(timeout);
        this.workers = ThreadLocal.withInitial(workers);
        this.finish = finish;
    }

    void run(List<Input> inputs, Sink<T> sink) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread t = new Thread(runnable, "gongkai-worker");
            t.setDaemon(true);
            return t;
        });
        int window = 4 * jobs + 4;
        Map<Integer, Future<T>> running = new HashMap<>();
        try {
            int next = 0;
            for (int head = 0; head < inputs.size(); head++) {
                for (; next < inputs.size() && next - head < window; next++) {
                    Input input = inputs.get(next);
                    running.put(next, pool.submit(() -> finish.apply(read(input))));
                }
                sink.accept(inputs.get(head), result(running.remove(head)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Report read(Input input) {
        Worker worker = workers.get();
        return guard.run(input.path(), () -> worker.process(input), workers::remove);
    }

    private static <T> T result(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
