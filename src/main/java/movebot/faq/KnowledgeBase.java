package movebot.faq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated knowledge in a config directory: {@code faq.json} (sources, topics, entries),
 * {@code synonyms.txt}, {@code red_flags.json} and, optionally, {@code examples.json}. Immutable
 * and safe to share between threads.
 */
public final class KnowledgeBase {
  private final Map<String, Source> sources;
  private final List<Topic> topics;
  private final List<FaqEntry> entries;
  private final Map<String, Integer> positions;
  private final Map<String, int[]> positionsByTag;
  private final Synonyms synonyms;
  private final RedFlags redFlags;
  private final List<String> notCovered;
  private final Map<String, List<String>> examples;

  KnowledgeBase(List<Source> sources, List<Topic> topics, List<FaqEntry> entries,
      Synonyms synonyms, RedFlags redFlags) {
    this(sources, topics, entries, synonyms, redFlags, List.of(), Map.of());
  }

  KnowledgeBase(List<Source> sources, List<Topic> topics, List<FaqEntry> entries,
      Synonyms synonyms, RedFlags redFlags, List<String> notCovered,
      Map<String, List<String>> examples) {
    this.notCovered = List.copyOf(notCovered);
    this.examples = Map.copyOf(examples);
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
    for (String id : this.examples.keySet()) {
      if (!positions.containsKey(id) && !id.equals(ExamplesFile.OFF_TOPIC)) {
        throw new IllegalArgumentException("examples for unknown entry '" + id + "'");
      }
    }
    this.positionsByTag = positionsByTag(this.entries);
    this.synonyms = synonyms;
    this.redFlags = redFlags;
  }

  private static Map<String, int[]> positionsByTag(List<FaqEntry> entries) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String tag : new LinkedHashSet<>(entries.get(i).tags())) {
        lists.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> positions = new HashMap<>();
    lists.forEach((tag, list) -> positions.put(tag,
        list.stream().mapToInt(Integer::intValue).toArray()));
    return positions;
  }

  /**
   * Reads and validates the knowledge files in {@code configDir}.
   *
   * @throws KnowledgeException listing every error {@link #check} would report
   */
  public static KnowledgeBase load(Path configDir) throws KnowledgeException {
    Problems problems = new Problems();
    Optional<KnowledgeBase> base = read(configDir, problems, false);
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
    read(configDir, problems, true);
    return problems.all();
  }

  /**
   * @param thorough whether to look for examples that trip a red flag, a warning that takes
   *     every example through every red-flag pattern: a quarter of a second at start-up, where
   *     warnings are not shown, so only {@link #check} looks
   */
  private static Optional<KnowledgeBase> read(
      Path configDir, Problems problems, boolean thorough) {
    Path faqFile = configDir.resolve(FaqFile.NAME);
    Optional<FaqFile.Content> faq = FaqFile.read(faqFile, problems);
    Map<String, String> phrasingOwners =
        faq.map(content -> FaqRules.check(faqFile, content, problems)).orElse(Map.of());
    Optional<Synonyms> synonyms =
        SynonymsFile.read(configDir.resolve(SynonymsFile.NAME), problems);
    Optional<RedFlags> redFlags =
        RedFlagsFile.read(configDir.resolve(RedFlagsFile.NAME), problems);
    Optional<Map<String, List<String>>> examples = faq.flatMap(content -> ExamplesFile.read(
        configDir.resolve(ExamplesFile.NAME), content.entries(), phrasingOwners,
        thorough ? redFlags : Optional.empty(), problems));
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    FaqFile.Content content = faq.orElseThrow();
    return Optional.of(new KnowledgeBase(content.sources(), content.topics(), content.entries(),
        synonyms.orElseThrow(), redFlags.orElseThrow(), content.notCovered(),
        examples.orElseThrow()));
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
    int[] tagged = positionsByTag.getOrDefault(topicId, new int[0]);
    List<FaqEntry> inTopic = new ArrayList<>(tagged.length);
    for (int position : tagged) {
      inTopic.add(entries.get(position));
    }
    return List.copyOf(inTopic);
  }

  /** The article {@code entry} is drawn from. */
  public Source source(FaqEntry entry) {
    Source source = sources.get(entry.sourceId());
    if (source == null || !byId(entry.id()).filter(entry::equals).isPresent()) {
      throw new IllegalArgumentException("entry '" + entry.id() + "' is not in this base");
    }
    return source;
  }

  /** A source by its id, for content outside the FAQ (prompts, tips) that names one. */
  public Optional<Source> sourceById(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Up to {@code max} other entries sharing a tag with {@code entry}: those sharing more tags
   * first, then in file order, so the same entry always offers the same buttons.
   */
  public List<FaqEntry> related(FaqEntry entry, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
    int self = position(entry.id());
    List<int[]> lists = new ArrayList<>();
    for (String tag : new LinkedHashSet<>(entry.tags())) {
      int[] positions = positionsByTag.get(tag);
      if (positions != null) {
        lists.add(positions);
      }
    }
    // Walks the tags' position lists together, in file order, once per number of shared tags
    // from all of them down to one: no pass over the whole base, which may be large.
    List<FaqEntry> related = new ArrayList<>(Math.min(max, 16));
    for (int shared = lists.size(); shared >= 1 && related.size() < max; shared--) {
      int[] cursors = new int[lists.size()];
      while (related.size() < max) {
        int next = Integer.MAX_VALUE;
        for (int i = 0; i < lists.size(); i++) {
          if (cursors[i] < lists.get(i).length) {
            next = Math.min(next, lists.get(i)[cursors[i]]);
          }
        }
        if (next == Integer.MAX_VALUE) {
          break;
        }
        int count = 0;
        for (int i = 0; i < lists.size(); i++) {
          if (cursors[i] < lists.get(i).length && lists.get(i)[cursors[i]] == next) {
            count++;
            cursors[i]++;
          }
        }
        if (count == shared && next != self) {
          related.add(entries.get(next));
        }
      }
    }
    return List.copyOf(related);
  }

  /** Position of the entry with {@code id} in {@link #entries()}, or -1. */
  int position(String id) {
    return positions.getOrDefault(id, -1);
  }

  Synonyms synonyms() {
    return synonyms;
  }

  /**
   * Words naming things the base deliberately does not cover (medicines, scans, products,
   * prices): in a question they count as words the base does not know, even where an answer
   * happens to use them, and are never "corrected" to a word it does know.
   */
  List<String> notCovered() {
    return notCovered;
  }

  RedFlags redFlags() {
    return redFlags;
  }

  /** Questions people asked that {@code entry} answers, as typed (see {@link ExamplesFile}). */
  List<String> examples(FaqEntry entry) {
    return examples.getOrDefault(entry.id(), List.of());
  }

  /** Questions people asked that the base does not answer (see {@link ExamplesFile}). */
  List<String> offTopicExamples() {
    return examples.getOrDefault(ExamplesFile.OFF_TOPIC, List.of());
  }
}
