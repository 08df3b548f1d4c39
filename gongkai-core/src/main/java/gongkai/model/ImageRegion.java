package gongkai.model;

/**
 * Where in a picture a cell was read, for tables published as pictures in a web page or a Word file: the picture
 * ({@code image}: its {@code src} as written in the page, a {@code data:} URI shortened to its media type, or the
 * Word package part), the 1-based paragraph of a Word body the picture stands in (null for a web page, whose line
 * is {@link Location#line()}), and the box in the picture's own pixels (origin top-left), null for the picture as
 * a whole.
 */
public record ImageRegion(String image, Integer paragraph, BoundingBox box) {
    public ImageRegion withBox(BoundingBox newBox) {
        return new ImageRegion(image, paragraph, newBox);
    }
}
