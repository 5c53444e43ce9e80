package movebot.chat;

/** A parsed slash command. Adding a command means adding a record here and a case in the parser. */
public sealed interface Command {
  record Start() implements Command {}

  record Help() implements Command {}

  record Privacy() implements Command {}

  /** {@code /ask question}; the question may be empty. */
  record Ask(String question) implements Command {}

  record Topics() implements Command {}

  record Tip() implements Command {}

  record Forget() implements Command {}

  /** Admin only: reread the knowledge files. */
  record Reload() implements Command {}

  /** A command this bot does not have. */
  record Unknown(String name) implements Command {}
}
