package gongkai.write;

import java.util.regex.Pattern;

/**
 * Neutralises CSV text fields that a spreadsheet would run as a formula: a field starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice), unless
 * the whole field is a plain number ({@code -1}, {@code +2}, {@code -3.5}), which stays a number.
 */
final class SpreadsheetSafe {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetSafe() {
    }

    static String text(String field) {
        if (field == null || field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }
}
