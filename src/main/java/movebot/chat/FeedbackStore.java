package movebot.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import movebot.storage.Database;

/** 👍/👎 on answers and the questions the bot could not answer, for curators. */
public final class FeedbackStore {
  private final Database db;
  private final Clock clock;

  public FeedbackStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** One line of {@code movebot unanswered}. */
  public record Unanswered(String question, int times, String why) {}

  void vote(long userId, String entryId, String question, boolean helpful) {
    db.write(c -> {
      try (var st = c.prepareStatement(
          "INSERT INTO feedback (user_id, entry_id, question, helpful, created_at) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (user_id, entry_id) DO UPDATE SET helpful = excluded.helpful,"
              + " question = excluded.question, created_at = excluded.created_at")) {
        st.setLong(1, userId);
        st.setString(2, entryId);
        st.setString(3, question);
        st.setInt(4, helpful ? 1 : 0);
        st.setLong(5, clock.instant().getEpochSecond());
        return st.executeUpdate();
      }
    });
  }

  /** Deferred: a curator's log, not worth a disk wait of its own per question. */
  void unanswered(long userId, String question) {
    db.defer(c -> {
      try (var st = c.prepareStatement(
          "INSERT INTO unanswered (user_id, question, normalized, created_at) VALUES (?, ?, ?, ?)")) {
        st.setLong(1, userId);
        st.setString(2, question);
        st.setString(3, normalize(question));
        st.setLong(4, clock.instant().getEpochSecond());
        return st.executeUpdate();
      }
    });
  }

  /** Unanswered questions and 👎 answers, most frequent first. */
  public List<Unanswered> report(int limit) {
    db.flush();
    return db.read(c -> {
      List<Unanswered> rows = new ArrayList<>();
      try (var st = c.prepareStatement(
          "SELECT max(question), count(*) AS n, why FROM ("
              + " SELECT question, normalized, 'no answer' AS why FROM unanswered"
              + " UNION ALL"
              + " SELECT question, lower(trim(question)) AS normalized, '👎 ' || entry_id AS why FROM feedback WHERE helpful = 0"
              + ") GROUP BY normalized, why ORDER BY n DESC, max(question) LIMIT ?")) {
        st.setInt(1, limit);
        try (var rs = st.executeQuery()) {
          while (rs.next()) {
            rows.add(new Unanswered(rs.getString(1), rs.getInt(2), rs.getString(3)));
          }
        }
      }
      return rows;
    });
  }

  /** Groups the same question typed with other capitals, spaces or end punctuation. */
  static String normalize(String question) {
    String spaced = question.toLowerCase(Locale.ROOT).replaceAll("[\\s]+", " ");
    // A loop, not the regex [?!.\\s]+$: that one backtracks over every run of '?' that is not at
    // the end, which takes seconds for a long message of them.
    int end = spaced.length();
    while (end > 0 && "?!. ".indexOf(spaced.charAt(end - 1)) >= 0) {
      end--;
    }
    return spaced.substring(0, end).strip();
  }
}
