package movebot.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers chat messages from a {@link KnowledgeBase}. Built once at start-up (it indexes the base
 * in memory, which takes a moment) and then shared: {@link #answer} is safe to call from any
 * number of threads at once.
 *
 * <p>A message goes through two steps. Red flags first, and they win: someone describing numbness
 * in the groin must hear "see a doctor", however well their words also match an exercise entry.
 * Then the search, whose best entry is the answer only if {@link ConfidenceRule} trusts it.
 */
public final class Answerer {
  private final KnowledgeBase base;
  private final Ranker ranker;
  private final ConfidenceRule rule;

  public Answerer(KnowledgeBase base) {
    this(base, Tuning.DEFAULT);
  }

  Answerer(KnowledgeBase base, Tuning tuning) {
    this.base = base;
    FaqIndex index = FaqIndex.build(base, tuning);
    this.ranker = new Ranker(index, EntryClassifier.train(base, index, tuning), tuning);
    this.rule = new ConfidenceRule(tuning);
  }

  /** What to reply to {@code message}; never null, whatever the message. */
  public Answer answer(String message) {
    String text = message == null ? "" : message;
    Optional<RedFlag> flag = base.redFlags().match(text);
    if (flag.isPresent()) {
      return Answer.safety(flag.get());
    }
    return decide(ranker.rank(text));
  }

  /** The ranking behind {@link #answer}, red flags aside: for calibration and diagnosis. */
  Ranker.Ranking rank(String message) {
    return ranker.rank(message == null ? "" : message);
  }

  private Answer decide(Ranker.Ranking ranking) {
    List<Ranker.Candidate> candidates = ranking.candidates();
    if (rule.answers(ranking)) {
      FaqEntry entry = entryAt(candidates.get(0));
      return Answer.answer(entry, score(ranking), related(entry, candidates));
    }
    List<FaqEntry> close = new ArrayList<>();
    for (Ranker.Candidate candidate : candidates) {
      if (rule.suggests(candidate) && close.size() < Answer.MAX_SUGGESTIONS) {
        close.add(entryAt(candidate));
      }
    }
    return Answer.noMatch(score(ranking), close);
  }

  /**
   * The runner-up when it came close (if the answer is the wrong one, it is the likely right
   * one), then the entries sharing the answer's topics, then, should an entry have fewer than
   * two topic neighbours, the other entries the search found.
   */
  private List<FaqEntry> related(FaqEntry entry, List<Ranker.Candidate> candidates) {
    List<FaqEntry> related = new ArrayList<>(Answer.MAX_SUGGESTIONS);
    if (candidates.size() > 1 && rule.suggests(candidates.get(1))) {
      related.add(entryAt(candidates.get(1)));
    }
    for (FaqEntry other : base.related(entry, Answer.MAX_SUGGESTIONS)) {
      addIfRoom(related, other, Answer.MAX_SUGGESTIONS);
    }
    for (int i = 1; i < candidates.size(); i++) {
      addIfRoom(related, entryAt(candidates.get(i)), 2);
    }
    return related;
  }

  private static void addIfRoom(List<FaqEntry> related, FaqEntry entry, int room) {
    if (related.size() < room && !related.contains(entry)) {
      related.add(entry);
    }
  }

  // Confidence can pass 1 when the answer text adds to a full match; the score stops at 1.
  private static double score(Ranker.Ranking ranking) {
    return Math.min(1.0, ranking.confidence(0));
  }

  private FaqEntry entryAt(Ranker.Candidate candidate) {
    return base.entries().get(candidate.entry());
  }
}
