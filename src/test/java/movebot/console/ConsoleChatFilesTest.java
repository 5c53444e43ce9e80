package movebot.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import movebot.chat.Button;
import movebot.chat.Outbound.Lane;
import movebot.chat.Outbound.Outcome;
import movebot.chat.Reply;
import movebot.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures and files in the terminal: saved to disk, caption and path printed. */
class ConsoleChatFilesTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private Outcome send(ConsoleChat console, Reply reply) {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    console.send(reply, Lane.REPLY, outcome::set); // the console completes before returning
    return outcome.get();
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPhotoIsSavedWithItsExactBytesAndItsCaptionAndPathArePrinted() throws Exception {
    Path folder = dir.resolve("movebot-files");
    ConsoleChat console = new ConsoleChat(out, folder);
    byte[] png = TestImages.png(30, 20, 21);

    Outcome outcome = send(console, new Reply.Photo(1, png, "progress.png", "<b>Week 2</b> &amp; 3",
        List.of(List.of(new Button("Next", "p:n")))));

    assertEquals(Outcome.DELIVERED, outcome);
    Path saved = folder.resolve("progress.png");
    assertArrayEquals(png, Files.readAllBytes(saved));
    assertTrue(printed().contains("Week 2 & 3"), printed());
    assertTrue(printed().contains(saved.toString()), printed());
    assertTrue(printed().contains("[1] Next"), printed());
  }

  @Test
  void aDocumentIsSavedUnderItsName() throws Exception {
    ConsoleChat console = new ConsoleChat(out, dir);
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    assertEquals(Outcome.DELIVERED, send(console, new Reply.Document(1, json, "my-data.json", "Your data")));

    assertArrayEquals(json, Files.readAllBytes(dir.resolve("my-data.json")));
    assertTrue(printed().contains("Your data"), printed());
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    ConsoleChat console = new ConsoleChat(out, dir);
    Files.writeString(dir.resolve("chart.png"), "someone's own file");
    byte[] first = TestImages.png(4, 4, 1);
    byte[] second = TestImages.png(4, 4, 2);

    send(console, new Reply.Photo(1, first, "chart.png", "", List.of()));
    send(console, new Reply.Photo(1, second, "chart.png", "", List.of()));

    assertEquals("someone's own file", Files.readString(dir.resolve("chart.png")));
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("chart (2).png")));
    assertArrayEquals(second, Files.readAllBytes(dir.resolve("chart (3).png")));
  }

  @Test
  void aNameCannotLeaveTheFolder() throws Exception {
    Path folder = dir.resolve("files");
    ConsoleChat console = new ConsoleChat(out, folder);

    send(console, new Reply.Document(1, new byte[] {7}, "../../escape.txt", ""));
    send(console, new Reply.Document(1, new byte[] {8}, "..", ""));

    try (var saved = Files.list(folder)) {
      assertEquals(List.of(".._.._escape.txt", "file"), saved.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var inDir = Files.list(dir)) {
      assertEquals(List.of(folder), inDir.toList());
    }
  }

  @Test
  void aFileThatCannotBeSavedIsReportedAndTheCaptionStillShown() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");
    ConsoleChat console = new ConsoleChat(out, notAFolder);

    Outcome outcome = send(console, new Reply.Photo(1, new byte[] {1}, "p.png", "Your chart", List.of()));

    assertEquals(Outcome.FAILED, outcome);
    assertTrue(printed().contains("Your chart"), printed());
    assertTrue(printed().contains("could not be saved"), printed());
  }

  @Test
  void theFolderSitsBesideTheDatabase() {
    assertEquals(dir.resolve("data/movebot-files").toAbsolutePath(), ConsoleChat.filesBeside(dir.resolve("data/movebot.db")));
  }
}
