package gongkai.check;

import gongkai.format.LegacyFormat;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a pre-2019 report: the statistical annex's own sums (主动公开 = its channels, 受理 = its
 * channels, 答复总数 = its kinds), per value column, and the narrative's key figures against the annex's
 * figure for the year. A difference is a {@code filing} finding only when every cell it rests on was read
 * with certainty; otherwise it is an {@code extraction} finding (a doubtful split is our doubt, not the
 * publisher's error). The channels are printed as 其中 (of which), so the sums are warnings.
 */
final class AnnexChecks {
    private static final String[] VALUE_COLUMNS = {"year", "cumulative"};

    private final LegacyFormat legacy;
    private final String lang;

    AnnexChecks(LegacyFormat legacy, String lang) {
        this.legacy = legacy;
        this.lang = lang;
    }

    List<Finding> findings(Report report) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        report.cells().forEach(c -> cells.putIfAbsent(c.id(), c));
        List<Finding> out = new ArrayList<>();
        for (LegacyFormat.Rule rule : legacy.annex().rules()) {
            for (String column : VALUE_COLUMNS) {
                check(rule, column, cells).ifPresent(out::add);
            }
        }
        for (LegacyFormat.NarrativeFigure figure : legacy.narrative()) {
            if (figure.annexRow() != null) {
                narrative(figure, cells).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Finding> check(LegacyFormat.Rule rule, String column, Map<String, Cell> cells) {
        List<Cell> parts = rule.sum().stream().map(k -> cells.get(annex(k, column))).filter(c -> c != null).toList();
        List<Cell> totals = rule.equals().stream().map(k -> cells.get(annex(k, column))).toList();
        if (parts.isEmpty() || totals.contains(null) || !parts.stream().allMatch(Cell::isNumber)
                || !totals.stream().allMatch(Cell::isNumber)) {
            return Optional.empty();
        }
        BigDecimal sum = parts.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = totals.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) == 0) {
            return Optional.empty();
        }
        List<Cell> all = new ArrayList<>(parts);
        all.addAll(totals);
        String where = totals.get(0).columnLabel() == null ? column : totals.get(0).columnLabel();
        return Optional.of(finding(rule.id(), all, sum, total,
                rule.message().in(lang) + "（" + where + "：" + sum.toPlainString() + " ≠ " + total.toPlainString() + "）"));
    }

    private Optional<Finding> narrative(LegacyFormat.NarrativeFigure figure, Map<String, Cell> cells) {
        Cell said = cells.get("narrative." + figure.key() + ".value");
        Cell annex = cells.get(annex(figure.annexRow(), "year"));
        if (said == null || annex == null || !said.isNumber() || !annex.isNumber()
                || said.value().compareTo(annex.value()) == 0) {
            return Optional.empty();
        }
        String message = "en".equals(lang)
                ? "the text says " + said.value().toPlainString() + " (" + said.rowLabel() + ") but the annex prints "
                        + annex.raw() + " for " + annex.rowLabel()
                : "正文称" + said.value().toPlainString() + "（" + said.rowLabel() + "），统计表“" + annex.rowLabel() + "”为" + annex.raw();
        return Optional.of(finding("legacy.narrative_vs_annex", List.of(said, annex), said.value(),
                annex.value(), message));
    }

    private static Finding finding(String rule, List<Cell> cells, BigDecimal expected, BigDecimal actual, String message) {
        boolean certain = cells.stream().allMatch(Cell::isCertain);
        return new Finding(rule, Severity.WARNING, certain ? Category.FILING : Category.EXTRACTION,
                cells.stream().map(Cell::id).toList(), expected, actual, message);
    }

    private static String annex(String row, String column) {
        return "annex." + row + "." + column;
    }
}
