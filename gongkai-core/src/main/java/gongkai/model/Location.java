package gongkai.model;

/**
 * Where a piece of a document came from: a 1-based page and a box for paged sources, a 1-based line for
 * text sources. Each part may be null when the source has no such notion.
 */
public record Location(Integer page, BoundingBox bbox, Integer line) {
    public static final Location UNKNOWN = new Location(null, null, null);

    public static Location ofLine(int line) {
        return new Location(null, null, line);
    }

    public static Location onPage(int page, BoundingBox bbox) {
        return new Location(page, bbox, null);
    }
}
