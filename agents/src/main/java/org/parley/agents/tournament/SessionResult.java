package org.parley.agents.tournament;

import java.util.List;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.transcript.Transcript;

/**
 * A finished tournament session as the output folder records it, made where the session ran (on
 * this machine, or on a worker so that the master only writes it down).
 *
 * @param rows one per party, in party order ({@link ResultRow#of(PlannedSession, Transcript)})
 * @param transcript the transcript file's text, or null when the run keeps no transcripts
 */
public record SessionResult(List<ResultRow> rows, String transcript) {

  public SessionResult {
    rows = List.copyOf(rows);
  }

  /** The result of {@code s}, played as {@code t}; its transcript text only when {@code keep}. */
  public static SessionResult of(PlannedSession s, Transcript t, boolean keep) {
    return new SessionResult(ResultRow.of(s, t), keep ? TranscriptCodec.write(t) : null);
  }
}
