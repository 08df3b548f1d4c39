package gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Under a locale that is not UTF-8 ({@code LC_ALL=C} in cron or Docker) the JVM decodes file names, arguments
 * and console output as ASCII: a Chinese file name cannot be opened and paths come out as {@code ???}, and no
 * option in the jar's manifest can change that ({@code -Dsun.jnu.encoding} is ignored). So {@code java -jar}
 * runs itself once more under {@code C.UTF-8}, with its own command line read back as bytes from
 * {@code /proc/self/cmdline} (the arguments the JVM was given have already lost their characters).
 */
final class Relaunch {
    static final String MARK = "GONGKAI_RELAUNCHED";
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Relaunch() {
    }

    /** Whether this JVM decodes file names in something other than UTF-8 and can run itself again. */
    static boolean needed() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return !jnu.toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8") && System.getenv(MARK) == null
                && Files.isReadable(CMDLINE);
    }

    /** Runs the same command line under C.UTF-8 and returns its exit code; -1 when that cannot be done. */
    static int run() {
        try {
            List<String> command = commandLine();
            if (command.isEmpty()) {
                return -1;
            }
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put(MARK, "1");
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return child.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static List<String> commandLine() throws IOException {
        byte[] bytes = Files.readAllBytes(CMDLINE);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        if (!parts.isEmpty()) {
            ProcessHandle.current().info().command().ifPresent(java -> parts.set(0, java));
        }
        return parts;
    }
}
