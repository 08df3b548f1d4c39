package gongkai.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * gongkai's exit codes: 0 done (extract) or clean (check), 1 findings at the {@code --fail-on} level, 2 a usage
 * error (found before any work), 3 an input that could not be read or holds no table (check), 4 the run itself
 * failed (an output could not be written).
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE_INPUT = 3;
    static final int RUN_FAILED = 4;

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return RUN_FAILED;
    }

    /** Prints one line, never a stack trace, for an exception of the run itself. */
    static int handleExecution(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        cli.getErr().println(Messages.get("run.failed", cause.getClass().getSimpleName(),
                cause.getMessage() == null ? "" : cause.getMessage()));
        cli.getErr().flush();
        return cli.getExitCodeExceptionMapper().getExitCode(e);
    }

    /** Prints a usage problem as one line with a pointer to --help. */
    static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println(Messages.get("usage.line", e.getMessage(), cli.getCommandSpec().qualifiedName()));
        cli.getErr().flush();
        return USAGE;
    }
}
