-- Parley's classroom store, schema version 1. Times are milliseconds since the epoch (UTC).
-- A game in progress is its spec plus the people's actions, in order: replaying them through the
-- same deterministic session (the bots recompute theirs) brings it back after a restart.

CREATE TABLE room (
  key         TEXT PRIMARY KEY,              -- e.g. instructor-key: the instructor's secret
  value       TEXT NOT NULL
);

CREATE TABLE classes (
  id          TEXT PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,          -- what students type to join
  title       TEXT NOT NULL,
  settings    TEXT NOT NULL,                 -- JSON: scenario, side, opponent, rounds, minutes, seed
  created_at  INTEGER NOT NULL,
  closed_at   INTEGER,                       -- no one joins a closed class
  revealed    INTEGER NOT NULL DEFAULT 0,    -- students see the board
  hide_names  INTEGER NOT NULL DEFAULT 0     -- the revealed board shows no names
);

CREATE TABLE students (
  id          TEXT PRIMARY KEY,
  class_id    TEXT NOT NULL REFERENCES classes(id),
  name        TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the secret in the student's cookie
  joined_at   INTEGER NOT NULL,
  UNIQUE (class_id, name)
);

CREATE TABLE games (
  id          TEXT PRIMARY KEY,
  class_id    TEXT NOT NULL REFERENCES classes(id),
  spec        TEXT NOT NULL,                 -- JSON: scenario, seats, seed, rounds, minutes
  started_at  INTEGER NOT NULL,
  ends_at     INTEGER,                       -- the wall-clock limit, if any (extensions move it)
  ended_at    INTEGER,
  result      TEXT                           -- JSON once over: outcome, utilities, rounds, transcript
);

CREATE TABLE seats (
  game_id     TEXT NOT NULL REFERENCES games(id),
  party       TEXT NOT NULL,
  student_id  TEXT REFERENCES students(id),  -- null: a bot plays this party
  PRIMARY KEY (game_id, party)
);

CREATE TABLE actions (
  game_id     TEXT NOT NULL REFERENCES games(id),
  seq         INTEGER NOT NULL,              -- the turn of the session it was taken at
  party       TEXT NOT NULL,
  action      TEXT NOT NULL,                 -- JSON, as everywhere (ActionCodec)
  at          INTEGER NOT NULL,
  PRIMARY KEY (game_id, seq)
);

CREATE INDEX games_by_class ON games (class_id);
CREATE INDEX seats_by_student ON seats (student_id);
