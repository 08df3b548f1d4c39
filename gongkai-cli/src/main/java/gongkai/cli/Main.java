package gongkai.cli;

import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** gongkai's command line. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns government information-disclosure annual reports (政府信息公开工作年度报告) into verified data.")
public final class Main {
    /** The subcommands in the order of the usage help. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = orderedSubcommands();

    public static void main(String[] args) {
        if (Relaunch.needed()) {
            int exit = Relaunch.run();
            if (exit >= 0) {
                System.exit(exit);
            }
        }
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("extract"))) {
            warmUp();
        }
        System.exit(commandLine(args).execute(args));
    }

    /**
     * Loads the report formats (formats.json through Jackson, half of a single-file {@code check}'s start-up) and
     * the reading classes on a second thread while this one parses the command line: a shorter start on two cores.
     */
    private static void warmUp() {
        Thread loader = new Thread(gongkai.Gongkai::standard, "gongkai-warm-up");
        loader.setDaemon(true);
        loader.start();
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when they start with a subcommand's name, only that subcommand is
     * built (picocli reads every option of every subcommand by reflection, a fifth of a {@code check}'s start-up);
     * otherwise (help, version, a mistyped name) all of them, so the messages name every subcommand.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (only != null) {
            cli.addSubcommand(args[0], only.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setExitCodeExceptionMapper(new ExitCodes());
        cli.setParameterExceptionHandler(ExitCodes::handleParameter);
        cli.setExecutionExceptionHandler(ExitCodes::handleExecution);
        return cli;
    }

    private static Map<String, Supplier<Object>> orderedSubcommands() {
        Map<String, Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("extract", ExtractCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("bench", BenchCommand::new);
        return java.util.Collections.unmodifiableMap(commands);
    }

    /** gongkai's version, from the jar's manifest (0.1.0 when run from classes). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gongkai " + version()};
        }
    }
}
