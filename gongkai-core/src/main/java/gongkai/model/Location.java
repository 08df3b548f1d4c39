package gongkai.model;

/**
 * Where a piece of a document came from: a 1-based page and a box for paged sources, a 1-based line for
 * text sources, and for a cell read from a picture (a table published as an image in a web page or Word file)
 * the picture and the cell's box in its pixels. Each part may be null when the source has no such notion.
 */
public record Location(Integer page, BoundingBox bbox, Integer line, ImageRegion image) {
    public static final Location UNKNOWN = new Location(null, null, null, null);

    public Location(Integer page, BoundingBox bbox, Integer line) {
        this(page, bbox, line, null);
    }

    public static Location ofLine(int line) {
        return new Location(null, null, line);
    }

    public static Location onPage(int page, BoundingBox bbox) {
        return new Location(page, bbox, null);
    }

    public Location withImage(ImageRegion region) {
        return new Location(page, bbox, line, region);
    }
}
