-- People who have talked to the bot. Every other table that stores something about a
-- person references users(user_id) with ON DELETE CASCADE, so /forget is one DELETE.
CREATE TABLE users (
  user_id       INTEGER PRIMARY KEY,   -- Telegram user id
  chat_id       INTEGER NOT NULL,      -- the private chat with the bot
  language_code TEXT,
  time_zone     TEXT,                  -- IANA id; NULL until the person sets one
  created_at    INTEGER NOT NULL,      -- epoch seconds, UTC
  last_seen_at  INTEGER NOT NULL       -- epoch seconds, UTC
);

-- Small facts the bot itself must remember across restarts, such as the last update id.
CREATE TABLE bot_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
