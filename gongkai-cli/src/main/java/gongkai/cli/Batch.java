package gongkai.cli;

import gongkai.ReadGuard;
import gongkai.model.Report;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs inputs on {@code jobs} worker threads and hands the reports on in input order, each as soon as it and all
 * before it are done; at most a window of reports waits in memory. A worker reads on its own thread under
 * {@link ReadGuard#contain} (the {@code TOO_LARGE} and {@code INTERNAL_ERROR} records); the thread handing the
 * reports on watches the reads while it waits, and a read past the timeout gets the guard's {@code TIMEOUT} record:
 * its thread is interrupted and abandoned with its worker (a daemon, it cannot hold up the end of the process) and
 * a fresh thread takes its place. No thread is started per read. A report is finished into what the sink takes
 * ({@code T}: its output text, say) on its worker's thread, so the ordered sink, which runs on one thread for all
 * workers, does as little as it can.
 */
final class Batch<T> {
    /** What a worker does with one input; one instance per thread, so it may keep state. */
    interface Worker {
        Report process(Input input);
    }

    interface Sink<T> {
        void accept(Input input, T result) throws Exception;
    }

    /** How often the waiting thread looks for reads past the timeout. */
    private static final long WATCH_MILLIS = 50;

    private final int jobs;
    private final ReadGuard guard;
    private final Supplier<Worker> workers;
    private final Function<Report, T> finish;

    Batch(int jobs, Duration timeout, Supplier<Worker> workers, Function<Report, T> finish) {
        this.jobs = Math.max(1, jobs);
        this.guard = new ReadGuard(timeout);
        this.workers = workers;
        this.finish = finish;
    }

    /** One input on its way: its result, and while a worker reads it, that worker's thread and start. */
    private final class Task {
        final Input input;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile Thread thread;
        volatile long started;

        Task(Input input) {
            this.input = input;
        }
    }

    void run(List<Input> inputs, Sink<T> sink) throws Exception {
        BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
        Set<Task> reading = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            threads.add(startWorker(queue, reading));
        }
        int window = 4 * jobs + 4;
        Deque<Task> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            for (int head = 0; head < inputs.size(); head++) {
                for (; next < inputs.size() && next - head < window; next++) {
                    Task task = new Task(inputs.get(next));
                    ahead.add(task);
                    queue.add(task);
                }
                Task task = ahead.poll();
                sink.accept(task.input, await(task, queue, reading, threads));
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
    }

    private Thread startWorker(BlockingQueue<Task> queue, Set<Task> reading) {
        Thread thread = new Thread(() -> work(queue, reading), "gongkai-worker");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A worker thread's loop; it ends when interrupted or when its read was abandoned past the timeout. */
    private void work(BlockingQueue<Task> queue, Set<Task> reading) {
        Worker worker = workers.get();
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            task.thread = Thread.currentThread();
            task.started = System.nanoTime();
            reading.add(task);
            boolean delivered;
            try {
                delivered = task.result.complete(finish.apply(ReadGuard.contain(task.input.path(), () -> worker.process(task.input))));
            } catch (RuntimeException | Error e) {
                delivered = task.result.completeExceptionally(e);
            } finally {
                reading.remove(task);
            }
            if (!delivered) {
                return; // timed out meanwhile: a fresh thread has taken this one's place
            }
        }
    }

    /** The task's result, meanwhile giving every read past the timeout its record and its slot a fresh thread. */
    private T await(Task task, BlockingQueue<Task> queue, Set<Task> reading, List<Thread> threads) throws Exception {
        try {
            if (guard.timeout() == null) {
                return task.result.get();
            }
            while (true) {
                try {
                    return task.result.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    expire(queue, reading, threads);
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The input's SHA-256 for its TIMEOUT record, so a resumed run keeps that record; "" when it cannot be read. */
    private static String sha256(Input input) {
        if (input.problem() != null) {
            return "";
        }
        try {
            return input.sha256();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void expire(BlockingQueue<Task> queue, Set<Task> reading, List<Thread> threads) {
        long limit = guard.timeout().toNanos();
        long now = System.nanoTime();
        for (Task task : reading) {
            if (now - task.started > limit && task.result.complete(finish.apply(guard.timedOut(task.input.path(), sha256(task.input))))) {
                reading.remove(task);
                task.thread.interrupt();
                threads.remove(task.thread);
                threads.add(startWorker(queue, reading));
            }
        }
    }
}
