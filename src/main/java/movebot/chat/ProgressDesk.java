package movebot.chat;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import movebot.programmes.ActivityStore;
import movebot.programmes.ProgressChart;
import movebot.programmes.ProgressReport;
import movebot.reminders.DuePrompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people can see of their own activity: {@code /progress} (text and chart), the weekly
 * summary ({@code /summary [day|off]}, one tap to turn it off) and {@code /mydata}.
 *
 * <p>Callback data: {@code sum:x} turns the weekly summary off.
 */
final class ProgressDesk {
  private static final Logger log = LoggerFactory.getLogger(ProgressDesk.class);
  static final String SUMMARY_OFF = "sum:x";
  private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final ActivityStore activity;
  private final UserDataExport export;
  private final ProgrammeContext ctx;

  ProgressDesk(ActivityStore activity, UserDataExport export, ProgrammeContext ctx) {
    this.activity = activity;
    this.export = export;
    this.ctx = ctx;
  }

  List<Reply> progress(Incoming.Origin origin) {
    long chat = origin.chatId();
    ProgressReport report = activity.report(origin.userId(), ctx.reminders().today(origin.userId()));
    if (isEmpty(report)) {
      return List.of(new Reply.Message(chat, "📊 Nothing logged in the last four weeks yet. Walks you log (/walk),"
          + " daily prompts (/subscribe) and drills (/drills) you mark ✅ Done show up here."));
    }
    List<Reply> replies = new ArrayList<>(List.of(new Reply.Message(chat, text(report))));
    try {
      replies.add(new Reply.Photo(chat, ProgressChart.png(report), "progress.png", "Your last four weeks", List.of()));
    } catch (RuntimeException | Error e) { // no fonts or no graphics on this machine: the text says it all
      log.warn("Could not draw the progress chart: {}", e.toString());
    }
    return replies;
  }

  List<Reply> summary(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return List.of(new Reply.Message(chat, "The weekly summary works in a private chat."));
    }
    String args = arguments.strip().toLowerCase(Locale.ROOT);
    if (args.equals("off") || args.equals("stop")) {
      ctx.summaries().turnOff(origin.userId());
      ctx.onChange().run();
      return List.of(new Reply.Message(chat, "🔕 No more weekly ctx.summaries(). /summary sunday turns them back on."));
    }
    if (args.isEmpty()) {
      Optional<DayOfWeek> day = ctx.summaries().day(origin.userId());
      return List.of(day.isPresent()
          ? new Reply.Message(chat, "📊 Your weekly summary comes on " + name(day.get()) + "s at 18:00."
              + " Change the day with, for example, <code>/summary monday</code>.",
              List.of(List.of(new Button("🔕 No weekly summary", SUMMARY_OFF))))
          : new Reply.Message(chat, "📊 The weekly summary is off. Turn it on with a day, for example <code>/summary sunday</code>."));
    }
    Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values())
        .filter(d -> args.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(args))
        .findFirst();
    if (day.isEmpty()) {
      return List.of(new Reply.Message(chat, "Give a day of the week, for example <code>/summary sunday</code>,"
          + " or <code>/summary off</code>."));
    }
    ctx.summaries().turnOn(origin.userId(), chat, day.get());
    ctx.onChange().run();
    return List.of(new Reply.Message(chat, "📊 Weekly summary on " + name(day.get()) + "s at 18:00.",
        List.of(List.of(new Button("🔕 No weekly summary", SUMMARY_OFF)))));
  }

  List<Reply> myData(Incoming.Origin origin) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return List.of(new Reply.Message(chat, "Your data is sent only in a private chat. Open a chat with me and send /mydata there."));
    }
    return List.of(new Reply.Document(chat, export.json(origin.userId()), "movebot-my-data.json",
        "Everything movebot stores about you. /forget deletes it all."));
  }

  /** The weekly summary: the same figures as /progress, with one tap to turn it off. */
  Reply.Message render(DuePrompt due) {
    ProgressReport report = activity.report(due.userId(), ctx.reminders().today(due.userId()));
    String body = isEmpty(report)
        ? "Nothing logged these four weeks. A short walk today is a good start: /walk."
        : text(report);
    return new Reply.Message(due.chatId(), "📅 <b>Your week</b>\n" + body,
        List.of(List.of(new Button("🔕 No weekly summary", SUMMARY_OFF))));
  }

  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    if (!press.data().equals(SUMMARY_OFF)) {
      return List.of();
    }
    ctx.summaries().turnOff(origin.userId());
    ctx.onChange().run();
    return List.of(new Reply.ButtonAck(origin.chatId(), press.callbackId(), "Weekly summary off."),
        new Reply.Message(origin.chatId(), "🔕 No more weekly ctx.summaries(). /summary sunday turns them back on."));
  }

  static String text(ProgressReport report) {
    StringBuilder html = new StringBuilder("📊 <b>Your last four weeks</b>\nWalking (goal "
        + ProgressReport.WEEKLY_WALKING_GOAL_MINUTES + " minutes a week):\n");
    int prompts = 0;
    int drills = 0;
    List<ProgressReport.Week> weeks = report.weeks();
    for (int i = 0; i < weeks.size(); i++) {
      ProgressReport.Week week = weeks.get(i);
      html.append("• ").append(week.start().format(WEEK)).append(i == weeks.size() - 1 ? " (this week)" : "")
          .append(": ").append(week.walkingMinutes()).append(" min")
          .append(week.walkingMinutes() >= ProgressReport.WEEKLY_WALKING_GOAL_MINUTES ? " ✅" : "").append('\n');
      prompts += week.promptsDone();
      drills += week.drillsDone();
    }
    html.append("Prompts done: ").append(prompts).append(" · Drills done: ").append(drills).append('\n')
        .append("Streak: ").append(report.streakDays()).append(report.streakDays() == 1 ? " day" : " days").append(" in a row");
    return html.toString();
  }

  private static boolean isEmpty(ProgressReport report) {
    return report.weeks().stream().allMatch(w -> w.walkingMinutes() == 0 && w.promptsDone() == 0 && w.drillsDone() == 0);
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
