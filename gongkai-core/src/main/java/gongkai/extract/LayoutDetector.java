package gongkai.extract;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the layout of one table from the labels its text carries (本年制发件数 → v2021 table 2;
 * 逾期不补正 → v2021 table 3), per table: a report may mix layouts. With no fingerprint present, the
 * layout that has none of its own, else the layout the report year prescribes. In text read by OCR a fingerprint
 * may be misread, so there a fingerprint also counts when most of its characters stand in order in a short
 * stretch of the text (a misread 逾期不补正 must not turn a 2023 table 3 into the 2019 one, whose sum rules would
 * then fail on numbers read right; a 2023 report printed with the 2019 table keeps it, as in Hongze 2023).
 */
final class LayoutDetector {
    private final ReportFormats formats;

    LayoutDetector(ReportFormats formats) {
        this.formats = formats;
    }

    Optional<TableSpec> choose(String tableId, String text, Integer year) {
        return choose(tableId, text, year, false);
    }

    /** As above; {@code recognised}: the document was read by OCR (in part). */
    Optional<TableSpec> choose(String tableId, String text, Integer year, boolean recognised) {
        String key = Normalizer.labelKey(text);
        List<TableSpec> layouts = formats.layoutsOf(tableId);
        TableSpec best = null;
        int bestHits = 0;
        for (TableSpec layout : layouts) {
            int hits = 0;
            for (String fingerprint : layout.fingerprints()) {
                String print = Normalizer.labelKey(fingerprint);
                hits += key.contains(print) || recognised && FuzzyText.nearlyContains(key, print) ? 1 : 0;
            }
            if (hits > bestHits) {
                best = layout;
                bestHits = hits;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Optional<TableSpec> unmarked = layouts.stream().filter(l -> l.fingerprints().isEmpty()).findFirst();
        if (unmarked.isPresent() && layouts.size() > 1) {
            return unmarked;
        }
        Optional<TableSpec> byYear = year == null ? Optional.empty()
                : formats.versionForYear(year).flatMap(v -> formats.prescribed(v.id(), tableId));
        return byYear.isPresent() ? byYear : layouts.stream().findFirst();
    }
}
