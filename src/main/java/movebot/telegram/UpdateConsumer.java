package movebot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import movebot.chat.Conversation;
import movebot.chat.Incoming;
import movebot.chat.Outbound;
import movebot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes batches from the poller and hands each update to a worker. The library has already
 * confirmed these updates, so nothing here may throw: every failure is logged and the next
 * update goes on. Updates of one chat always go to the same single-threaded stripe, so a
 * person's messages are answered in the order they were sent.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
  private static final int STRIPES = 4;

  private final UpdateMapper mapper;
  private final Conversation conversation;
  private final Outbound outbound;
  private final UpdateOffsetStore offsets;
  private final List<ExecutorService> stripes = new ArrayList<>();

  UpdateConsumer(UpdateMapper mapper, Conversation conversation, Outbound outbound, UpdateOffsetStore offsets) {
    this.mapper = mapper;
    this.conversation = conversation;
    this.outbound = outbound;
    this.offsets = offsets;
    for (int i = 0; i < STRIPES; i++) {
      String name = "movebot-updates-" + i;
      stripes.add(
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
              }));
    }
  }

  @Override
  public void consume(List<Update> updates) {
    try {
      long highest = 0;
      for (Update update : updates) {
        if (update == null) {
          continue;
        }
        highest = Math.max(highest, update.getUpdateId() == null ? 0 : update.getUpdateId());
        Optional<Incoming> incoming = mapSafely(update);
        if (incoming.isPresent()) {
          Incoming in = incoming.get();
          stripes.get(Math.floorMod(Long.hashCode(in.origin().chatId()), STRIPES)).execute(() -> handle(in));
        }
      }
      if (highest > 0) {
        offsets.save(highest);
      }
    } catch (RuntimeException e) {
      log.error("Could not take in a batch of {} updates", updates.size(), e);
    }
  }

  private Optional<Incoming> mapSafely(Update update) {
    try {
      return mapper.map(update);
    } catch (RuntimeException e) {
      log.warn("Skipping update {} that could not be read", update.getUpdateId(), e);
      return Optional.empty();
    }
  }

  private void handle(Incoming incoming) {
    try {
      List<Reply> replies = conversation.handle(incoming);
      outbound.reply(replies);
    } catch (RuntimeException e) {
      log.error("Failed to handle a {} from chat {}", incoming.getClass().getSimpleName(), incoming.origin().chatId(), e);
    }
  }

  /** Lets updates already taken in finish (up to {@code grace}); drops the rest. */
  void shutdown(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    stripes.forEach(ExecutorService::shutdown);
    try {
      for (ExecutorService stripe : stripes) {
        long left = deadline - System.nanoTime();
        if (!stripe.awaitTermination(Math.max(0, left), TimeUnit.NANOSECONDS)) {
          stripe.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(2));
  }
}
