package org.parley.agents.tournament.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the master knows of one worker: whether it is ready (its scenarios prepared), its room,
 * its sessions in flight, when it last spoke.
 */
final class WorkerState {

  final int capacity;
  final Map<String, Jobs.Job> inFlight = new LinkedHashMap<>();
  boolean ready;
  long lastSeen;

  WorkerState(int threads) {
    // two sessions queued per thread keep a worker busy across the message round trip
    this.capacity = Math.max(2, 4 * threads);
  }
}
