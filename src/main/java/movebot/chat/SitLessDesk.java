package movebot.chat;

import java.util.ArrayList;
import java.util.List;
import movebot.programmes.SitLessArguments;
import movebot.programmes.SitLessPlan;
import movebot.programmes.SitLessStore;
import movebot.reminders.DuePrompt;
import movebot.reminders.ReminderStore;

/**
 * Sit-less breaks in the conversation: {@code /sitless 9-17 every 30 min mon-thu} sets work
 * hours, interval and work days; each nudge says stand or walk for 2 minutes; one tap stops.
 *
 * <p>Callback data: {@code s:q:<start>:<end>:<interval>} quick setup, {@code s:x} stops.
 */
final class SitLessDesk {
  static final String QUICK = "s:q:";
  static final String STOP = "s:x";
  /** The setups offered as buttons, written as a person would type them; a button carries its index. */
  private static final List<String> QUICK_SETUPS =
      List.of("09:00-17:00 every 45 min", "09:00-17:00 every 30 min", "08:00-16:00 every 45 min");
  private static final String WHY =
      "In the BMJ Open sitting study, people who sat about 40 minutes a day less kept their back pain from getting"
          + " worse, while it rose in those who stayed sedentary.";

  private final SitLessStore sitless;
  private final ProgrammeContext ctx;

  SitLessDesk(SitLessStore sitless, ProgrammeContext ctx) {
    this.sitless = sitless;
    this.ctx = ctx;
  }

  List<Reply> command(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return ProgrammeContext.privateOnly(chat, "Sit-less breaks", "/sitless");
    }
    String args = arguments.strip();
    if (ProgrammeContext.isStop(args)) {
      boolean had = sitless.stop(origin.userId());
      ctx.onChange().run();
      return message(chat, had
          ? "🔕 Sit-less breaks stopped. Send /sitless to start them again."
          : "You have no sit-less breaks. Send /sitless to set them up.");
    }
    if (args.isEmpty()) {
      return sitless.plan(origin.userId()).map(plan -> status(chat, plan)).orElseGet(() -> intro(chat));
    }
    SitLessArguments.Parsed parsed = SitLessArguments.parse(args);
    if (parsed instanceof SitLessArguments.Error error) {
      return message(chat, Html.escape(error.message()));
    }
    return start(origin, ((SitLessArguments.Ok) parsed).plan());
  }

  private List<Reply> intro(long chat) {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < QUICK_SETUPS.size(); i++) {
      rows.add(List.of(new Button(QUICK_SETUPS.get(i).replace("-", "–") + ", Mon–Fri", QUICK + i)));
    }
    return List.of(new Reply.Message(chat,
        "🧍 <b>Sit-less breaks</b>\n" + Html.escape(WHY) + "\n\nDuring your work hours I'll nudge you every 30 or 45"
            + " minutes to stand up or walk for 2 minutes, and stay quiet outside them. Pick a setup, or type yours,"
            + " for example <code>/sitless 8:30-16:30 every 30 min mon-thu</code>.\n"
            + ctx.source(ProgrammeText.STUDIES_SOURCE),
        rows));
  }

  private List<Reply> start(Incoming.Origin origin, SitLessPlan plan) {
    sitless.set(origin.userId(), origin.chatId(), plan);
    String summaryNote = ctx.summaryNoteOnStart(origin);
    String html = "🧍 <b>Sit-less breaks on</b>: " + describe(plan) + " ("
        + ctx.zoneName(origin.userId()) + "), " + plan.times().size() + " nudges a day."
        + " /pause silences them along with everything else."
        + summaryNote;
    return List.of(new Reply.Message(origin.chatId(), html, List.of(List.of(new Button("🔕 Stop breaks", STOP)))));
  }

  private static List<Reply> status(long chat, SitLessPlan plan) {
    return List.of(new Reply.Message(chat,
        "🧍 <b>Your sit-less breaks</b>: " + describe(plan) + ". Change them with, for example,"
            + " <code>/sitless 9-17 every 30 min</code>.",
        List.of(List.of(new Button("🔕 Stop breaks", STOP)))));
  }

  private static String describe(SitLessPlan plan) {
    return "every " + plan.intervalMinutes() + " minutes from " + ProgrammeText.clock(plan.start()) + " to "
        + ProgrammeText.clock(plan.end()) + " " + plan.days().describe();
  }

  Reply.Message render(DuePrompt due) {
    String html = "🧍 <b>Time to stand up</b>\nStand, or walk for 2 minutes: to the window, the kitchen, up and"
        + " down the stairs.\n" + Html.italic("Why: " + WHY) + "\n" + ctx.source(ProgrammeText.STUDIES_SOURCE);
    return new Reply.Message(due.chatId(), html, List.of(List.of(new Button("🔕 Stop breaks", STOP))));
  }

  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    Reply.ButtonAck ack = new Reply.ButtonAck(origin.chatId(), press.callbackId(), "");
    List<Reply> replies = new ArrayList<>(List.of(ack));
    if (data.equals(STOP)) {
      replies.addAll(command(origin, "stop"));
      return replies;
    }
    if (data.matches("s:q:\\d") && origin.privateChat()) {
      int index = data.charAt(QUICK.length()) - '0';
      if (index >= QUICK_SETUPS.size()) {
        return List.of();
      }
      replies.addAll(command(origin, QUICK_SETUPS.get(index)));
      return replies;
    }
    return List.of();
  }

  private static List<Reply> message(long chat, String html) {
    return List.of(new Reply.Message(chat, html));
  }
}
