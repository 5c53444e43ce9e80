package movebot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import movebot.reminders.Days;
import movebot.reminders.Kind;
import movebot.reminders.ReminderStore;
import movebot.reminders.Schedule;
import movebot.reminders.SubscribeArguments;
import movebot.reminders.Subscription;

/**
 * Daily prompts in the conversation: choosing times and a time zone, listing, pausing and
 * stopping, and the buttons under each prompt. Every change is one store call, so a bad
 * request changes nothing and a good one is saved whole.
 *
 * <p>Callback data: {@code sub:HHMM} subscribes at a suggested time, {@code sub:type} explains
 * how to type one, {@code rm:<id>} removes a time, {@code p:d|s:<delivery>} marks a prompt done
 * or snoozes it, {@code p:x} stops every prompt.
 */
public final class ReminderDesk {
  static final String SUBSCRIBE_AT = "sub:";
  static final String TYPE_A_TIME = "sub:type";
  static final String REMOVE = "rm:";
  static final String DONE = "p:d:";
  static final String SNOOZE = "p:s:";
  static final String STOP = "p:x";
  static final Duration SNOOZE_FOR = Duration.ofMinutes(15);
  static final int MAX_PAUSE_DAYS = 30;
  private static final List<String> SUGGESTED = List.of("07:00", "08:00", "12:30", "18:00", "20:00");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final ReminderStore store;
  private final Clock clock;
  private final Runnable onChange;

  /** @param onChange called after a change that may make a prompt due sooner */
  public ReminderDesk(ReminderStore store, Clock clock, Runnable onChange) {
    this.store = store;
    this.clock = clock;
    this.onChange = onChange;
  }

  List<Reply> subscribe(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return message(chat, "Daily prompts work in a private chat. Open a chat with me and send /subscribe there.");
    }
    if (arguments.isBlank()) {
      List<Button> times = SUGGESTED.stream().map(t -> new Button(t, SUBSCRIBE_AT + t.replace(":", ""))).toList();
      return List.of(new Reply.Message(chat,
          "When would you like a daily movement prompt? Pick a time, or type one, for example"
              + " <code>/subscribe 07:30</code> or <code>/subscribe 8am weekdays</code>.",
          List.of(times.subList(0, 3), times.subList(3, 5), List.of(new Button("⌨️ Type a time", TYPE_A_TIME)))));
    }
    SubscribeArguments.Parsed parsed = SubscribeArguments.parse(arguments);
    if (parsed instanceof SubscribeArguments.Error error) {
      return message(chat, Html.escape(error.message()));
    }
    SubscribeArguments.Ok ok = (SubscribeArguments.Ok) parsed;
    return add(origin, ok.times(), ok.days());
  }

  private List<Reply> add(Incoming.Origin origin, List<LocalTime> times, Days days) {
    long chat = origin.chatId();
    ReminderStore.AddResult result = store.add(origin.userId(), chat, times, days);
    if (result instanceof ReminderStore.TooMany tooMany) {
      return message(chat, "You can have up to " + SubscribeArguments.MAX_TIMES + " prompt times a day; you have "
          + tooMany.existing() + " already. Remove one with <code>/unsubscribe 07:30</code> first.");
    }
    onChange.run();
    List<Subscription> all = ((ReminderStore.Added) result).all();
    String list = times.stream().map(t -> t.format(CLOCK)).collect(Collectors.joining(", "));
    String what = times.size() == 1 ? "✅ Daily movement prompt at " : "✅ Daily movement prompts at ";
    StringBuilder text = new StringBuilder(what + list + " " + describe(days) + ".");
    nextPrompt(all, store.zoneOf(origin.userId())).ifPresent(next -> text.append("\nNext one: ").append(next).append('.'));
    if (store.chosenZone(origin.userId()).isEmpty()) {
      ZoneId zone = store.zoneOf(origin.userId());
      text.append("\n\nI'm using the time zone ").append(Html.escape(zone.getId())).append(", where it is now ")
          .append(ZonedDateTime.now(clock.withZone(zone)).format(CLOCK))
          .append(". If that isn't your local time, send <code>/timezone</code> with your city, for example"
              + " <code>/timezone Berlin</code>.");
    }
    text.append("\nEach prompt has a 🔕 Stop button; /reminders shows your times.");
    return message(chat, text.toString());
  }

  List<Reply> timeZone(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (arguments.isBlank()) {
      ZoneId zone = store.zoneOf(origin.userId());
      return message(chat, "Your time zone: " + Html.escape(zone.getId()) + " (now " + now(zone) + " there)."
          + "\nTo change it: <code>/timezone Berlin</code>, <code>/timezone Europe/Berlin</code> or <code>/timezone +05:30</code>.");
    }
    Optional<ZoneId> zone = Schedule.parseZone(arguments);
    if (zone.isEmpty()) {
      return message(chat, "I don't know the time zone '" + Html.escape(shorten(arguments)) + "'. Try a city"
          + " (<code>/timezone Berlin</code>), a zone id (<code>/timezone Europe/Berlin</code>) or an offset"
          + " (<code>/timezone +05:30</code>).");
    }
    store.setZone(origin.userId(), zone.get());
    onChange.run();
    return message(chat, "Time zone set to " + Html.escape(zone.get().getId()) + ". It is now " + now(zone.get())
        + " there; your prompts follow this clock, including daylight-saving changes.");
  }

  List<Reply> reminders(Incoming.Origin origin) {
    long chat = origin.chatId();
    List<Subscription> all = store.subscriptions(origin.userId());
    if (all.isEmpty()) {
      return message(chat, "You have no daily prompts. Start with /subscribe." + programmesOn(origin.userId()));
    }
    ZoneId zone = store.zoneOf(origin.userId());
    StringBuilder text = new StringBuilder("<b>Your daily prompts</b>\n");
    List<List<Button>> buttons = new ArrayList<>();
    for (Subscription s : all) {
      text.append("• ").append(s.time().format(CLOCK)).append(' ').append(describe(s.days()));
      if (s.nextFire().isEmpty()) {
        text.append(" (stopped: I couldn't reach you; send /subscribe ").append(s.time().format(CLOCK)).append(" to restart)");
      }
      text.append('\n');
      buttons.add(List.of(new Button("Remove " + s.time().format(CLOCK), REMOVE + s.id())));
    }
    text.append("Time zone: ").append(Html.escape(zone.getId())).append(" (now ").append(now(zone)).append(")");
    store.pausedUntil(origin.userId()).ifPresent(until ->
        text.append("\nPaused until ").append(until.atZone(zone).format(WHEN)).append(". /resume to restart now."));
    nextPrompt(all, zone).ifPresent(next -> text.append("\nNext prompt: ").append(next));
    text.append(programmesOn(origin.userId()));
    return List.of(new Reply.Message(chat, text.toString(), buttons));
  }

  /** The programmes that also send messages, so /reminders accounts for everything that will arrive. */
  private String programmesOn(long userId) {
    List<String> on = new ArrayList<>();
    for (Kind kind : List.of(Kind.WALK, Kind.SITLESS, Kind.DRILL, Kind.SUMMARY)) {
      if (!store.programme(userId, kind).isEmpty()) {
        on.add(switch (kind) {
          case WALK -> "walking plan (/walk)";
          case SITLESS -> "sit-less breaks (/sitless)";
          case DRILL -> "daily drill (/drills)";
          default -> "weekly summary (/summary)";
        });
      }
    }
    return on.isEmpty() ? "" : "\nAlso on: " + String.join(", ", on) + ".";
  }

  List<Reply> unsubscribe(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    String argument = arguments.strip().toLowerCase(Locale.ROOT);
    if (argument.isEmpty()) {
      return message(chat, "Which time? For example <code>/unsubscribe 07:30</code>, or <code>/unsubscribe all</code>"
          + " to stop every prompt. /reminders lists your times.");
    }
    if (argument.equals("all")) {
      return message(chat, stopAll(origin.userId()));
    }
    Optional<LocalTime> time = Schedule.parseTime(argument);
    if (time.isEmpty()) {
      return message(chat, "'" + Html.escape(shorten(arguments)) + "' is not a time. Use 24-hour 07:30 or 7:30am, or 'all'.");
    }
    boolean removed = store.remove(origin.userId(), time.get());
    return message(chat, removed
        ? "Removed your " + time.get().format(CLOCK) + " prompt."
        : "You have no prompt at " + time.get().format(CLOCK) + ". /reminders lists your times.");
  }

  List<Reply> pause(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    String argument = withoutDays(arguments.strip());
    int days;
    try {
      days = argument.isEmpty() ? 1 : Integer.parseInt(argument);
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < 1 || days > MAX_PAUSE_DAYS) {
      return message(chat, "Pause for how many days? A number from 1 to " + MAX_PAUSE_DAYS + ", for example <code>/pause 3</code>.");
    }
    if (store.subscriptions(origin.userId()).isEmpty()) {
      return message(chat, "You have no daily prompts to pause. Start with /subscribe.");
    }
    Instant until = clock.instant().plus(Duration.ofDays(days));
    store.pause(origin.userId(), until);
    ZoneId zone = store.zoneOf(origin.userId());
    return message(chat, "⏸ Paused for " + days + (days == 1 ? " day" : " days") + ": prompts start again after "
        + until.atZone(zone).format(WHEN) + ". /resume to restart sooner.");
  }

  List<Reply> resume(Incoming.Origin origin) {
    long chat = origin.chatId();
    store.resume(origin.userId());
    onChange.run();
    List<Subscription> all = store.subscriptions(origin.userId());
    if (all.isEmpty()) {
      return message(chat, "You have no daily prompts. Start with /subscribe.");
    }
    String next = nextPrompt(all, store.zoneOf(origin.userId())).map(n -> " Next one: " + n + ".").orElse("");
    return message(chat, "▶️ Prompts are on." + next);
  }

  /** Replies to a press on one of this desk's buttons; empty when the data is not ours or is stale. */
  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    long chat = origin.chatId();
    Reply.ButtonAck ack = new Reply.ButtonAck(chat, press.callbackId(), "");
    if (data.equals(TYPE_A_TIME)) {
      return List.of(ack, new Reply.Message(chat, "Type <code>/subscribe</code> and a time, for example"
          + " <code>/subscribe 07:30</code>, <code>/subscribe 7:30am 6pm</code> or <code>/subscribe 08:00 weekdays</code>."));
    }
    if (data.startsWith(SUBSCRIBE_AT) && data.matches("sub:\\d{4}")) {
      Optional<LocalTime> time = Schedule.parseTime(data.substring(SUBSCRIBE_AT.length()));
      if (time.isPresent() && origin.privateChat()) {
        List<Reply> replies = new ArrayList<>(List.of(ack));
        replies.addAll(add(origin, List.of(time.get()), Days.DAILY));
        return replies;
      }
      return List.of();
    }
    if (data.equals(STOP)) {
      return List.of(ack, new Reply.Message(chat, stopAll(origin.userId())));
    }
    Optional<Long> id = idAfter(data, REMOVE).or(() -> idAfter(data, DONE)).or(() -> idAfter(data, SNOOZE));
    if (id.isEmpty()) {
      return List.of();
    }
    if (data.startsWith(REMOVE)) {
      if (!store.remove(origin.userId(), id.get())) {
        return List.of();
      }
      Reply.Message list = (Reply.Message) reminders(origin).get(0);
      return List.of(new Reply.ButtonAck(chat, press.callbackId(), "Removed."),
          new Reply.Edit(chat, press.messageId(), list.html(), list.buttons()));
    }
    if (store.delivery(origin.userId(), id.get()).isEmpty()) {
      return List.of();
    }
    if (data.startsWith(DONE)) {
      store.markDone(origin.userId(), id.get());
      return List.of(new Reply.ButtonAck(chat, press.callbackId(), "Well done! ✅"));
    }
    boolean snoozed = store.snooze(origin.userId(), id.get(), SNOOZE_FOR);
    onChange.run();
    return List.of(new Reply.ButtonAck(chat, press.callbackId(),
        snoozed ? "OK, I'll remind you again in 15 minutes." : "This prompt was already snoozed or done."));
  }

  private String stopAll(long userId) {
    int removed = store.removeAll(userId);
    return removed == 0
        ? "You have no daily prompts. Send /subscribe to start."
        : "🔕 Stopped: you won't get daily prompts any more. To start again, send /subscribe.";
  }

  private Optional<String> nextPrompt(List<Subscription> all, ZoneId zone) {
    return all.stream()
        .flatMap(s -> s.nextFire().stream())
        .min(Instant::compareTo)
        .map(next -> next.atZone(zone).format(WHEN));
  }

  private String now(ZoneId zone) {
    return ZonedDateTime.now(clock.withZone(zone)).format(CLOCK);
  }

  private static String describe(Days days) {
    return days.describe();
  }

  private static Optional<Long> idAfter(String data, String prefix) {
    if (!data.startsWith(prefix) || !data.substring(prefix.length()).matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(data.substring(prefix.length())));
  }

  /**
   * "3 days" → "3". Written out because the regex {@code \\s*days?$} backtracks over every run of
   * spaces in a long argument, taking seconds for one message.
   */
  private static String withoutDays(String argument) {
    for (String unit : List.of("days", "day")) {
      int start = argument.length() - unit.length();
      if (start >= 0 && argument.regionMatches(true, start, unit, 0, unit.length())) {
        return argument.substring(0, start).strip();
      }
    }
    return argument;
  }

  private static String shorten(String text) {
    String stripped = text.strip();
    if (stripped.length() <= 40) {
      return stripped;
    }
    int end = Character.isHighSurrogate(stripped.charAt(39)) ? 39 : 40; // half an emoji cannot be sent
    return stripped.substring(0, end) + "…";
  }

  private static List<Reply> message(long chat, String html) {
    return List.of(new Reply.Message(chat, html));
  }
}
