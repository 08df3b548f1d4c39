package gongkai.read.pdf;

import gongkai.model.Cell;
import gongkai.model.Recognition;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a ruled table whose horizontal rules were lost (a 1-bit fax thresholds hairlines away; its verticals,
 * darker, survive): where most text lines in the last column of a band have a partner at the same height in the column
 * before it,
 * each gap between those lines is a row boundary, drawn across every column that is blank there (a label over two
 * lines, or a label cell spanning rows, is not cut). A table whose closing rule is lost gets one at the end of its
 * verticals (at either end: a table cut by a page break). Rules under heading cells are told from where verticals
 * end ({@link JunctionRules}), and in such a table a row of values under headings from its text lines
 * ({@link SharedLineRows}). Cells of a table with inferred rows are doubtful.
 */
final class TextRows {
    /** A table has at least this many vertical rules ... */
    private static final int MIN_VERTICALS = 3;
    /** ... at least this long, in points. */
    private static final double MIN_VERTICAL_POINTS = 72;
    /** A band is cut into rows only with this many lines (a header cell over two or three lines is one cell). */
    private static final int MIN_LINES = 4;
    /** Share of the last column's lines that must have a partner in the column before it. */
    private static final double MIN_PARTNERED_SHARE = 0.8;
    /** Cell edges stay this far from the rules when the ink is profiled, in inches. */
    private static final double INSET_INCHES = 0.02;
    /** Ink rows closer than this (inches) are one text line ... */
    private static final double LINE_GAP_INCHES = 0.02;
    /** ... and a line lower than this (inches) is a speck. */
    private static final double MIN_LINE_INCHES = 0.04;

    record Line(int top, int bottom) {
        double centre() {
            return (top + bottom) / 2.0;
        }
    }

    private TextRows() {
    }

    /** The rulings found and inferred, and the inferred row rules among them. */
    record Inferred(List<Ruling> rulings, List<Ruling> rows) {
    }

    /** The rulings with the rows and closing rules inferred for each table frame that lacks them. */
    static Inferred withRows(List<Ruling> rulings, InkMask mask, double dpi) {
        List<Ruling> closed = new ArrayList<>(rulings);
        for (List<Ruling> frame : RulingGroups.of(rulings)) {
            List<Ruling> verticals = longVerticals(frame);
            if (verticals.size() >= MIN_VERTICALS) {
                closed.addAll(closing(frame, verticals));
            }
        }
        List<Ruling> rows = new ArrayList<>();
        List<Ruling> junctions = new ArrayList<>();
        for (List<Ruling> frame : RulingGroups.of(closed)) {
            if (longVerticals(frame).size() >= MIN_VERTICALS) {
                rows.addAll(rows(frame, mask, dpi / 72));
                junctions.addAll(JunctionRules.inferred(frame));
            }
        }
        rows.addAll(junctions);
        List<Ruling> out = new ArrayList<>(closed);
        out.addAll(rows);
        for (List<Ruling> frame : RulingGroups.of(out)) {
            if (longVerticals(frame).size() >= MIN_VERTICALS && frame.stream().anyMatch(junctions::contains)) {
                List<Ruling> shared = SharedLineRows.rows(frame, mask, dpi / 72);
                rows.addAll(shared);
                out.addAll(shared);
            }
        }
        return new Inferred(out, rows);
    }

    /**
     * A cell of a table whose rows were told from text lines: doubtful whatever its reading, since the row it sits
     * in is our inference, not a printed rule.
     */
    static Recognition doubted(Recognition recognition) {
        String note = recognition.note() == null || recognition.note().isBlank() ? "" : recognition.note() + "；";
        return new Recognition(Math.min(recognition.confidence(), Cell.CONFIDENT_OCR - 0.01),
                note + "OCR: row told from text lines, no rule printed");
    }

    private static List<Ruling> longVerticals(List<Ruling> frame) {
        return frame.stream().filter(r -> !r.horizontal() && r.length() >= MIN_VERTICAL_POINTS).toList();
    }

    /** Rules along both ends of the verticals where no horizontal rule lies (a table cut by a page break). */
    private static List<Ruling> closing(List<Ruling> frame, List<Ruling> verticals) {
        double left = verticals.stream().mapToDouble(Ruling::pos).min().orElseThrow();
        double right = verticals.stream().mapToDouble(Ruling::pos).max().orElseThrow();
        List<Ruling> added = new ArrayList<>();
        for (double end : new double[] {verticals.stream().mapToDouble(Ruling::from).min().orElseThrow(),
                verticals.stream().mapToDouble(Ruling::to).max().orElseThrow()}) {
            boolean closed = frame.stream().anyMatch(r -> r.horizontal()
                    && Math.abs(r.pos() - end) <= 2 * RulingGroups.TOUCH_TOLERANCE);
            if (!closed) {
                added.add(new Ruling(true, end, left, right));
            }
        }
        return added;
    }

    private static List<Ruling> rows(List<Ruling> frame, InkMask mask, double perPoint) {
        double[] xs = edges(frame, false);
        double[] ys = edges(frame, true);
        List<Ruling> added = new ArrayList<>();
        if (xs.length < MIN_VERTICALS) {
            return added;
        }
        for (int r = 0; r + 1 < ys.length; r++) {
            List<Line> last = lines(mask, perPoint, xs[xs.length - 2], xs[xs.length - 1], ys[r], ys[r + 1]);
            List<Line> before = lines(mask, perPoint, xs[xs.length - 3], xs[xs.length - 2], ys[r], ys[r + 1]);
            if (last.size() < MIN_LINES || !aligned(last, before)) {
                continue;
            }
            for (int k = 0; k + 1 < last.size(); k++) {
                int y = boundary(mask, perPoint, xs, last.get(k).bottom() + 1, last.get(k + 1).top() - 1);
                for (int c = 0; c + 1 < xs.length; c++) {
                    if (blankAcross(mask, perPoint, xs[c], xs[c + 1], y)) {
                        added.add(new Ruling(true, y / perPoint, xs[c], xs[c + 1]));
                    }
                }
            }
        }
        return added;
    }

    /**
     * The pixel row between two lines of the last column that is blank in the most columns, the nearest to the
     * middle among those (a label over three lines reaches past the middle of the gap between its row's value and
     * the value above).
     */
    private static int boundary(InkMask mask, double perPoint, double[] xs, int from, int to) {
        double middle = (from + to) / 2.0;
        int best = (int) Math.round(middle), bestBlank = -1;
        for (int y = from; y <= to; y++) {
            int blank = 0;
            for (int c = 0; c + 1 < xs.length; c++) {
                blank += blankAcross(mask, perPoint, xs[c], xs[c + 1], y) ? 1 : 0;
            }
            if (blank > bestBlank || blank == bestBlank && Math.abs(y - middle) < Math.abs(best - middle)) {
                best = y;
                bestBlank = blank;
            }
        }
        return best;
    }

    /** The frame's column edges ({@code horizontal} false) or row edges, as the grid builder clusters them. */
    static double[] edges(List<Ruling> frame, boolean horizontal) {
        return GridBuilder.cluster(frame.stream().filter(r -> r.horizontal() == horizontal).map(Ruling::pos).toList(),
                GridBuilder.CLUSTER_TOLERANCE);
    }

    /** Most lines of the one column have a partner in the other, centred within half a line's height. */
    private static boolean aligned(List<Line> a, List<Line> b) {
        long partnered = a.stream().filter(line -> b.stream().anyMatch(other -> partnered(line, other))).count();
        return partnered >= MIN_PARTNERED_SHARE * a.size();
    }

    /** Whether the other line is centred within half the line's height of it (the same text row). */
    static boolean partnered(Line line, Line other) {
        return Math.abs(line.centre() - other.centre()) <= (line.bottom() - line.top()) / 2.0 + 1;
    }

    /** The text lines in a cell given in points: runs of inked pixel rows. */
    static List<Line> lines(InkMask mask, double perPoint, double x0, double x1, double y0, double y1) {
        int inset = (int) Math.round(INSET_INCHES * 72 * perPoint);
        int left = (int) Math.round(x0 * perPoint) + inset, right = (int) Math.round(x1 * perPoint) - inset;
        int top = (int) Math.round(y0 * perPoint) + inset, bottom = (int) Math.round(y1 * perPoint) - inset;
        int gap = (int) Math.round(LINE_GAP_INCHES * 72 * perPoint);
        int least = (int) Math.round(MIN_LINE_INCHES * 72 * perPoint);
        List<Line> lines = new ArrayList<>();
        int start = -1, lastInk = -1;
        for (int y = Math.max(0, top); y < Math.min(mask.height(), bottom); y++) {
            if (!inkInRow(mask, left, right, y)) {
                continue;
            }
            if (start >= 0 && y - lastInk > gap) {
                addLine(lines, start, lastInk, least);
                start = -1;
            }
            start = start < 0 ? y : start;
            lastInk = y;
        }
        if (start >= 0) {
            addLine(lines, start, lastInk, least);
        }
        return lines;
    }

    private static void addLine(List<Line> lines, int top, int bottom, int least) {
        if (bottom - top + 1 >= least) {
            lines.add(new Line(top, bottom));
        }
    }

    private static boolean inkInRow(InkMask mask, int left, int right, int y) {
        for (int x = Math.max(0, left); x < Math.min(mask.width(), right); x++) {
            if (mask.ink(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the column between x0 and x1 (points) has no ink on the pixel rows around y (pixels). */
    private static boolean blankAcross(InkMask mask, double perPoint, double x0, double x1, double y) {
        int inset = (int) Math.round(INSET_INCHES * 72 * perPoint);
        int left = (int) Math.round(x0 * perPoint) + inset, right = (int) Math.round(x1 * perPoint) - inset;
        for (int row = (int) Math.floor(y) - 1; row <= (int) Math.ceil(y) + 1; row++) {
            if (row >= 0 && row < mask.height() && inkInRow(mask, left, right, row)) {
                return false;
            }
        }
        return true;
    }
}
