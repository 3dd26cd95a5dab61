package org.parley.ui.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.engine.io.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: subcommands only; each parses, calls the library and prints. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Multi-agent negotiation game engine: run, analyse and replay negotiations.")
public final class Parley implements Runnable {

  /**
   * The subcommands by name, in the order the usage lists them. Only the one asked for is built
   * (picocli reads a command's annotations when it is added, a tenth of a second for all of them).
   */
  private static final Map<String, Class<?>> COMMANDS = commands(ServeCommand.class,
      RunCommand.class, TournamentCommand.class, SweepCommand.class, WorkerCommand.class,
      AnalyzeCommand.class, JoinCommand.class, MatrixCommand.class, ScenarioCommand.class,
      StrategiesCommand.class, CheckStrategyCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class);

  private static Map<String, Class<?>> commands(Class<?>... classes) {
    Map<String, Class<?>> out = new LinkedHashMap<>();
    for (Class<?> c : classes) {
      out.put(c.getAnnotation(Command.class).name(), c);
    }
    return out;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
    cli.setOut(terminal(System.out));
    cli.setErr(terminal(System.err));
    System.exit(cli.execute(args));
  }

  /** A terminal's writer: text from files cannot reach it as control characters. */
  static PrintWriter terminal(java.io.OutputStream stream) {
    return new PrintWriter(new TerminalWriter(new java.io.OutputStreamWriter(stream,
        java.nio.charset.StandardCharsets.UTF_8)), true);
  }

  /** The configured command line with every subcommand; tests use it with their own writers. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /** The command line with only subcommand {@code first} when there is one by that name. */
  private static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Parley());
    if (first != null && COMMANDS.containsKey(first) && !first.equals("help")) {
      cli.addSubcommand(COMMANDS.get(first));
    } else {
      COMMANDS.values().forEach(cli::addSubcommand);
    }
    cli.setExecutionExceptionHandler((thrown, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      Exception e = diskProblem(thrown).<Exception>map(io -> io).orElse(thrown);
      if (e instanceof FormatException || e instanceof IllegalArgumentException
          || e instanceof UncheckedIOException || e instanceof UserError
          || e instanceof org.parley.agents.jade.PlatformException) {
        err.println("error: " + e.getMessage()); // the terminal writer escapes controls
      } else {
        err.println("internal error (please report it): " + e);
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    });
    return cli;
  }

  /**
   * A failure to read or write a file (a full disk, a path that is a folder), however deep it sits
   * under the failures it caused: the user's problem, told in one line naming the path.
   */
  private static java.util.Optional<UncheckedIOException> diskProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UncheckedIOException io) {
        return java.util.Optional.of(io);
      }
    }
    return java.util.Optional.empty();
  }

  /** A problem with what the user asked for, reported as one line. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
