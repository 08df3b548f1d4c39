package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Category;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every input of the test suite — the project's fixtures and the shared corpus — read on its own: the exact list
 * of filing findings (errors and warnings) it yields. A filing finding blames the publisher; one that the
 * document does not contain is a reading defect. The lists are committed; regenerate them after a deliberate
 * change with {@code mvn -o test -Dtest=FilingFindingsTest -Dgongkai.writeFilings=true} and review the diff.
 */
class FilingFindingsTest {
    private static final Pipeline PIPELINE = new Pipeline("en");
    private static final Set<String> NOT_INPUTS = Set.of("json", "md", "tsv", "py", "sh");
    private static final Path FIXTURES = Path.of("test-fixtures");

    @Test
    void fixturesYieldExactlyTheFilingFindingsTheyHold() throws IOException {
        compare(FIXTURES, Path.of("gongkai-core/src/test/resources/gongkai/filing-findings-fixtures.tsv"));
    }

    @Test
    void corpusFilesYieldExactlyTheFilingFindingsTheyHold() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Gold.SHARED_CORPUS), "shared corpus absent: ../shared/corpus");
        compare(Gold.SHARED_CORPUS, Path.of("gongkai-core/src/test/resources/gongkai/filing-findings-corpus.tsv"));
    }

    private static void compare(Path root, Path expectedFile) throws IOException {
        List<String> actual = new ArrayList<>();
        for (Path input : inputs(root)) {
            Report report = PIPELINE.process(input);
            String name = root.relativize(input).toString().replace('\\', '/');
            report.findings().stream()
                    .filter(f -> f.category() == Category.FILING && f.severity() != Severity.INFO)
                    .forEach(f -> actual.add(name + "\t" + f.rule() + "\t" + f.severity().name().toLowerCase()
                            + "\t" + String.join(",", f.cells())));
        }
        if (Boolean.getBoolean("gongkai.writeFilings")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static List<Path> inputs(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !NOT_INPUTS.contains(extension(p)))
                    .filter(p -> !p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
