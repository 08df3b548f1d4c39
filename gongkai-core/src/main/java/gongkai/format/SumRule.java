package gongkai.format;

import java.util.List;

/**
 * A sum rule as data: for each member of the set {@code each} (row or column of {@code table}), the cells
 * named by {@code sum} add up to the cells named by {@code equals}. Templates use {row}, {column} and tag
 * names ({applicant}, {result} …); a placeholder other than {@code each} expands to every member of its set.
 */
public record SumRule(String id, String code, String table, String severity, String category, String each,
                      List<String> sum, List<String> equals, LocalizedText message) {
    public SumRule {
        sum = List.copyOf(sum);
        equals = List.copyOf(equals);
    }
}
