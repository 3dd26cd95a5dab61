package org.parley.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Violation;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.transcript.Event;

/**
 * Folds a transcript's actions through the protocol again and rebuilds the transcript from the
 * scenario alone: utilities, rounds, outcome and metrics are recomputed, only rationales and timing
 * are carried over. A transcript is consistent iff its replay equals it.
 */
public final class TranscriptReplay {

  private TranscriptReplay() {
  }

  public static Transcript replay(Transcript transcript) {
    return replay(transcript, new ScenarioAnalysis(transcript.scenario()));
  }

  public static Transcript replay(Transcript transcript, ScenarioAnalysis analysis) {
    Session session = new Session(analysis, new SessionSpec(transcript.sessionId(),
        transcript.seats(), transcript.seed(), transcript.deadline()));
    for (Event event : transcript.events()) {
      if (session.isOver()) {
        throw new InconsistentTranscriptException("event " + event.turn()
            + " comes after the session ended");
      }
      Optional<Violation> violation = session.submit(event.action().party(),
          new Decision(event.action(), event.rationale()));
      if (violation.isPresent()) {
        throw new InconsistentTranscriptException("event " + event.turn() + " is illegal: "
            + violation.get().message());
      }
    }
    SessionOutcome recorded = transcript.outcome();
    if (!session.isOver()) {
      if (recorded instanceof NoAgreement n && n.reason().isBreakOff()) {
        session.breakOff(n);
      } else {
        throw new InconsistentTranscriptException("the actions do not end the session, but the "
            + "transcript records " + recorded);
      }
    }
    return session.transcript(transcript.runtime(), transcript.timing());
  }

  /** The differences between a transcript and its replay; empty when consistent. */
  public static List<String> differences(Transcript transcript) {
    return differences(transcript, new ScenarioAnalysis(transcript.scenario()));
  }

  /** As {@link #differences(Transcript)}, on an analysis of the transcript's scenario. */
  public static List<String> differences(Transcript transcript, ScenarioAnalysis analysis) {
    List<String> out = new ArrayList<>();
    Transcript replayed;
    try {
      replayed = replay(transcript, analysis);
    } catch (InconsistentTranscriptException | IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
    List<Event> recorded = transcript.events();
    List<Event> again = replayed.events();
    for (int i = 0; i < Math.min(recorded.size(), again.size()); i++) {
      if (!recorded.get(i).equals(again.get(i))) {
        out.add("event " + i + " differs: recorded utilities " + recorded.get(i).utilities()
            + ", replay gives " + again.get(i).utilities());
        break;
      }
    }
    if (recorded.size() != again.size()) {
      out.add("the transcript records " + recorded.size() + " events, the replay " + again.size());
    }
    compare(out, "outcome", transcript.outcome(), replayed.outcome());
    compare(out, "metrics", transcript.metrics(), replayed.metrics());
    return out;
  }

  private static void compare(List<String> out, String what, Object recorded, Object replayed) {
    if (!recorded.equals(replayed)) {
      out.add(what + " differ: recorded " + recorded + ", replay gives " + replayed);
    }
  }

  /** A transcript whose actions do not produce what it records. */
  public static final class InconsistentTranscriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InconsistentTranscriptException(String message) {
      super(message);
    }
  }
}
