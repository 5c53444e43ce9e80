package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import movebot.faq.Answer;
import movebot.faq.KnowledgeException;
import movebot.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge read first and indexed afterwards, as {@code movebot run} does at start-up. */
class LibraryIndexingTest {
  static final Path CONFIG = Path.of("config");
  static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void aQuestionAskedBeforeTheIndexIsBuiltWaitsForItAndGetsItsAnswer() throws Exception {
    AnswerDesk.Library library = AnswerDesk.Library.read(CONFIG);
    AnswerDesk desk = new AnswerDesk(CONFIG, library, null);
    CompletableFuture<AnswerDesk.Lookup> asked = new CompletableFuture<>();
    Thread asker = new Thread(() -> asked.complete(desk.lookup(7, "how long should I walk?")), "asker");
    asker.start();

    Eventually.await(() -> waitsForTheIndex(asker), WAIT, "the question waits for the index");
    assertFalse(asked.isDone());
    library.index();

    AnswerDesk.Lookup lookup = asked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    AnswerDesk.Lookup whole = new AnswerDesk(CONFIG, AnswerDesk.Library.load(CONFIG), null).lookup(7, "how long should I walk?");
    assertEquals(Answer.Kind.ANSWER, lookup.answer().kind());
    assertEquals(whole.reply(), lookup.reply());
  }

  @Test
  void readingFindsTheErrorsThatLoadingFinds() throws Exception {
    try (var files = Files.list(CONFIG)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Files.writeString(dir.resolve("faq.json"), "{\"sources\": [");

    KnowledgeException read = assertThrows(KnowledgeException.class, () -> AnswerDesk.Library.read(dir));
    KnowledgeException load = assertThrows(KnowledgeException.class, () -> AnswerDesk.Library.load(dir));
    assertEquals(load.getMessage(), read.getMessage());
    assertTrue(read.getMessage().contains("faq.json"), read.getMessage());
  }

  private static boolean waitsForTheIndex(Thread thread) {
    return thread.getState() == Thread.State.WAITING
        && Arrays.stream(thread.getStackTrace())
            .anyMatch(f -> f.getClassName().equals(AnswerDesk.Library.class.getName()) && f.getMethodName().equals("answerer"));
  }
}
