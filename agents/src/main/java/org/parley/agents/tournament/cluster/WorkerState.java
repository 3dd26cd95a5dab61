package org.parley.agents.tournament.cluster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the master knows of one worker: its room, its sessions in flight, when it last spoke. */
final class WorkerState {

  final int capacity;
  final Map<String, Jobs.Job> inFlight = new LinkedHashMap<>();
  /** The scenarios it has been sent (each is sent once). */
  final Set<String> scenarios = new HashSet<>();
  long lastSeen;

  WorkerState(int threads) {
    // two sessions queued per thread keep a worker busy across the message round trip
    this.capacity = Math.max(2, 4 * threads);
  }
}
