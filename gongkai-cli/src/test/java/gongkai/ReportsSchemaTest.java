package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gongkai.support.ExtractedCorpus;
import gongkai.support.Gold;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docs/reports.schema.json is the contract of reports.jsonl: every line extract writes for the seed, the
 * shared corpus (with the archive's legacy reports) and the project's fixtures validates against it, and the
 * schema rejects what the contract forbids.
 */
class ReportsSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = Files.newInputStream(Path.of("docs", "reports.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyLineExtractWritesValidates() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Gold.SHARED_CORPUS), "shared corpus absent");
        Path out = ExtractedCorpus.folder();
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"));
        assertFalse(lines.isEmpty());
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            JsonNode report = JSON.readTree(line);
            for (Error e : SCHEMA.validate(report)) {
                problems.add(report.path("source").path("path").asText() + ": " + e.getInstanceLocation() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }

    @Test
    void rejectsACellWhoseValueContradictsItsKindAndAChoiceWithoutNote() throws IOException {
        String report = """
                {"reportId":"0123456789ab","source":{"path":"a.txt","sha256":null,"format":"txt"},"status":"ok",
                 "errors":[],"formatVersion":"legacy","agency":null,"year":2015,"sections":[],"findings":[],
                 "cells":[%s]}""";
        String good = "{\"id\":\"annex.proactive.year\",\"kind\":\"number\",\"value\":3,\"raw\":\"3\",\"basis\":\"layout\","
                + "\"rowLabel\":\"主动公开信息数\",\"columnLabel\":\"2015年度\"}";
        assertEquals(List.of(), SCHEMA.validate(JSON.readTree(report.formatted(good))));
        String emptyWithValue = "{\"id\":\"t3.granted.total\",\"kind\":\"empty\",\"value\":0,\"raw\":\"\",\"basis\":\"grid\"}";
        assertFalse(SCHEMA.validate(JSON.readTree(report.formatted(emptyWithValue))).isEmpty());
        String choiceWithoutNote = "{\"id\":\"t3.granted.total\",\"kind\":\"number\",\"value\":1,\"raw\":\"1\",\"basis\":\"choice\"}";
        assertFalse(SCHEMA.validate(JSON.readTree(report.formatted(choiceWithoutNote))).isEmpty());
        String annexWithoutLabels = "{\"id\":\"annex.review.year\",\"kind\":\"number\",\"value\":1,\"raw\":\"1\",\"basis\":\"layout\"}";
        assertFalse(SCHEMA.validate(JSON.readTree(report.formatted(annexWithoutLabels))).isEmpty());
    }
}
