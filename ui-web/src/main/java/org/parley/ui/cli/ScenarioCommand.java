package org.parley.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Issue;
import org.parley.engine.io.FormatException;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.PairwiseInteractionUtility;
import org.parley.engine.utility.UtilityFunction;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = "List, show, validate, import and export scenarios.",
    subcommands = {ScenarioCommand.List.class, ScenarioCommand.Show.class,
        ScenarioCommand.Validate.class, ImportGeniusCommand.class,
        ImportGeniusWebCommand.class, ExportGeniusCommand.class})
final class ScenarioCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the bundled scenarios.")
  static final class List implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (String id : ScenarioCatalog.ids()) {
        Scenario s = ScenarioCatalog.load(id);
        out.printf("%-20s %d parties, %d issues, %,d bids  %s%n", id, s.parties().size(),
            s.domain().issueCount(), s.domain().size(), s.title());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a scenario: issues, parties, preferences, solution and reference points.")
  static final class Show implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FILE", description = "Bundled scenario id or scenario file.")
    String scenario;

    @Override
    public Integer call() {
      Scenario s = ScenarioCatalog.resolve(scenario);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s: %s%n", s.id(), s.title());
      if (!s.description().isEmpty()) {
        out.printf("%s%n", s.description());
      }
      out.printf("%nProtocol %s, default deadline %s, %,d possible agreements.%n",
          s.protocol(), s.deadline().describe(), s.domain().size());
      out.println();
      out.println("Issues:");
      for (Issue issue : s.domain().issues()) {
        out.printf("  %s — %s%n", issue.id(), issue.name());
        for (int i = 0; i < issue.size(); i++) {
          StringBuilder evals = new StringBuilder();
          for (Party p : s.parties()) {
            evals.append(String.format("  %s %s", p.id(), Report.f3(evaluation(p, issue, i, s))));
          }
          out.printf("      %-28s %-40s%s%n", issue.level(i).id(), issue.display(i), evals);
        }
      }
      out.println();
      out.println("Parties:");
      for (Party p : s.parties()) {
        out.printf("  %s — %s; reservation %s, discount %s%n", p.id(), p.name(),
            Report.f3(p.profile().reservation()), p.profile().discount());
        if (!p.delegation().isEmpty()) {
          out.printf("      delegation: %s%n", String.join("; ", p.delegation()));
        }
        LinearAdditiveUtility additive = additive(p.profile().utility());
        StringBuilder weights = new StringBuilder();
        additive.weights().forEach((k, v) -> weights.append(' ').append(k).append(' ')
            .append(Report.f3(v)));
        out.printf("      weights:%s%n", weights);
        if (p.profile().utility() instanceof PairwiseInteractionUtility pi) {
          pi.terms().forEach(t -> out.printf("      interaction: %s=%s with %s=%s: %+.3f%n",
              t.issueA(), t.levelA(), t.issueB(), t.levelB(), t.delta()));
        }
      }
      ScenarioAnalysis analysis = new ScenarioAnalysis(s);
      out.println();
      out.printf("Outcome space: Pareto frontier of %d bids%n", analysis.frontier().size());
      analysis.nash().ifPresent(p -> out.printf("  %-32s %s%n", "Nash point",
          Report.utilities(s, p.utilities())));
      analysis.kalaiSmorodinsky().ifPresent(p -> out.printf("  %-32s %s%n",
          "Kalai-Smorodinsky point", Report.utilities(s, p.utilities())));
      analysis.egalitarian().ifPresent(p -> out.printf("  %-32s %s%n", "Egalitarian point",
          Report.utilities(s, p.utilities())));
      analysis.maxWelfare().ifPresent(p -> out.printf("  %-32s %s%n", "Max social welfare",
          Report.utilities(s, p.utilities())));
      if (!s.references().isEmpty()) {
        out.println();
        out.println("Reference points:");
        new Report(out).references(s, analysis);
      }
      out.flush();
      return 0;
    }

    private static LinearAdditiveUtility additive(UtilityFunction u) {
      return u instanceof PairwiseInteractionUtility pi ? pi.additive() : (LinearAdditiveUtility) u;
    }

    private static double evaluation(Party p, Issue issue, int level, Scenario s) {
      LinearAdditiveUtility additive = additive(p.profile().utility());
      return additive.evaluators().get(issue.id()).evaluate(issue)[level];
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a scenario file; prints the first problem with its JSON path.")
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario file (JSON).")
    Path file;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new Parley.UserError("no such file: " + file);
      }
      try {
        Scenario s = ScenarioCatalog.readFile(file);
        spec.commandLine().getOut().printf("ok: %s — '%s', %d parties, %d issues, %,d bids%n",
            file, s.id(), s.parties().size(), s.domain().issueCount(), s.domain().size());
        spec.commandLine().getOut().flush();
        return 0;
      } catch (FormatException e) {
        spec.commandLine().getErr().println("invalid: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
    }
  }
}
