package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The OCR grid stage on drawn pages: faint, grainy and rotated rules, text strokes, specks, misread digits. */
class OcrGridTest {
    @Test
    void aHairlineAsLightAsA150DpiScanGivesIsARule() {
        BufferedImage page = page(255);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(222, 222, 222));
        g.fillRect(200, 400, 800, 2);
        g.dispose();
        List<ImageRule> rules = RuleFinder.find(InkMask.faint(page), 300);
        assertEquals(1, rules.size(), rules.toString());
        assertEquals(400.5, rules.get(0).pos(), 0.01);
        assertEquals(200, rules.get(0).from());
        assertEquals(999, rules.get(0).to());
    }

    @Test
    void grainOnGreyPaperIsNoRuleAndTheRulesUnderItAreFound() {
        BufferedImage page = page(216);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(200, 400, 800, 3);
        g.fillRect(600, 200, 3, 500);
        g.dispose();
        Random random = new Random(7);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = page.getRaster().getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 6);
                page.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        List<ImageRule> rules = RuleFinder.find(InkMask.faint(page), 300);
        assertEquals(2, rules.size(), rules.toString());
        assertEquals(1, rules.stream().filter(ImageRule::horizontal).count());
    }

    @Test
    void joinedStrokesOfALineOfTextAreNoRule() {
        BufferedImage page = page(255);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(200, 400, 400, 3); // strokes of neighbouring characters, joined
        for (int x = 200; x < 600; x += 12) {
            g.fillRect(x, 380, 6, 45); // and the characters' other strokes beside them
        }
        g.fillRect(200, 600, 400, 3); // a rule, crossed by two others only
        g.fillRect(300, 560, 3, 80);
        g.fillRect(500, 560, 3, 80);
        g.dispose();
        List<ImageRule> horizontal = RuleFinder.find(InkMask.faint(page), 300).stream()
                .filter(ImageRule::horizontal).toList();
        assertEquals(1, horizontal.size(), horizontal.toString());
        assertEquals(601, horizontal.get(0).pos(), 0.01);
    }

    @Test
    void aTurnedGridStraightenedHasEachRuleOnce() {
        BufferedImage turned = grid(0.97);
        double angle = Deskew.angle(InkMask.of(turned));
        assertEquals(0.97, angle, 0.03);
        List<ImageRule> rules = RuleFinder.find(InkMask.faint(Deskew.rotate(turned, angle)), 300);
        assertEquals(4, rules.stream().filter(ImageRule::horizontal).count(), rules.toString());
        assertEquals(5, rules.stream().filter(r -> !r.horizontal()).count(), rules.toString());
    }

    @Test
    void specksAreRemovedAndThePaperWhitenedOnASpeckledPageOnly() {
        BufferedImage clean = page(255);
        Graphics2D g = clean.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(500, 500, 6, 40); // a stroke
        g.fillRect(520, 530, 5, 5); // a decimal point
        g.dispose();
        assertSame(clean, Specks.removed(clean, InkMask.of(clean), 300));

        BufferedImage speckled = page(230);
        g = speckled.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(500, 500, 6, 40);
        g.fillRect(520, 530, 5, 5);
        g.dispose();
        Random random = new Random(3);
        for (int k = 0; k < 400; k++) {
            speckled.getRaster().setSample(random.nextInt(1150), 20 + random.nextInt(400), 0, 40);
        }
        BufferedImage out = Specks.removed(speckled, InkMask.of(speckled), 300);
        InkMask ink = InkMask.of(out);
        assertEquals(6 * 40 + 5 * 5, inkPixels(ink));
        assertEquals(255, out.getRaster().getSample(5, 5, 0));
    }

    @Test
    void aCharacterInAColumnOfNumbersIsASuspectAndAHeaderAboveThemIsNot() {
        List<Rectangle> cells = List.of(new Rectangle(100, 0, 50, 30), new Rectangle(100, 30, 50, 30),
                new Rectangle(100, 60, 50, 30), new Rectangle(100, 90, 50, 30), new Rectangle(100, 120, 50, 30),
                new Rectangle(0, 120, 100, 30));
        List<List<OcrWord>> full = List.of(words("总计"), words("12"), words("7"), words("外"), words("30"),
                words("其他"));
        List<Integer> inked = List.of(0, 1, 2, 3, 4, 5);
        assertEquals(List.of(3), DigitColumns.suspects(cells, inked, full, List.of(1, 2, 4)));
        assertEquals(List.of(3), DigitColumns.suspects(cells, inked,
                List.of(words("总计"), words("12"), words("7"), words("+和4"), words("30"), words("其他")),
                List.of(1, 2, 4)));
    }

    @Test
    void aCharacterRightOfNumbersInARowOfThemIsASuspectAndTheRowLabelIsNot() {
        List<Rectangle> cells = new java.util.ArrayList<>(List.of(new Rectangle(0, 100, 100, 30)));
        for (int c = 0; c < 5; c++) {
            cells.add(new Rectangle(100 + 50 * c, 100, 50, 30));
        }
        cells.add(new Rectangle(100, 0, 50, 100)); // a heading above the first number
        List<List<OcrWord>> full = List.of(words("其他"), words("7"), words("7"), words("名"), words("9"),
                words("23"), words("结果"));
        List<Integer> inked = List.of(0, 1, 2, 3, 4, 5, 6);
        assertEquals(List.of(3), DigitColumns.suspects(cells, inked, full, List.of(1, 2, 4, 5)));
        assertEquals(List.of(), DigitColumns.suspects(cells, inked, full, List.of(1, 4)));
    }

    @Test
    void digitReadingsGiveOneNumberWhenTheyAgreeOrOneIsEmpty() {
        assertTrue(DigitColumns.agree(words("4"), words("")));
        assertTrue(DigitColumns.agree(words(""), words("4")));
        assertTrue(DigitColumns.agree(words("+4"), words("+4")));
        assertEquals(false, DigitColumns.agree(words("4"), words("1")));
        assertEquals(false, DigitColumns.agree(words(""), words("")));
    }

    @Test
    void rowsOfATableWithoutHorizontalRulesAreToldFromItsTextLines() {
        BufferedImage page = page(255);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 900, 3); // the top rule; no closing rule (the table goes on over the page)
        for (int x : new int[] {100, 500, 700, 1000}) {
            g.fillRect(x, 100, 3, 600); // verticals
        }
        for (int row = 0; row < 5; row++) {
            int y = 130 + 110 * row;
            g.fillRect(540, y, 40, 30); // a number in each value column
            g.fillRect(740, y, 40, 30);
            g.fillRect(150, row == 2 ? y - 25 : y, 300, row == 2 ? 80 : 30); // a label, over two lines in row 2
        }
        g.dispose();
        List<Ruling> found = RuleFinder.find(InkMask.faint(page), 300).stream()
                .map(r -> new Ruling(r.horizontal(), r.pos() * 72 / 300, r.from() * 72 / 300, r.to() * 72 / 300))
                .toList();
        TextRows.Inferred inferred = TextRows.withRows(found, InkMask.of(page), 300);
        assertEquals(found.size() + 1 + 4 * 3, inferred.rulings().size(), inferred.rulings().toString());
        assertEquals(12, inferred.rows().size());
        RuledGrid grid = GridBuilder.build(inferred.rulings().stream().toList(), gongkai.read.ReadLimits.DEFAULT);
        assertEquals(5, grid.rows());
        assertEquals(3, grid.cols());
        assertEquals("OCR: row told from text lines, no rule printed",
                TextRows.doubted(new gongkai.model.Recognition(0.99, null)).note());
    }

    private static List<OcrWord> words(String text) {
        return text.isEmpty() ? List.of() : List.of(new OcrWord(text, 0.9, 0, 0, 10, 10, "1.1.1"));
    }

    private static long inkPixels(InkMask mask) {
        long n = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                n += mask.ink(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    private static BufferedImage page(int paper) {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        return image;
    }

    /** A 3-row, 4-column grid of 3 px grey rules, turned by degrees. */
    private static BufferedImage grid(double degrees) {
        BufferedImage image = page(255);
        Graphics2D g = image.createGraphics();
        g.rotate(Math.toRadians(degrees), 600, 400);
        g.setColor(new Color(120, 120, 120));
        g.setStroke(new BasicStroke(3));
        for (int r = 0; r <= 3; r++) {
            g.drawLine(200, 200 + 130 * r, 1000, 200 + 130 * r);
        }
        for (int c = 0; c <= 4; c++) {
            g.drawLine(200 + 200 * c, 200, 200 + 200 * c, 590);
        }
        g.dispose();
        return image;
    }
}
