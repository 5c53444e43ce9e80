package movebot.chat;

import java.time.Clock;
import java.util.List;
import movebot.programmes.ActivityStore;
import movebot.programmes.DrillStore;
import movebot.programmes.SitLessStore;
import movebot.programmes.WalkingStore;
import movebot.programmes.WeeklySummaryStore;
import movebot.reminders.DuePrompt;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;

/**
 * The programmes from the studies (walking plan, sit-less breaks, movement drills) and the
 * progress people can see, behind one door for the conversation and the prompt outlet.
 */
public final class ProgrammeDesk {
  private final WalkDesk walk;
  private final SitLessDesk sitless;
  private final DrillDesk drills;
  private final ProgressDesk progress;

  private ProgrammeDesk(WalkDesk walk, SitLessDesk sitless, DrillDesk drills, ProgressDesk progress) {
    this.walk = walk;
    this.sitless = sitless;
    this.drills = drills;
    this.progress = progress;
  }

  /** @param onChange called after a change that may make something due sooner */
  public static ProgrammeDesk create(Database db, ReminderStore reminders, AnswerDesk answers, Clock clock, Runnable onChange) {
    WeeklySummaryStore summaries = new WeeklySummaryStore(db, reminders);
    ProgrammeContext ctx = new ProgrammeContext(summaries, reminders, answers, onChange);
    return new ProgrammeDesk(
        new WalkDesk(new WalkingStore(db, reminders, clock), ctx),
        new SitLessDesk(new SitLessStore(db, reminders), ctx),
        new DrillDesk(new DrillStore(db, reminders), ctx),
        new ProgressDesk(new ActivityStore(db), new UserDataExport(db, clock), ctx));
  }

  List<Reply> command(Incoming.Origin origin, Command.ForProgrammes command) {
    if (command instanceof Command.Walk c) {
      return walk.command(origin, c.arguments());
    }
    if (command instanceof Command.SitLess c) {
      return sitless.command(origin, c.arguments());
    }
    if (command instanceof Command.Drills c) {
      return drills.command(origin, c.arguments());
    }
    if (command instanceof Command.Summary c) {
      return progress.summary(origin, c.arguments());
    }
    if (command instanceof Command.MyData) {
      return progress.myData(origin);
    }
    return progress.progress(origin);
  }

  /** Replies to a press on a programme button; empty when the data is not ours or is stale. */
  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    if (data.startsWith("w:")) {
      return walk.onButton(origin, press);
    }
    if (data.startsWith("s:")) {
      return sitless.onButton(origin, press);
    }
    if (data.startsWith("dr:")) {
      return drills.onButton(origin, press);
    }
    if (data.startsWith("sum:")) {
      return progress.onButton(origin, press);
    }
    return List.of();
  }

  /** The message for a programme's due time. */
  Reply.Message render(DuePrompt due) {
    return switch (due.kind()) {
      case WALK -> walk.render(due);
      case SITLESS -> sitless.render(due);
      case DRILL -> drills.render(due);
      case SUMMARY -> progress.render(due);
      case PROMPT -> throw new IllegalArgumentException("daily prompts are rendered by PromptMessages");
    };
  }
}
