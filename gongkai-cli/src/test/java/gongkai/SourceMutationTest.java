package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Fixtures;
import gongkai.text.CellValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutation tests at the source-text level: in each consistent text report, every number of tables 3
 * and 4 is changed in turn by ±1 (and adjacent cells swapped) in the file itself, the whole pipeline
 * runs, and a filing error must name the changed cell.
 */
class SourceMutationTest {
    private static final Pipeline PIPELINE = new Pipeline("zh");

    @TempDir
    Path tmp;

    static Stream<Path> textReports() {
        // pdftotext -layout copies (variants/pdftext) wrap labels around their values: a cell's line need not
        // hold its number, and this harness finds numbers by line; FixtureCellsTest reads them all the same.
        Stream<Path> fixtures = Fixtures.reports().stream().filter(p -> p.toString().endsWith(".txt"))
                .filter(p -> !p.getParent().getFileName().toString().equals("pdftext"));
        return Stream.concat(Stream.of(Path.of("corpus", "000_be5ac688f3236744.txt")), fixtures);
    }

    /** Where a cell stands in the source: its line and the index of its token among the line's numbers. */
    private record Spot(Cell cell, int line, int numberIndex) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textReports")
    void everySingleCellChangeInTablesThreeAndFourIsCaught(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<Spot> spots = spots(PIPELINE.process(source));
        List<String> missed = new ArrayList<>();
        for (Spot spot : spots) {
            for (int delta : new int[] {1, -1}) {
                Report mutated = run(lines, spot, delta);
                boolean caught = mutated.findings().stream().anyMatch(f -> f.category() == Category.FILING
                        && f.severity() == Severity.ERROR && f.cells().contains(spot.cell().id()));
                if (!caught) {
                    missed.add(spot.cell().id() + (delta > 0 ? "+1" : "-1"));
                }
            }
        }
        assertEquals(List.of(), missed, "catch rate " + (2 * spots.size() - missed.size()) + "/" + 2 * spots.size());
        assertTrue(spots.size() >= 176, "cells located: " + spots.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textReports")
    void swapsOfAdjacentDifferentCellsAreReported(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<Spot> spots = spots(PIPELINE.process(source));
        int swaps = 0;
        int caught = 0;
        for (int i = 0; i + 1 < spots.size(); i++) {
            Spot a = spots.get(i);
            Spot b = spots.get(i + 1);
            if (a.line() != b.line() || a.cell().value().compareTo(b.cell().value()) == 0) {
                continue;
            }
            swaps++;
            List<String> copy = new ArrayList<>(lines);
            copy.set(a.line() - 1, swap(copy.get(a.line() - 1), a.numberIndex(), b.numberIndex()));
            Report mutated = PIPELINE.process(write(copy));
            caught += mutated.count(Severity.ERROR) > 0 ? 1 : 0;
        }
        System.out.printf("%s: swap catch rate %d/%d%n", source.getFileName(), caught, swaps);
        assertTrue(swaps == 0 || caught > 0);
    }

    private Report run(List<String> lines, Spot spot, int delta) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        String[] tokens = copy.get(spot.line() - 1).split("\t", -1);
        int k = tokenIndex(tokens, spot.numberIndex());
        tokens[k] = spot.cell().value().add(java.math.BigDecimal.valueOf(delta)).toPlainString();
        copy.set(spot.line() - 1, String.join("\t", tokens));
        return PIPELINE.process(write(copy));
    }

    private Path write(List<String> lines) throws IOException {
        Path file = tmp.resolve("mutated.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String swap(String line, int i, int j) {
        String[] tokens = line.split("\t", -1);
        int a = tokenIndex(tokens, i);
        int b = tokenIndex(tokens, j);
        String t = tokens[a];
        tokens[a] = tokens[b];
        tokens[b] = t;
        return String.join("\t", tokens);
    }

    private static int tokenIndex(String[] tokens, int numberIndex) {
        int seen = -1;
        for (int k = 0; k < tokens.length; k++) {
            if (CellValues.isNumeric(tokens[k]) && ++seen == numberIndex) {
                return k;
            }
        }
        throw new IllegalStateException("no number " + numberIndex + " in " + String.join("|", tokens));
    }

    private static List<Spot> spots(Report report) {
        List<Spot> spots = new ArrayList<>();
        int line = -1;
        int index = 0;
        for (Cell cell : report.cells()) {
            if (!(cell.id().startsWith("t3.") || cell.id().startsWith("t4.")) || !cell.isNumber()) {
                continue;
            }
            int cellLine = cell.location().line();
            index = cellLine == line ? index + 1 : 0;
            line = cellLine;
            spots.add(new Spot(cell, cellLine, index));
        }
        return spots;
    }
}
