package gongkai.check;

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
 * The narrative against the tables (A1): counts the text states (收到申请N件, 答复M件, 上年结转K件, 结转下年度J件,
 * 行政复议N件, 行政诉讼M件) compared with the table cells they restate. A mismatch is a filing warning with the
 * sentence as evidence; the table value is {@code expected}, the narrative number {@code actual}. The table
 * wins: nothing is changed. Also A3: fees in the tables but no word on fees in part 六 (info).
 */
final class NarrativeChecks {
    static final String FEE_MENTION = "a3.fee_mention";
    private static final List<String> NARRATIVE_SECTIONS = List.of("s1", "s3", "s4", "s6");
    private static final String CLAUSE = "[^。；;，,\\d复诉]";
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,！!？?\\n]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    /** A count the narrative states, the pattern that finds it (group 1 = the number) and the cells it restates. */
    record Claim(String rule, Pattern pattern, List<String> cells, String zh) {
    }

    static final List<Claim> CLAIMS = List.of(
            claim("a1.new_received", "(?:收到|受理|新收)" + CLAUSE + "{0,20}?申请\\s*(\\d+)\\s*件",
                    "本年新收申请", "t3.new_received.total"),
            claim("a1.new_received", "(?:收到|受理|新收)" + CLAUSE + "{0,10}?(\\d+)\\s*件" + CLAUSE + "{0,8}?申请",
                    "本年新收申请", "t3.new_received.total"),
            claim("a1.result_total", "(?<!按时|延期|逾期|及时)(?:答复|办结)" + CLAUSE + "{0,12}?(\\d+)\\s*件", "办理结果总计",
                    "t3.result_total.total"),
            claim("a1.carried_in", "(?:上一?年度?|往年)结转" + CLAUSE + "{0,12}?(\\d+)\\s*件", "上年结转",
                    "t3.carried_in.total"),
            claim("a1.carried_out", "(?:结转|顺延|转入)(?:至|到)?下一?年度?" + CLAUSE + "{0,12}?(\\d+)\\s*件",
                    "结转下年度", "t3.carried_out.total"),
            claim("a1.carried_out", "(\\d+)\\s*件" + CLAUSE + "{0,6}?(?:结转|顺延|转入)(?:至|到)?下一?年度?",
                    "结转下年度", "t3.carried_out.total"),
            claim("a1.review", "行政复议[^。；;，,\\d诉]{0,10}?(\\d+)\\s*(?:件|起)", "行政复议总计", "t4.review.total"),
            claim("a1.litigation", "行政诉讼[^。；;，,\\d复]{0,10}?(\\d+)\\s*(?:件|起)", "行政诉讼总计",
                    "t4.lit_direct.total", "t4.lit_after_review.total"));

    private final String lang;

    NarrativeChecks(String lang) {
        this.lang = lang;
    }

    private static Claim claim(String rule, String regex, String zh, String... cells) {
        return new Claim(rule, Pattern.compile(regex), List.of(cells), zh);
    }

    List<Finding> findings(Report report, CellIndex cells) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Section section : report.sections()) {
            if (!NARRATIVE_SECTIONS.contains(section.key()) || section.text() == null) {
                continue;
            }
            String text = Normalizer.normalize(section.text());
            for (Claim claim : CLAIMS) {
                Matcher m = claim.pattern().matcher(text);
                while (m.find()) {
                    if (partOfABreakdown(text, m.start())) {
                        continue;
                    }
                    BigDecimal stated = new BigDecimal(m.group(1));
                    if (seen.add(claim.rule() + "=" + stated)) {
                        compare(claim, stated, section, sentence(text, m.start(), m.end()), cells)
                                .ifPresent(findings::add);
                    }
                }
            }
        }
        feeMention(report, cells).ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> compare(Claim claim, BigDecimal stated, Section section, String sentence,
                                                CellIndex cells) {
        BigDecimal table = sum(claim.cells(), cells);
        if (table == null || table.compareTo(stated) == 0) {
            return Optional.empty();
        }
        String message = Texts.pick(lang, "%s部分称“%s”：%s 件，表中%s（%s）为 %s",
                "part %s says “%s”: %s, the table's %s (%s) holds %s").formatted(section.key(), sentence,
                Texts.number(stated), Texts.pick(lang, claim.zh(), claim.rule().substring(3)),
                String.join("+", claim.cells()), Texts.number(table)) + otherMatches(stated, claim, cells);
        return Optional.of(new Finding(claim.rule(), Severity.WARNING, Category.FILING, claim.cells(),
                table, stated, message));
    }

    /** Other table figures equal to the narrative number: perhaps the text restates a different cell. */
    private String otherMatches(BigDecimal stated, Claim claim, CellIndex cells) {
        List<String> matches = new ArrayList<>();
        for (Claim other : CLAIMS) {
            BigDecimal value = sum(other.cells(), cells);
            if (!other.cells().equals(claim.cells()) && value != null && value.compareTo(stated) == 0) {
                matches.add(String.join("+", other.cells()));
            }
        }
        BigDecimal received = sum(List.of("t3.new_received.total", "t3.carried_in.total"), cells);
        if (received != null && received.compareTo(stated) == 0) {
            matches.add("t3.new_received.total+t3.carried_in.total");
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
        for (String id : List.of("t2.a20_8.admin_fee.amount", "t3.other.overdue_no_fee.total")) {
            BigDecimal value = cells.number(id);
            if (value != null && value.signum() > 0) {
                charged.add(id);
            }
        }
        String s6 = report.sections().stream().filter(s -> "s6".equals(s.key())).map(Section::text)
                .filter(Objects::nonNull).collect(Collectors.joining());
        if (charged.isEmpty() || s6.contains("费")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FEE_MENTION, Severity.INFO, Category.FILING, charged, null, null,
                Texts.pick(lang, "表中有收费（%s 大于 0），第六部分却未提及收费",
                        "the tables show fees (%s above 0) but part 6 does not mention fees")
                        .formatted(String.join("、", charged))));
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
