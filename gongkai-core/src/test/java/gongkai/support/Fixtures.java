package gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project's own fixtures: every report file in test-fixtures/ beside an expected-cells file, named
 * {@code NAME.ext.expected.json} or {@code NAME.expected.json} (then every NAME.ext with a report
 * extension is a case).
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("test-fixtures");
    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "md", "pdf", "html", "htm", "docx", "doc");
    private static final String SUFFIX = ".expected.json";

    private Fixtures() {
    }

    public static List<Path> reports() {
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path expected : walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String stem = expected.getFileName().toString().replace(SUFFIX, "");
                Path direct = expected.resolveSibling(stem);
                if (hasReportExtension(stem) && Files.exists(direct)) {
                    reports.add(direct);
                    continue;
                }
                for (String ext : REPORT_EXTENSIONS.stream().sorted().toList()) {
                    Path candidate = expected.resolveSibling(stem + "." + ext);
                    if (Files.exists(candidate)) {
                        reports.add(candidate);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    public static Path expectedFor(Path report) {
        Path direct = report.resolveSibling(report.getFileName() + SUFFIX);
        if (Files.exists(direct)) {
            return direct;
        }
        String name = report.getFileName().toString();
        return report.resolveSibling(name.substring(0, name.lastIndexOf('.')) + SUFFIX);
    }

    private static boolean hasReportExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
