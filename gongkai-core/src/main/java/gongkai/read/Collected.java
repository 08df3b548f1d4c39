package gongkai.read;

import gongkai.model.Block;
import gongkai.model.Location;
import java.util.List;

/** What a reader's walk over a source yields before trimming: blocks in order and where images stood. */
public record Collected(List<Block> blocks, List<ImageMark> images) {
    public Collected {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
    }

    /**
     * An image in the flow of the document, standing just before block {@code before}; {@code picture} gives its
     * bytes where they can be had offline (null: the reader offers none).
     */
    public record ImageMark(int before, String description, Location location, PictureBytes picture) {
        public ImageMark(int before, String description, Location location) {
            this(before, description, location, null);
        }

        /** The same image standing before block {@code index}. */
        public ImageMark before(int index) {
            return new ImageMark(index, description, location, picture);
        }
    }

    /** The blocks from {@code from} (inclusive) to {@code to} (exclusive), with the images among them. */
    public Collected slice(int from, int to) {
        List<ImageMark> kept = images.stream()
                .filter(i -> i.before() >= from && i.before() <= to)
                .map(i -> i.before(i.before() - from))
                .toList();
        return new Collected(blocks.subList(from, to), kept);
    }
}
