package movebot.chat;

import java.util.Locale;

/**
 * Reads a slash command from message text. Parses the text itself rather than trusting
 * Telegram's entities, and honours {@code /cmd@Bot}: a command for another bot is not ours.
 */
final class CommandParser {
  private final String botUsername;

  CommandParser(String botUsername) {
    this.botUsername = botUsername.toLowerCase(Locale.ROOT);
  }

  /** What a text means as a command. */
  sealed interface Parsed {}

  /** Not a command: treat as ordinary text. */
  record NotACommand() implements Parsed {}

  /** A command addressed to another bot in a group: stay silent. */
  record ForAnotherBot() implements Parsed {}

  record Ours(Command command) implements Parsed {}

  Parsed parse(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("/") || trimmed.length() < 2) {
      return new NotACommand();
    }
    int end = 1;
    while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
      end++;
    }
    String head = trimmed.substring(1, end);
    String argument = trimmed.substring(end).strip();
    int at = head.indexOf('@');
    String name = (at >= 0 ? head.substring(0, at) : head).toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9_]{1,32}")) {
      return new NotACommand(); // "/ hello" or "/???@x" is text, not a command, whatever follows
    }
    if (at >= 0 && !head.substring(at + 1).toLowerCase(Locale.ROOT).equals(botUsername)) {
      return new ForAnotherBot();
    }
    return new Ours(command(name, argument));
  }

  private static Command command(String name, String argument) {
    return switch (name) {
      case "start" -> new Command.Start();
      case "help" -> new Command.Help();
      case "privacy" -> new Command.Privacy();
      case "ask" -> new Command.Ask(argument);
      case "topics" -> new Command.Topics();
      case "tip" -> new Command.Tip();
      case "forget" -> new Command.Forget();
      case "reload" -> new Command.Reload();
      case "subscribe" -> new Command.Subscribe(argument);
      case "unsubscribe", "stop" -> new Command.Unsubscribe(argument.isEmpty() && name.equals("stop") ? "all" : argument);
      case "reminders" -> new Command.Reminders();
      case "timezone" -> new Command.TimeZone(argument);
      case "pause" -> new Command.Pause(argument);
      case "resume" -> new Command.Resume();
      case "walk" -> new Command.Walk(argument);
      case "sitless" -> new Command.SitLess(argument);
      case "drills" -> new Command.Drills(argument);
      case "progress" -> new Command.Progress();
      case "summary" -> new Command.Summary(argument);
      case "mydata" -> new Command.MyData();
      default -> new Command.Unknown(name);
    };
  }

  /** Removes "@bot" mentions so the rest can be read as a question. */
  String withoutMention(String text) {
    return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(botUsername) + "\\b", " ").strip();
  }
}
