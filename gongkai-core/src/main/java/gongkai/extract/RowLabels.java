package gongkai.extract;

import gongkai.format.LineSpec;
import gongkai.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches printed labels to the rows or columns of a layout. A label matches a line when it contains one
 * of the line's variants (longest variant wins, so 3.其他 does not beat 其他法律行政法规禁止公开); failing
 * that, by the share of the variant's characters found in order (wrapped or typo'd labels such as
 * 2.其他法律行政止公开).
 */
final class RowLabels {
    /** Least share of a variant's characters, in order, for a fuzzy match. */
    static final double FUZZY_MATCH_THRESHOLD = 0.75;
    /** Variants shorter than this are too short to tell a misprint from another label. */
    static final int MIN_FUZZY_LENGTH = 4;
    private static final java.util.regex.Pattern LEADING_DIGITS = java.util.regex.Pattern.compile("^\\d+");
    /**
     * Words of the format's label variants, computed once: every printed row is compared with every variant,
     * and normalising the variants again each time was most of the extract stage's time (docs/benchmarks.md).
     * Bounded by the labels in the format data, as only variants are stored.
     */
    private static final Map<String, String> VARIANT_WORDS = new ConcurrentHashMap<>();

    private RowLabels() {
    }

    /** The best exact match among {@code lines}, or null. */
    static LabelMatch exact(String printed, List<LineSpec> lines) {
        String words = Normalizer.words(printed);
        LabelMatch best = null;
        for (int i = 0; i < lines.size(); i++) {
            for (String variant : lines.get(i).labels()) {
                String v = variantWords(variant);
                boolean found = v.length() > LineSpec.SHORT_LABEL ? words.contains(v) : words.endsWith(v);
                if (!v.isEmpty() && found && (best == null || v.length() > best.score())) {
                    best = new LabelMatch(i, v.length(), true);
                }
            }
        }
        return best;
    }

    /**
     * The best fuzzy match among the candidate indexes, or null below the threshold. The share is taken
     * of the longer of the two: a long label holds most characters of a short one (申请人…行政机关不再处理…
     * holds 行政处… of 行政处罚) without being a misprint of it. {@code printed} should be the row's own
     * label (its last label cell); a group label and numbering before it are left out.
     */
    static LabelMatch fuzzy(String printed, List<LineSpec> lines, List<Integer> candidates) {
        String words = Normalizer.words(printed);
        LabelMatch best = null;
        for (int i : candidates) {
            String own = withoutGroup(words, lines.get(i).group());
            for (String variant : lines.get(i).labels()) {
                String v = variantWords(variant);
                double share = v.length() < MIN_FUZZY_LENGTH ? 0
                        : (double) commonSubsequence(own, v) / Math.max(own.length(), v.length());
                if (share >= FUZZY_MATCH_THRESHOLD && (best == null || share > best.score())) {
                    best = new LabelMatch(i, share, false);
                }
            }
        }
        return best;
    }

    /** The label's words after its group label (不予公开 …) and the sub-item number that follows it. */
    private static String withoutGroup(String words, String group) {
        String rest = words;
        if (group != null) {
            String g = variantWords(group);
            int at = rest.indexOf(g);
            if (at >= 0) {
                rest = rest.substring(at + g.length());
            }
        }
        return LEADING_DIGITS.matcher(rest).replaceFirst("");
    }

    private static String variantWords(String variant) {
        return VARIANT_WORDS.computeIfAbsent(variant, Normalizer::words);
    }

    /** Length of the longest common subsequence of two strings. */
    static int commonSubsequence(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
