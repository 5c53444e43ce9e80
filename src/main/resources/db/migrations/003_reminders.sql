-- When a person's prompts are paused (/pause N); NULL when they are not.
ALTER TABLE users ADD COLUMN paused_until INTEGER;

-- One daily prompt time of one person. The person's zone lives in users.time_zone (or the
-- default setting); next_fire_at is derived from it and recomputed after every fire and every
-- change. NULL next_fire_at means the subscription is inactive (the chat blocked the bot).
CREATE TABLE subscriptions (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  chat_id      INTEGER NOT NULL,
  local_time   TEXT NOT NULL,                      -- HH:MM on the person's wall clock
  days         TEXT NOT NULL CHECK (days IN ('DAILY', 'WEEKDAYS')),
  next_fire_at INTEGER,                            -- epoch seconds, UTC
  created_at   INTEGER NOT NULL,
  UNIQUE (user_id, local_time)
);
-- The dispatcher's only query: what is due. Inactive rows are not in the index at all.
CREATE INDEX subscriptions_due ON subscriptions(next_fire_at) WHERE next_fire_at IS NOT NULL;
CREATE INDEX subscriptions_chat ON subscriptions(chat_id);

-- Every prompt claimed for sending. UNIQUE (subscription_id, local_date) is what makes
-- "at most one prompt per subscription and local date" hold, even across crashes.
CREATE TABLE deliveries (
  id              INTEGER PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
  user_id         INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  chat_id         INTEGER NOT NULL,
  local_date      TEXT NOT NULL,                   -- YYYY-MM-DD in the person's zone
  fire_at         INTEGER NOT NULL,
  prompt_id       TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
  claimed_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  action          TEXT CHECK (action IN ('done', 'snoozed')),
  UNIQUE (subscription_id, local_date)
);
CREATE INDEX deliveries_claimed ON deliveries(state) WHERE state = 'claimed';
CREATE INDEX deliveries_user ON deliveries(user_id);

-- "Snooze 15 min": one extra send of a prompt already delivered.
CREATE TABLE snoozes (
  delivery_id INTEGER PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,
  user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  due_at      INTEGER NOT NULL
);
CREATE INDEX snoozes_due ON snoozes(due_at);

-- Prompts a person has seen in the current round; cleared when every prompt has been seen,
-- so no prompt repeats before all the others have come.
CREATE TABLE prompts_seen (
  user_id   INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  prompt_id TEXT NOT NULL,
  PRIMARY KEY (user_id, prompt_id)
);
