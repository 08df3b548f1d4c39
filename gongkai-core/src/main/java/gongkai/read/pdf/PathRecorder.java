package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records a page's paths in device space and keeps those that are table rules: stroked axis-parallel segments
 * ({@code m l S}, as Word and LibreOffice draw cell edges) and thin filled shapes ({@code re f}, or Chromium's
 * bevelled {@code m l l l f}). Its {@link Ruling}s are in user space relative to the crop box, y up; a
 * {@link ReadingFrame} turns them into the page's reading frame. Curves never make rules.
 */
final class PathRecorder {
    /** A stroked segment whose ends differ by at most this much across its length counts as axis-parallel. */
    static final double AXIS_TOLERANCE = 1.0;
    /** A filled shape no thicker than this is a rule, not a cell background. */
    static final double MAX_RULE_THICKNESS = 2.5;
    /** Shorter marks (dots, hyphens drawn as paths) are not rules. */
    static final double MIN_RULE_LENGTH = 4.0;

    private final double cropLeft;
    private final double cropBottom;
    private final List<double[]> subpaths = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private double[] open;
    private double currentX;
    private double currentY;

    /** A recorder for a page whose crop box has its lower-left corner at ({@code cropLeft}, {@code cropBottom}). */
    PathRecorder(double cropLeft, double cropBottom) {
        this.cropLeft = cropLeft;
        this.cropBottom = cropBottom;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    void moveTo(double x, double y) {
        open = new double[] {x, y};
        subpaths.add(open);
        currentX = x;
        currentY = y;
    }

    void lineTo(double x, double y) {
        if (open == null) {
            moveTo(currentX, currentY);
        }
        open = Arrays.copyOf(open, open.length + 2);
        open[open.length - 2] = x;
        open[open.length - 1] = y;
        subpaths.set(subpaths.size() - 1, open);
        currentX = x;
        currentY = y;
    }

    /** A curve ends the current subpath: what follows starts afresh from the curve's end. */
    void curveTo(double x, double y) {
        open = null;
        currentX = x;
        currentY = y;
    }

    /** A rectangle given by its four device-space corners. */
    void rectangle(double[] corners) {
        moveTo(corners[0], corners[1]);
        for (int i = 2; i < corners.length; i += 2) {
            lineTo(corners[i], corners[i + 1]);
        }
        closePath();
        open = null;
    }

    void closePath() {
        if (open != null && open.length >= 4) {
            lineTo(open[0], open[1]);
        }
    }

    void endPath() {
        subpaths.clear();
        open = null;
    }

    void stroke() {
        for (double[] path : subpaths) {
            for (int i = 0; i + 3 < path.length; i += 2) {
                addSegment(path[i], path[i + 1], path[i + 2], path[i + 3]);
            }
        }
        endPath();
    }

    void fill() {
        subpaths.forEach(this::addThinShape);
        endPath();
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        if (Math.abs(y1 - y0) <= AXIS_TOLERANCE && Math.abs(x1 - x0) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(true, top((y0 + y1) / 2), left(x0), left(x1)));
        } else if (Math.abs(x1 - x0) <= AXIS_TOLERANCE && Math.abs(y1 - y0) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(false, left((x0 + x1) / 2), top(y0), top(y1)));
        }
    }

    /** A filled subpath whose bounding box is thin in one direction is drawn as a rule. */
    private void addThinShape(double[] path) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < path.length; i += 2) {
            x0 = Math.min(x0, path[i]);
            x1 = Math.max(x1, path[i]);
            y0 = Math.min(y0, path[i + 1]);
            y1 = Math.max(y1, path[i + 1]);
        }
        double w = x1 - x0, h = y1 - y0;
        if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
            rulings.add(new Ruling(true, top((y0 + y1) / 2), left(x0), left(x1)));
        } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
            rulings.add(new Ruling(false, left((x0 + x1) / 2), top(y0), top(y1)));
        }
    }

    private double top(double pdfY) {
        return pdfY - cropBottom;
    }

    private double left(double pdfX) {
        return pdfX - cropLeft;
    }
}
