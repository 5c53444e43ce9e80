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

  /** {@code /subscribe [times] [weekdays]}; the argument may be empty. */
  record Subscribe(String arguments) implements Command {}

  /** {@code /unsubscribe 07:30} or {@code /unsubscribe all}. */
  record Unsubscribe(String arguments) implements Command {}

  record Reminders() implements Command {}

  /** {@code /timezone Europe/Berlin}, a city or an offset; empty shows the current zone. */
  record TimeZone(String arguments) implements Command {}

  /** {@code /pause 3}: days. */
  record Pause(String arguments) implements Command {}

  record Resume() implements Command {}

  /** The commands of the programmes and progress, all handled by {@link ProgrammeDesk}. */
  sealed interface ForProgrammes extends Command {}

  /** {@code /walk}, {@code /walk 10 18:00}, {@code /walk log 20}, {@code /walk stop}. */
  record Walk(String arguments) implements ForProgrammes {}

  /** {@code /sitless 9-17 every 30 min mon-thu}, {@code /sitless stop}. */
  record SitLess(String arguments) implements ForProgrammes {}

  /** {@code /drills 18:00}, {@code /drills stop}. */
  record Drills(String arguments) implements ForProgrammes {}

  record Progress() implements ForProgrammes {}

  /** {@code /summary sunday}, {@code /summary off}. */
  record Summary(String arguments) implements ForProgrammes {}

  /** Everything stored about the person, as a file. */
  record MyData() implements ForProgrammes {}

  /** A command this bot does not have. */
  record Unknown(String name) implements Command {}
}
