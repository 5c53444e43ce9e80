package movebot.faq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated knowledge in a config directory: {@code faq.json} (sources, topics, entries),
 * {@code synonyms.txt} and {@code red_flags.json}. Immutable and safe to share between threads.
 */
public final class KnowledgeBase {
  private final Map<String, Source> sources;
  private final List<Topic> topics;
  private final List<FaqEntry> entries;
  private final Map<String, Integer> positions;
  private final Synonyms synonyms;
  private final RedFlags redFlags;

  KnowledgeBase(List<Source> sources, List<Topic> topics, List<FaqEntry> entries,
      Synonyms synonyms, RedFlags redFlags) {
    this.sources = new LinkedHashMap<>();
    for (Source source : sources) {
      this.sources.put(source.id(), source);
    }
    this.topics = List.copyOf(topics);
    this.entries = List.copyOf(entries);
    this.positions = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      FaqEntry entry = this.entries.get(i);
      if (positions.put(entry.id(), i) != null) {
        throw new IllegalArgumentException("duplicate entry id '" + entry.id() + "'");
      }
      if (!this.sources.containsKey(entry.sourceId())) {
        throw new IllegalArgumentException("entry '" + entry.id() + "' cites unknown source '"
            + entry.sourceId() + "'");
      }
    }
    this.synonyms = synonyms;
    this.redFlags = redFlags;
  }

  /**
   * Reads and validates the knowledge files in {@code configDir}.
   *
   * @throws KnowledgeException listing every error {@link #check} would report
   */
  public static KnowledgeBase load(Path configDir) throws KnowledgeException {
    Problems problems = new Problems();
    Optional<KnowledgeBase> base = read(configDir, problems);
    if (base.isEmpty()) {
      throw new KnowledgeException(problems.errors());
    }
    return base.get();
  }

  /**
   * Every problem in the knowledge files of {@code configDir}, errors and warnings, in file
   * order; empty when all is well. {@link #load} fails exactly when this holds an error.
   */
  public static List<KnowledgeProblem> check(Path configDir) {
    Problems problems = new Problems();
    read(configDir, problems);
    return problems.all();
  }

  private static Optional<KnowledgeBase> read(Path configDir, Problems problems) {
    Path faqFile = configDir.resolve(FaqFile.NAME);
    Optional<FaqFile.Content> faq = FaqFile.read(faqFile, problems);
    faq.ifPresent(content -> FaqRules.check(faqFile, content, problems));
    Optional<Synonyms> synonyms =
        SynonymsFile.read(configDir.resolve(SynonymsFile.NAME), problems);
    Optional<RedFlags> redFlags =
        RedFlagsFile.read(configDir.resolve(RedFlagsFile.NAME), problems);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    FaqFile.Content content = faq.orElseThrow();
    return Optional.of(new KnowledgeBase(content.sources(), content.topics(), content.entries(),
        synonyms.orElseThrow(), redFlags.orElseThrow()));
  }

  /** All entries, in file order. */
  public List<FaqEntry> entries() {
    return entries;
  }

  public Optional<FaqEntry> byId(String id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(entries.get(position));
  }

  /** All topics, in file order. */
  public List<Topic> topics() {
    return topics;
  }

  /** The entries tagged with {@code topicId}, in file order; empty for an unknown topic. */
  public List<FaqEntry> inTopic(String topicId) {
    return entries.stream().filter(entry -> entry.tags().contains(topicId)).toList();
  }

  /** The article {@code entry} is drawn from. */
  public Source source(FaqEntry entry) {
    Source source = sources.get(entry.sourceId());
    if (source == null || !byId(entry.id()).filter(entry::equals).isPresent()) {
      throw new IllegalArgumentException("entry '" + entry.id() + "' is not in this base");
    }
    return source;
  }

  /**
   * Up to {@code max} other entries sharing a tag with {@code entry}: those sharing more tags
   * first, then in file order, so the same entry always offers the same buttons.
   */
  public List<FaqEntry> related(FaqEntry entry, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
    List<FaqEntry> sharing = new ArrayList<>();
    for (FaqEntry other : entries) {
      if (!other.id().equals(entry.id()) && sharedTags(entry, other) > 0) {
        sharing.add(other);
      }
    }
    // List.sort is stable: equal counts keep file order.
    sharing.sort(Comparator.comparingInt((FaqEntry other) -> sharedTags(entry, other)).reversed());
    return List.copyOf(sharing.subList(0, Math.min(max, sharing.size())));
  }

  private static int sharedTags(FaqEntry a, FaqEntry b) {
    int shared = 0;
    for (String tag : a.tags()) {
      if (b.tags().contains(tag)) {
        shared++;
      }
    }
    return shared;
  }

  /** Position of the entry with {@code id} in {@link #entries()}, or -1. */
  int position(String id) {
    return positions.getOrDefault(id, -1);
  }

  Synonyms synonyms() {
    return synonyms;
  }

  RedFlags redFlags() {
    return redFlags;
  }
}
