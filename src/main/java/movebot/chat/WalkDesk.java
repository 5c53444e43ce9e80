package movebot.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import movebot.programmes.WalkingLadder;
import movebot.programmes.WalkingStore;
import movebot.reminders.DuePrompt;
import movebot.reminders.ReminderStore;
import movebot.reminders.Schedule;

/**
 * The walking plan in the conversation: {@code /walk} to start (how long can you walk now, and
 * when), the day's walk prompt with buttons to log minutes or say it hurt, {@code /walk log 20},
 * {@code /walk stop}.
 *
 * <p>Callback data: {@code w:n:<min>} chose a starting length, {@code w:s:<min>:<HHMM>} starts,
 * {@code w:l:<delivery>:<min>} logs a walk, {@code w:p:<delivery>} it hurt, {@code w:x} stops.
 */
final class WalkDesk {
  static final String LENGTH = "w:n:";
  static final String START = "w:s:";
  static final String LOG = "w:l:";
  static final String PAIN = "w:p:";
  static final String STOP = "w:x";
  private static final List<Integer> STARTING_LENGTHS = List.of(10, 15, 20, 30);
  // The shapes of this desk's callback data, compiled once: every press is checked against them.
  private static final Pattern LENGTH_DATA = Pattern.compile("w:n:(\\d{1,3})");
  private static final Pattern START_DATA = Pattern.compile("w:s:(\\d{1,3}):(\\d{4})");
  private static final Pattern LOG_DATA = Pattern.compile("w:l:(\\d{1,18}):(\\d{1,3})");
  private static final Pattern PAIN_DATA = Pattern.compile("w:p:(\\d{1,18})");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,3})\\s*(?:minutes|minute|mins|min|m)?");
  private static final Pattern START_WORDS = Pattern.compile("(\\d{1,3})\\s*(?:minutes|minute|mins|min|m)?(?:\\s+(?:at\\s+)?(\\S+(?:\\s?[ap]\\.?m\\.?)?))?");
  private static final String WHY =
      "In the Lancet walking trial, an individual, progressive walking programme nearly doubled the time before"
          + " disabling back pain returned: a median of 208 days against 112.";

  private final WalkingStore walking;
  private final ProgrammeContext ctx;

  WalkDesk(WalkingStore walking, ProgrammeContext ctx) {
    this.walking = walking;
    this.ctx = ctx;
  }

  List<Reply> command(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return ProgrammeContext.privateOnly(chat, "Walking plans", "/walk");
    }
    String args = arguments.strip().toLowerCase(java.util.Locale.ROOT);
    if (ProgrammeContext.isStop(args)) {
      ctx.onChange().run();
      return message(chat, walking.stop(origin.userId())
          ? "🔕 Walking plan stopped. The walks you logged stay in /progress. Send /walk to start again."
          : "You have no walking plan. Send /walk to start one.");
    }
    if (args.startsWith("log")) {
      return log(origin, args.substring(3).strip());
    }
    if (args.isEmpty()) {
      return walking.plan(origin.userId(), chat).map(plan -> status(origin, plan)).orElseGet(() -> intro(chat));
    }
    Matcher m = START_WORDS.matcher(args);
    if (!m.matches()) {
      return message(chat, "Tell me how many minutes you can walk comfortably now, and when you want the prompt,"
          + " for example <code>/walk 10 18:00</code>. To log a walk: <code>/walk log 20</code>.");
    }
    int minutes = Integer.parseInt(m.group(1));
    if (minutes < WalkingLadder.MIN_START || minutes > WalkingLadder.MAX_START) {
      return message(chat, "Give a length between " + WalkingLadder.MIN_START + " and " + WalkingLadder.MAX_START
          + " minutes, for example <code>/walk 10</code>. Even 10 minutes counts.");
    }
    if (m.group(2) == null) {
      return askTime(chat, minutes);
    }
    Optional<LocalTime> time = Schedule.parseTime(m.group(2).replace(" ", ""));
    if (time.isEmpty()) {
      return message(chat, "'" + Html.escape(shorten(m.group(2))) + "' is not a time. Use 24-hour 18:00 or 6pm,"
          + " for example <code>/walk 10 18:00</code>.");
    }
    return start(origin, minutes, time.get());
  }

  private List<Reply> intro(long chat) {
    List<Button> lengths = STARTING_LENGTHS.stream().map(m -> new Button(m + " min", LENGTH + m)).toList();
    return List.of(new Reply.Message(chat,
        "🚶 <b>Walking plan</b>\n" + Html.escape(WHY) + "\n\nThe plan starts where you are, 3 days a week, and builds up"
            + " gradually toward 20 to 30 minutes of continuous walking on most days: 150 minutes a week."
            + "\n\n<b>How long can you walk comfortably now?</b> If you have been inactive, start small: even 10 minutes counts.\n"
            + ctx.source(ProgrammeText.STUDIES_SOURCE, ProgrammeText.GUIDELINE_SOURCE),
        List.of(lengths)));
  }

  private List<Reply> askTime(long chat, int minutes) {
    List<Button> times = ProgrammeText.SUGGESTED_TIMES.stream()
        .map(t -> new Button(t, START + minutes + ":" + ProgrammeText.compact(t))).toList();
    return List.of(new Reply.Message(chat,
        "At what time should I send the walk prompt? Pick one, or type it, for example <code>/walk " + minutes + " 17:45</code>.",
        List.of(times)));
  }

  private List<Reply> start(Incoming.Origin origin, int minutes, LocalTime time) {
    WalkingStore.Plan plan = walking.start(origin.userId(), origin.chatId(), minutes, time);
    String summaryNote = ctx.summaryNoteOnStart(origin);
    WalkingLadder.Rung rung = plan.rung();
    String html = "🚶 <b>Walking plan started</b>: " + rung.minutes() + " minutes " + rung.days().describe() + " at "
        + ProgrammeText.clock(time) + " (" + ctx.zoneName(origin.userId()) + ").\n"
        + "Each prompt names the day's target; tell me how it went with its buttons. Weeks that go well make the plan"
        + " grow a little, toward 30 minutes on most days. If a walk hurts, tap 😣 and the plan eases off.\n"
        + "Walk continuously at a steady pace you can keep up. " + ProgrammeText.SAFETY
        + summaryNote
        + "\n" + ctx.source(ProgrammeText.STUDIES_SOURCE);
    return List.of(new Reply.Message(origin.chatId(), html, List.of(List.of(new Button("🔕 Stop walking plan", STOP)))));
  }

  private List<Reply> status(Incoming.Origin origin, WalkingStore.Plan plan) {
    WalkingLadder.Rung rung = plan.rung();
    int done = walking.walksThisWeek(origin.userId());
    String goal = plan.step() == WalkingLadder.top()
        ? "You're at the goal: keep it up."
        : "Goal: 30 minutes on 5 days a week (150 minutes).";
    return List.of(new Reply.Message(origin.chatId(),
        "🚶 <b>Your walking plan</b>\nThis week: " + rung.minutes() + " minutes " + rung.days().describe() + " at "
            + ProgrammeText.clock(plan.time()) + ". Walks logged this week: " + done + " of " + rung.days().count() + ".\n"
            + goal + " Log a walk any day with <code>/walk log 20</code>.",
        List.of(List.of(new Button("🔕 Stop walking plan", STOP)))));
  }

  private List<Reply> log(Incoming.Origin origin, String minutesText) {
    Matcher m = MINUTES.matcher(minutesText);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 600) {
      return message(origin.chatId(), "Tell me the minutes you walked, for example <code>/walk log 20</code>.");
    }
    int minutes = Integer.parseInt(m.group(1));
    walking.logWalkToday(origin.userId(), minutes);
    return message(origin.chatId(), "✅ Logged a " + minutes + "-minute walk today. See /progress for your weeks.");
  }

  /** The day's walk prompt. */
  Reply.Message render(DuePrompt due) {
    WalkingStore.Plan plan = walking.plan(due.userId(), due.chatId()).orElse(null);
    if (plan == null) { // stopped between the claim and now
      return new Reply.Message(due.chatId(), "🚶 Your walking plan has stopped. Send /walk to start a new one.");
    }
    int target = plan.rung().minutes();
    List<Button> logs = new ArrayList<>(List.of(new Button("✅ " + target + " min", LOG + due.deliveryId() + ":" + target)));
    for (int shorter : List.of(5, target / 2 / 5 * 5)) {
      if (shorter >= 5 && shorter < target && logs.stream().noneMatch(b -> b.data().endsWith(":" + shorter))) {
        logs.add(new Button(shorter + " min", LOG + due.deliveryId() + ":" + shorter));
      }
    }
    String html = "🚶 <b>Today's walk: " + target + " minutes</b>\nWalk continuously at a steady pace you can keep up,"
        + " then tell me how long you walked.\n" + Html.italic("Why: " + WHY) + "\n" + ProgrammeText.SAFETY + "\n"
        + ctx.source(ProgrammeText.STUDIES_SOURCE);
    return new Reply.Message(due.chatId(), html, List.of(
        logs,
        List.of(new Button("😣 It hurt", PAIN + due.deliveryId()), new Button("🔕 Stop plan", STOP))));
  }

  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    long chat = origin.chatId();
    Reply.ButtonAck ack = new Reply.ButtonAck(chat, press.callbackId(), "");
    if (data.equals(STOP)) {
      List<Reply> replies = new ArrayList<>(List.of(ack));
      replies.addAll(command(origin, "stop"));
      return replies;
    }
    if (!origin.privateChat()) {
      return List.of();
    }
    Matcher length = LENGTH_DATA.matcher(data);
    if (length.matches()) {
      int minutes = Integer.parseInt(length.group(1));
      if (!STARTING_LENGTHS.contains(minutes)) {
        return List.of();
      }
      List<Reply> replies = new ArrayList<>(List.of(ack));
      replies.addAll(askTime(chat, minutes));
      return replies;
    }
    Matcher start = START_DATA.matcher(data);
    if (start.matches()) {
      int minutes = Integer.parseInt(start.group(1));
      Optional<LocalTime> time = Schedule.parseTime(start.group(2));
      if (minutes < WalkingLadder.MIN_START || minutes > WalkingLadder.MAX_START || time.isEmpty()) {
        return List.of();
      }
      List<Reply> replies = new ArrayList<>(List.of(ack));
      replies.addAll(start(origin, minutes, time.get()));
      return replies;
    }
    Matcher log = LOG_DATA.matcher(data);
    if (log.matches()) {
      long delivery = Long.parseLong(log.group(1));
      int minutes = Integer.parseInt(log.group(2));
      Optional<LocalDate> date = ctx.reminders().deliveryDate(origin.userId(), delivery);
      if (date.isEmpty() || minutes < 1 || minutes > WalkingLadder.MAX_START) {
        return List.of();
      }
      walking.logWalk(origin.userId(), delivery, date.get(), minutes);
      String week = walking.plan(origin.userId(), chat)
          .map(p -> " · " + walking.walksThisWeek(origin.userId()) + " of " + p.rung().days().count() + " walks this week")
          .orElse("");
      return List.of(new Reply.ButtonAck(chat, press.callbackId(), "Logged " + minutes + " minutes ✅" + week));
    }
    Matcher pain = PAIN_DATA.matcher(data);
    if (pain.matches()) {
      long delivery = Long.parseLong(pain.group(1));
      Optional<LocalDate> date = ctx.reminders().deliveryDate(origin.userId(), delivery);
      if (date.isEmpty()) {
        return List.of();
      }
      Optional<WalkingStore.Plan> eased = walking.reportPain(origin.userId(), chat, delivery, date.get());
      ctx.onChange().run();
      String plan = eased.map(p -> "I've eased your plan: walks are now " + p.rung().minutes() + " minutes "
          + p.rung().days().describe() + ". ").orElse("");
      return List.of(ack, new Reply.Message(chat, "Sorry it hurt. " + plan
          + "Keep to a pace that feels comfortable, and rest when you need to. " + ProgrammeText.SEE_SOMEONE));
    }
    return List.of();
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  private static List<Reply> message(long chat, String html) {
    return List.of(new Reply.Message(chat, html));
  }
}
