package gongkai.check;

import gongkai.check.NarrativeClaims.Claim;
import gongkai.format.AuditSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.text.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The narrative against the tables: counts the text states ({@link NarrativeClaims}: A1 totals, A2 result
 * groups) compared with the table cells they restate. A mismatch is a filing finding with the sentence as
 * evidence; the table value is {@code expected}, the narrative number {@code actual}. The table wins: nothing
 * is changed. Also A3: fees in the tables but no word on fees in part 六 (info).
 */
final class NarrativeChecks {
    static final String FEE_MENTION = "a3.fee_mention";
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,！!？?\\n]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    private final AuditSpec audits;
    private final List<Claim> claims;
    private final String lang;

    NarrativeChecks(AuditSpec audits, String lang) {
        this.audits = audits;
        this.claims = NarrativeClaims.of(audits);
        this.lang = lang;
    }

    List<Finding> findings(Report report, CellIndex cells) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Section section : report.sections()) {
            if (audits.narrativeParts().contains(section.key()) && section.text() != null) {
                String text = Normalizer.normalize(section.text());
                claims.forEach(claim -> scan(claim, section, text, cells, seen, findings));
            }
        }
        feeMention(report, cells).ifPresent(findings::add);
        return findings;
    }

    /** Every statement of one claim in one part; a number already compared for the same cells is skipped. */
    private void scan(Claim claim, Section section, String text, CellIndex cells, Set<String> seen,
                      List<Finding> findings) {
        Matcher m = claim.pattern().matcher(text);
        while (m.find()) {
            if (claim.total() && partOfABreakdown(text, m.start())) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1).replace(",", ""));
            if (seen.add(claim.cells() + "=" + stated)) {
                compare(claim, stated, section, sentence(text, m.start(), m.end()), cells).ifPresent(findings::add);
            }
        }
    }

    private Optional<Finding> compare(Claim claim, BigDecimal stated, Section section, String sentence,
                                      CellIndex cells) {
        BigDecimal table = sum(claim.cells(), cells);
        if (table == null || table.compareTo(stated) == 0) {
            return Optional.empty();
        }
        String message = Texts.pick(lang, "第%s部分称“%s”：%s 件，表中%s（%s）为 %s",
                "part %s says “%s”: %s, the table's %s (%s) holds %s").formatted(partName(section.key()), sentence,
                Texts.number(stated), Texts.pick(lang, claim.zh(), claim.rule().substring(3)),
                String.join("+", claim.cells()), Texts.number(table)) + otherMatches(stated, claim, cells);
        return Optional.of(new Finding(claim.rule(), claim.severity(), Category.FILING, claim.cells(),
                table, stated, message));
    }

    /** 三 for s3 in Chinese, 3 in English. */
    private String partName(String key) {
        int n = key.charAt(1) - '0';
        return "en".equals(lang) || n < 1 || n > 6 ? String.valueOf(n) : String.valueOf("一二三四五六".charAt(n - 1));
    }

    /**
     * Other table figures equal to the narrative number (another claim's cells, a row total of table 3, or new
     * plus carried-in): perhaps the text restates a different cell.
     */
    private String otherMatches(BigDecimal stated, Claim claim, CellIndex cells) {
        List<List<String>> candidates = new ArrayList<>();
        claims.forEach(other -> candidates.add(other.cells()));
        if (audits.otherTotalsTable() != null) {
            cells.idsOfTable(audits.otherTotalsTable()).stream().filter(id -> id.endsWith(".total"))
                    .forEach(id -> candidates.add(List.of(id)));
        }
        candidates.addAll(audits.otherSums());
        List<String> matches = new ArrayList<>();
        for (List<String> candidate : candidates) {
            BigDecimal value = sum(candidate, cells);
            if (!candidate.equals(claim.cells()) && value != null && value.compareTo(stated) == 0) {
                matches.add(String.join("+", candidate));
            }
        }
        List<String> distinct = matches.stream().distinct().collect(Collectors.toList());
        if (distinct.isEmpty()) {
            return "";
        }
        return Texts.pick(lang, "；该数等于 %s，可能指的是它", "; the number equals %s, which the text may mean")
                .formatted(String.join("、", distinct));
    }

    /** A3: fees charged per the tables but part 六 says nothing about fees. */
    private Optional<Finding> feeMention(Report report, CellIndex cells) {
        List<String> charged = new ArrayList<>();
        for (String id : audits.feeCells()) {
            BigDecimal value = cells.number(id);
            if (value != null && value.signum() > 0) {
                charged.add(id);
            }
        }
        String s6 = report.sections().stream().filter(s -> s.key().equals(audits.feePart())).map(Section::text)
                .filter(Objects::nonNull).collect(Collectors.joining());
        if (charged.isEmpty() || s6.contains("费")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FEE_MENTION, Severity.INFO, Category.FILING, charged, null, null,
                Texts.pick(lang, "表中有收费（%s 大于 0），第%s部分却未提及收费",
                        "the tables show fees (%s above 0) but part %s does not mention fees")
                        .formatted(String.join("、", charged), partName(audits.feePart()))));
    }

    private static BigDecimal sum(List<String> ids, CellIndex cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal value = cells.number(id);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** A count inside a clause starting with 其中 is a part (by channel, by outcome), not the total. */
    static boolean partOfABreakdown(String text, int start) {
        int clause = 0;
        Matcher m = CLAUSE_END.matcher(text);
        while (m.find() && m.start() < start) {
            clause = m.end();
        }
        return text.substring(clause, start).contains("其中");
    }

    /** The sentence around a match, for evidence. */
    static String sentence(String text, int start, int end) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.start() < start) {
            from = m.end();
        }
        Matcher after = SENTENCE_END.matcher(text);
        int to = after.find(end) ? after.start() + 1 : text.length();
        return text.substring(from, to).strip();
    }
}
