package gongkai.read.pdf;

import gongkai.model.BoundingBox;
import gongkai.model.Recognition;

/** How one table cell of a scanned page was recognised: its page, its box in PDF points, confidence and note. */
record OcrReading(int page, BoundingBox box, Recognition recognition) {
    boolean centredIn(int otherPage, BoundingBox other) {
        double cx = (box.x0() + box.x1()) / 2, cy = (box.y0() + box.y1()) / 2;
        return page == otherPage && cx >= other.x0() && cx <= other.x1() && cy >= other.y0() && cy <= other.y1();
    }
}
