package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
