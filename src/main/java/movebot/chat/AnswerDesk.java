package movebot.chat;

import java.util.List;

/** Answers questions from the knowledge base. */
public class AnswerDesk {
  List<Reply> answer(Incoming.Origin origin, String question) {
    return List.of(new Reply.Message(origin.chatId(), "I can't answer questions yet."));
  }

  Reply topics(long chatId) {
    return new Reply.Message(chatId, "No topics yet.");
  }

  Reply tip(long chatId) {
    return new Reply.Message(chatId, "No tips yet.");
  }

  String reload() {
    return "Nothing to reload.";
  }

  /** Replies to a press on one of this desk's buttons; empty when the data is not ours. */
  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    return List.of();
  }
}
