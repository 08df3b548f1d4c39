package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
    private static final Path DOC = Path.of("docs/rules.md");

    /** Run with -Dgongkai.writeRules=true to rewrite the file after changing rules. */
    @Test
    void docsRulesMdIsUpToDateWithTheRules() throws IOException {
        String generated = RuleCatalogue.markdown(TestReports.FORMATS);
        if (Boolean.getBoolean("gongkai.writeRules")) {
            RuleCatalogue.main(new String[] {DOC.toString()});
        }
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath() + ": run mvn test -Dgongkai.writeRules=true");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: run mvn test -Dgongkai.writeRules=true");
    }

    @Test
    void everyDataRuleIsInTheCatalogue() {
        String md = RuleCatalogue.markdown(TestReports.FORMATS);
        TestReports.FORMATS.rules().forEach(r -> assertTrue(md.contains("`" + r.id() + "`"), r.id()));
        TestReports.FORMATS.cellRules().forEach(r -> assertTrue(md.contains("`" + r.id() + "`"), r.id()));
    }

    /** Users' scripts filter findings by rule id: renaming one is a breaking change, so it must be deliberate. */
    @Test
    void ruleIdsAreStable() {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)`").matcher(RuleCatalogue.markdown(TestReports.FORMATS));
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(List.of("<sum rule>.not_evaluated", "a1.carried_in", "a1.carried_out", "a1.litigation",
                "a1.new_received", "a1.result_total", "a1.review", "a2.denied", "a2.granted", "a2.granted_partial",
                "a2.not_processed", "a2.other", "a2.partial", "a2.unavailable", "a3.fee_mention", "a4.s5_empty",
                "annex.proactive_channels", "annex.received_channels", "annex.replies_kinds",
                "format.layout_for_year", "format.missing_section", "format.mixed_layout", "legacy.narrative_vs_annex",
                "nonnegative_integer",
                "suggest.blank_cell", "suggest.split_cell", "t3.flow", "t3.result_total", "t3.row_total", "t4.total",
                "x1.carried_over", "x2.in_force", "x3.prev_year_items"), new TreeSet<>(ids).stream().toList());
    }
}
