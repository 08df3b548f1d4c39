package gongkai.model;

/** A rectangle on a page in PDF points, origin at the top-left corner. */
public record BoundingBox(double x0, double y0, double x1, double y1) {
    public BoundingBox {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("bbox corners out of order: " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    /** The smallest box holding both. */
    public BoundingBox union(BoundingBox other) {
        if (other == null) {
            return this;
        }
        return new BoundingBox(Math.min(x0, other.x0), Math.min(y0, other.y0),
                Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }
}
