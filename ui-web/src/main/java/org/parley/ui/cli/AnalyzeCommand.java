package org.parley.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.session.TranscriptReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.parley.agents.files.TranscriptFiles;
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Check a stored transcript by replaying it, and print its summary and moves.")
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Transcript written by 'parley run --out'.")
  Path file;

  @Option(names = "--rounds", description = "Also print every action.")
  boolean rounds;

  @Override
  public Integer call() {
    Transcript t = TranscriptFiles.read(file);
    List<String> problems = TranscriptReplay.differences(t);
    PrintWriter out = spec.commandLine().getOut();
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: " + file + " is inconsistent: replaying its actions does not give what "
          + "it records:");
      problems.forEach(p -> err.println("  " + p));
      err.flush();
      return 1;
    }
    ScenarioAnalysis analysis = new ScenarioAnalysis(t.scenario());
    Report report = new Report(out);
    report.header(t);
    if (rounds) {
      t.events().forEach(e -> report.event(t.scenario(), e, true));
    }
    report.summary(t, analysis);
    report.moves(t);
    out.printf("%nReplay check: %d actions reproduce the recorded outcome and metrics.%n",
        t.events().size());
    out.flush();
    return 0;
  }
}
