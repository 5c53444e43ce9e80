package movebot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/movebot.jar ...} as a real process, its output kept in a file. */
final class BotProcess implements AutoCloseable {
  final Process process;
  final Path output;

  private BotProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static Path jar() {
    String jar = System.getProperty("movebot.jar", "target/movebot.jar");
    if (!Files.exists(Path.of(jar))) {
      throw new IllegalStateException(jar + " is missing: run `./mvnw -B verify`, which packages it first");
    }
    return Path.of(jar);
  }

  /**
   * The environment for {@code run} against a fake Bot API: the token, the API URL, the
   * database and the repository's config folder, then any further names and values in pairs.
   */
  static Map<String, String> env(String token, String apiUrl, Path db, String... more) {
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        "TELEGRAM_BOT_TOKEN", token,
        "MOVEBOT_API_URL", apiUrl,
        "MOVEBOT_DB", db.toString(),
        "MOVEBOT_CONFIG", Path.of("config").toAbsolutePath().toString()));
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  static BotProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
    return start(dir, env, List.of(), args);
  }

  static BotProcess start(Path dir, Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
    return startAs(List.of(), dir, env, jvmOptions, args);
  }

  /** Runs the jar behind {@code launcher}, e.g. {@code setpriv --reuid=...} to run it as another user. */
  static BotProcess startAs(List<String> launcher, Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(launcher);
    command.add(javaBinary());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(dir, "movebot-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    builder.environment().keySet().removeIf(k -> k.startsWith("MOVEBOT_"));
    builder.environment().putAll(env);
    return new BotProcess(builder.start(), output);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** SIGTERM, as `docker stop` and systemd send. */
  void terminate() {
    process.destroy();
  }

  /** SIGKILL: no shutdown hook, no flush, as in a crash or an OOM kill. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The exit code, or -1 if the process is still running after {@code seconds}. */
  int awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** Peak resident memory of the process so far, in MiB (Linux), or -1 if unknown. */
  long peakRssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return -1;
  }

  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
