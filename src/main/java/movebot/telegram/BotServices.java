package movebot.telegram;

import movebot.chat.Conversation;

/** What the Telegram adapter runs: the conversation and the background work around it. */
public interface BotServices {
  Conversation conversation();

  /** Telegram said the chat is gone (blocked the bot, deleted, not found). */
  void chatGone(long chatId);

  /** Starts background work such as due prompts; called once polling has begun. */
  void start();

  /** Stops taking on new background work; called before the sender stops. */
  void stop();

  /** Records how the last sends ended; called after the sender has stopped. */
  void stopped();
}
