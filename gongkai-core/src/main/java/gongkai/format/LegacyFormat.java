package gongkai.format;

import java.util.List;
import java.util.Optional;

/**
 * The pre-2019 ("legacy") format as declared in the {@code legacy} part of {@code formats.json}: the topics
 * of the parts a report numbers itself, the statistical annex's columns, recurring rows with their label
 * variants, crosswalk to the statutory cells and harmonised measure, the annex's own sum rules, and the key
 * figures read from the narrative.
 */
public record LegacyFormat(Years years, List<Part> parts, List<String> headingEnds, Annex annex,
                           List<NarrativeFigure> narrative) {
    private static final LegacyFormat STANDARD = FormatsJson.standardLegacy();

    public LegacyFormat {
        parts = List.copyOf(parts);
        headingEnds = List.copyOf(headingEnds);
        narrative = List.copyOf(narrative);
    }

    /** The report years the legacy format covers. */
    public record Years(int first, int last) {
    }

    /** A topic of a numbered part: a heading holding one of {@code words} is a part on this topic. */
    public record Part(String key, List<String> words, String en) {
        public Part {
            words = List.copyOf(words);
        }
    }

    /** A column of the annex: its key in cell ids and the patterns (regular expressions) of its printed label. */
    public record Column(String key, List<String> patterns, String en) {
        public Column {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * A recurring annex row: key, label variants, English label, harmonised measure and the statutory cells
     * of the same meaning (summed when more than one).
     */
    public record Row(String key, List<String> labels, String en, String measure, List<String> crosswalk) {
        public Row {
            labels = List.copyOf(labels);
            crosswalk = crosswalk == null ? List.of() : List.copyOf(crosswalk);
        }
    }

    /** An annex sum rule on row keys, checked per value column. */
    public record Rule(String id, List<String> sum, List<String> equals, LocalizedText message) {
        public Rule {
            sum = List.copyOf(sum);
            equals = List.copyOf(equals);
        }
    }

    /** The statistical annex: header words, units, columns, rows and rules. */
    public record Annex(List<String> header, List<String> units, List<Column> columns, List<Row> rows,
                       List<Rule> rules) {
        public Annex {
            header = List.copyOf(header);
            units = List.copyOf(units);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            rules = List.copyOf(rules);
        }

        public Optional<Row> row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst();
        }
    }

    /**
     * A key figure stated in the narrative: searched in the first of {@code parts} the report has, with
     * {@code patterns} whose group 1 is the number (or a negation such as 未, meaning none).
     */
    public record NarrativeFigure(String key, List<String> parts, String en, String measure, String annexRow,
                                  List<String> patterns) {
        public NarrativeFigure {
            parts = List.copyOf(parts);
            patterns = List.copyOf(patterns);
        }
    }

    /** The legacy format shipped with gongkai. */
    public static LegacyFormat standard() {
        return STANDARD;
    }

    public boolean covers(int year) {
        return year >= years.first() && year <= years.last();
    }
}
