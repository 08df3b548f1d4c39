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

    public static List<ImageRule> find(InkMask mask, double dpi) {
        List<ImageRule> rules = new ArrayList<>();
        rules.addAll(lines(mask, dpi, true));
        rules.addAll(lines(mask, dpi, false));
        return rules;
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

    /** Runs on adjacent lanes that overlap form one line; its position is their mean lane. */
    private static List<ImageRule> group(List<Run> runs, boolean horizontal, int maxThickness) {
        List<List<Run>> open = new ArrayList<>();
        List<ImageRule> rules = new ArrayList<>();
        runs.sort(Comparator.comparingInt(Run::pos));
        for (Run run : runs) {
            List<Run> target = null;
            for (List<Run> line : open) {
                Run last = line.get(line.size() - 1);
                if (run.pos() - last.pos() <= 1 && overlaps(run, last) && last.pos() != run.pos()) {
                    target = line;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                open.add(target);
            }
            target.add(run);
            open.removeIf(line -> run.pos() - line.get(line.size() - 1).pos() > 1 && close(line, horizontal, maxThickness, rules));
        }
        open.forEach(line -> close(line, horizontal, maxThickness, rules));
        return rules;
    }

    private static boolean overlaps(Run a, Run b) {
        int overlap = Math.min(a.to(), b.to()) - Math.max(a.from(), b.from());
        return overlap >= 0.5 * Math.min(a.to() - a.from(), b.to() - b.from());
    }

    private static boolean close(List<Run> line, boolean horizontal, int maxThickness, List<ImageRule> rules) {
        int thickness = line.get(line.size() - 1).pos() - line.get(0).pos() + 1;
        if (thickness <= maxThickness) {
            double pos = line.stream().mapToInt(Run::pos).average().orElseThrow();
            int from = line.stream().mapToInt(Run::from).min().orElseThrow();
            int to = line.stream().mapToInt(Run::to).max().orElseThrow();
            rules.add(new ImageRule(horizontal, pos, from, to, thickness));
        }
        return true;
    }
}
