package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.ErrorCode;
import gongkai.model.Report;
import gongkai.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage problems before any work, check's exit codes, the per-file time limit, the message bundles. */
class StrictCommandLineTest {
    @TempDir
    Path tmp;

    private static void assertUsage(BatchInputsTest.Run run, String expected) {
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("at gongkai"), "no stack trace: " + run.err());
    }

    @Test
    void usageProblemsAreOneLineExitTwoAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("out");
        assertUsage(BatchInputsTest.run("extract", "/no/such/dir", "--out", out.toString()), "/no/such/dir");
        assertFalse(Files.exists(out), "found before any work");
        assertUsage(BatchInputsTest.run("extract", CommandLineTest.SEED.toString(), "--out", out.toString(), "--lang", "fr"), "fr");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertUsage(BatchInputsTest.run("extract", CommandLineTest.SEED.toString(), "--out", file.resolve("sub").toString()),
                "--out");
        assertUsage(BatchInputsTest.run("extract", CommandLineTest.SEED.toString(), "--out", out.toString(), "--sqlite",
                tmp.resolve("no/such/panel.db").toString()), "--sqlite");
        assertFalse(Files.exists(out.resolve("reports.jsonl")));
        assertUsage(BatchInputsTest.run("extract", CommandLineTest.SEED.toString(), "--out", out.toString(), "--jobs", "0"),
                "--jobs");
        assertUsage(BatchInputsTest.run("check", "/no/such/file.pdf"), "/no/such/file.pdf");
        assertUsage(BatchInputsTest.run("extract", CommandLineTest.SEED.toString(), "--lang", "en"), "--out");
    }

    @Test
    void checkExitsThreeWhenAnInputCannotBeReadOrHoldsNoTable() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path note = Files.writeString(tmp.resolve("note.txt"), "今天天气很好。\n明天见。\n");
        assertEquals(3, BatchInputsTest.run("check", empty.toString()).exit());
        assertEquals(3, BatchInputsTest.run("check", note.toString()).exit());
        assertEquals(3, BatchInputsTest.run("check", CommandLineTest.SEED.toString(), empty.toString()).exit());
        assertEquals(0, BatchInputsTest.run("check", CommandLineTest.SEED.toString()).exit());
    }

    @Test
    void englishMessagesCoverTheCommandLine() {
        BatchInputsTest.Run run = BatchInputsTest.run("extract", "/no/such/dir", "--out", tmp.toString(), "--lang", "en");
        assertEquals("gongkai: INPUT not found: /no/such/dir (see: gongkai extract --help)", run.err().strip());
        BatchInputsTest.Run zh = BatchInputsTest.run("extract", "/no/such/dir", "--out", tmp.toString());
        assertTrue(zh.err().contains("找不到输入"), zh.err());
    }

    @Test
    void everyMessageKeyIsInBothBundles() throws Exception {
        Properties zh = new Properties();
        Properties en = new Properties();
        try (var a = Messages.class.getResourceAsStream("messages_zh.properties");
             var b = Messages.class.getResourceAsStream("messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(zh.keySet(), en.keySet());
        for (Object key : zh.keySet()) {
            assertNotNull(Messages.find(Lang.en, (String) key));
            assertNotNull(Messages.find(Lang.zh, (String) key));
        }
    }

    /**
     * A worker that never finishes one file (and ignores interruption), fails the way a reader can on others, reads
     * the rest at once; it notes what each instance read.
     */
    private static final class Hanging implements Batch.Worker {
        private final List<String> read = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public Report process(Input input) {
            read.add(input.path());
            String name = input.file().getFileName().toString();
            switch (name) {
                case "hang.txt" -> {
                    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
                case "oom.txt" -> throw new OutOfMemoryError("Java heap space");
                case "deep.txt" -> throw new StackOverflowError();
                case "bug.txt" -> throw new IllegalStateException("a bug");
                default -> { }
            }
            return gongkai.extract.ReportExtractor.failed("", new Source(input.path(), "", ""), ErrorCode.NOT_A_REPORT, "read");
        }
    }

    @Test
    void aFileThatNeverFinishesIsTimeoutAndTheFilesAfterItAreRead() throws Exception {
        List<Input> inputs = inputs("a.txt", "hang.txt", "c.txt", "d.txt", "e.txt");
        Files.writeString(tmp.resolve("hang.txt"), "一个读不完的文件");
        List<String> codes = new ArrayList<>();
        List<Report> timedOut = new ArrayList<>();
        List<Hanging> workers = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        new Batch<Report>(2, Duration.ofMillis(500), () -> {
            Hanging worker = new Hanging();
            workers.add(worker);
            return worker;
        }, r -> r).run(inputs, (input, r) -> {
            codes.add(r.errors().get(0).code());
            if (r.errors().get(0).code().equals("TIMEOUT")) {
                timedOut.add(r);
            }
        });
        assertEquals(List.of("NOT_A_REPORT", "TIMEOUT", "NOT_A_REPORT", "NOT_A_REPORT", "NOT_A_REPORT"), codes);
        String sha = gongkai.Gongkai.sha256(tmp.resolve("hang.txt"));
        assertEquals(sha, timedOut.get(0).source().sha256(), "the record carries the file's hash, so --resume keeps it");
        assertEquals(sha.substring(0, 12), timedOut.get(0).reportId());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "the stuck thread did not hold up the run");
        List<Hanging> made;
        synchronized (workers) { // a fresh worker thread may still be making its worker
            made = List.copyOf(workers);
        }
        Hanging abandoned = made.stream().filter(w -> List.copyOf(w.read).stream().anyMatch(p -> p.endsWith("hang.txt")))
                .findFirst().orElseThrow();
        List<String> read = List.copyOf(abandoned.read);
        assertTrue(read.get(read.size() - 1).endsWith("hang.txt"), "the abandoned worker read nothing after: " + read);
    }

    @Test
    void eachJobReadsOnItsOwnThreadWithNoThreadStartedPerFile() throws Exception {
        List<Input> inputs = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "f" + i + ".txt").map(tmp::resolve)
                .map(Input::file).toList();
        java.util.Set<Thread> readers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<String> order = new ArrayList<>();
        new Batch<Report>(3, Duration.ofMinutes(1), () -> {
            made.incrementAndGet();
            return input -> {
                readers.add(Thread.currentThread());
                return new Hanging().process(input);
            };
        }, r -> r).run(inputs, (input, r) -> order.add(input.path()));
        assertEquals(inputs.stream().map(Input::path).toList(), order);
        assertTrue(readers.size() <= 3, readers.size() + " threads read 40 files with --jobs 3");
        assertTrue(readers.size() <= made.get() && made.get() <= 3, made.get() + " workers made: at most one per job's thread");
        assertTrue(readers.stream().allMatch(t -> t.getName().equals("gongkai-worker")));
    }

    private List<Input> inputs(String... names) {
        return java.util.Arrays.stream(names).map(name -> Input.file(tmp.resolve(name))).toList();
    }

    @Test
    void aFileThatExhaustsMemoryOrTheStackOrHitsABugFailsAloneWithItsCode() throws Exception {
        List<Input> inputs = inputs("a.txt", "oom.txt", "deep.txt", "bug.txt", "e.txt");
        List<String> records = new ArrayList<>();
        new Batch<Report>(2, Duration.ofMinutes(1), Hanging::new, r -> r).run(inputs, (input, r) -> records.add(
                r.source().path().substring(tmp.toString().length() + 1) + " " + r.status().id() + " " + r.errors().get(0).code()));
        assertEquals(List.of("a.txt failed NOT_A_REPORT", "oom.txt failed TOO_LARGE", "deep.txt failed TOO_LARGE",
                "bug.txt failed INTERNAL_ERROR", "e.txt failed NOT_A_REPORT"), records);
    }

    @Test
    void outputsAreByteIdenticalForOneJobAndFour() throws Exception {
        List<String> inputs = new ArrayList<>(List.of("test-fixtures", "corpus"));
        if (Files.isDirectory(Path.of("../shared/corpus"))) {
            inputs.add("../shared/corpus");
        }
        for (String jobs : List.of("1", "4")) {
            // a long --timeout: on a loaded machine an OCR fixture can pass the default 120 s in one run only
            List<String> args = new ArrayList<>(List.of("extract", "--out", tmp.resolve("j" + jobs).toString(), "-q", "--jobs", jobs,
                    "--timeout", "30m"));
            args.addAll(inputs);
            assertEquals(0, BatchInputsTest.run(args.toArray(String[]::new)).exit());
        }
        for (String name : List.of("reports.jsonl", "cells.csv", "findings.csv", "reports.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("j1").resolve(name)), Files.readAllBytes(tmp.resolve("j4").resolve(name)), name);
        }
        // every line, OCR cells and cross-year findings included, reads back into a report that writes it again
        gongkai.write.ReportJson json = new gongkai.write.ReportJson();
        gongkai.write.ReportJsonReader reader = new gongkai.write.ReportJsonReader();
        for (String line : Files.readAllLines(tmp.resolve("j1").resolve("reports.jsonl"))) {
            com.fasterxml.jackson.databind.JsonNode duplicateOf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("duplicateOf");
            assertEquals(line, json.toJsonString(reader.read(line), duplicateOf == null ? null : duplicateOf.asText()));
        }
    }
}
