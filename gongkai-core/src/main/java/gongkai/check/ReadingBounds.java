package gongkai.check;

import gongkai.format.RuleInstance;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.Recognition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sum rule fails under every reading of its doubtful OCR cells: each such cell may hold any number one of
 * the OCR passes read in it (its value and the readings its OCR note names), and a cell where no digit-model pass
 * read a number (or whose readings are not noted) any count from 0 up: on the 150 dpi scan a printed 4 was read
 * only by the Chinese pass, as 1. When even the closest readings leave the sides apart, the rule fails whatever the
 * scan says, and the failure is the publisher's. Cells doubtful for another reason (order, choice, an OCR row placed
 * by order: {@link Recognition#placedByOrder}) and missing cells leave the rule undecided.
 */
final class ReadingBounds {
    private static final Pattern READING = Pattern.compile("read '([+-]?\\d+(?:\\.\\d+)?)'");
    /** A number read by one of the digit-model passes (the Chinese pass alone makes a 1 of many strokes). */
    private static final Pattern DIGIT_MODEL_READING = Pattern.compile("(?:digit|check) pass read '[+-]?\\d");

    private ReadingBounds() {
    }

    static boolean failsUnderEveryReading(RuleInstance instance, CellIndex cells) {
        double low = 0;
        double high = 0;
        for (int side = 0; side < 2; side++) {
            for (String id : side == 0 ? instance.sumIds() : instance.equalsIds()) {
                double[] range = range(cells.cell(id));
                if (range == null) {
                    return false;
                }
                low += side == 0 ? range[0] : -range[1];
                high += side == 0 ? range[1] : -range[0];
            }
        }
        return low > 0 || high < 0;
    }

    /** The least and greatest value the cell may hold, or null when it is no ground at all. */
    private static double[] range(Cell cell) {
        if (cell == null || Recognition.placedByOrder(cell.note())) {
            return null;
        }
        if (cell.isCertain() || cell.basis() != Basis.OCR) {
            return cell.isCertain() && cell.isNumber() ? new double[] {cell.value().doubleValue(),
                    cell.value().doubleValue()} : null;
        }
        List<Double> readings = new ArrayList<>();
        if (cell.note() == null || cell.note().isBlank()
                || cell.note().contains("pass read '") && !DIGIT_MODEL_READING.matcher(cell.note()).find()) {
            // doubtful, and what the passes read is not known, or no digit model read a number: any count
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        if (cell.isNumber()) {
            readings.add(cell.value().doubleValue());
        }
        readings(cell).forEach(r -> readings.add(Double.parseDouble(r)));
        if (readings.isEmpty()) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        return new double[] {readings.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                readings.stream().mapToDouble(Double::doubleValue).max().orElseThrow()};
    }

    /** The numbers the OCR passes read in the cell, as its note names them. */
    static List<String> readings(Cell cell) {
        List<String> out = new ArrayList<>();
        if (cell.note() != null) {
            Matcher m = READING.matcher(cell.note());
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
