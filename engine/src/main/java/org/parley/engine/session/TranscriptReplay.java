package org.parley.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Violation;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Metrics;

/**
 * Folds a transcript's actions through the protocol again and rebuilds the transcript from the
 * scenario alone: utilities, rounds, outcome and metrics are recomputed, only rationales and timing
 * are carried over. A transcript is consistent iff its replay equals it. On a deadline in seconds
 * the clock is not read again: each turn's recorded t sets it, and a session that ran out of time
 * ends where the transcript says it did, in the round the replay has reached.
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
      replayClock(session, event);
      if (session.isOver()) {
        throw new InconsistentTranscriptException("event " + event.turn() + " has t "
            + event.progress() + ", after the time of the deadline was up");
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
      } else if (recorded instanceof NoAgreement n && n.reason() == SessionOutcome.Reason.DEADLINE
          && transcript.deadline().hasSeconds()) {
        timeUp(session, n);
      } else {
        throw new InconsistentTranscriptException("the actions do not end the session, but the "
            + "transcript records " + describe(recorded, transcript));
      }
    }
    return session.transcript(transcript.runtime(), transcript.timing());
  }

  /**
   * Sets the session's clock from a recorded t on a deadline in seconds: a t above the round's own
   * progress came from the clock. The replay's t is then the recorded one exactly.
   */
  private static void replayClock(Session session, Event event) {
    var state = session.state();
    if (state.deadline().hasSeconds()
        && event.progress() > state.deadline().progress(state.round())) {
      try {
        session.clock(event.progress());
      } catch (IllegalArgumentException e) {
        throw new InconsistentTranscriptException("event " + event.turn() + ": "
            + e.getMessage());
      }
    }
  }

  /** Ends the session where the recorded time ran out: between turns, or refusing a late answer. */
  private static void timeUp(Session session, NoAgreement recorded) {
    if (recorded.party() == null) {
      session.clock(1.0);
    } else if (recorded.party().equals(session.toMove())) {
      session.late(recorded.party());
    } else {
      throw new InconsistentTranscriptException("the transcript records a late answer of '"
          + recorded.party() + "', but it was '" + session.toMove() + "'s turn");
    }
  }

  /**
   * The differences between a transcript and its replay, one line each for people (fields named as
   * in the JSON, bids by level ids, long lines cut); empty when consistent.
   */
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
      return List.of(clip(e.getMessage()));
    }
    List<Event> recorded = transcript.events();
    List<Event> again = replayed.events();
    for (int i = 0; i < Math.min(recorded.size(), again.size()); i++) {
      if (!recorded.get(i).equals(again.get(i))) {
        out.add("event " + i + " differs: recorded " + difference(recorded.get(i),
            again.get(i)));
        break;
      }
    }
    if (recorded.size() != again.size()) {
      out.add("the transcript records " + recorded.size() + " events, the replay " + again.size());
    }
    if (!transcript.outcome().equals(replayed.outcome())) {
      String was = describe(transcript.outcome(), transcript);
      String is = describe(replayed.outcome(), transcript);
      out.add(!was.equals(is) ? "outcome differs: recorded " + was + ", replay gives " + is
          : "outcome differs: recorded detail '" + detail(transcript.outcome())
              + "', replay gives '" + detail(replayed.outcome()) + "'");
    }
    Metrics m = transcript.metrics();
    Metrics n = replayed.metrics();
    compare(out, "agreement", m.agreement(), n.agreement());
    compare(out, "utilities", m.utilities(), n.utilities());
    compare(out, "discountedUtilities", m.discountedUtilities(), n.discountedUtilities());
    compare(out, "socialWelfare", m.socialWelfare(), n.socialWelfare());
    compare(out, "paretoDistance", m.paretoDistance(), n.paretoDistance());
    compare(out, "nashDistance", m.nashDistance(), n.nashDistance());
    return out.stream().map(TranscriptReplay::clip).toList();
  }

  /** One line per metric that differs, named as in the transcript's JSON. */
  private static void compare(List<String> out, String metric, Object recorded, Object replayed) {
    if (!Objects.equals(recorded, replayed)) {
      out.add("metrics differ: recorded " + metric + " " + (recorded == null ? "none" : recorded)
          + ", replay gives " + (replayed == null ? "none" : replayed));
    }
  }

  /** What differs in a replayed event (its action and rationale are the transcript's own). */
  private static String difference(Event r, Event a) {
    if (r.turn() != a.turn()) {
      return "turn " + r.turn() + ", replay gives " + a.turn();
    }
    if (r.round() != a.round()) {
      return "round " + r.round() + ", replay gives " + a.round();
    }
    if (Double.compare(r.progress(), a.progress()) != 0) {
      return "t " + r.progress() + ", replay gives " + a.progress();
    }
    if (!r.utilities().equals(a.utilities())) {
      return "utilities " + r.utilities() + ", replay gives " + a.utilities();
    }
    return "action or rationale";
  }

  private static String detail(SessionOutcome outcome) {
    return outcome instanceof NoAgreement n ? n.detail() : "";
  }

  /**
   * A line for people however long the transcript's strings: its first and last 200 characters
   * around a count of the cut.
   */
  private static String clip(String line) {
    if (line.length() <= 500) {
      return line;
    }
    int head = Character.isLowSurrogate(line.charAt(200)) ? 199 : 200;
    int tail = line.length() - (Character.isLowSurrogate(line.charAt(line.length() - 200))
        ? 201 : 200);
    return line.substring(0, head) + "…(" + (tail - head) + " characters cut)…"
        + line.substring(tail);
  }

  /**
   * An outcome in words, its bid by level ids: {@code agreement on {tariff=30, flow=high} in
   * round 6}, {@code no agreement (walked-away by china) in round 3}.
   */
  private static String describe(SessionOutcome outcome, Transcript t) {
    if (outcome instanceof SessionOutcome.Agreement a) {
      return "agreement on " + t.scenario().domain().levelIds(a.bid()) + " in round " + a.round();
    }
    NoAgreement n = (NoAgreement) outcome;
    return "no agreement (" + n.reason().key() + (n.party() != null ? " by " + n.party() : "")
        + ") in round " + n.round();
  }

  /** A transcript whose actions do not produce what it records. */
  public static final class InconsistentTranscriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InconsistentTranscriptException(String message) {
      super(message);
    }
  }
}
