package gongkai.extract.flat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run's possible readings before the table is solved: its splits under its own rules; in separated text
 * ({@link FlatShape#SEPARATED}) a printed number is one cell unless the run's own rules confirm a split
 * (pdfminer's lone {@code 62} is never 6|2), and a row with fewer values than cells gets every placement of
 * its values the rules allow (a blank cell lost in the text).
 */
final class FlatCandidates {
    /** Two splits are enough to know a run's split was inferred rather than forced by the text. */
    private static final int SPLITS_TO_SHOW_INFERENCE = 2;
    /** A printed number that could be one cell: no leading zero, grouping by thousands, a decimal part, 元. */
    private static final Pattern ONE_NUMBER = Pattern.compile(
            "[+-]?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(,[0-9]{3})+)(\\.[0-9]+)?(元|[" + FlatChars.COUNT_UNITS + "])?");

    /** What a run may be read as. */
    enum Kind { READ, UNSPLIT, UNRESOLVED }

    record Candidates(Kind kind, FlatRunReading reading) {
    }

    private FlatCandidates() {
    }

    static Candidates of(FlatRun run, List<FlatConstraint> local, FlatLimits limits, FlatShape shape) {
        List<String> ruleIds = local.stream().map(FlatConstraint::ruleId).distinct().toList();
        boolean separated = shape == FlatShape.SEPARATED;
        List<FlatSplit> consistent = allSplits(run, local, limits);
        if (separated && local.isEmpty()) {
            consistent = unbroken(run, consistent);
        }
        int textual = consistent.size() >= SPLITS_TO_SHOW_INFERENCE ? consistent.size() : textual(run, limits, separated);
        if (!consistent.isEmpty()) {
            boolean inferred = textual != 1;
            List<String> deciding = separated || inferred ? ruleIds : List.of();
            return read(new FlatRunReading(run, consistent, deciding, inferred, true));
        }
        if (textual == 0) {
            return separated ? placements(run, local, limits, ruleIds) : new Candidates(Kind.UNSPLIT, empty(run));
        }
        List<FlatSplit> all = allSplits(run, List.of(), limits);
        if (separated) {
            all = unbroken(run, all);
        }
        if (all.size() == 1) {
            return read(new FlatRunReading(run, all, List.of(), false, false));
        }
        return new Candidates(Kind.UNRESOLVED, new FlatRunReading(run, all, ruleIds, true, false));
    }

    private static Candidates read(FlatRunReading reading) {
        return new Candidates(Kind.READ, reading);
    }

    private static FlatRunReading empty(FlatRun run) {
        return new FlatRunReading(run, List.of(), List.of(), false, true);
    }

    /** How many splits the text allows (without rules), counted up to two. */
    private static int textual(FlatRun run, FlatLimits limits, boolean separated) {
        if (!separated) {
            return FlatSplitter.splits(run, List.of(), new FlatBudget(limits.runSteps()), SPLITS_TO_SHOW_INFERENCE).size();
        }
        return Math.min(SPLITS_TO_SHOW_INFERENCE, unbroken(run, allSplits(run, List.of(), limits)).size());
    }

    /** Values fewer than cells in separated text: every placement the run's rules allow, blanks read as 0. */
    private static Candidates placements(FlatRun run, List<FlatConstraint> local, FlatLimits limits,
                                         List<String> ruleIds) {
        List<FlatSplit> placed = FlatPlacements.of(run, local, limits);
        if (placed == null) {
            return new Candidates(Kind.UNSPLIT, empty(run));
        }
        if (placed.isEmpty()) {
            return new Candidates(Kind.UNRESOLVED, new FlatRunReading(run, List.of(), ruleIds, true, false));
        }
        return read(new FlatRunReading(run, placed, ruleIds, true, true));
    }

    /** Every split of a run under the given constraints, or Exceeded when there are too many to hold. */
    static List<FlatSplit> allSplits(FlatRun run, List<FlatConstraint> local, FlatLimits limits) {
        List<FlatSplit> splits = FlatSplitter.splits(run, local, new FlatBudget(limits.runSteps()),
                limits.maxRunSplits() + 1);
        if (splits.size() > limits.maxRunSplits()) {
            throw new FlatBudget.Exceeded("too many readings of " + run.label());
        }
        return splits;
    }

    /** The splits that keep every printed number whole (a piece that is not one number, 00, may be split). */
    static List<FlatSplit> unbroken(FlatRun run, List<FlatSplit> splits) {
        List<String> pieces = FlatSplitter.withUnitsAttached(run.pieces());
        return splits.stream().filter(s -> !breaksANumber(pieces, s)).toList();
    }

    private static boolean breaksANumber(List<String> pieces, FlatSplit split) {
        int piece = 0;
        int used = 0;
        int cellsInPiece = 0;
        for (String raw : split.raws()) {
            if (raw.isEmpty()) {
                continue;
            }
            used += raw.length();
            cellsInPiece++;
            if (used >= pieces.get(piece).length()) {
                if (cellsInPiece > 1 && isOneNumber(pieces.get(piece))) {
                    return true;
                }
                piece++;
                used = 0;
                cellsInPiece = 0;
            }
        }
        return false;
    }

    static boolean isOneNumber(String printed) {
        return ONE_NUMBER.matcher(FlatChars.ascii(printed)).matches();
    }

    /** The run's pieces in printed order, units attached (what a placement puts into cells). */
    static List<String> values(FlatRun run) {
        return new ArrayList<>(FlatSplitter.withUnitsAttached(run.pieces()));
    }
}
