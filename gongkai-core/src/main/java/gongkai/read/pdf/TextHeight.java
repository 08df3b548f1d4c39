package gongkai.read.pdf;

import java.util.Arrays;

/**
 * The height of a picture's printed characters, in pixels: the tall connected blots of ink (a digit, most Chinese
 * characters' main stroke group), rules and frames left out. A picture of a table carries no trustworthy resolution
 * (a screenshot says 96 dpi whatever its zoom); its text height says how far to enlarge it for the OCR pipeline,
 * which is tuned for text rendered at 300 dpi.
 */
final class TextHeight {
    /** Blots lower than this are specks or dots, not characters. */
    private static final int MIN_BLOT = 4;
    /** A blot wider than this many times its height is a rule or an underline. */
    private static final int MAX_ASPECT = 4;
    /** Share of the blots, tallest first, whose height is taken (the tall ones are whole characters). */
    private static final double PERCENTILE = 0.8;

    private TextHeight() {
    }

    /** The characters' height in pixels, or 0 when the picture shows no character-like ink. */
    static double of(InkMask mask) {
        int w = mask.width(), h = mask.height();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[1 << 12];
        int[] heights = new int[1024];
        int count = 0;
        int maxBlot = Math.max(MIN_BLOT + 1, h / 5);
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || !mask.ink(start % w, start / w)) {
                continue;
            }
            int top = h, bottom = -1, left = w, right = -1, size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int p = stack[--size], x = p % w, y = p / w;
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                left = Math.min(left, x);
                right = Math.max(right, x);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx] && mask.ink(nx, ny)) {
                            seen[ny * w + nx] = true;
                            if (size == stack.length) {
                                stack = Arrays.copyOf(stack, 2 * size); // a blot's pixels: a table's frame is large
                            }
                            stack[size++] = ny * w + nx;
                        }
                    }
                }
            }
            int height = bottom - top + 1, width = right - left + 1;
            if (height >= MIN_BLOT && height <= maxBlot && width <= MAX_ASPECT * height) {
                if (count == heights.length) {
                    heights = Arrays.copyOf(heights, 2 * count);
                }
                heights[count++] = height;
            }
        }
        if (count == 0) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(heights, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(count - 1, Math.floor(PERCENTILE * count))];
    }
}
