package gongkai.check;

import gongkai.model.Basis;
import gongkai.model.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a doubtful OCR number that a failed rule runs through: the one alternative reading that makes every rule
 * through the cell hold, offered as a note {@code suggestion: <value>} (the value itself is never changed).
 * Alternatives are the other readings the OCR note names and the common digit confusions, one digit at a time.
 */
final class DigitSuggestions {
    /** Digits the engine confuses with each other in print. */
    private static final Map<Character, String> CONFUSED = Map.of('1', "74", '7', "1", '3', "8", '8', "306", '0', "86",
            '5', "6", '6', "58", '4', "1");

    private DigitSuggestions() {
    }

    /** Notes by cell id. */
    static Map<String, String> notes(List<Outcome> outcomes, CellIndex cells) {
        Map<String, String> notes = new LinkedHashMap<>();
        Set<String> doubtful = new LinkedHashSet<>();
        outcomes.stream().filter(Outcome::violated).forEach(o -> o.instance().cellIds().stream()
                .filter(id -> isDoubtfulOcrNumber(cells.cell(id))).forEach(doubtful::add));
        for (String id : doubtful) {
            List<Outcome> through = outcomes.stream().filter(o -> o.instance().cellIds().contains(id)).toList();
            List<BigDecimal> fitting = alternatives(cells.cell(id)).stream()
                    .filter(v -> through.stream().allMatch(o -> holdsWith(o, cells, id, v))).toList();
            if (fitting.size() == 1) {
                notes.put(id, "suggestion: " + fitting.get(0).toPlainString());
            }
        }
        return notes;
    }

    private static boolean isDoubtfulOcrNumber(Cell cell) {
        return cell != null && cell.basis() == Basis.OCR && cell.isNumber() && !cell.isCertain();
    }

    /** The other readings in the cell's note, then each one-digit confusion of its value. */
    static List<BigDecimal> alternatives(Cell cell) {
        Set<String> texts = new LinkedHashSet<>(ReadingBounds.readings(cell));
        String raw = cell.value().toPlainString();
        for (int i = 0; i < raw.length(); i++) {
            for (char c : CONFUSED.getOrDefault(raw.charAt(i), "").toCharArray()) {
                texts.add(raw.substring(0, i) + c + raw.substring(i + 1));
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String t : texts) {
            BigDecimal v = new BigDecimal(t);
            if (v.compareTo(cell.value()) != 0 && values.stream().noneMatch(x -> x.compareTo(v) == 0)) {
                values.add(v);
            }
        }
        return values;
    }

    /** Whether the rule holds (or cannot be evaluated) with the cell read as the value. */
    private static boolean holdsWith(Outcome outcome, CellIndex cells, String id, BigDecimal value) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal equals = BigDecimal.ZERO;
        for (String s : outcome.instance().sumIds()) {
            BigDecimal v = s.equals(id) ? value : cells.number(s);
            if (v == null) {
                return true;
            }
            sum = sum.add(v);
        }
        for (String e : outcome.instance().equalsIds()) {
            BigDecimal v = e.equals(id) ? value : cells.number(e);
            if (v == null) {
                return true;
            }
            equals = equals.add(v);
        }
        return sum.compareTo(equals) == 0;
    }
}
