package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 平潭 archive's real reports (../shared/corpus/pingtan-archive): a part printed under a variant of its
 * heading is found and reported once as format.heading_variant; format.missing_section is left only where
 * the part is not printed (18 such findings before headings were found by meaning, 6 now).
 */
class HeadingVariantsCorpusTest {
    private static final Path ARCHIVE = Gold.SHARED_CORPUS.resolve("pingtan-archive");

    @Test
    void missingPartsAreOnlyThoseNotPrinted() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ARCHIVE), "shared corpus absent");
        Pipeline pipeline = new Pipeline("zh");
        List<String> missing = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARCHIVE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Report report = pipeline.process(file);
                String name = file.getFileName().toString().replace(".txt", "");
                for (Finding f : report.findings()) {
                    if (f.rule().equals("format.missing_section")) {
                        missing.add(name + " " + f.message().replaceAll(".*“(.)、.*", "$1"));
                    } else if (f.rule().equals("format.heading_variant")) {
                        variants.add(name + " " + f.message().charAt(1) + " " + f.severity().id());
                    }
                }
            }
        }
        assertEquals(List.of("caizheng-jinrong_2021 六", "junshan-pianqu_2025 一", "junshan-pianqu_2025 五",
                "junshan-pianqu_2025 六", "suping-pianqu_2024 六", "ziran-shengtai_2019 六"), missing);
        assertEquals(List.of("jingji-fazhan_2022 四 info", "jingji-fazhan_2023 四 info", "jingji-fazhan_2024 四 info",
                "jingji-fazhan_2025 四 info", "jinjing-pianqu_2022 五 info", "jinjing-pianqu_2024 五 info",
                "junshan-pianqu_2020 四 info", "nongye-nongcun_2021 五 info", "nongye-nongcun_2021 六 info",
                "shehui-shiye_2022 四 warning", "shehui-shiye_2024 四 warning"), variants);
    }
}
