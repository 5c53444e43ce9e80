package movebot.chat;

/** Fixed wording of the conversation, in one place so it can be read and reviewed together. */
final class Texts {
  static final String DISCLAIMER = "General information from published articles, not medical advice.";

  static final String NON_TEXT = "I can only read text. Type your question in words, or send /help.";

  static final String ASK_HOW =
      "Type your question in your own words, for example: <i>Is walking good for lower back pain?</i>";

  static final String ASK_EMPTY_IN_GROUP =
      "Put your question after the command, for example: <code>/ask is walking good for back pain</code>";

  static final String EXPIRED_BUTTON = "That button has expired. Send /help to start again.";

  static final String FORGET_CONFIRM =
      "This deletes everything movebot stores about you: your settings, reminders, feedback and"
          + " unanswered questions. It cannot be undone.";

  static final String FORGOTTEN =
      "Done. Everything movebot stored about you is deleted. Send /start if you want to begin again.";

  static final String FORGET_CANCELLED = "Nothing was deleted.";

  static final String PRIVACY =
      "<b>What movebot stores, and why</b>\n"
          + "• Your Telegram user id, so replies and prompts reach you.\n"
          + "• Your language code and time zone, so prompts come at your local time.\n"
          + "• When you first and last used the bot.\n"
          + "• Questions it could not answer, and your 👍/👎 on answers, so the answers can be improved.\n"
          + "• Your prompt times and programme settings (walking plan, sit-less hours, drill versions), and what you"
          + " log (walks, prompts and drills done), so prompts come when you asked and /progress can show them.\n"
          + "Your name, contacts and other messages are not stored. /mydata sends you all of it as a file;"
          + " /forget deletes all of it at once.";

  private Texts() {}

  static String welcome(String firstName) {
    String greeting = firstName.isBlank() ? "Hi! I'm movebot." : "Hi " + Html.escape(firstName.strip()) + "! I'm movebot.";
    return "<b>" + greeting + "</b>\n"
        + "I help people with back pain move more: ask me about exercise and back pain, get a short"
        + " daily movement prompt, or browse topics.\n"
        + Html.italic(DISCLAIMER);
  }

  static String help() {
    StringBuilder out = new StringBuilder("<b>What I can do</b>\n");
    out.append("Type a question in your own words, for example <i>how long should I walk?</i>\n\n");
    for (CommandMenu.Item item : CommandMenu.ITEMS) {
      out.append('/').append(item.command()).append(" – ").append(Html.escape(item.description())).append('\n');
    }
    out.append('\n').append(Html.italic(DISCLAIMER));
    return out.toString();
  }

  static String unknownCommand(String name) {
    return "I don't know the command /" + Html.escape(name) + ". Send /help to see what I can do.";
  }
}
