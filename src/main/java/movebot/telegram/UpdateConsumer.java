package movebot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Takes batches from the poller and hands each update to a worker. Nothing here may throw: the
 * poller runs this on its scheduled task, which dies for good on an exception, and the bot would
 * silently stop polling; so every failure is logged and the next update goes on. Updates of one
 * chat always go to the same single-threaded stripe, so a person's messages are answered in the
 * order they were sent.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {
  static final String SLOW_DOWN =
      "You're sending messages faster than I can read them; I'll answer again in a few seconds.";
  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
  private static final int STRIPES = 4;

  private final UpdateMapper mapper;
  private final Conversation conversation;
  private final Outbound outbound;
  private final UpdateRequests requests;
  private final IncomingThrottle throttle;
  private final List<ExecutorService> stripes = new ArrayList<>();
  /** Guarded by this: false once stopping, so a late batch is left to the next start. */
  private boolean takingIn = true;

  UpdateConsumer(
      UpdateMapper mapper, Conversation conversation, Outbound outbound, UpdateRequests requests, IncomingThrottle throttle) {
    this.mapper = mapper;
    this.conversation = conversation;
    this.outbound = outbound;
    this.requests = requests;
    this.throttle = throttle;
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
  public synchronized void consume(List<Update> updates) {
    try {
      if (!takingIn) {
        // Not stored, so Telegram keeps them for the next start.
        log.info("Stopping: leaving {} updates for the next start", updates.size());
        return;
      }
      // Stored before anything is answered: an update whose reply went out is never fetched
      // again after a restart. A crash before the reply leaves it unanswered instead, which
      // beats answering twice; a normal stop lets taken-in updates finish first.
      requests.taken(updates);
      updates.forEach(this::takeIn);
    } catch (Throwable e) { // anything escaping here would end polling for good
      log.error("Could not take in a batch of {} updates", updates.size(), e);
    }
  }

  /** One update; whatever goes wrong with it, the others in the batch go on. */
  private void takeIn(Update update) {
    try {
      mapper.map(update).ifPresent(this::dispatch);
    } catch (RuntimeException e) {
      log.warn("Skipping update {} that could not be read", update == null ? null : update.getUpdateId(), e);
    }
  }

  private void dispatch(Incoming incoming) {
    ExecutorService stripe = stripes.get(Math.floorMod(Long.hashCode(incoming.origin().chatId()), STRIPES));
    IncomingThrottle.Verdict verdict =
        conversation.wouldReply(incoming) ? throttle.admit(incoming.origin().chatId()) : IncomingThrottle.Verdict.PASS;
    switch (verdict) {
      case PASS -> stripe.execute(() -> handle(incoming));
      case DROP_AND_NOTIFY -> {
        log.info("Chat {} sends faster than it can be answered; dropping its messages for a few seconds", incoming.origin().chatId());
        // Through the chat's stripe, so the notice comes after the answers to what it sent before.
        stripe.execute(() -> outbound.reply(List.of(new Reply.Message(incoming.origin().chatId(), SLOW_DOWN))));
      }
      case DROP -> {}
    }
  }

  private void handle(Incoming incoming) {
    try {
      List<Reply> replies = conversation.handle(incoming);
      outbound.reply(replies);
    } catch (Throwable e) { // a worker that throws is replaced silently, and the person gets nothing
      log.error("Failed to handle a {} from chat {}", incoming.getClass().getSimpleName(), incoming.origin().chatId(), e);
    }
  }

  /**
   * Takes in no more batches (waiting for one being handed out), then lets updates already taken
   * in finish (up to {@code grace}); drops the rest.
   */
  void shutdown(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (this) {
      takingIn = false;
    }
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
