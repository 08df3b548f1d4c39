package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a page image's ruling lines: runs of ink along a row (or column) long enough not to be a character stroke,
 * tolerant of small breaks, grouped over neighbouring rows into thin lines.
 */
public final class RuleFinder {
    /** A rule is at least this long, in inches (a character stroke is shorter; the narrowest cell is wider). */
    static final double MIN_LENGTH_INCHES = 0.3;
    /** Breaks in a run up to this many inches are bridged (scan noise, JPEG, 1-bit dither). */
    static final double GAP_INCHES = 0.012;
    /** A line thicker than this is a filled area, not a rule. */
    static final double MAX_THICKNESS_INCHES = 0.05;

    private RuleFinder() {
    }

    /** Beside a rule, ink is looked for from this far off its edge ... */
    static final double SIDE_OFFSET_INCHES = 0.007;
    /** ... over this width, on both sides. */
    static final double SIDE_BAND_INCHES = 0.02;
    /**
     * A run with ink on both sides along more than this share of its length is a stroke of a line of text (joined
     * strokes of neighbouring characters); a rule has ink on both sides only where other rules cross it.
     */
    static final double MAX_FLANKED_SHARE = 0.35;

    public static List<ImageRule> find(InkMask mask, double dpi) {
        List<ImageRule> rules = new ArrayList<>();
        rules.addAll(lines(mask, dpi, true));
        rules.addAll(lines(mask, dpi, false));
        rules.removeIf(r -> flanked(mask, r, dpi) > MAX_FLANKED_SHARE);
        return rules;
    }

    /** The share of the rule's length with ink close beside it on both sides. */
    static double flanked(InkMask mask, ImageRule r, double dpi) {
        int offset = r.thickness() / 2 + 1 + (int) Math.round(SIDE_OFFSET_INCHES * dpi);
        int band = Math.max(1, (int) Math.round(SIDE_BAND_INCHES * dpi));
        int pos = (int) Math.round(r.pos());
        int flanked = 0;
        for (int i = r.from(); i <= r.to(); i++) {
            if (inkAcross(mask, r.horizontal(), i, pos - offset - band, pos - offset)
                    && inkAcross(mask, r.horizontal(), i, pos + offset, pos + offset + band)) {
                flanked++;
            }
        }
        return flanked / (double) (r.to() - r.from() + 1);
    }

    /** Whether there is ink at position {@code along} between the lanes {@code lo} and {@code hi}. */
    private static boolean inkAcross(InkMask mask, boolean horizontal, int along, int lo, int hi) {
        int lanes = horizontal ? mask.height() : mask.width();
        for (int lane = Math.max(0, lo); lane <= Math.min(lanes - 1, hi); lane++) {
            if (horizontal ? mask.ink(along, lane) : mask.ink(lane, along)) {
                return true;
            }
        }
        return false;
    }

    private record Run(int pos, int from, int to) {
    }

    private static List<ImageRule> lines(InkMask mask, double dpi, boolean horizontal) {
        int minLength = (int) Math.round(MIN_LENGTH_INCHES * dpi);
        int gap = Math.max(1, (int) Math.round(GAP_INCHES * dpi));
        int lanes = horizontal ? mask.height() : mask.width();
        int along = horizontal ? mask.width() : mask.height();
        List<Run> runs = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1, lastInk = -1;
            for (int i = 0; i < along; i++) {
                boolean ink = horizontal ? mask.ink(i, lane) : mask.ink(lane, i);
                if (!ink) {
                    continue;
                }
                if (start < 0 || i - lastInk > gap + 1) {
                    addRun(runs, lane, start, lastInk, minLength);
                    start = i;
                }
                lastInk = i;
            }
            addRun(runs, lane, start, lastInk, minLength);
        }
        return group(runs, horizontal, (int) Math.round(MAX_THICKNESS_INCHES * dpi));
    }

    private static void addRun(List<Run> runs, int lane, int start, int end, int minLength) {
        if (start >= 0 && end - start + 1 >= minLength) {
            runs.add(new Run(lane, start, end));
        }
    }

    /** A line being built from runs: its first and last lane, its extent, and lane sums for its position. */
    private static final class Line {
        int firstLane;
        int lastLane;
        int from;
        int to;
        double laneSum;
        double weight;

        Line(Run run) {
            firstLane = run.pos();
            lastLane = run.pos();
            from = run.from();
            to = run.to();
            add(run);
        }

        void add(Run run) {
            lastLane = run.pos();
            from = Math.min(from, run.from());
            to = Math.max(to, run.to());
            double length = run.to() - run.from() + 1;
            laneSum += run.pos() * length;
            weight += length;
        }

        void absorb(Line other) {
            firstLane = Math.min(firstLane, other.firstLane);
            from = Math.min(from, other.from);
            to = Math.max(to, other.to);
            laneSum += other.laneSum;
            weight += other.weight;
        }

        boolean takes(Run run) {
            return run.pos() - lastLane <= 1 && run.from() <= to && run.to() >= from;
        }
    }

    /**
     * Runs on the same or adjacent lanes that overlap form one line, and a run joins every line it overlaps (a rule a
     * pixel off the lane, or blurred by rotation, gives several runs per lane); its position is their mean lane weighted by length.
     */
    private static List<ImageRule> group(List<Run> runs, boolean horizontal, int maxThickness) {
        List<Line> open = new ArrayList<>();
        List<ImageRule> rules = new ArrayList<>();
        runs.sort(Comparator.comparingInt(Run::pos).thenComparingInt(Run::from));
        for (Run run : runs) {
            open.removeIf(line -> run.pos() - line.lastLane > 1 && close(line, horizontal, maxThickness, rules));
            List<Line> taking = open.stream().filter(line -> line.takes(run)).toList();
            if (taking.isEmpty()) {
                open.add(new Line(run));
            } else {
                Line target = taking.get(0);
                taking.stream().skip(1).forEach(target::absorb);
                open.removeAll(taking.subList(1, taking.size()));
                target.add(run);
            }
        }
        open.forEach(line -> close(line, horizontal, maxThickness, rules));
        return rules;
    }

    private static boolean close(Line line, boolean horizontal, int maxThickness, List<ImageRule> rules) {
        int thickness = line.lastLane - line.firstLane + 1;
        if (thickness <= maxThickness) {
            rules.add(new ImageRule(horizontal, line.laneSum / line.weight, line.from, line.to, thickness));
        }
        return true;
    }
}
