package gongkai.read.pdf;

/**
 * A straight table rule on a page, in PDF points with the origin at the top-left: a horizontal rule lies at
 * y = {@code pos} from x = {@code from} to {@code to}; a vertical one at x = {@code pos} from y = {@code from}
 * to {@code to}.
 */
record Ruling(boolean horizontal, double pos, double from, double to) {
    Ruling {
        if (to < from) {
            double swap = from;
            from = to;
            to = swap;
        }
    }

    double length() {
        return to - from;
    }

    /** How much of [lo, hi] this rule covers. */
    double overlap(double lo, double hi) {
        return Math.max(0, Math.min(to, hi) - Math.max(from, lo));
    }
}
