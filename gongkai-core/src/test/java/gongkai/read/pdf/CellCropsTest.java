package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A cell's ink counted in shapes: one for a lone digit, more for a number, a speck or a ruling's remnant. */
class CellCropsTest {
    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(120, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 60);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawOval(50, 10, 16, 30); // a 0
        g.dispose();
        return page;
    }

    @Test
    void aLoneZeroIsOneShape() {
        assertEquals(1, CellCrops.inkComponents(page(), new Rectangle(40, 5, 40, 40)));
    }

    @Test
    void aOneBesideItMakesTwo() {
        BufferedImage page = page();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(40, 10, 3, 30); // a 1 printed before the 0: "10"
        g.dispose();
        assertEquals(2, CellCrops.inkComponents(page, new Rectangle(38, 5, 42, 40)));
    }

    @Test
    void aSpeckCountsAndBlankIsNone() {
        BufferedImage page = page();
        page.getRaster().setSample(75, 42, 0, 0);
        assertEquals(2, CellCrops.inkComponents(page, new Rectangle(40, 5, 40, 40)));
        assertEquals(0, CellCrops.inkComponents(page, new Rectangle(0, 0, 30, 30)));
    }
}
