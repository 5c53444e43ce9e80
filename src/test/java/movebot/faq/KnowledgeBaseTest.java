package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private final KnowledgeBase base = SampleKnowledge.load();

  private static List<String> ids(List<FaqEntry> entries) {
    return entries.stream().map(FaqEntry::id).toList();
  }

  @Test
  void loadsEntriesInFileOrder() {
    assertEquals(12, base.entries().size());
    assertEquals("walking-helps", base.entries().get(0).id());
    assertEquals("fear-of-movement", base.entries().get(11).id());
  }

  @Test
  void findsEntriesById() {
    assertEquals("How do I stretch my hamstrings?",
        base.byId("hamstring-stretch").orElseThrow().title());
    assertTrue(base.byId("no-such-entry").isEmpty());
  }

  @Test
  void listsTopicsInFileOrder() {
    assertEquals(List.of("walking", "core", "stretching", "sitting", "pain"),
        base.topics().stream().map(Topic::id).toList());
  }

  @Test
  void listsTheEntriesOfATopic() {
    assertEquals(List.of("walking-helps", "walking-how-much", "aerobic-exercise"),
        ids(base.inTopic("walking")));
    assertEquals(List.of(), base.inTopic("no-such-topic"));
  }

  @Test
  void namesTheSourceOfAnEntry() {
    Source source = base.source(base.byId("posture").orElseThrow());
    assertEquals("The Science Behind Exercise and Its Role in Alleviating Back Pain",
        source.title());
  }

  @Test
  void refusesTheSourceOfAForeignEntry() {
    FaqEntry foreign = new FaqEntry("posture", "Other title", List.of("a", "b", "c"), "answer",
        List.of("core"), "science");
    assertThrows(IllegalArgumentException.class, () -> base.source(foreign));
  }

  @Test
  void relatedEntriesShareATagMostSharedFirstThenInFileOrder() {
    KnowledgeBase tagged = new KnowledgeBase(
        List.of(new Source("s", "Source", "s.txt")),
        List.of(new Topic("x", "X"), new Topic("y", "Y"), new Topic("z", "Z")),
        List.of(entry("a", "x"), entry("b", "y"), entry("c", "z"), entry("d", "x", "y"),
            entry("e", "x"), entry("target", "x", "y")),
        Synonyms.NONE,
        new RedFlags(List.of()));
    FaqEntry target = tagged.byId("target").orElseThrow();
    assertEquals(List.of("d", "a", "b", "e"), ids(tagged.related(target, 5)));
    assertEquals(List.of("d", "a"), ids(tagged.related(target, 2)));
  }

  private static FaqEntry entry(String id, String... tags) {
    return new FaqEntry(id, "Title " + id, List.of("one " + id, "two " + id, "three " + id),
        "Answer " + id, List.of(tags), "s");
  }

  @Test
  void relatedEntriesNeverIncludeTheEntryItself() {
    FaqEntry entry = base.byId("stretch-hold").orElseThrow();
    assertEquals(List.of("hamstring-stretch"), ids(base.related(entry, 3)));
  }
}
