package gongkai.read.pdf;

/**
 * The frame a page is read in: PDFBox reports glyph positions relative to their text direction (a table drawn
 * turned by 90° reads left to right in its own frame), so rules, recorded in user space with y up, are turned
 * into the same frame. {@code width} and {@code height} are the crop box's, unrotated. The formulas mirror
 * PDFBox's {@code TextPosition.getXDirAdj}/{@code getYDirAdj} for each direction.
 */
record ReadingFrame(int direction, double width, double height) {
    Ruling toFrame(Ruling user) {
        double a = user.from(), b = user.to(), pos = user.pos();
        boolean h = user.horizontal();
        return switch (direction) {
            case 90 -> new Ruling(!h, pos, a, b);
            case 180 -> h ? new Ruling(true, pos, width - b, width - a) : new Ruling(false, width - pos, a, b);
            case 270 -> h ? new Ruling(false, height - pos, width - b, width - a)
                    : new Ruling(true, width - pos, height - b, height - a);
            default -> h ? new Ruling(true, height - pos, a, b) : new Ruling(false, pos, height - b, height - a);
        };
    }
}
