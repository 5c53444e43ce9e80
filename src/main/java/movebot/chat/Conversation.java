package movebot.chat;

import java.util.ArrayList;
import java.util.List;
import movebot.config.Settings;

/**
 * The conversation core: turns what a person sent into the bot's replies. Knows nothing of
 * Telegram, so the terminal ({@code movebot chat}) and Telegram behave the same.
 *
 * <p>Callback data is a short "prefix:value" string; every press is checked here and an
 * unknown or stale one gets a polite "expired" notice instead of an error.
 */
public final class Conversation {
  static final String MENU_ASK = "m:ask";
  static final String MENU_PROMPTS = "m:prompts";
  static final String MENU_TOPICS = "m:topics";
  static final String FORGET_YES = "forget:yes";
  static final String FORGET_NO = "forget:no";

  private final CommandParser commands;
  private final UserStore users;
  private final AnswerDesk answers;
  private final ReminderDesk reminders;
  private final ProgrammeDesk programmes;
  private final Settings settings;

  public Conversation(
      String botUsername, UserStore users, AnswerDesk answers, ReminderDesk reminders, ProgrammeDesk programmes,
      Settings settings) {
    this.commands = new CommandParser(botUsername);
    this.users = users;
    this.answers = answers;
    this.reminders = reminders;
    this.programmes = programmes;
    this.settings = settings;
  }

  /** The replies to one incoming message or button press, in the order they should be sent. */
  public List<Reply> handle(Incoming incoming) {
    Incoming.Origin origin = incoming.origin();
    if (incoming instanceof Incoming.Text text) {
      return onText(text);
    }
    if (incoming instanceof Incoming.ButtonPress press) {
      users.touch(origin);
      return onButton(press);
    }
    if (origin.privateChat()) {
      return List.of(new Reply.Message(origin.chatId(), Texts.NON_TEXT));
    }
    return List.of(); // in groups, stickers and photos are people talking to each other
  }

  /**
   * Whether {@link #handle} would reply to this. Cheap and stores nothing, so the Telegram adapter
   * can count what costs a reply before it queues any work.
   */
  public boolean wouldReply(Incoming incoming) {
    if (incoming instanceof Incoming.Text text) {
      CommandParser.Parsed parsed = commands.parse(text.text());
      return parsed instanceof CommandParser.Ours
          || !(parsed instanceof CommandParser.ForAnotherBot) && (text.origin().privateChat() || text.addressedToBot());
    }
    return incoming instanceof Incoming.ButtonPress || incoming.origin().privateChat();
  }

  private List<Reply> onText(Incoming.Text text) {
    Incoming.Origin origin = text.origin();
    CommandParser.Parsed parsed = commands.parse(text.text());
    if (parsed instanceof CommandParser.ForAnotherBot) {
      return List.of();
    }
    if (parsed instanceof CommandParser.Ours ours) {
      users.touch(origin);
      return onCommand(origin, ours.command());
    }
    if (!origin.privateChat() && !text.addressedToBot()) {
      return List.of(); // group chatter that is not for the bot
    }
    users.touch(origin);
    return answers.answer(origin, commands.withoutMention(text.text()));
  }

  private List<Reply> onCommand(Incoming.Origin origin, Command command) {
    long chat = origin.chatId();
    if (command instanceof Command.Start) {
      return List.of(new Reply.Message(chat, Texts.welcome(origin.firstName()), startButtons()));
    }
    if (command instanceof Command.Help) {
      return List.of(new Reply.Message(chat, Texts.help()));
    }
    if (command instanceof Command.Privacy) {
      return List.of(new Reply.Message(chat, Texts.PRIVACY));
    }
    if (command instanceof Command.Ask ask) {
      if (!ask.question().isBlank()) {
        return answers.answer(origin, ask.question());
      }
      return List.of(new Reply.Message(chat, origin.privateChat() ? Texts.ASK_HOW : Texts.ASK_EMPTY_IN_GROUP));
    }
    if (command instanceof Command.Topics) {
      return List.of(answers.topics(chat));
    }
    if (command instanceof Command.Tip) {
      return List.of(answers.tip(chat));
    }
    if (command instanceof Command.Forget) {
      return List.of(
          new Reply.Message(
              chat,
              Texts.FORGET_CONFIRM,
              List.of(List.of(new Button("Yes, delete everything", FORGET_YES), new Button("Cancel", FORGET_NO)))));
    }
    if (command instanceof Command.Subscribe subscribe) {
      return reminders.subscribe(origin, subscribe.arguments());
    }
    if (command instanceof Command.Unsubscribe unsubscribe) {
      return reminders.unsubscribe(origin, unsubscribe.arguments());
    }
    if (command instanceof Command.Reminders) {
      return reminders.reminders(origin);
    }
    if (command instanceof Command.TimeZone zone) {
      return reminders.timeZone(origin, zone.arguments());
    }
    if (command instanceof Command.Pause pause) {
      return reminders.pause(origin, pause.arguments());
    }
    if (command instanceof Command.Resume) {
      return reminders.resume(origin);
    }
    if (command instanceof Command.ForProgrammes programme) {
      return programmes.command(origin, programme);
    }
    if (command instanceof Command.Reload && settings.isAdmin(origin.userId())) {
      return List.of(new Reply.Message(chat, Html.escape(answers.reload())));
    }
    String name = command instanceof Command.Unknown unknown ? unknown.name() : "reload";
    return List.of(new Reply.Message(chat, Texts.unknownCommand(name)));
  }

  private List<Reply> onButton(Incoming.ButtonPress press) {
    Incoming.Origin origin = press.origin();
    long chat = origin.chatId();
    Reply.ButtonAck ack = new Reply.ButtonAck(chat, press.callbackId(), "");
    switch (press.data()) {
      case MENU_ASK:
        return List.of(ack, new Reply.Message(chat, Texts.ASK_HOW));
      case MENU_PROMPTS:
        List<Reply> menu = new ArrayList<>(List.of(ack));
        menu.addAll(reminders.subscribe(origin, ""));
        return menu;
      case MENU_TOPICS:
        return List.of(ack, answers.topics(chat));
      case FORGET_YES:
        users.forget(origin.userId());
        return List.of(ack, new Reply.Edit(chat, press.messageId(), Texts.FORGOTTEN, List.of()));
      case FORGET_NO:
        return List.of(ack, new Reply.Edit(chat, press.messageId(), Texts.FORGET_CANCELLED, List.of()));
      default:
        List<Reply> replies = answers.onButton(origin, press);
        if (replies.isEmpty()) {
          replies = reminders.onButton(origin, press);
        }
        if (replies.isEmpty()) {
          replies = programmes.onButton(origin, press);
        }
        if (replies.isEmpty()) {
          return List.of(new Reply.ButtonAck(chat, press.callbackId(), Texts.EXPIRED_BUTTON));
        }
        return replies;
    }
  }

  private static List<List<Button>> startButtons() {
    return List.of(
        List.of(new Button("❓ Ask a question", MENU_ASK)),
        List.of(new Button("⏰ Daily prompts", MENU_PROMPTS), new Button("📚 Topics", MENU_TOPICS)));
  }
}
