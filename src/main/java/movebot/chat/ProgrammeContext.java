package movebot.chat;

import java.util.List;
import movebot.faq.Source;
import movebot.programmes.WeeklySummaryStore;
import movebot.reminders.ReminderStore;

/**
 * What the three programme desks share: the weekly summary that comes on with a first
 * programme, the person's zone, the article titles they cite, and the dispatcher's wake-up.
 *
 * @param onChange called after a change that may make something due sooner
 */
record ProgrammeContext(WeeklySummaryStore summaries, ReminderStore reminders, AnswerDesk answers, Runnable onChange) {
  static final String SUMMARY_NOTE = "\n\n📊 You'll get a weekly summary on Sundays at 18:00; change it with /summary.";

  /** "stop" and "off" end a programme. */
  static boolean isStop(String arguments) {
    return arguments.equalsIgnoreCase("stop") || arguments.equalsIgnoreCase("off");
  }

  static List<Reply> privateOnly(long chat, String what, String command) {
    return List.of(new Reply.Message(chat,
        what + " work in a private chat. Open a chat with me and send " + command + " there."));
  }

  /** After a programme starts: turns the weekly summary on if this is the first, and says so. */
  String summaryNoteOnStart(Incoming.Origin origin) {
    boolean on = summaries.onProgrammeStart(origin.userId(), origin.chatId());
    onChange.run();
    return on ? SUMMARY_NOTE : "";
  }

  /** The zone times are in; while the person has not chosen one, how to (the default may not be theirs). */
  String zoneName(long userId) {
    String zone = Html.escape(reminders.zoneOf(userId).getId());
    return reminders.chosenZone(userId).isPresent()
        ? zone
        : zone + "; if that isn't your local time, send <code>/timezone</code> with your city";
  }

  /** "Source: title; title" in italics. */
  String source(String... sourceIds) {
    StringBuilder titles = new StringBuilder();
    for (String id : sourceIds) {
      answers.library().base().sourceById(id).map(Source::title).ifPresent(title ->
          titles.append(titles.length() == 0 ? "" : "; ").append(title));
    }
    return Html.italic("Source: " + titles);
  }
}
