package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import movebot.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateRequestsTest {
  @TempDir Path dir;
  Database db;
  UpdateOffsetStore store;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("bot.db"));
    store = new UpdateOffsetStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static List<Update> batch(long... ids) {
    ObjectMapper json = new ObjectMapper();
    return Arrays.stream(ids).mapToObj(id -> {
      try {
        return json.readValue("{\"update_id\":" + id + "}", Update.class);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String answer(String... updates) {
    return "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
  }

  private static String readable(long id) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":1,\"date\":5,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"hi\"}}";
  }

  private static String datedZero(long id) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"hi\"}}";
  }

  @Test
  void theFirstRequestStartsAfterTheStoredUpdate() {
    store.save(41);

    GetUpdates first = new UpdateRequests(store, 50).next(0);

    assertEquals(42, first.getOffset());
    assertEquals(100, first.getLimit());
    assertEquals(50, first.getTimeout());
  }

  @Test
  void aBatchIsStoredWhenTakenIn() {
    UpdateRequests requests = new UpdateRequests(store, 50);

    requests.taken(batch(5, 7, 6));

    assertEquals(7, store.load());
    assertEquals(8, requests.next(7).getOffset());
  }

  @Test
  void aBatchThePollerDroppedWholeMeansTelegramNumbersAfreshSoTheOffsetStartsOver() {
    store.save(900);
    UpdateRequests requests = new UpdateRequests(store, 50);
    AtomicInteger pollerLastSeen = new AtomicInteger(900);
    requests.follow(pollerLastSeen);

    requests.taken(List.of());

    assertEquals(0, pollerLastSeen.get(), "the poller's filter no longer drops the new, lower ids");
    assertEquals(1, requests.next(pollerLastSeen.get()).getOffset());
    assertEquals(0, store.load());
  }

  @Test
  void aBatchBelowTheStoredOffsetAfterARestartIsFollowedDown() {
    store.save(900);
    UpdateRequests requests = new UpdateRequests(store, 50);

    requests.taken(batch(12, 13));

    assertEquals(14, requests.next(13).getOffset());
    assertEquals(13, store.load());
  }

  @Test
  void anUnreadableUpdateIsSteppedOverAfterTheReadableOnesInFrontOfIt() {
    UpdateRequests requests = new UpdateRequests(store, 50);
    requests.taken(batch(9));

    assertTrue(requests.cannotRead(answer(readable(10), readable(11), datedZero(12), readable(13))));

    GetUpdates before = requests.next(9);
    assertEquals(10, before.getOffset());
    assertEquals(2, before.getLimit(), "only the two readable updates in front");
    requests.taken(batch(10, 11));
    GetUpdates past = requests.next(11);
    assertEquals(13, past.getOffset(), "past the unreadable one");
    assertEquals(100, past.getLimit());
    assertEquals(12, store.load(), "the skipped update is not fetched again after a restart");
    assertEquals(13, requests.next(11).getOffset());
  }

  @Test
  void anUnreadableUpdateAtTheFrontIsSteppedOverAtOnce() {
    UpdateRequests requests = new UpdateRequests(store, 50);

    assertTrue(requests.cannotRead(answer(datedZero(1), readable(2))));

    assertEquals(2, requests.next(0).getOffset());
  }

  @Test
  void anAnswerWhoseUpdatesAllReadPlansNoSkip() {
    UpdateRequests requests = new UpdateRequests(store, 50);

    assertFalse(requests.cannotRead(answer(readable(1), readable(2))));
    assertFalse(requests.cannotRead("<html>502 Bad Gateway</html>"));

    assertEquals(1, requests.next(0).getOffset());
    assertEquals(100, requests.next(0).getLimit());
  }
}
