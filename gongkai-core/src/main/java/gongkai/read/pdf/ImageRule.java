package gongkai.read.pdf;

/**
 * A ruling line found in a page image, in pixels: a horizontal one lies at y = {@code pos} from x = {@code from}
 * to {@code to}; a vertical one at x = {@code pos} from y = {@code from} to {@code to}; {@code thickness} across it.
 */
public record ImageRule(boolean horizontal, double pos, int from, int to, int thickness) {
}
