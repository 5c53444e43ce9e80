-- Programmes (walking plan, sit-less breaks, movement drills, weekly summary) fire through the
-- same scheduler as daily prompts: each of their times is a subscription row of its own kind.
-- The table is rebuilt (SQLite cannot change a UNIQUE or CHECK constraint in place) so that a
-- walk at 07:30 and a daily prompt at 07:30 can both exist, and days can be any set of days.
CREATE TABLE subscriptions_new (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  chat_id      INTEGER NOT NULL,
  kind         TEXT NOT NULL DEFAULT 'prompt'
               CHECK (kind IN ('prompt', 'walk', 'sitless', 'drill', 'summary')),
  local_time   TEXT NOT NULL,                      -- HH:MM on the person's wall clock
  days         TEXT NOT NULL,                      -- DAILY, WEEKDAYS or day names: MON,WED,FRI
  next_fire_at INTEGER,                            -- epoch seconds, UTC; NULL = inactive
  created_at   INTEGER NOT NULL,
  UNIQUE (user_id, kind, local_time)
);
INSERT INTO subscriptions_new (id, user_id, chat_id, kind, local_time, days, next_fire_at, created_at)
  SELECT id, user_id, chat_id, 'prompt', local_time, days, next_fire_at, created_at FROM subscriptions;
DROP TABLE subscriptions;
ALTER TABLE subscriptions_new RENAME TO subscriptions;
CREATE INDEX subscriptions_due ON subscriptions(next_fire_at) WHERE next_fire_at IS NOT NULL;
CREATE INDEX subscriptions_chat ON subscriptions(chat_id);
CREATE INDEX subscriptions_user ON subscriptions(user_id, kind);

-- Delivery ids are in buttons and in activity rows, so they must never be reused after a
-- subscription (and its deliveries) is deleted: AUTOINCREMENT instead of the largest id + 1.
CREATE TABLE deliveries_new (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
  user_id         INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  chat_id         INTEGER NOT NULL,
  local_date      TEXT NOT NULL,
  fire_at         INTEGER NOT NULL,
  prompt_id       TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
  claimed_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  action          TEXT CHECK (action IN ('done', 'snoozed')),
  UNIQUE (subscription_id, local_date)
);
INSERT INTO deliveries_new SELECT id, subscription_id, user_id, chat_id, local_date, fire_at, prompt_id, state,
  claimed_at, finished_at, action FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_claimed ON deliveries(state) WHERE state = 'claimed';
CREATE INDEX deliveries_user ON deliveries(user_id);

-- What people did, for /progress and the weekly summary. Kept when a programme or a prompt
-- time is stopped (no link to subscriptions); removed only with the person (/forget).
-- delivery_id makes a second press of the same button change the row instead of adding one.
CREATE TABLE activity (
  id          INTEGER PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  local_date  TEXT NOT NULL,                       -- YYYY-MM-DD in the person's zone
  kind        TEXT NOT NULL CHECK (kind IN ('walk', 'prompt', 'drill')),
  minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 600),
  pain        INTEGER NOT NULL DEFAULT 0 CHECK (pain IN (0, 1)),
  delivery_id INTEGER UNIQUE,
  created_at  INTEGER NOT NULL
);
CREATE INDEX activity_user_date ON activity(user_id, local_date);

-- The walking plan: which rung of the ladder (10 min × 3 days … 30 min × 5 days) this week
-- is on, and since when. Reviewed once per finished week from that week's walks.
CREATE TABLE walking_plans (
  user_id      INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
  step         INTEGER NOT NULL CHECK (step >= 0),
  week_start   TEXT NOT NULL,                      -- YYYY-MM-DD, the current plan week's Monday
  local_time   TEXT NOT NULL,
  started_on   TEXT NOT NULL                       -- YYYY-MM-DD, the local date it started
);

-- Sit-less breaks: work hours, work days and how often to stand.
CREATE TABLE sitless_plans (
  user_id          INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
  start_time       TEXT NOT NULL,
  end_time         TEXT NOT NULL,
  interval_minutes INTEGER NOT NULL CHECK (interval_minutes IN (30, 45)),
  days             TEXT NOT NULL
);

-- Movement drills: the version (0 easier, 1 standard, 2 harder) each person is on, per drill.
CREATE TABLE drill_levels (
  user_id  INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
  drill_id TEXT NOT NULL,
  level    INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),
  PRIMARY KEY (user_id, drill_id)
);

-- 1 once a person turned the weekly summary off, so starting another programme does not
-- turn it back on.
ALTER TABLE users ADD COLUMN summary_off INTEGER NOT NULL DEFAULT 0;
