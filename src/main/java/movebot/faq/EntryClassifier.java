package movebot.faq;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * How likely each entry is to be the one a question asks for, learnt from how people ask: a
 * logistic regression (LIBLINEAR, one entry against the rest) over the words of every title,
 * alternate and example, each labelled with its entry. The examples of questions the base does
 * not answer are one class more.
 *
 * <p>Search scores how well an entry's closest phrasings meet a question's words, each word
 * weighted by how rare it is in the whole base. Which words tell two close entries apart is
 * another matter: "how long should I walk" and "how often should I walk" share all but one
 * word, and the examples of each show which words people use for which. Trained on the entries'
 * titles and alternates alone it helps less than half as much (on the sets measured at {@link
 * #COST}, 9 more right answers against 20), and training grows with entries times phrasings, so a
 * base without examples, the synthetic 10,000-entry base of the latency benchmark among them, is
 * ranked by search alone.
 */
final class EntryClassifier {
  /** Ranks by search alone; for a base of any size, since {@link Ranker} asks it nothing. */
  static final EntryClassifier NONE = untrained(0);

  /**
   * LIBLINEAR's cost of a misclassified phrasing: higher fits the examples more closely. With
   * {@link Tuning#likelihoodWeight()} at 0.5, measured on dev3, dev7 and dev12 (888 answerable
   * questions outside the examples), before pairs of words were read and with LIBLINEAR's primal
   * solver: 1 gained 10 right answers, 3 gained 18, 10 gained 20, 30 gained 15.
   */
  private static final double COST = 10;

  /**
   * When LIBLINEAR's dual solver for logistic regression stops. Its default, 0.1, and 0.5 give
   * the same answers on the sets measured at {@link #COST}, 1 one fewer right; 0.5 trains in
   * 0.66 s where 0.1 takes 0.91 s and the primal solver (at its default, 0.01) 1.25 s.
   */
  private static final double TOLERANCE = 0.5;

  /**
   * How much a pair of neighbouring words counts, as written and stop words included: "how
   * much", "why does" and "what is" say what kind of answer is wanted, and search drops their
   * stop words. On the sets measured at {@link #COST}, right answers gained 20 without pairs, 25
   * at 0.3, 23 at 0.2 and at 0.6.
   */
  private static final float PAIR_WEIGHT = 0.3f;

  // A constant feature on every phrasing, so that each entry learns an intercept: how often
  // questions ask for it at all.
  private static final double BIAS = 1;

  // The words as written, for the pairs.
  private static final Analyzer SURFACE = FaqAnalysis.surface();

  static {
    // LIBLINEAR reports each training step on standard output by default.
    Linear.disableDebugOutput();
  }

  private final Model model;
  private final Map<String, Integer> featureOfWord;
  private final int[] entryOfClass;
  private final int entries;
  private final float contextShare;

  private EntryClassifier(Model model, Map<String, Integer> featureOfWord, int[] entryOfClass,
      int entries, float contextShare) {
    this.model = model;
    this.featureOfWord = featureOfWord;
    this.entryOfClass = entryOfClass;
    this.entries = entries;
    this.contextShare = contextShare;
  }

  /**
   * Learns from every phrasing document of {@code index} (titles, alternates and examples), each
   * read as a question is (see {@link QuestionTerms}) and labelled with its entry; untrained when
   * {@code base} has no examples.
   */
  static EntryClassifier train(KnowledgeBase base, FaqIndex index, Tuning tuning) {
    List<FaqEntry> all = base.entries();
    if (base.offTopicExamples().isEmpty()
        && all.stream().allMatch(entry -> base.examples(entry).isEmpty())) {
      return untrained(all.size());
    }
    Map<String, Integer> featureOfWord = new HashMap<>();
    List<Map<String, Float>> words = new ArrayList<>(index.phrasingCount());
    for (int doc = 0; doc < index.phrasingCount(); doc++) {
      String text = index.phrasingText(doc);
      Map<String, Float> each =
          words(text, QuestionTerms.resolve(text, index, tuning), tuning.contextShare());
      for (String word : each.keySet()) {
        featureOfWord.putIfAbsent(word, featureOfWord.size() + 1);
      }
      words.add(each);
    }
    List<Feature[]> x = new ArrayList<>(words.size());
    List<Integer> y = new ArrayList<>(words.size());
    for (int doc = 0; doc < words.size(); doc++) {
      Feature[] features = features(words.get(doc), featureOfWord);
      if (features.length > 1) { // more than the bias: a phrasing of stop words teaches nothing
        x.add(features);
        y.add(index.entryOfPhrasing(doc));
      }
    }
    Problem problem = new Problem();
    problem.l = x.size();
    problem.n = featureOfWord.size() + 1;
    problem.bias = BIAS;
    problem.x = x.toArray(new Feature[0][]);
    problem.y = y.stream().mapToDouble(Integer::doubleValue).toArray();
    Model model = fit(problem);
    // Labels are entry positions; LIBLINEAR numbers its classes in the order it met them.
    return new EntryClassifier(model, Map.copyOf(featureOfWord), model.getLabels(), all.size(),
        tuning.contextShare());
  }

  /**
   * The dual solver visits the phrasings in a random order; each {@link Parameter} brings its
   * own generator with a fixed seed, so the same files always train the same classifier.
   */
  private static Model fit(Problem problem) {
    return Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, COST, TOLERANCE));
  }

  private static EntryClassifier untrained(int entries) {
    return new EntryClassifier(null, Map.of(), new int[0], entries, 1f);
  }

  /** Whether this classifier learnt anything: not without examples. */
  boolean trained() {
    return model != null;
  }

  /**
   * How likely each entry is to be the one {@code question} asks for, by position in {@link
   * KnowledgeBase#entries()}, the questions the base does not answer last; the likelihoods sum
   * to 1. All zero when untrained, or when the classifier knows none of the question's words.
   *
   * @param terms the question's words as search resolved them
   */
  double[] likelihoods(String question, QuestionTerms.Resolved terms) {
    double[] byEntry = new double[entries + 1];
    if (model == null) {
      return byEntry;
    }
    Feature[] features = features(words(question, terms, contextShare), featureOfWord);
    if (features.length == 1) {
      return byEntry;
    }
    double[] byClass = new double[model.getNrClass()];
    Linear.predictProbability(model, features, byClass);
    for (int k = 0; k < byClass.length; k++) {
      byEntry[entryOfClass[k]] = byClass[k];
    }
    return byEntry;
  }

  /**
   * What the classifier reads in a question: the words search found, each weighted as search
   * weighs it (a corrected word less, a word of the story around the question less), and each
   * pair of neighbouring words as written, at {@link #PAIR_WEIGHT}.
   */
  private static Map<String, Float> words(
      String text, QuestionTerms.Resolved terms, float contextShare) {
    Map<String, Float> words = new HashMap<>();
    for (QuestionTerms.Found found : terms.found()) {
      words.put(found.term().text(), found.weight(contextShare));
    }
    List<String> surface = FaqAnalysis.terms(SURFACE, FaqIndex.PHRASE, text);
    for (int i = 1; i < surface.size(); i++) {
      // A space never occurs in a single word, so a pair cannot be taken for one.
      words.put(surface.get(i - 1) + " " + surface.get(i), PAIR_WEIGHT);
    }
    return words;
  }

  /** The words the classifier knows, by feature number in ascending order, then the bias. */
  private static Feature[] features(Map<String, Float> words, Map<String, Integer> featureOfWord) {
    List<FeatureNode> nodes = new ArrayList<>(words.size() + 1);
    for (Map.Entry<String, Float> word : words.entrySet()) {
      Integer feature = featureOfWord.get(word.getKey());
      if (feature != null) {
        nodes.add(new FeatureNode(feature, word.getValue()));
      }
    }
    // LIBLINEAR wants features in ascending order, and the bias as the last one.
    nodes.sort((a, b) -> Integer.compare(a.index, b.index));
    nodes.add(new FeatureNode(featureOfWord.size() + 1, BIAS));
    return nodes.toArray(new Feature[0]);
  }
}
