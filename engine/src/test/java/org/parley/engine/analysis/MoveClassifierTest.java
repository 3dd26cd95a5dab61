package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classes of Hindriks, Jonker &amp; Tykhonov (2007) at and around their boundaries, θ = 0.03. */
class MoveClassifierTest {

  @ParameterizedTest(name = "Δself {0}, Δopp {1} → {2}")
  @CsvSource({
      "0.0, 0.0, SILENT",
      "0.029, -0.029, SILENT",
      "-0.029, 0.029, SILENT",
      "0.0, 0.03, NICE",
      "0.029, 0.2, NICE",
      "-0.03, 0.0, CONCESSION",
      "-0.2, 0.1, CONCESSION",
      "-0.03, -0.03, UNFORTUNATE",
      "0.0, -0.03, UNFORTUNATE",
      "-0.1, -0.001, UNFORTUNATE",
      "0.03, 0.0, SELFISH",
      "0.001, -0.05, SELFISH",
      "0.1, -0.1, SELFISH",
      "0.03, 0.001, FORTUNATE",
      "0.2, 0.2, FORTUNATE"})
  void classifiesByTheChangeOfBothUtilities(double self, double opp, MoveType expected) {
    assertEquals(expected, MoveClassifier.classify(self, opp));
  }
}
