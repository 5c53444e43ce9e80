package movebot;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import movebot.chat.AnswerDesk;
import movebot.chat.Conversation;
import movebot.chat.UserStore;
import movebot.config.ConfigException;
import movebot.config.Settings;
import movebot.config.SettingsLoader;
import movebot.console.ConsoleChat;
import movebot.storage.Database;
import movebot.storage.StorageException;
import movebot.telegram.TelegramBot;
import sun.misc.Signal;

/**
 * The command line. {@link #main} only calls {@link #run}, which wires the parts together and
 * returns the exit code: 0 ok, 1 failure at run time, 2 usage or configuration error.
 */
public final class Main {
  static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  Main(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  public static void main(String[] args) {
    System.exit(new Main(System.in, System.out, System.err, System.getenv()).run(args));
  }

  int run(String... args) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      err.println("movebot: " + e.getMessage());
      err.println(CommandLine.USAGE);
      return 2;
    }
    try {
      return switch (commandLine.command()) {
        case "run" -> runBot(commandLine);
        case "chat" -> chat(commandLine);
        case "ask" -> ask(commandLine);
        case "check" -> check(commandLine);
        default -> throw new IllegalStateException(commandLine.command());
      };
    } catch (ConfigException e) {
      err.println("movebot: configuration error:");
      err.println(e.getMessage());
      return 2;
    } catch (StorageException e) {
      err.println("movebot: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("movebot: " + e.getMessage());
      return 1;
    }
  }

  private int runBot(CommandLine commandLine) throws ConfigException {
    String token = env.getOrDefault(TOKEN_VARIABLE, "").strip();
    if (token.isEmpty()) {
      err.println(
          "movebot: " + TOKEN_VARIABLE + " is not set; get a token from @BotFather and export it,"
              + " or try 'movebot chat' to talk to the bot in this terminal.");
      return 2;
    }
    Settings settings = loadSettings(commandLine);
    // From here on nothing we or a library print can show the token.
    System.setOut(new RedactingPrintStream(System.out, token));
    System.setErr(new RedactingPrintStream(System.err, token));
    TelegramBot bot;
    try (Database db = Database.open(commandLine.database(env))) {
      try {
        bot =
            new TelegramBot(
                token,
                commandLine.apiUrl(env),
                settings,
                db,
                username -> conversation(username, settings, db));
      } catch (IllegalArgumentException e) {
        err.println("movebot: " + e.getMessage());
        return 2;
      }
      Signal.handle(new Signal("TERM"), signal -> bot.stop());
      Signal.handle(new Signal("INT"), signal -> bot.stop());
      return bot.run();
    }
  }

  private int chat(CommandLine commandLine) throws ConfigException, IOException {
    Settings settings = loadSettings(commandLine);
    if (settings.logLevel().equals("info")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // keep the terminal for the chat
    }
    try (Database db = Database.open(commandLine.database(env))) {
      Conversation conversation = conversation("movebot", settings, db);
      return new ConsoleChat(conversation, out).run(in);
    }
  }

  private int ask(CommandLine commandLine) throws ConfigException {
    loadSettings(commandLine);
    err.println("movebot: ask is not available yet");
    return 1;
  }

  private int check(CommandLine commandLine) {
    List<String> problems = SettingsLoader.check(commandLine.configDir(env), env);
    if (problems.isEmpty()) {
      out.println("config ok: " + commandLine.configDir(env));
      return 0;
    }
    problems.forEach(err::println);
    err.println(problems.size() + " problem(s) found");
    return 1;
  }

  private Settings loadSettings(CommandLine commandLine) throws ConfigException {
    Settings settings = SettingsLoader.load(commandLine.configDir(env), env);
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", settings.logLevel());
    return settings;
  }

  private static Conversation conversation(String username, Settings settings, Database db) {
    return new Conversation(username, new UserStore(db, Clock.systemUTC()), new AnswerDesk(), settings);
  }
}
