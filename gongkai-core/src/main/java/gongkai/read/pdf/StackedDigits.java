package gongkai.read.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one ruled cell box. A column too narrow for its numbers wraps a value inside its cell (26 printed as
 * 2 over 6): lines of a cell that are all digits are one number, read top to bottom. The cell box is the drawn
 * one, so the lines cannot be two rows' values; any line that is not digits keeps the lines apart.
 */
final class StackedDigits {
    /** A piece of a wrapped number: digits, a decimal point or thousands commas, a sign on the first line. */
    private static final Pattern PIECE = Pattern.compile("[+\\-]?[0-9.,]*[0-9][0-9.,]*|[+\\-]?[.,]?");
    private static final Pattern NUMBER = Pattern.compile("[+\\-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?");

    private StackedDigits() {
    }

    /** The cell's text: its lines joined with '\n', or one number when every line is a piece of it. */
    static String cellText(List<TextLine> lines) {
        String text = TextLine.join(lines);
        if (!text.contains("\n")) {
            return text;
        }
        String[] pieces = text.split("\n");
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].replace(" ", "");
            boolean signed = piece.startsWith("+") || piece.startsWith("-");
            if (!PIECE.matcher(piece).matches() || signed && i > 0) {
                return text;
            }
            number.append(piece);
        }
        return NUMBER.matcher(number).matches() ? number.toString() : text;
    }
}
