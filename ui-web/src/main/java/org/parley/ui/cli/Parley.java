package org.parley.ui.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.parley.engine.io.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: subcommands only; each parses, calls the library and prints. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Multi-agent negotiation game engine: run, analyse and replay negotiations.",
    subcommands = {ServeCommand.class, RunCommand.class, TournamentCommand.class, SweepCommand.class, WorkerCommand.class, AnalyzeCommand.class, JoinCommand.class, MatrixCommand.class, ScenarioCommand.class,
        StrategiesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Parley implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests use it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Parley());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof FormatException || e instanceof IllegalArgumentException
          || e instanceof UncheckedIOException || e instanceof UserError
          || e instanceof org.parley.agents.jade.PlatformException) {
        err.println("error: " + e.getMessage());
      } else {
        err.println("internal error (please report it): " + e);
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    });
    return cli;
  }

  /** A problem with what the user asked for, reported as one line. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
