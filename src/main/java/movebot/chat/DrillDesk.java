package movebot.chat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import movebot.programmes.DrillStore;
import movebot.prompts.Prompt;
import movebot.reminders.DuePrompt;
import movebot.reminders.ReminderStore;
import movebot.reminders.Schedule;

/**
 * Movement drills in the conversation, after the movement-retraining (Motum) programme: one
 * basic drill a day (rolling, crawling, kneeling, squatting…) from the drills in
 * {@code prompts.json}, on the version the person is on; "too easy" and "too hard" move them.
 *
 * <p>Callback data: {@code dr:t:<HHMM>} starts at a time, {@code dr:d:<delivery>} done,
 * {@code dr:e:<drill>} too easy, {@code dr:h:<drill>} too hard, {@code dr:x} stops.
 */
final class DrillDesk {
  static final String AT = "dr:t:";
  static final String DONE = "dr:d:";
  static final String TOO_EASY = "dr:e:";
  static final String TOO_HARD = "dr:h:";
  static final String STOP = "dr:x";
  static final String CATEGORY = "drills";
  private static final String WHY =
      "The movement-retraining study retrained basic movements like these; every movement had an easier and a"
          + " harder version, and people valued choosing the one that suited them.";

  private final DrillStore drills;
  private final ProgrammeContext ctx;

  DrillDesk(DrillStore drills, ProgrammeContext ctx) {
    this.drills = drills;
    this.ctx = ctx;
  }

  List<Reply> command(Incoming.Origin origin, String arguments) {
    long chat = origin.chatId();
    if (!origin.privateChat()) {
      return ProgrammeContext.privateOnly(chat, "Movement drills", "/drills");
    }
    String args = arguments.strip();
    if (ProgrammeContext.isStop(args)) {
      boolean had = drills.stop(origin.userId());
      ctx.onChange().run();
      return message(chat, had ? "🔕 Daily drills stopped. Send /drills to start again." : "You have no daily drills. Send /drills to start.");
    }
    if (args.isEmpty()) {
      Optional<LocalTime> time = drills.time(origin.userId());
      if (time.isPresent()) {
        return List.of(new Reply.Message(chat, "🤸 You get a movement drill every day at " + ProgrammeText.clock(time.get())
            + ". Change the time with, for example, <code>/drills 18:00</code>.", List.of(List.of(new Button("🔕 Stop drills", STOP)))));
      }
      List<Button> times = ProgrammeText.SUGGESTED_TIMES.stream().map(t -> new Button(t, AT + ProgrammeText.compact(t))).toList();
      return List.of(new Reply.Message(chat,
          "🤸 <b>Movement drills</b>\nOne short drill a day from the basic movements you learned as a baby: rolling,"
              + " crawling, kneeling and squatting. Relearning them restores the coordination your spine depends on."
              + " You start on the easier version; tap \"Too easy\" or \"Too hard\" to change.\n"
              + "At what time? Pick one or type it, for example <code>/drills 17:30</code>.\n"
              + ctx.source(ProgrammeText.STUDIES_SOURCE),
          List.of(times)));
    }
    Optional<LocalTime> time = Schedule.parseTime(args.replace(" ", ""));
    if (time.isEmpty()) {
      return message(chat, "'" + Html.escape(args.length() > 20 ? args.substring(0, 20) + "…" : args)
          + "' is not a time. Use 24-hour 18:00 or 6pm, for example <code>/drills 18:00</code>.");
    }
    return start(origin, time.get());
  }

  private List<Reply> start(Incoming.Origin origin, LocalTime time) {
    drills.start(origin.userId(), origin.chatId(), time);
    String summaryNote = ctx.summaryNoteOnStart(origin);
    return List.of(new Reply.Message(origin.chatId(),
        "🤸 <b>Daily drills on</b> at " + ProgrammeText.clock(time) + " ("
            + ctx.zoneName(origin.userId()) + "). Practise gently; ease off if your pain increases."
            + summaryNote,
        List.of(List.of(new Button("🔕 Stop drills", STOP)))));
  }

  /** The drills, in the order of the file: one a day, in turn. */
  private List<Prompt> catalogue() {
    return ctx.answers().library().prompts().prompts().stream()
        .filter(p -> p.category().equals(CATEGORY) && p.easier().isPresent() && p.harder().isPresent())
        .toList();
  }

  Reply.Message render(DuePrompt due) {
    List<Prompt> all = catalogue();
    if (all.isEmpty()) { // a reload removed every drill
      return new Reply.Message(due.chatId(), "🤸 Time for a short movement drill: roll, crawl, kneel or squat gently for a minute.");
    }
    // The person's own date picks the drill, so each local day brings the next one in the list.
    long day = due.fireAt().atZone(ctx.reminders().zoneOf(due.userId())).toLocalDate().toEpochDay();
    Prompt drill = all.get(Math.floorMod(day, all.size()));
    int level = drills.level(due.userId(), drill.id());
    StringBuilder html = new StringBuilder("🤸 <b>Today's movement drill</b>\n").append(Html.escape(drill.text())).append('\n');
    if (level == DrillStore.EASIER) {
      html.append("<b>Your version (easier):</b> ").append(Html.escape(drill.easier().orElseThrow())).append('\n');
    } else if (level == DrillStore.HARDER) {
      html.append("<b>Your version (harder):</b> ").append(Html.escape(drill.harder().orElseThrow())).append('\n');
    }
    html.append(Html.italic("Why: " + drill.why())).append('\n').append(ProgrammeText.SAFETY).append('\n')
        .append(ctx.source(drill.sourceId()));
    return new Reply.Message(due.chatId(), html.toString(), List.of(
        List.of(new Button("✅ Done", DONE + due.deliveryId())),
        List.of(new Button("😌 Too easy", TOO_EASY + drill.id()), new Button("😣 Too hard", TOO_HARD + drill.id())),
        List.of(new Button("🔕 Stop drills", STOP))));
  }

  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    long chat = origin.chatId();
    Reply.ButtonAck ack = new Reply.ButtonAck(chat, press.callbackId(), "");
    List<Reply> replies = new ArrayList<>(List.of(ack));
    if (data.equals(STOP)) {
      replies.addAll(command(origin, "stop"));
      return replies;
    }
    if (data.matches("dr:t:\\d{4}") && origin.privateChat()) {
      Optional<LocalTime> time = Schedule.parseTime(data.substring(AT.length()));
      if (time.isEmpty()) {
        return List.of();
      }
      replies.addAll(start(origin, time.get()));
      return replies;
    }
    if (data.matches("dr:d:\\d{1,18}")) {
      long delivery = Long.parseLong(data.substring(DONE.length()));
      if (!ctx.reminders().markDone(origin.userId(), delivery)) {
        return List.of();
      }
      return List.of(new Reply.ButtonAck(chat, press.callbackId(), "Well done! ✅"));
    }
    boolean easier = data.startsWith(TOO_HARD);
    if (easier || data.startsWith(TOO_EASY)) {
      String id = data.substring(TOO_EASY.length());
      Optional<Prompt> drill = catalogue().stream().filter(p -> p.id().equals(id)).findFirst();
      if (drill.isEmpty()) {
        return List.of();
      }
      int level = drills.move(origin.userId(), id, easier ? -1 : +1);
      String version = switch (level) {
        case DrillStore.EASIER -> "the easier version: " + drill.get().easier().orElseThrow();
        case DrillStore.HARDER -> "the harder version: " + drill.get().harder().orElseThrow();
        default -> "the standard version: " + drill.get().text();
      };
      replies.add(new Reply.Message(chat, (easier ? "👍 Noted. " : "💪 Noted. ") + "Next time this drill comes, you'll get "
          + Html.escape(version)));
      return replies;
    }
    return List.of();
  }

  private static List<Reply> message(long chat, String html) {
    return List.of(new Reply.Message(chat, html));
  }
}
