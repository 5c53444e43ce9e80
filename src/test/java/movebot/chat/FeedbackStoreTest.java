package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import movebot.storage.Database;
import movebot.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {
  @TempDir Path dir;

  @Test
  void reportGroupsTheSameQuestionAndPutsTheMostFrequentFirst() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("UTC"));
      UserStore users = new UserStore(db, clock);
      FeedbackStore store = new FeedbackStore(db, clock);
      for (long user = 1; user <= 3; user++) {
        users.touch(new Incoming.Origin(user, user, true, "en", ""));
      }
      store.unanswered(1, "Best mattress?");
      store.unanswered(2, "best   mattress");
      store.unanswered(3, "ibuprofen dose");
      store.vote(1, "swimming", "is swimming ok", false);
      store.vote(1, "swimming", "is swimming ok", false); // pressing twice is still one vote

      List<FeedbackStore.Unanswered> report = store.report(10);
      assertEquals(3, report.size(), report.toString());
      assertEquals(2, report.get(0).times());
      assertEquals("no answer", report.get(0).why());
      assertEquals(1, report.stream().filter(r -> r.why().equals("👎 swimming")).count());
    }
  }

  @Test
  void normalizingDropsCapitalsExtraSpacesAndEndPunctuationOnly() {
    assertEquals("is walking ok", FeedbackStore.normalize("  Is   walking\tOK?!. ?"));
    assertEquals("why? really", FeedbackStore.normalize("Why? Really..."));
    assertEquals("", FeedbackStore.normalize("???"));
    assertEquals("?".repeat(50_000) + "x", FeedbackStore.normalize("?".repeat(50_000) + "x"));
  }

  @Test
  void forgettingAPersonRemovesTheirFeedbackToo() {
    try (Database db = Database.open(dir.resolve("m.db"))) {
      Clock clock = Clock.systemUTC();
      UserStore users = new UserStore(db, clock);
      FeedbackStore store = new FeedbackStore(db, clock);
      users.touch(new Incoming.Origin(9, 9, true, "en", ""));
      store.unanswered(9, "question");
      store.vote(9, "swimming", "q", true);
      users.forget(9);
      assertEquals(List.of(), store.report(10));
      long votes = Sql.number(db, "SELECT count(*) FROM feedback");
      assertEquals(0L, votes);
    }
  }
}
