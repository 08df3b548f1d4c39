package gongkai.read.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Cell images for the engine: each cell cut from the page, enlarged, on a white margin. */
final class CellCrops {
    /** White margin around each cell image (Tesseract reads poorly up to the image edge). */
    static final int PADDING = 12;
    /** Grey levels at or below this are ink when a cell image is cut to its ink. */
    private static final int INK = 128;
    /**
     * Grey levels at or below this join a glyph's shape when its ink is counted: a thin stroke of a printed 0 at 200
     * dpi runs lighter than {@link #INK} and would split it in two; the white gap between two digits stays apart.
     */
    private static final int STROKE_EDGE = 160;

    private CellCrops() {
    }

    /** The images of the cells {@code which} (indexes into {@code cells}), in that order. */
    static List<BufferedImage> of(BufferedImage page, List<Rectangle> cells, List<Integer> which, int enlarge) {
        return of(page, which.stream().map(cells::get).toList(), enlarge);
    }

    /**
     * The same cells cut to their ink (the engine scales a one-line image to a fixed height: a digit in a tall
     * empty cell shrinks to a few pixels and is lost); with the offset of each cut inside its cell.
     */
    static List<Rectangle> inked(BufferedImage page, List<Rectangle> cells, List<Integer> which) {
        List<Rectangle> cut = new ArrayList<>();
        for (int i : which) {
            Rectangle r = cells.get(i);
            int x0 = r.x + r.width, y0 = r.y + r.height, x1 = r.x - 1, y1 = r.y - 1;
            for (int y = r.y; y < r.y + r.height; y++) {
                for (int x = r.x; x < r.x + r.width; x++) {
                    if ((page.getRaster().getSample(x, y, 0)) <= INK) {
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    }
                }
            }
            cut.add(x1 < x0 ? r : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
        }
        return cut;
    }

    /**
     * How many 8-connected ink shapes the rectangle holds: a lone digit is one (a number of several digits, a digit
     * and a speck, or a digit beside a ruling's remnant are more).
     */
    static int inkComponents(BufferedImage page, Rectangle r) {
        boolean[][] seen = new boolean[r.height][r.width];
        int components = 0;
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (seen[y][x] || !isInk(page, r.x + x, r.y + y)) {
                    continue;
                }
                components++;
                seen[y][x] = true;
                stack.push(new int[] {x, y});
                while (!stack.isEmpty()) {
                    int[] p = stack.pop();
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = p[0] + dx, ny = p[1] + dy;
                            if (nx >= 0 && ny >= 0 && nx < r.width && ny < r.height && !seen[ny][nx]
                                    && isInk(page, r.x + nx, r.y + ny)) {
                                seen[ny][nx] = true;
                                stack.push(new int[] {nx, ny});
                            }
                        }
                    }
                }
            }
        }
        return components;
    }

    private static boolean isInk(BufferedImage page, int x, int y) {
        return page.getRaster().getSample(x, y, 0) <= STROKE_EDGE;
    }

    static List<BufferedImage> of(BufferedImage page, List<Rectangle> rects, int enlarge) {
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle r : rects) {
            BufferedImage crop = new BufferedImage(enlarge * r.width + 2 * PADDING, enlarge * r.height + 2 * PADDING,
                    BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = crop.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(page.getSubimage(r.x, r.y, r.width, r.height), PADDING, PADDING,
                        enlarge * r.width, enlarge * r.height, null);
            } finally {
                g.dispose();
            }
            crops.add(crop);
        }
        return crops;
    }
}
