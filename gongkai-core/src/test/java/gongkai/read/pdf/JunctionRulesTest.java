package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.read.ReadLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table as a 1-bit fax leaves it (table 4 of the 2021 template): its frame and verticals, every inner horizontal
 * rule lost. The rules under the heading cells are told from where the verticals end, the rule between the
 * headings and the row of values from the text lines.
 */
class JunctionRulesTest {
    private static final double DPI = 300;

    @Test
    void aVerticalEndingInsideTheFrameEndsOnARuleToTheNearestVerticalsCrossingItsHeight() {
        List<Ruling> frame = frame();
        assertEquals(List.of(new Ruling(true, 120, 0, 150), new Ruling(true, 120, 150, 300),
                        new Ruling(true, 140, 150, 225), new Ruling(true, 140, 225, 300)),
                sorted(JunctionRules.inferred(frame)));
    }

    @Test
    void aVerticalBrokenByTheScanOrEndingOnAFoundRuleGivesNoRule() {
        List<Ruling> frame = new ArrayList<>(List.of(new Ruling(true, 100, 0, 300), new Ruling(true, 200, 0, 300),
                new Ruling(false, 0, 100, 200), new Ruling(false, 300, 100, 200),
                new Ruling(false, 100, 100, 150), new Ruling(false, 100, 156, 200), // one rule, broken
                new Ruling(true, 160, 0, 300), new Ruling(false, 200, 160, 200))); // ends on a rule found
        assertEquals(List.of(), JunctionRules.inferred(frame));
    }

    @Test
    void theRowOfValuesUnderHeadingsOfDifferentHeightsIsARowOfItsOwn() {
        BufferedImage page = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.BLACK);
        int[] columns = {100, 250, 400, 550, 662, 775, 887, 1000};
        for (int c = 0; c + 1 < columns.length; c++) {
            int x = columns[c] + 30;
            boolean total = c == 2 || c == 6;
            g.fillRect(x, total ? 350 : 330, 60, 30); // a heading, over two lines but for 总计
            if (!total) {
                g.fillRect(x, 370, 30, 30);
            }
            g.fillRect(x, 520, 30, 30); // the row of values
        }
        g.fillRect(280, 140, 90, 30); // 行政复议
        g.fillRect(700, 140, 150, 30); // 行政诉讼
        g.fillRect(600, 235, 120, 30); // 未经复议直接起诉
        g.fillRect(800, 235, 80, 30); // 复议后起诉
        g.dispose();
        List<Ruling> rulings = new ArrayList<>(List.of(rule(true, 101, 100, 1002), rule(true, 601, 100, 1002)));
        for (int x : columns) {
            int top = x == 250 || x == 400 || x == 775 ? 200 : x == 662 || x == 887 ? 300 : 100;
            rulings.add(rule(false, x + 1, top, 602));
        }
        TextRows.Inferred inferred = TextRows.withRows(rulings, InkMask.of(page), DPI);

        double cut = (399 + 520) / 2.0 / (DPI / 72); // between the last heading line (399) and the values (520)
        assertEquals(List.of(rule(true, 200, 101, 551), rule(true, 200, 551, 1001), rule(true, 300, 551, 776),
                rule(true, 300, 776, 1001), new Ruling(true, cut, pt(101), pt(1001))), sorted(inferred.rows()));
        RuledGrid grid = GridBuilder.build(inferred.rulings(), ReadLimits.DEFAULT);
        assertEquals(4, grid.rows());
        assertEquals(7, grid.cols());
        assertEquals(7, grid.spans().stream().filter(s -> s.row() == 3 && s.rowSpan() == 1).count());
        assertEquals(List.of(new Span(0, 0, 1, 3), new Span(0, 3, 1, 4)),
                grid.spans().stream().filter(s -> s.row() == 0).toList());
    }

    /** Table 4's frame in points: 行政复议 over 0..150, 行政诉讼 over 150..300 split at 225 below 120. */
    private static List<Ruling> frame() {
        return List.of(new Ruling(true, 100, 0, 300), new Ruling(true, 200, 0, 300),
                new Ruling(false, 0, 100, 200), new Ruling(false, 150, 100, 200), new Ruling(false, 300, 100, 200),
                new Ruling(false, 50, 120, 200), new Ruling(false, 100, 120, 200), new Ruling(false, 225, 120, 200),
                new Ruling(false, 187.5, 140, 200), new Ruling(false, 262.5, 140, 200));
    }

    private static Ruling rule(boolean horizontal, int pos, int from, int to) {
        return new Ruling(horizontal, pt(pos), pt(from), pt(to));
    }

    private static double pt(int pixels) {
        return pixels * 72 / DPI;
    }

    private static List<Ruling> sorted(List<Ruling> rulings) {
        return rulings.stream().sorted(Comparator.comparingDouble(Ruling::pos).thenComparingDouble(Ruling::from))
                .toList();
    }
}
