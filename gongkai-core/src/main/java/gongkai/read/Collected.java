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

    /** An image in the flow of the document, standing just before block {@code before}. */
    public record ImageMark(int before, String description, Location location) {
    }

    /** The blocks from {@code from} (inclusive) to {@code to} (exclusive), with the images among them. */
    public Collected slice(int from, int to) {
        List<ImageMark> kept = images.stream()
                .filter(i -> i.before() >= from && i.before() <= to)
                .map(i -> new ImageMark(i.before() - from, i.description(), i.location()))
                .toList();
        return new Collected(blocks.subList(from, to), kept);
    }
}
