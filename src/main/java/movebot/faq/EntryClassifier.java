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
   * {@link Tuning#likelihoodWeight()} at 0.5, measured on dev3, dev7 and dev12 (888 answerable questions
   * outside the examples): 1 gained 10 right answers, 3 gained 18, 10 gained 20, 30 gained 15.
   */
  private static final double COST = 10;

  // LIBLINEAR's stopping tolerance for logistic regression; its own default.
  private static final double TOLERANCE = 0.01;

  // A constant feature on every phrasing, so that each entry learns an intercept: how often
  // questions ask for it at all.
  private static final double BIAS = 1;

  static {
    // LIBLINEAR reports each training step on standard output by default.
    Linear.disableDebugOutput();
  }

  private final Model model;
  private final Map<String, Integer> featureOfTerm;
  private final int[] entryOfClass;
  private final int entries;
  private final float contextShare;

  private EntryClassifier(Model model, Map<String, Integer> featureOfTerm, int[] entryOfClass,
      int entries, float contextShare) {
    this.model = model;
    this.featureOfTerm = featureOfTerm;
    this.entryOfClass = entryOfClass;
    this.entries = entries;
    this.contextShare = contextShare;
  }

  /**
   * Learns from every phrasing and example of {@code base}, each read as a question is (see
   * {@link QuestionTerms}); untrained when the base has no examples.
   */
  static EntryClassifier train(KnowledgeBase base, FaqIndex index, Tuning tuning) {
    List<String> texts = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<FaqEntry> all = base.entries();
    boolean examples = !base.offTopicExamples().isEmpty();
    for (int i = 0; i < all.size(); i++) {
      FaqEntry entry = all.get(i);
      examples |= !base.examples(entry).isEmpty();
      addAll(texts, labels, entry.phrasings(), i);
      addAll(texts, labels, base.examples(entry), i);
    }
    addAll(texts, labels, base.offTopicExamples(), all.size());
    if (!examples) {
      return untrained(all.size());
    }
    Map<String, Integer> featureOfTerm = new HashMap<>();
    List<QuestionTerms.Resolved> resolved = new ArrayList<>(texts.size());
    for (String text : texts) {
      QuestionTerms.Resolved terms = QuestionTerms.resolve(text, index, tuning);
      for (QuestionTerms.Found found : terms.found()) {
        featureOfTerm.putIfAbsent(found.term().text(), featureOfTerm.size() + 1);
      }
      resolved.add(terms);
    }
    List<Feature[]> x = new ArrayList<>(texts.size());
    List<Integer> y = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Feature[] features = features(resolved.get(i), featureOfTerm, tuning.contextShare());
      if (features.length > 1) { // more than the bias: a phrasing of stop words teaches nothing
        x.add(features);
        y.add(labels.get(i));
      }
    }
    Problem problem = new Problem();
    problem.l = x.size();
    problem.n = featureOfTerm.size() + 1;
    problem.bias = BIAS;
    problem.x = x.toArray(new Feature[0][]);
    problem.y = y.stream().mapToDouble(Integer::doubleValue).toArray();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, TOLERANCE));
    // Labels are entry positions; LIBLINEAR numbers its classes in the order it met them.
    return new EntryClassifier(model, Map.copyOf(featureOfTerm), model.getLabels(), all.size(),
        tuning.contextShare());
  }

  private static EntryClassifier untrained(int entries) {
    return new EntryClassifier(null, Map.of(), new int[0], entries, 1f);
  }

  private static void addAll(List<String> texts, List<Integer> labels, List<String> more,
      int label) {
    for (String text : more) {
      texts.add(text);
      labels.add(label);
    }
  }

  /** Whether this classifier learnt anything: not without examples. */
  boolean trained() {
    return model != null;
  }

  /**
   * How likely each entry is to be the one asked for, by position in {@link
   * KnowledgeBase#entries()}, the questions the base does not answer last; the likelihoods sum
   * to 1. All zero when untrained, or when the base knows none of the question's words.
   */
  double[] likelihoods(QuestionTerms.Resolved terms) {
    double[] byEntry = new double[entries + 1];
    if (model == null) {
      return byEntry;
    }
    Feature[] features = features(terms, featureOfTerm, contextShare);
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
   * The question's words the classifier knows, by feature number, each weighted as search weighs
   * it (a corrected word less, a word of the story around the question less), then the bias.
   */
  private static Feature[] features(QuestionTerms.Resolved terms,
      Map<String, Integer> featureOfTerm, float contextShare) {
    List<FeatureNode> nodes = new ArrayList<>(terms.found().size() + 1);
    for (QuestionTerms.Found found : terms.found()) {
      Integer feature = featureOfTerm.get(found.term().text());
      if (feature != null) {
        nodes.add(new FeatureNode(feature,
            found.weight() * (found.asked() ? 1f : contextShare)));
      }
    }
    // LIBLINEAR wants features in ascending order, and the bias as the last one.
    nodes.sort((a, b) -> Integer.compare(a.index, b.index));
    nodes.add(new FeatureNode(featureOfTerm.size() + 1, BIAS));
    return nodes.toArray(new Feature[0]);
  }
}
