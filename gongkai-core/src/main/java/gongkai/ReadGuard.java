package gongkai;

import gongkai.extract.ReportExtractor;
import gongkai.model.ErrorCode;
import gongkai.model.Report;
import gongkai.model.Source;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one place that decides what becomes of a read that goes wrong: past the time limit a {@code TIMEOUT} record
 * (the read's thread is interrupted and abandoned: a daemon, it cannot hold up the end of the process), a read that
 * exhausts memory or the stack a {@code TOO_LARGE} one, any other failure an {@code INTERNAL_ERROR} one. Each is
 * the failed record of the file alone, so a batch goes on. {@link Gongkai#read} runs every read under it, and so
 * does the command line's batch, with its {@code --timeout}: the batch reads on its own worker threads
 * ({@link #contain}) and, watching them, takes the {@link #timedOut} record for a read past the limit, so no thread
 * is started per read.
 */
public final class ReadGuard {
    private final Duration timeout;

    /** {@code timeout}: the time limit per read, or null for none. */
    public ReadGuard(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    /** The report of {@code work}, or the failed record of {@code name} (its {@code source.path}). */
    public Report run(String name, Supplier<Report> work) {
        return run(name, work, () -> { });
    }

    /**
     * As {@link #run(String, Supplier)}; {@code abandoned} runs when the read is left running past the time limit,
     * so the caller can stop sharing what that read still uses.
     */
    public Report run(String name, Supplier<Report> work, Runnable abandoned) {
        if (timeout == null) {
            return contain(name, work);
        }
        FutureTask<Report> task = new FutureTask<>(() -> contain(name, work));
        Thread reader = new Thread(task, "gongkai-read");
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            abandoned.run();
            return timedOut(name, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, ErrorCode.INTERNAL_ERROR, "interrupted while reading");
        } catch (ExecutionException e) {
            return failed(name, ErrorCode.INTERNAL_ERROR, "gongkai failed on this file: " + e.getCause());
        }
    }

    /** The time limit per read, or null for none. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The {@code TIMEOUT} record of {@code name}, whose read ran past the time limit and was abandoned;
     * {@code sha256} its content's hash when the caller knows it (a batch resumed keeps such a record), or "".
     */
    public Report timedOut(String name, String sha256) {
        if (timeout == null) {
            throw new IllegalStateException("a read without a time limit cannot time out");
        }
        String limit = timeout.toSeconds() > 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return ReportExtractor.failed(Gongkai.reportIdOf(sha256), new Source(name, sha256, ""), ErrorCode.TIMEOUT,
                "not finished after " + limit + " (the time limit per file); abandoned");
    }

    /**
     * {@code work} on the calling thread, without a time limit: a read that exhausts memory or the stack, or fails
     * otherwise, becomes the failed record of {@code name}.
     */
    public static Report contain(String name, Supplier<Report> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            return failed(name, ErrorCode.TOO_LARGE, "the file needs more memory than this process has (-Xmx)");
        } catch (StackOverflowError e) {
            return failed(name, ErrorCode.TOO_LARGE, "the file is nested too deeply to read");
        } catch (RuntimeException e) {
            return failed(name, ErrorCode.INTERNAL_ERROR, "gongkai failed on this file: " + e);
        }
    }

    /** The failed record of a file whose content is not known (no SHA-256, no format, no report id). */
    private static Report failed(String name, ErrorCode code, String message) {
        return ReportExtractor.failed("", new Source(name, "", ""), code, message);
    }
}
