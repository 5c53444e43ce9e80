package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeCheckTest {
  @TempDir Path dir;

  @BeforeEach
  void copySample() {
    SampleKnowledge.copyTo(dir);
  }

  private List<KnowledgeProblem> problems() {
    return KnowledgeBase.check(dir);
  }

  /** The only problem reported, which must be an error in {@code file} about {@code where}. */
  private KnowledgeProblem onlyError(String file, String where) {
    List<KnowledgeProblem> problems = problems();
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    KnowledgeProblem problem = problems.get(0);
    assertTrue(problem.isError(), problem::toString);
    assertEquals(dir.resolve(file).toString(), problem.file());
    assertEquals(where, problem.where());
    return problem;
  }

  private static void assertReason(String expectedPart, KnowledgeProblem problem) {
    assertTrue(problem.reason().contains(expectedPart),
        () -> "'" + expectedPart + "' not in: " + problem);
  }

  @Test
  void theSampleHasNoProblems() {
    assertEquals(List.of(), problems());
  }

  @Test
  void aMissingFileIsAnError() throws Exception {
    Files.delete(dir.resolve("faq.json"));
    assertReason("not found", onlyError("faq.json", "file"));
  }

  @Test
  void invalidJsonNamesLineAndColumn() {
    SampleKnowledge.write(dir, "faq.json", "{\n  \"sources\": [,]\n}");
    KnowledgeProblem problem = onlyError("faq.json", "line 2, column 15");
    assertReason("not valid JSON", problem);
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    Path faq = dir.resolve("faq.json");
    Files.writeString(faq, "\uFEFF" + Files.readString(faq));
    assertEquals(List.of(), problems());
  }

  @Test
  void aDuplicateKeyIsAnError() {
    SampleKnowledge.write(dir, "faq.json",
        "{\"sources\": [], \"topics\": [], \"entries\": [], \"entries\": []}");
    assertReason("Duplicate field 'entries'",
        problems().stream().filter(p -> p.reason().contains("Duplicate")).findFirst()
            .orElseThrow());
  }

  @Test
  void aMissingKeyIsAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.remove("answer"));
    assertReason("answer: missing", onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void anEmptyFieldIsAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("title", "  "));
    assertReason("title: is empty", onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void anEmptyAlternateIsAnError() {
    SampleKnowledge.editEntry(dir, "posture",
        entry -> ((ArrayNode) entry.get("alternates")).add(""));
    assertReason("alternates[3]: is empty", onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void aMistypedFieldIsAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("tags", "core"));
    assertReason("tags: must be an array", onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void anEntryWithoutAnIdIsNamedByPosition() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.remove("id"));
    assertReason("id: missing", onlyError("faq.json", "entry #8"));
  }

  @Test
  void duplicateEntryIdsAreAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("id", "plank-safe"));
    assertReason("duplicate id", onlyError("faq.json", "entry 'plank-safe'"));
  }

  @Test
  void anIdThatCannotTravelInButtonDataIsAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("id", "Good Posture"));
    assertReason("lowercase letters", onlyError("faq.json", "entry 'Good Posture'"));
  }

  @Test
  void fewerThanThreeAlternatesIsAnError() {
    SampleKnowledge.editEntry(dir, "posture",
        entry -> ((ArrayNode) entry.get("alternates")).remove(0));
    assertReason("alternates: 2 given, at least 3 needed",
        onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void aTagThatIsNotATopicIsAnError() {
    SampleKnowledge.editEntry(dir, "posture",
        entry -> ((ArrayNode) entry.get("tags")).add("postrue"));
    assertReason("tags: 'postrue' is not a topic id", onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void anUnknownSourceIsAnError() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("source", "nowhere"));
    assertReason("source: 'nowhere' is not a source id",
        onlyError("faq.json", "entry 'posture'"));
  }

  @Test
  void aSourceWithoutAFileIsAnError() {
    SampleKnowledge.editJson(dir, "faq.json",
        root -> ((ObjectNode) root.get("sources").get(0)).remove("file"));
    assertReason("file: missing", onlyError("faq.json", "source 'science'"));
  }

  @Test
  void anAnswerLongerThanOneMessageAfterEscapingIsAnError() {
    // 1100 characters, but 4400 once each '<' becomes "&lt;".
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("answer", "<".repeat(1100)));
    KnowledgeProblem problem = onlyError("faq.json", "entry 'posture'");
    assertReason("answer: the message would be", problem);
    assertReason("over Telegram's 4096", problem);
  }

  @Test
  void aLongAnswerIsOnlyAWarning() throws Exception {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("answer", "Move. ".repeat(200)));
    List<KnowledgeProblem> problems = problems();
    assertEquals(1, problems.size(), problems::toString);
    assertFalse(problems.get(0).isError());
    assertReason("long for a chat", problems.get(0));
    KnowledgeBase.load(dir);
  }

  @Test
  void anAlternateThatAnotherEntryAlsoHasIsAnError() {
    // Differs from walking-helps' title only in case and punctuation.
    SampleKnowledge.editEntry(dir, "posture",
        entry -> ((ArrayNode) entry.get("alternates")).add("does WALKING help back-pain"));
    KnowledgeProblem problem = onlyError("faq.json", "entry 'posture'");
    assertReason("alternates[3]: 'does WALKING help back-pain' is also a phrasing of entry "
        + "'walking-helps'", problem);
  }

  @Test
  void aPhrasingUsingANotCoveredWordIsAWarning() {
    SampleKnowledge.editJson(dir, "faq.json",
        root -> root.putArray("not_covered").add("mattress").add("x-ray"));
    SampleKnowledge.editEntry(dir, "posture", entry -> ((ArrayNode) entry.get("alternates"))
        .add("does my posture change on soft mattresses").add("posture on an X-ray"));
    List<KnowledgeProblem> problems = problems();
    assertEquals(2, problems.size(), problems::toString);
    assertFalse(problems.get(0).isError());
    assertReason("alternates[3]: 'does my posture change on soft mattresses' uses 'mattress'",
        problems.get(0));
    assertReason("uses 'x-ray', which not_covered lists", problems.get(1));
  }

  @Test
  void anUnknownKeyIsAWarning() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("tagz", "core"));
    List<KnowledgeProblem> problems = problems();
    assertEquals(1, problems.size(), problems::toString);
    assertFalse(problems.get(0).isError());
    assertReason("unknown key 'tagz'", problems.get(0));
  }

  @Test
  void aPatternThatDoesNotCompileIsAnError() {
    SampleKnowledge.editJson(dir, "red_flags.json", root -> ((ArrayNode)
        root.get("flags").get(1).get("patterns")).add("(fever"));
    KnowledgeProblem problem = onlyError("red_flags.json", "flag 'fever'");
    assertReason("patterns[2]: '(fever' does not compile", problem);
  }

  @Test
  void aPatternThatMatchesEveryMessageIsAnError() {
    SampleKnowledge.editJson(dir, "red_flags.json", root -> ((ArrayNode)
        root.get("flags").get(1).get("patterns")).add("(fever)?"));
    assertReason("matches the empty string", onlyError("red_flags.json", "flag 'fever'"));
  }

  @Test
  void aFlagWithoutPatternsIsAnError() {
    SampleKnowledge.editJson(dir, "red_flags.json", root -> ((ObjectNode)
        root.get("flags").get(1)).putArray("patterns"));
    assertReason("patterns: is empty", onlyError("red_flags.json", "flag 'fever'"));
  }

  @Test
  void aMissingDefaultReplyIsAnError() {
    SampleKnowledge.editJson(dir, "red_flags.json", root -> root.remove("reply"));
    assertReason("reply: missing", onlyError("red_flags.json", "file"));
  }

  @Test
  void aSynonymsFileThatDoesNotParseNamesTheLine() {
    SampleKnowledge.write(
        dir, "synonyms.txt", "# comment\ntummy, belly\nsofa => couch => settee\n");
    onlyError("synonyms.txt", "line 3");
  }

  @Test
  void checkReportsEveryProblemAtOnce() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("source", "nowhere"));
    SampleKnowledge.editEntry(dir, "plank-safe", entry -> entry.remove("title"));
    SampleKnowledge.write(dir, "synonyms.txt", "a => b => c\n");
    assertEquals(3, problems().stream().filter(KnowledgeProblem::isError).count(),
        problems()::toString);
  }

  @Test
  void loadFailsWithAMessageNamingFileEntryAndReason() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("source", "nowhere"));
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(dir));
    assertEquals("error: " + dir.resolve("faq.json") + ": entry 'posture': source: 'nowhere' "
        + "is not a source id", e.getMessage());
  }

  @Test
  void loadListsEveryErrorInItsMessage() {
    SampleKnowledge.editEntry(dir, "posture", entry -> entry.put("source", "nowhere"));
    SampleKnowledge.editEntry(dir, "plank-safe", entry -> entry.remove("title"));
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(dir));
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("2 problems in the knowledge files:\n"), e::getMessage);
    assertTrue(e.getMessage().contains("entry 'plank-safe': title: missing"), e::getMessage);
  }
}
