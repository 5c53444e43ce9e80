package movebot.console;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the console puts the pictures and files the bot sends: one folder, each file under the
 * name the bot gave it. An existing file is never overwritten; the new one becomes
 * {@code name (2).ext}, as browsers name a second download.
 */
final class SavedFiles {
  /** Give up numbering after this many copies of one name: something else is wrong. */
  private static final int MAX_COPIES = 10_000;

  private final Path folder;

  SavedFiles(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** The folder beside a database file: {@code data/movebot.db} → {@code data/movebot-files}. */
  static Path besideDatabase(Path database) {
    Path absolute = database.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return absolute.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-files");
  }

  Path folder() {
    return folder;
  }

  /** Writes the bytes to a new file and returns its path. */
  Path save(String fileName, byte[] bytes) throws IOException {
    Files.createDirectories(folder);
    String name = safe(fileName);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int copy = 1; copy <= MAX_COPIES; copy++) {
      Path target = folder.resolve(copy == 1 ? name : stem + " (" + copy + ")" + extension);
      try {
        // CREATE_NEW fails rather than replace a file, even one made a moment ago by someone else.
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return target;
      } catch (FileAlreadyExistsException taken) {
        // try the next number
      }
    }
    throw new IOException(MAX_COPIES + " files named " + name + " already exist in " + folder);
  }

  /**
   * The name as given, but only ever a file inside the folder: separators, control characters
   * and characters Windows refuses become {@code _}, and a name of dots becomes {@code file}.
   */
  static String safe(String fileName) {
    StringBuilder name = new StringBuilder();
    fileName.codePoints().forEach(c -> {
      boolean unsafe = Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0;
      name.appendCodePoint(unsafe ? '_' : c);
    });
    String safe = name.toString().strip();
    if (safe.length() > 200) {
      int cut = Character.isLowSurrogate(safe.charAt(200)) ? 199 : 200;
      safe = safe.substring(0, cut);
    }
    return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "file" : safe;
  }
}
