package gongkai.cli;

import gongkai.model.Status;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress on standard error: on a terminal one line redrawn in place (done/total, files per second, ETA,
 * ok/partial/failed so far); otherwise a plain line now and then; nothing with {@code --quiet}.
 */
final class Progress {
    private static final long REDRAW_MILLIS = 200;
    private static final long PLAIN_MILLIS = 10_000;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final long alreadyDone;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean quiet, long total, long alreadyDone) {
        this(err, System.console() != null, quiet, total, alreadyDone);
    }

    Progress(PrintWriter err, boolean terminal, boolean quiet, long total, long alreadyDone) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.lastDraw = System.currentTimeMillis();
    }

    /** After each report: redraws when due. */
    synchronized void update(Tally tally) {
        long now = System.currentTimeMillis();
        if (quiet || now - lastDraw < (terminal ? REDRAW_MILLIS : PLAIN_MILLIS)) {
            return;
        }
        lastDraw = now;
        draw(tally);
    }

    private void draw(Tally tally) {
        String line = line(tally);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    String line(Tally tally) {
        long done = tally.files();
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = (done - alreadyDone) / seconds;
        String eta = rate > 0 ? clock(Duration.ofSeconds(Math.round((total - done) / rate))) : "?";
        return Messages.get("progress.line", done, total, String.format(java.util.Locale.ROOT, "%.1f", rate), eta,
                tally.count(Status.OK), tally.count(Status.PARTIAL), tally.count(Status.FAILED));
    }

    /** Clears the redrawn line so that what follows starts on a clean line. */
    synchronized void end() {
        if (terminal && drawn && !quiet) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    /** A line on its own (a failed file), not mixed into the redrawn progress line. */
    synchronized void println(String line) {
        if (terminal && drawn) {
            err.print("\r\u001b[K");
            drawn = false;
        }
        err.println(line);
        err.flush();
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
