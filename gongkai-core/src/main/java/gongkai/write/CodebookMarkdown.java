package gongkai.write;

import java.util.List;

/**
 * docs/codebook.md from the codebook: every declared cell id with its short name, labels, unit, formats,
 * years and harmonised measure, one table per statistical table. Generated, never edited by hand (a test
 * compares the file with this output).
 */
public final class CodebookMarkdown {
    private CodebookMarkdown() {
    }

    public static String of(Codebook codebook, List<String> measures) {
        StringBuilder md = new StringBuilder();
        md.append("# Codebook\n\n")
                .append("Generated from `formats.json` by `CodebookMarkdown` (regenerate: `mvn test -Dtest=CodebookTest ")
                .append("-Dcodebook.update=true`). `extract` writes the same as `codebook.csv`, plus the generic rows of ")
                .append("pre-2019 annexes it met (`annex.x_<hash of the label>.<column>`, labelled as printed).\n\n")
                .append("Columns of `panel.csv` are the cell ids; `short_name` (≤ 32 characters, letters, digits, `_`) ")
                .append("is the same id renamed for Stata, SAS and R, a function of the id alone, so stable across runs. ")
                .append("Harmonised measures (`harmonized.csv`): ").append(String.join(", ", measures))
                .append(" — from the statutory cells named here, else the pre-2019 annex's figure for the year, ")
                .append("else the figure the text states.\n");
        String table = null;
        for (Codebook.Entry e : codebook.entries()) {
            if (!e.table().equals(table)) {
                table = e.table();
                md.append("\n## ").append(table).append(" ").append(e.tableZh()).append("\n\n")
                        .append("| cell id | short name | row | column | unit | formats | years | measure |\n")
                        .append("|---|---|---|---|---|---|---|---|\n");
            }
            md.append("| `").append(e.cellId()).append("` | `").append(e.shortName()).append("` | ")
                    .append(cell(e.rowZh())).append(" (").append(cell(e.rowEn())).append(") | ")
                    .append(cell(e.columnZh())).append(" (").append(cell(e.columnEn())).append(") | ")
                    .append(cell(e.unit())).append(" | ").append(e.formats()).append(" | ").append(e.years())
                    .append(" | ").append(e.measure()).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
