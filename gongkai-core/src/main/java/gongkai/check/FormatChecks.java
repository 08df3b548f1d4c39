package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.format.SectionSpec;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks of a report against the statutory format as a whole: a missing part ({@code format.missing_section},
 * warning), tables in layouts of different versions ({@code format.mixed_layout}, info; e.g. Hongze 2023:
 * table 2 in v2021, table 3 in v2019), layouts of another version than the report year prescribes
 * ({@code format.layout_for_year}, info), and part 五 left empty or just 无 ({@code a4.s5_empty}, warning).
 */
final class FormatChecks {
    static final String MISSING_SECTION = "format.missing_section";
    static final String MIXED_LAYOUT = "format.mixed_layout";
    static final String LAYOUT_FOR_YEAR = "format.layout_for_year";
    static final String S5_EMPTY = "a4.s5_empty";
    private static final Pattern NOTHING = Pattern.compile("[\\s\\p{P}]*(无|暂无|没有)?[\\s\\p{P}]*");

    private final ReportFormats formats;
    private final String lang;

    FormatChecks(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    List<Finding> findings(Report report, Map<String, TableSpec> layouts) {
        List<Finding> findings = new ArrayList<>();
        boolean statutory = formats.isStatutory(report.formatVersion()) || !layouts.isEmpty();
        if (statutory) {
            findings.addAll(missingSections(report));
            sectionFive(report).ifPresent(findings::add);
        }
        findings.addAll(layoutFindings(report, layouts));
        return findings;
    }

    private List<Finding> missingSections(Report report) {
        Set<String> present = report.sections().stream().map(Section::key).collect(Collectors.toSet());
        // on a scanned document a heading not found may be one OCR could not read: our doubt, not the publisher's
        Category category = Recognition.anyPageRead(report.findings()) ? Category.EXTRACTION : Category.FORMAT;
        List<Finding> findings = new ArrayList<>();
        for (SectionSpec spec : formats.sections()) {
            if (!present.contains(spec.key())) {
                String heading = spec.numeral() + "、" + spec.titles().get(0);
                findings.add(Finding.of(MISSING_SECTION, Severity.WARNING, category,
                        Texts.pick(lang, "缺少第%s部分“%s”", "part %s “%s” is missing").formatted(spec.numeral(), heading)));
            }
        }
        return findings;
    }

    /** A4: the part that must say something (formats.json "audits".notEmptyPart) is empty or just 无. */
    private Optional<Finding> sectionFive(Report report) {
        String key = formats.audits().notEmptyPart();
        return report.sections().stream()
                .filter(s -> s.key().equals(key) && NOTHING.matcher(s.text() == null ? "" : s.text()).matches())
                .findFirst()
                .map(s -> Finding.of(S5_EMPTY, Severity.WARNING, Category.FORMAT, emptyMessage(key, s.text().strip())));
    }

    private String emptyMessage(String key, String text) {
        SectionSpec spec = formats.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        return Texts.pick(lang, "第%s部分“%s”为空或只写“无”：“%s”".formatted(spec.numeral(), spec.titles().get(0), text),
                "part %s (problems and improvements) is empty or just “none”: “%s”".formatted(key.substring(1), text));
    }

    private List<Finding> layoutFindings(Report report, Map<String, TableSpec> layouts) {
        Map<String, String> found = new TreeMap<>();
        layouts.forEach((table, spec) -> found.put(table, spec.layout()));
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> versions = matchingVersions(found);
        if (versions.isEmpty()) {
            return List.of(Finding.of(MIXED_LAYOUT, Severity.INFO, Category.FORMAT, Texts.pick(lang,
                    "各表版式不属于同一版本：%s", "the tables are laid out in different format versions: %s")
                    .formatted(found)));
        }
        Optional<String> prescribed = report.year() == null ? Optional.empty()
                : formats.versionForYear(report.year()).map(v -> v.id());
        if (prescribed.isPresent() && !versions.contains(prescribed.get())) {
            return List.of(Finding.of(LAYOUT_FOR_YEAR, Severity.INFO, Category.FORMAT, Texts.pick(lang,
                    "%d 年度报告应使用 %s 版式，各表为 %s", "a report for %d should use the %s format; the tables are %s")
                    .formatted(report.year(), prescribed.get(), found)));
        }
        return List.of();
    }

    /** The versions whose prescribed layouts agree with every table found. */
    private List<String> matchingVersions(Map<String, String> found) {
        List<String> versions = new ArrayList<>();
        formats.versionTables().forEach((version, tables) -> {
            if (found.entrySet().stream().allMatch(e -> e.getValue().equals(tables.get(e.getKey())))) {
                versions.add(version);
            }
        });
        return versions;
    }
}
