package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.format.ReportFormats;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.TableRead;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new template is a change to formats.json, not to Java: a toy version (from 2030) whose table 2 renames
 * two rows and which adds one sum rule is read and checked by the unchanged code; a claim whose table cell is
 * renamed (formats.json "audits") is audited against the renamed cell.
 */
class ToyFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @TempDir
    Path dir;

    @Test
    void aToyFormatIsReadAndCheckedWithoutAJavaChange() throws IOException {
        Gongkai gongkai = Gongkai.builder().formats(toyFormats()).build();
        Path report = Files.writeString(dir.resolve("toy_2030.txt"), Files.readString(
                Path.of("test-fixtures/text/sample_bureau_2023_v2021.txt"))
                .replace("2023", "2030").replace("规章\t7\t3\t93", "部门规章\t7\t3\t7")
                .replace("行政规范性文件\t5\t2\t50", "政策性文件\t5\t2\t50"));
        Report read = gongkai.read(report);

        assertEquals("toy", read.formatVersion());
        assertEquals(new TableRead("t2", "toy", 10, 10), read.tables().get(0));
        Map<String, String> raw = read.cells().stream().filter(c -> c.id().startsWith("t2.a20_1."))
                .collect(Collectors.toMap(Cell::id, Cell::raw));
        assertEquals(Map.of("t2.a20_1.dept_rule.issued", "7", "t2.a20_1.dept_rule.repealed", "3",
                "t2.a20_1.dept_rule.in_force", "7", "t2.a20_1.policy_doc.issued", "5",
                "t2.a20_1.policy_doc.repealed", "2", "t2.a20_1.policy_doc.in_force", "50"), raw);
        List<Finding> toy = read.findings().stream().filter(f -> f.rule().equals("toy.issued_in_force")).toList();
        assertEquals(1, toy.size(), read.findings().toString());
        assertEquals(List.of("t2.a20_1.policy_doc.issued", "t2.a20_1.policy_doc.in_force"), toy.get(0).cells());
        assertTrue(toy.get(0).message().contains("政策性文件"), toy.get(0).message());
    }

    @Test
    void aClaimCellRenamedInTheFormatIsAuditedWithoutAJavaChange() throws IOException {
        ObjectNode root = toyFormatsTree();
        for (var table : root.get("tables")) {
            if (table.get("id").asText().equals("t3")) {
                for (var row : table.get("blocks").get(0).get("rows")) {
                    if (row.get("key").asText().equals("new_received")) {
                        ((ObjectNode) row).put("key", "received");
                    }
                }
            }
        }
        ObjectNode audits = (ObjectNode) root.get("audits");
        ObjectNode claim = (ObjectNode) audits.get("claims").get(0);
        assertEquals("a1.new_received", claim.get("rule").asText());
        claim.putArray("cells").add("t3.received.total");
        audits.putArray("otherSums");
        Gongkai gongkai = Gongkai.builder().formats(JSON.treeToValue(root, ReportFormats.class)).build();
        Path report = Files.writeString(dir.resolve("toy_2030.txt"), Files.readString(
                Path.of("test-fixtures/text/sample_bureau_2023_v2021.txt")).replace("2023", "2030")
                .replace("推进政务公开工作。", "推进政务公开工作。全年共收到政府信息公开申请100件。"));
        Report read = gongkai.read(report);

        assertEquals("120", read.cells().stream().filter(c -> c.id().equals("t3.received.total")).findFirst()
                .orElseThrow().raw());
        List<Finding> claims = read.findings().stream().filter(f -> f.rule().equals("a1.new_received")).toList();
        assertEquals(1, claims.size(), read.findings().toString());
        assertEquals(List.of("t3.received.total"), claims.get(0).cells());
        assertEquals(0, new BigDecimal("120").compareTo(claims.get(0).expected()));
        assertEquals(0, new BigDecimal("100").compareTo(claims.get(0).actual()));
        assertTrue(claims.get(0).message().contains("全年共收到政府信息公开申请100件"), claims.get(0).message());
    }

    private static ReportFormats toyFormats() throws IOException {
        return JSON.treeToValue(toyFormatsTree(), ReportFormats.class);
    }

    /** A copy of the shipped formats.json with the toy version, its table 2 layout and one more rule. */
    private static ObjectNode toyFormatsTree() throws IOException {
        ObjectNode root;
        try (InputStream in = ReportFormats.class.getResourceAsStream("formats.json")) {
            root = (ObjectNode) JSON.readTree(in);
        }
        ArrayNode versions = (ArrayNode) root.get("versions");
        ((ObjectNode) versions.get(1)).put("lastYear", 2029);
        versions.addObject().put("id", "toy").put("firstYear", 2030).put("lastYear", 9999);
        ((ObjectNode) root.get("versionTables")).putObject("toy").put("t2", "toy").put("t3", "v2021").put("t4", "v2019");
        ArrayNode tables = (ArrayNode) root.get("tables");
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).get("id").asText().equals("t2") && tables.get(i).get("layout").asText().equals("v2021")) {
                ObjectNode toy = tables.get(i).deepCopy();
                toy.put("layout", "toy");
                ((ArrayNode) toy.get("fingerprints")).add("部门规章").add("政策性文件");
                ArrayNode rows = (ArrayNode) toy.get("blocks").get(0).get("rows");
                rows.removeAll();
                rows.addObject().put("key", "dept_rule").putArray("labels").add("部门规章");
                rows.addObject().put("key", "policy_doc").putArray("labels").add("政策性文件");
                tables.add(toy);
                break;
            }
        }
        ObjectNode rule = ((ArrayNode) root.get("rules")).addObject();
        rule.put("id", "toy.issued_in_force").put("code", "T1").put("table", "t2").put("severity", "warning")
                .put("category", "filing").put("each", "row");
        rule.putArray("sum").add("t2.{block}.{row}.issued");
        rule.putArray("equals").add("t2.{block}.{row}.in_force");
        rule.putObject("message").put("zh", "表二“{row}”行：本年制发件数应等于现行有效件数（示例规则）")
                .put("en", "table 2 row {row}: issued must equal in force (toy rule)");
        return root;
    }
}
