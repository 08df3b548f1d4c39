package gongkai.check;

import gongkai.format.AuditSpec;
import gongkai.format.AuditSpec.ClaimSpec;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The counts a report's narrative states, as patterns per claim rule (group 1 = the
 * number; spaces allowed between Han characters and digits). A1 (warning): totals of applications, results,
 * carry-over, reviews and lawsuits. A2 (info): counts per result group, where real reports often count
 * differently (formats.md §5.4: a sub-row for its group), so they only inform.
 */
final class NarrativeClaims {
    /** Any character of the same clause that is not a digit and not 复/诉 (which would mean review or lawsuit). */
    private static final String CLAUSE = "[^。；;，,\\d复诉]";
    /** A count as printed: digits, possibly with thousands separators (3,119). */
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String COUNT = "(?:的|申请)?\\s*" + NUM + "\\s*件";

    /** A count the narrative states: a pattern of its rule with the claim's cells, name and severity. */
    record Claim(String rule, Pattern pattern, List<String> cells, String zh, Severity severity, boolean total) {
    }

    /** The patterns of each claim rule; the cells each claim restates are data (formats.json "audits"). */
    private static final Map<String, List<Pattern>> PATTERNS = Map.ofEntries(
            rule("a1.new_received", "(?:收到|受理|新收)" + CLAUSE + "{0,20}?申请\\s*" + NUM + "\\s*件",
                    "(?:收到|受理|新收)" + CLAUSE + "{0,10}?" + NUM + "\\s*件" + CLAUSE + "{0,8}?申请"),
            rule("a1.result_total", "(?<!按时|延期|逾期|及时)(?:答复|办结)" + CLAUSE + "{0,12}?" + NUM + "\\s*件"),
            rule("a1.carried_in", "(?:上一?年度?|往年)结转" + CLAUSE + "{0,12}?" + NUM + "\\s*件"),
            rule("a1.carried_out", "(?:结转|顺延|转入)(?:至|到)?下一?年度?" + CLAUSE + "{0,12}?" + NUM + "\\s*件",
                    NUM + "\\s*件" + CLAUSE + "{0,6}?(?:结转|顺延|转入)(?:至|到)?下一?年度?"),
            rule("a1.review", "行政复议[^。；;，,\\d诉]{0,10}?" + NUM + "\\s*(?:件|起)"),
            rule("a1.litigation", "行政诉讼[^。；;，,\\d复]{0,10}?" + NUM + "\\s*(?:件|起)"),
            rule("a2.granted", "(?<![及和、与])予以公开" + COUNT),
            rule("a2.granted_partial", "予以公开(?:及|和|、|与)部分公开" + COUNT),
            rule("a2.partial", "(?<![及和、与])部分公开" + COUNT),
            rule("a2.denied", "不予公开" + COUNT),
            rule("a2.unavailable", "无法提供" + COUNT),
            rule("a2.not_processed", "不予处理" + COUNT),
            rule("a2.other", "其他处理" + COUNT));

    private NarrativeClaims() {
    }

    /** The claims of a format, in its order: one per pattern of each declared claim's rule. */
    static List<Claim> of(AuditSpec audits) {
        List<Claim> claims = new ArrayList<>();
        for (ClaimSpec spec : audits.claims()) {
            List<Pattern> patterns = PATTERNS.get(spec.rule());
            if (patterns == null) {
                throw new IllegalArgumentException("formats.json: no patterns for claim rule " + spec.rule());
            }
            Severity severity = Severity.valueOf(spec.severity().toUpperCase(Locale.ROOT));
            patterns.forEach(p -> claims.add(new Claim(spec.rule(), p, spec.cells(), spec.name(), severity,
                    spec.total())));
        }
        return List.copyOf(claims);
    }

    private static Map.Entry<String, List<Pattern>> rule(String rule, String... regexes) {
        return Map.entry(rule, Arrays.stream(regexes).map(Pattern::compile).toList());
    }
}
