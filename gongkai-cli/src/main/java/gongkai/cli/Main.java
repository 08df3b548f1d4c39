package gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** gongkai's command line. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns government information-disclosure annual reports (政府信息公开工作年度报告) into verified data.",
        subcommands = {ExtractCommand.class, CheckCommand.class, BenchCommand.class})
public final class Main {

    public static void main(String[] args) {
        if (Relaunch.needed()) {
            int exit = Relaunch.run();
            if (exit >= 0) {
                System.exit(exit);
            }
        }
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(new ExitCodes());
        cli.setParameterExceptionHandler(ExitCodes::handleParameter);
        cli.setExecutionExceptionHandler(ExitCodes::handleExecution);
        return cli;
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
