package movebot.chat;

import java.util.List;

/**
 * The commands people see: in /help, in Telegram's command menu (setMyCommands) and in the
 * list for @BotFather in the README. One list, so the three never disagree.
 */
public final class CommandMenu {
  /** One menu line; Telegram wants 1-32 lowercase letters, digits or underscores. */
  public record Item(String command, String description) {
    public Item {
      if (!command.matches("[a-z0-9_]{1,32}") || description.isBlank() || description.length() > 256) {
        throw new IllegalArgumentException("bad menu item: " + command);
      }
    }
  }

  public static final List<Item> ITEMS =
      List.of(
          new Item("start", "Welcome and main menu"),
          new Item("ask", "Ask a question about exercise and back pain"),
          new Item("topics", "Browse topics"),
          new Item("tip", "One practical movement tip"),
          new Item("subscribe", "Get a daily movement prompt, e.g. /subscribe 07:30"),
          new Item("reminders", "Your prompt times, time zone and next prompt"),
          new Item("timezone", "Set your time zone, e.g. /timezone Berlin"),
          new Item("pause", "Pause prompts for some days, e.g. /pause 3"),
          new Item("resume", "Resume paused prompts"),
          new Item("unsubscribe", "Stop a prompt time, or all: /unsubscribe all"),
          new Item("walk", "A walking plan that builds up week by week"),
          new Item("sitless", "Reminders to stand up during work hours, e.g. /sitless 9-17"),
          new Item("drills", "A daily movement drill: rolling, crawling, kneeling, squatting"),
          new Item("progress", "Your last four weeks, with a chart"),
          new Item("summary", "Weekly summary day, or /summary off"),
          new Item("mydata", "Everything stored about you, as a file"),
          new Item("privacy", "What is stored about you and why"),
          new Item("forget", "Delete everything stored about you"),
          new Item("help", "What this bot can do"));

  private CommandMenu() {}

  /** The text to paste into @BotFather's /setcommands. */
  public static String forBotFather() {
    StringBuilder out = new StringBuilder();
    for (Item item : ITEMS) {
      out.append(item.command()).append(" - ").append(item.description()).append('\n');
    }
    return out.toString();
  }
}
