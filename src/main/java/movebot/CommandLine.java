package movebot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line. Parsing only checks the shape of the words; paths and URLs are
 * resolved against the environment by {@link #configDir}, {@link #database} and {@link #apiUrl}.
 */
record CommandLine(
    String command,
    Optional<Path> config,
    Optional<Path> db,
    Optional<String> apiUrl,
    boolean json,
    List<String> words) {

  static final String USAGE =
      "usage: movebot run [--config DIR] [--db FILE] [--api-url URL]\n"
          + "       movebot chat [--config DIR] [--db FILE]\n"
          + "       movebot ask [--config DIR] [--json] [QUESTION...]\n"
          + "       movebot check [--config DIR]\n"
          + "       movebot unanswered [--config DIR] [--db FILE]\n"
          + "       movebot backup [--db FILE] TARGET_FILE";

  static final String DEFAULT_API_URL = "https://api.telegram.org";
  static final Path DEFAULT_DB = Path.of("data", "movebot.db");
  static final Path DEFAULT_CONFIG = Path.of("config");

  private static final Set<String> COMMANDS = Set.of("run", "chat", "ask", "check", "unanswered", "backup");

  CommandLine {
    config = config.map(Path::normalize);
    db = db.map(Path::normalize);
    words = List.copyOf(words);
  }

  /** Thrown for words that do not form a valid command; the message is one line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static CommandLine parse(String... args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    String command = args[0];
    if (!COMMANDS.contains(command)) {
      throw new UsageException("unknown command '" + command + "'");
    }
    Optional<Path> config = Optional.empty();
    Optional<Path> db = Optional.empty();
    Optional<String> apiUrl = Optional.empty();
    boolean json = false;
    List<String> words = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--config" -> config = Optional.of(Path.of(value(args, ++i, arg)));
        case "--db" -> db = Optional.of(Path.of(value(args, ++i, arg)));
        case "--api-url" -> apiUrl = Optional.of(value(args, ++i, arg));
        case "--json" -> json = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new UsageException("unknown option '" + arg + "'");
          }
          words.add(arg);
        }
      }
    }
    if (command.equals("backup") && words.size() != 1) {
      throw new UsageException("backup takes one argument: the file to write the copy to");
    }
    if (!command.equals("ask") && !command.equals("backup") && !words.isEmpty()) {
      throw new UsageException("'" + command + "' takes no arguments, got '" + words.get(0) + "'");
    }
    if (json && !command.equals("ask")) {
      throw new UsageException("--json works only with 'ask'");
    }
    if (apiUrl.isPresent() && !command.equals("run")) {
      throw new UsageException("--api-url works only with 'run'");
    }
    return new CommandLine(command, config, db, apiUrl, json, words);
  }

  private static String value(String[] args, int index, String option) throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[index];
  }

  Path configDir(Map<String, String> env) {
    return config.orElseGet(() -> fromEnv(env, "MOVEBOT_CONFIG").map(Path::of).orElse(DEFAULT_CONFIG));
  }

  Path database(Map<String, String> env) {
    return db.orElseGet(() -> fromEnv(env, "MOVEBOT_DB").map(Path::of).orElse(DEFAULT_DB));
  }

  String apiUrl(Map<String, String> env) {
    return apiUrl.orElseGet(() -> fromEnv(env, "MOVEBOT_API_URL").orElse(DEFAULT_API_URL));
  }

  private static Optional<String> fromEnv(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
