package movebot;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import movebot.chat.AnswerDesk;
import movebot.chat.FeedbackStore;
import movebot.faq.KnowledgeBase;
import movebot.faq.KnowledgeException;
import movebot.faq.KnowledgeProblem;
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
    System.setProperty("java.awt.headless", "true"); // the progress chart is drawn on servers without a display
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
        case "unanswered" -> unanswered(commandLine);
        case "backup" -> backup(commandLine);
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
    // The knowledge files are read and checked on a thread of their own while the database
    // opens and the HTTP clients are built; that thread then builds the search index while
    // polling starts. Nothing is asked of the Bot API before the files are known to be good.
    AtomicBoolean indexFailed = new AtomicBoolean();
    CompletableFuture<AnswerDesk.Library> knowledge = readKnowledgeInBackground(commandLine.configDir(env));
    // From here on nothing we or a library print can show the token.
    System.setOut(new RedactingPrintStream(System.out, token));
    System.setErr(new RedactingPrintStream(System.err, token));
    TelegramBot bot;
    try (Database db = openDatabase(commandLine, knowledge)) {
      try {
        bot =
            new TelegramBot(
                token,
                commandLine.apiUrl(env),
                settings,
                db,
                // called from bot.run(), which starts only once the files have been read
                (username, outbound) ->
                    new BotCore(username, outbound, settings, db, knowledge.join(), commandLine.configDir(env), Clock.systemUTC()));
      } catch (IllegalArgumentException e) {
        awaitKnowledge(knowledge); // a knowledge error is reported first
        err.println("movebot: " + e.getMessage());
        return 2;
      }
      AnswerDesk.Library library = awaitKnowledge(knowledge);
      library.indexed().whenComplete((answerer, failure) -> {
        if (failure != null) {
          indexFailed.set(true);
          err.println("movebot: cannot build the search index: " + failure);
          bot.stop();
        }
      });
      Signal.handle(new Signal("TERM"), signal -> bot.stop());
      Signal.handle(new Signal("INT"), signal -> bot.stop());
      int exit = bot.run();
      return indexFailed.get() ? 1 : exit;
    }
  }

  /**
   * Starts reading the knowledge files on a thread of their own; the future completes once
   * they are read and checked, and the thread goes on to build the search index.
   */
  private static CompletableFuture<AnswerDesk.Library> readKnowledgeInBackground(Path configDir) {
    CompletableFuture<AnswerDesk.Library> read = new CompletableFuture<>();
    Thread loader =
        new Thread(
            () -> {
              AnswerDesk.Library library;
              try {
                library = AnswerDesk.Library.read(configDir);
              } catch (Throwable e) {
                read.completeExceptionally(e);
                return;
              }
              read.complete(library);
              try {
                library.index();
              } catch (Throwable e) {
                // reported through library.indexed(); a question waiting for the index gets the failure
              }
            },
            "movebot-knowledge");
    loader.setDaemon(true);
    loader.start();
    return read;
  }

  /** The knowledge files once read; a problem with them is a configuration error. */
  private static AnswerDesk.Library awaitKnowledge(CompletableFuture<AnswerDesk.Library> knowledge) throws ConfigException {
    try {
      return knowledge.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof KnowledgeException || e.getCause() instanceof IOException) {
        throw new ConfigException(e.getCause().getMessage());
      }
      throw e;
    }
  }

  /** Opens the database; should that fail, a problem with the knowledge files is reported first. */
  private Database openDatabase(CommandLine commandLine, CompletableFuture<AnswerDesk.Library> knowledge)
      throws ConfigException {
    try {
      return Database.open(commandLine.database(env));
    } catch (StorageException e) {
      awaitKnowledge(knowledge);
      throw e;
    }
  }

  private int chat(CommandLine commandLine) throws ConfigException, IOException {
    Settings settings = loadSettings(commandLine);
    if (settings.logLevel().equals("info")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // keep the terminal for the chat
    }
    AnswerDesk.Library library = loadKnowledge(commandLine);
    try (Database db = Database.open(commandLine.database(env))) {
      ConsoleChat console = new ConsoleChat(out, ConsoleChat.filesBeside(commandLine.database(env)));
      BotCore core = new BotCore("movebot", console, settings, db, library, commandLine.configDir(env), Clock.systemUTC());
      core.start();
      try {
        return console.run(in, core.conversation());
      } finally {
        core.stop();
        core.stopped();
      }
    }
  }

  private int ask(CommandLine commandLine) throws ConfigException, IOException {
    loadSettings(commandLine);
    // ask stores nothing, so its desk has no database behind it.
    AnswerDesk desk = new AnswerDesk(commandLine.configDir(env), loadKnowledge(commandLine), null);
    return new AskTool(desk, commandLine.json(), out).run(commandLine.words(), in);
  }

  private int check(CommandLine commandLine) {
    Path configDir = commandLine.configDir(env);
    List<String> errors = new ArrayList<>(SettingsLoader.check(configDir, env));
    for (KnowledgeProblem problem : KnowledgeBase.check(configDir)) {
      if (problem.isError()) {
        errors.add(problem.toString());
      } else {
        out.println(problem); // warnings are shown but do not fail the check
      }
    }
    if (errors.isEmpty()) {
      try {
        AnswerDesk.Library.load(configDir); // prompts are checked against the loaded sources
      } catch (KnowledgeException | IOException e) {
        errors.add(e.getMessage());
      }
    }
    if (errors.isEmpty()) {
      out.println("config ok: " + configDir);
      return 0;
    }
    errors.forEach(err::println);
    err.println(errors.size() + " problem(s) found");
    return 1;
  }

  private int unanswered(CommandLine commandLine) {
    try (Database db = Database.open(commandLine.database(env))) {
      List<FeedbackStore.Unanswered> rows = new FeedbackStore(db, Clock.systemUTC()).report(100);
      if (rows.isEmpty()) {
        out.println("No unanswered questions or 👎 answers yet.");
      }
      for (FeedbackStore.Unanswered row : rows) {
        out.printf("%5d  %s  (%s)%n", row.times(), row.question(), row.why());
      }
      return 0;
    }
  }

  private int backup(CommandLine commandLine) {
    Path target = Path.of(commandLine.words().get(0));
    try (Database db = Database.open(commandLine.database(env))) {
      db.backup(target);
    }
    out.println("backup written to " + target.toAbsolutePath());
    return 0;
  }

  private AnswerDesk.Library loadKnowledge(CommandLine commandLine) throws ConfigException {
    try {
      return AnswerDesk.Library.load(commandLine.configDir(env));
    } catch (KnowledgeException | IOException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private Settings loadSettings(CommandLine commandLine) throws ConfigException {
    Settings settings = SettingsLoader.load(commandLine.configDir(env), env);
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", settings.logLevel());
    return settings;
  }
}
