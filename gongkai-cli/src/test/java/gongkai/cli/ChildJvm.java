package gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs gongkai's command line in a JVM of its own (a small heap, another locale, a process to kill). */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder builder(List<String> jvmOptions, Map<String, String> env, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.redirectOutput(log.toFile());
        return builder;
    }

    /** Runs to the end and returns the exit code. */
    static int run(List<String> jvmOptions, Map<String, String> env, Path log, String... args)
            throws IOException, InterruptedException {
        return builder(jvmOptions, env, log, args).start().waitFor();
    }

}
