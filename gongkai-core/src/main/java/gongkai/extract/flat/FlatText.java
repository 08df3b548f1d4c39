package gongkai.extract.flat;

import gongkai.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Section text prepared for label search: every character normalised the way label keys are
 * ({@link Normalizer#labelKey}), whitespace dropped, with each key character mapped back to its offset in
 * the printed text so that values can be cut from the text as printed.
 */
final class FlatText {
    /** Label keys of single code points, cached: normalising character by character is the reader's main cost. */
    private static final Map<Integer, String> KEYS = new ConcurrentHashMap<>();
    /** Label keys of the layouts' label variants, cached for the same reason. */
    private static final Map<String, String> LABEL_KEYS = new ConcurrentHashMap<>();

    /** Shortest label prefix taken for a row label printed broken: shorter ones (属于, 申请人) are shared by rows. */
    static final int MIN_PREFIX = 4;

    private final String printed;
    private final String key;
    private final int[] start;
    private final int[] end;

    /** A label found in the text: its extent in the key and in the printed text. */
    record Match(int keyStart, int keyEnd, int printedStart, int printedEnd) {
    }

    FlatText(String printed) {
        this.printed = printed;
        StringBuilder keyText = new StringBuilder(printed.length());
        int[] starts = new int[printed.length() + 1];
        int[] ends = new int[printed.length() + 1];
        for (int i = 0; i < printed.length(); ) {
            int cp = printed.codePointAt(i);
            int next = i + Character.charCount(cp);
            String mapped = KEYS.computeIfAbsent(cp, c -> Normalizer.labelKey(new String(Character.toChars(c))));
            for (int k = 0; k < mapped.length(); k++) {
                starts[keyText.length()] = i;
                ends[keyText.length()] = next;
                keyText.append(mapped.charAt(k));
            }
            i = next;
        }
        this.key = keyText.toString();
        this.start = starts;
        this.end = ends;
    }

    String printed() {
        return printed;
    }

    /**
     * The first occurrence at or after key offset {@code from} of any label variant that is followed by a
     * value (a digit or a not-applicable slash after optional spaces); without such an occurrence, the
     * first occurrence at all.
     * Ties at one position go to the longest variant. Null when no variant occurs.
     */
    Match findRow(List<String> variants, int from) {
        return findRowKeys(variants.stream().map(v -> LABEL_KEYS.computeIfAbsent(v, Normalizer::labelKey)).toList(), from);
    }

    /** The earliest occurrence of any variant at or after key offset {@code from}, longest on ties; or null. */
    Match find(List<String> variants, int from) {
        return findKeys(variants.stream().map(v -> LABEL_KEYS.computeIfAbsent(v, Normalizer::labelKey)).toList(), from);
    }

    /**
     * A row label printed broken (wrapped around its own values, or misprinted as in 其他法律行政止公开): the
     * longest proper prefix of a variant, at least {@link #MIN_PREFIX} characters long, that occurs at or
     * after key offset {@code from} and before {@code before}, preferring an occurrence followed by a value.
     * Null when none does.
     */
    Match findRowByPrefix(List<String> variants, int from, int before) {
        List<String> keys = variants.stream().map(v -> LABEL_KEYS.computeIfAbsent(v, Normalizer::labelKey)).toList();
        int longest = keys.stream().mapToInt(String::length).max().orElse(0);
        for (int length = longest - 1; length >= MIN_PREFIX; length--) {
            int cut = length;
            List<String> prefixes = keys.stream().filter(k -> k.length() > cut).map(k -> k.substring(0, cut)).toList();
            Match m = findRowKeys(prefixes, from);
            if (m != null && m.keyStart() < before) {
                return m;
            }
        }
        return null;
    }

    private Match findRowKeys(List<String> keys, int from) {
        Match first = null;
        for (Match m = findKeys(keys, from); m != null; m = findKeys(keys, m.keyStart() + 1)) {
            if (first == null) {
                first = m;
            }
            if (valueFollows(m.printedEnd())) {
                return m;
            }
        }
        return first;
    }

    private Match findKeys(List<String> keys, int from) {
        Match best = null;
        for (String wanted : keys) {
            int at = wanted.isEmpty() ? -1 : key.indexOf(wanted, from);
            if (at < 0) {
                continue;
            }
            int stop = at + wanted.length();
            if (best == null || at < best.keyStart() || at == best.keyStart() && stop > best.keyEnd()) {
                best = new Match(at, stop, start[at], end[stop - 1]);
            }
        }
        return best;
    }

    private boolean valueFollows(int printedOffset) {
        for (int i = printedOffset; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (!FlatChars.isSpace(c)) {
                return FlatChars.isDigit(c) || FlatChars.isNotApplicable(c);
            }
        }
        return false;
    }
}
