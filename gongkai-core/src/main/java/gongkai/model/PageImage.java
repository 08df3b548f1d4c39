package gongkai.model;

import java.util.Objects;

/**
 * A picture of one region of a source page, for showing the evidence beside the tables read from it:
 * PNG bytes of {@code region} (PDF points, origin top-left) at {@code pixelsPerPoint}.
 */
public record PageImage(int page, double pageWidth, double pageHeight, BoundingBox region,
                        double pixelsPerPoint, byte[] png) {
    public PageImage {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(png, "png");
        if (page < 1 || pixelsPerPoint <= 0) {
            throw new IllegalArgumentException("page image: page " + page + ", scale " + pixelsPerPoint);
        }
    }
}
