package gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small text reports made from the seed, each with its own agency name so no two have the same content. */
final class Generated {
    private Generated() {
    }

    static Path reports(Path folder, int count) throws IOException {
        String seed = Files.readString(CommandLineTest.SEED, StandardCharsets.UTF_8);
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("r%05d.txt", i)), seed.replaceFirst("阿勒泰地区教育局", "测试机构" + i),
                    StandardCharsets.UTF_8);
        }
        return folder;
    }
}
