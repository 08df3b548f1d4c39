package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Which pixels of a grey page image are ink: darker than a threshold chosen by Otsu's method. */
public final class InkMask {
    private final int width;
    private final int height;
    private final boolean[] ink;

    private InkMask(int width, int height, boolean[] ink) {
        this.width = width;
        this.height = height;
        this.ink = ink;
    }

    /** Faint rules are darker than the paper by at least this many grey levels (a 150 dpi hairline: some 33). */
    static final int FAINT_CONTRAST = 20;
    /** ... and by this many times the paper's own grain (its spread of grey), so that grain is not ink. */
    static final double GRAIN_SIGMAS = 4;

    /** The ink of an image of type {@link BufferedImage#TYPE_BYTE_GRAY}. */
    public static InkMask of(BufferedImage grey) {
        byte[] pixels = pixels(grey);
        return of(grey, pixels, otsu(pixels));
    }

    /**
     * Ink including faint grey: thin table rules printed light, or thinned to a light grey by a low resolution.
     * Darker than the paper by more than its grain; the rule finder's length and shape tests keep grain out.
     */
    public static InkMask faint(BufferedImage grey) {
        byte[] pixels = pixels(grey);
        int threshold = otsu(pixels);
        int paper = paper(pixels, threshold);
        double contrast = Math.max(FAINT_CONTRAST, GRAIN_SIGMAS * grain(pixels, paper));
        return of(grey, pixels, (int) Math.max(threshold, Math.round(paper - contrast)));
    }

    /** The spread of the paper's grey: root mean square deviation of the pixels lighter than the paper's level. */
    static double grain(byte[] pixels, int paper) {
        double sum = 0;
        long n = 0;
        for (byte p : pixels) {
            int v = p & 0xff;
            if (v >= paper) {
                sum += (double) (v - paper) * (v - paper);
                n++;
            }
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** The most common grey level lighter than the threshold. */
    static int paper(byte[] pixels, int threshold) {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xff]++;
        }
        int paper = 255;
        for (int i = threshold + 1; i < 256; i++) {
            paper = histogram[i] > histogram[paper] ? i : paper;
        }
        return paper;
    }

    private static InkMask of(BufferedImage grey, byte[] pixels, int threshold) {
        boolean[] ink = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ink[i] = (pixels[i] & 0xff) <= threshold;
        }
        return new InkMask(grey.getWidth(), grey.getHeight(), ink);
    }

    /** The grey level that best separates ink from paper (maximal between-class variance). */
    static int otsu(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xff]++;
        }
        double total = pixels.length, sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += i * (double) histogram[i];
        }
        double sumDark = 0, weightDark = 0, best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            weightDark += histogram[t];
            if (weightDark == 0 || weightDark == total) {
                continue;
            }
            sumDark += t * (double) histogram[t];
            double meanDark = sumDark / weightDark, meanLight = (sumAll - sumDark) / (total - weightDark);
            double between = weightDark * (total - weightDark) * (meanDark - meanLight) * (meanDark - meanLight);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean ink(int x, int y) {
        return ink[y * width + x];
    }

    /**
     * Ink pixels inside the rectangle that have at least two inked 4-neighbours: strokes count, isolated specks of
     * scanner noise do not.
     */
    public int strokePixels(int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = Math.max(1, y0); y < Math.min(height - 1, y1); y++) {
            for (int x = Math.max(1, x0); x < Math.min(width - 1, x1); x++) {
                if (ink(x, y)) {
                    int neighbours = (ink(x - 1, y) ? 1 : 0) + (ink(x + 1, y) ? 1 : 0)
                            + (ink(x, y - 1) ? 1 : 0) + (ink(x, y + 1) ? 1 : 0);
                    count += neighbours >= 2 ? 1 : 0;
                }
            }
        }
        return count;
    }
}
