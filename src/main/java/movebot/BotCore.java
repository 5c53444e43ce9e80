package movebot;

import java.nio.file.Path;
import java.time.Clock;
import movebot.chat.AnswerDesk;
import movebot.chat.Conversation;
import movebot.chat.FeedbackStore;
import movebot.chat.Outbound;
import movebot.chat.ProgrammeDesk;
import movebot.chat.PromptMessages;
import movebot.chat.ReminderDesk;
import movebot.chat.UserStore;
import movebot.config.Settings;
import movebot.prompts.Prompt;
import movebot.reminders.PromptDispatcher;
import movebot.reminders.ReminderStore;
import movebot.storage.Database;
import movebot.telegram.BotServices;

/** The bot's parts wired together, the same for Telegram and the terminal. */
public final class BotCore implements BotServices {
  private final Conversation conversation;
  private final ReminderStore reminders;
  private final PromptDispatcher dispatcher;

  public BotCore(
      String username,
      Outbound outbound,
      Settings settings,
      Database db,
      AnswerDesk.Library library,
      Path configDir,
      Clock clock) {
    AnswerDesk answers = new AnswerDesk(configDir, library, new FeedbackStore(db, clock));
    this.reminders =
        new ReminderStore(db, clock, settings.defaultZone(), library.prompts().prompts().stream().map(Prompt::id).toList());
    // Claim about two seconds of sending ahead: enough to keep the sender busy, and the most
    // a crash can send twice.
    int ahead = (int) Math.max(20, Math.ceil(settings.globalRate() * 2));
    // The programmes wake the dispatcher when a change may make something due sooner; it is
    // created right after them, and nudgeDispatcher reads the field only when a change happens.
    ProgrammeDesk programmes = ProgrammeDesk.create(db, reminders, answers, clock, this::nudgeDispatcher);
    this.dispatcher = new PromptDispatcher(
        reminders, new PromptMessages(answers, programmes, outbound), settings.graceWindow(), clock, ahead);
    ReminderDesk reminderDesk = new ReminderDesk(reminders, clock, dispatcher::nudge);
    this.conversation =
        new Conversation(username, new UserStore(db, clock), answers, reminderDesk, programmes, settings);
  }

  private void nudgeDispatcher() {
    dispatcher.nudge();
  }

  /** The due-prompt dispatcher, for its health ({@link PromptDispatcher#failedRounds}). */
  public PromptDispatcher dispatcher() {
    return dispatcher;
  }

  @Override
  public Conversation conversation() {
    return conversation;
  }

  @Override
  public void chatGone(long chatId) {
    reminders.deactivateChat(chatId);
  }

  @Override
  public void start() {
    dispatcher.start();
  }

  @Override
  public void stop() {
    dispatcher.close();
  }

  @Override
  public void stopped() {
    dispatcher.recordLastOutcomes();
  }
}
