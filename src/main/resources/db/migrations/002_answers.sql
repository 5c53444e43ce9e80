-- 👍/👎 on answers, kept with the question so a curator can see what went wrong.
CREATE TABLE feedback (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  entry_id   TEXT NOT NULL,
  question   TEXT NOT NULL,
  helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  created_at INTEGER NOT NULL
);
-- One vote per person and entry: pressing again changes the vote instead of adding one.
CREATE UNIQUE INDEX feedback_user_entry ON feedback(user_id, entry_id);

-- Questions the bot could not answer, for `movebot unanswered`.
CREATE TABLE unanswered (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  question   TEXT NOT NULL,
  normalized TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX unanswered_user ON unanswered(user_id);
CREATE INDEX unanswered_normalized ON unanswered(normalized);
