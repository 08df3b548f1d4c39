package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Cleans a speckled page image for recognition. Removes scanner specks: blobs of ink of a few pixels that touch nothing. The engine reads them
 * as characters (a digit cell with three specks reads as 区 or 和). Only on a speckled page: on a clean one the
 * smallest blobs are bits of strokes and decimal points, left as they are.
 */
final class Specks {
    /** A blob of at most this many pixels at 300 dpi (a decimal point has some 25) is a speck. */
    static final int MAX_SPECK_PIXELS_300DPI = 6;
    /** A page with more specks than this per million pixels is speckled (clean scans have some 10). */
    static final int SPECKLED_PER_MEGAPIXEL = 100;

    private Specks() {
    }

    /**
     * The page with its specks and its paper white (grey lighter than the ink threshold: in a nearly empty cell the
     * engine's own threshold falls into the grain and reads it as text); the same image when the page is not
     * speckled.
     */
    static BufferedImage removed(BufferedImage grey, InkMask mask, double dpi) {
        int w = mask.width(), h = mask.height();
        int maxPixels = Math.max(1, (int) Math.round(MAX_SPECK_PIXELS_300DPI * (dpi / 300) * (dpi / 300)));
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[maxPixels + 1];
        int[] blob = new int[w * h / 8 + 1];
        int specks = 0, speckPixels = 0;
        for (int i = 0; i < w * h; i++) {
            if (seen[i] || !mask.ink(i % w, i / w)) {
                continue;
            }
            int area = fill(mask, seen, i, stack, maxPixels);
            if (area <= maxPixels && speckPixels + area < blob.length) {
                System.arraycopy(stack, 0, blob, speckPixels, area);
                speckPixels += area;
                specks++;
            }
        }
        if (specks * 1e6 / ((double) w * h) < SPECKLED_PER_MEGAPIXEL) {
            return grey;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.setData(grey.getRaster());
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int threshold = InkMask.otsu(pixels);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (pixels[i] & 0xff) > threshold ? (byte) 255 : pixels[i];
        }
        for (int k = 0; k < speckPixels; k++) {
            pixels[blob[k]] = (byte) 255;
        }
        return out;
    }

    /**
     * Marks the 8-connected blob at {@code start} as seen and returns its size; the first {@code max + 1} of its
     * pixels are left in {@code first} (a larger blob is not a speck, and its pixels are not needed).
     */
    private static int fill(InkMask mask, boolean[] seen, int start, int[] first, int max) {
        int w = mask.width(), h = mask.height();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(start);
        seen[start] = true;
        int area = 0;
        while (!todo.isEmpty()) {
            int p = todo.pop();
            if (area <= max) {
                first[area] = p;
            }
            area++;
            int x = p % w, y = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx] && mask.ink(nx, ny)) {
                        seen[ny * w + nx] = true;
                        todo.push(ny * w + nx);
                    }
                }
            }
        }
        return area;
    }
}
