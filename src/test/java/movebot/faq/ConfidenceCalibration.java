package movebot.faq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calibrates {@link Tuning}: ranks every labelled question once per set of ranking weights,
 * then tries a grid of thresholds for {@link ConfidenceRule} on the stored rankings, and prints
 * for each set of weights the thresholds that answer the most answerable questions right while
 * still refusing at least 90 % of the off-topic ones. Not a test: run it after changing the
 * analysis, the weights or the knowledge base, and copy the chosen numbers into
 * {@link Tuning#DEFAULT}.
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     movebot.faq.ConfidenceCalibration [k1 b phrase phrasings answer correction unknown common]
 * </pre>
 *
 * It calibrates on the development questions ({@code dev3-questions.jsonl}: the set kept out of
 * the base's examples; see {@link DevSetReport}), so that the labelled
 * set of {@code questions.jsonl} stays held out to measure the result; {@code -Dquestions=FILE}
 * names another file. Each optional argument is a comma-separated list of values to try, e.g.
 * {@code 0.3,0.6} for the answer boost; without arguments the current {@link Tuning#DEFAULT} is evaluated, with the
 * spread of confidences per group.
 */
public final class ConfidenceCalibration {
  /** The off-topic refusal rate to keep: the target of the design. */
  private static final double REFUSED = 0.90;

  private record Ranked(EvalQuestion question, Ranker.Ranking ranking, boolean topIsRight) {}

  public static void main(String[] args) throws Exception {
    Path project = EvalQuestion.projectDir();
    KnowledgeBase base = KnowledgeBase.load(project.resolve("config"));
    String file = System.getProperty("questions");
    List<EvalQuestion> questions =
        EvalQuestion.read(file == null ? DevSetReport.defaultFile() : Path.of(file));
    if (args.length == 0) {
      Answerer answerer = new Answerer(base, Tuning.DEFAULT);
      List<Ranked> ranked = rank(base, answerer, questions);
      spread(ranked);
      suggestions(answerer, questions, Tuning.DEFAULT);
      report(ranked, Tuning.DEFAULT);
      return;
    }
    if (args.length != 8) {
      throw new IllegalArgumentException("expected k1 b phrase phrasings answer correction"
          + " unknown common, each a list of values");
    }
    Tuning d = Tuning.DEFAULT;
    for (float k1 : floats(args[0])) {
      for (float b : floats(args[1])) {
        for (float phrase : floats(args[2])) {
          for (float phrasings : floats(args[3])) {
            for (float answer : floats(args[4])) {
              for (float correction : floats(args[5])) {
                for (float unknown : floats(args[6])) {
                  for (float common : floats(args[7])) {
                    Tuning tuning = new Tuning(k1, b, phrase, phrasings, answer, correction,
                        unknown, common, d.contextShare(), d.likelihoodWeight(), d.answerAt(),
                        d.sureAt(), d.margin(), d.suggestAt(), d.offTopicAt());
                    report(rank(base, new Answerer(base, tuning), questions), tuning);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private static float[] floats(String list) {
    String[] parts = list.split(",");
    float[] values = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Float.parseFloat(parts[i]);
    }
    return values;
  }

  private static List<Ranked> rank(
      KnowledgeBase base, Answerer answerer, List<EvalQuestion> questions) {
    List<Ranked> ranked = new ArrayList<>();
    for (EvalQuestion question : questions) {
      if (question.group() == EvalQuestion.Group.RED_FLAG) {
        continue;
      }
      Ranker.Ranking ranking = answerer.rank(question.question());
      boolean right = !ranking.candidates().isEmpty() && question.accepted().contains(
          base.entries().get(ranking.candidates().get(0).entry()).id());
      ranked.add(new Ranked(question, ranking, right));
    }
    return ranked;
  }

  private static void report(List<Ranked> ranked, Tuning tuning) {
    long answerable = ranked.stream()
        .filter(r -> r.question().group() == EvalQuestion.Group.ANSWERABLE).count();
    long rightFirst = ranked.stream().filter(Ranked::topIsRight).count();
    Tuning best = calibrate(ranked, tuning);
    double[] rates = rates(ranked, best);
    double[] current = rates(ranked, tuning);
    System.out.printf(Locale.ROOT,
        "k1 %.2f b %.2f phrase %.2f phrasings %.2f answer %.2f correction %.2f unknown %.2f"
            + " common %.2f"
            + " | ranked first %.1f%% | current %.2f/%.2f/%.2f: right %.1f%% refused %.1f%%"
            + " | best %.2f/%.2f/%.2f: right %.1f%% refused %.1f%%%n",
        tuning.k1(), tuning.b(), tuning.phraseBoost(), tuning.phrasingsBoost(),
        tuning.answerBoost(), tuning.correctionWeight(), tuning.unknownWeight(),
        tuning.commonShare(), 100.0 * rightFirst / answerable,
        tuning.answerAt(), tuning.sureAt(), tuning.margin(), 100 * current[0], 100 * current[1],
        best.answerAt(), best.sureAt(), best.margin(), 100 * rates[0], 100 * rates[1]);
  }

  private static void spread(List<Ranked> ranked) {
    List<Double> right = new ArrayList<>();
    List<Double> wrong = new ArrayList<>();
    List<Double> offTopic = new ArrayList<>();
    for (Ranked r : ranked) {
      double confidence = r.ranking().confidence(0);
      if (r.question().group() == EvalQuestion.Group.OFF_TOPIC) {
        offTopic.add(confidence);
      } else if (r.topIsRight()) {
        right.add(confidence);
      } else {
        wrong.add(confidence);
      }
    }
    System.out.println("confidence of the best entry (10th, 25th, 50th, 75th, 90th percentile):");
    System.out.println("  answerable, ranked right: " + percentiles(right));
    System.out.println("  answerable, ranked wrong: " + percentiles(wrong));
    System.out.println("  off-topic:                " + percentiles(offTopic));
  }

  /**
   * How useful the buttons of a refusal are: how often a refused answerable question still
   * offers its entry, and how often an off-topic question offers nothing at all.
   */
  private static void suggestions(
      Answerer answerer, List<EvalQuestion> questions, Tuning tuning) {
    int refused = 0;
    int offered = 0;
    int offTopic = 0;
    int nothing = 0;
    for (EvalQuestion question : questions) {
      Answer answer = answerer.answer(question.question());
      if (answer.kind() != Answer.Kind.NO_MATCH) {
        continue;
      }
      if (question.group() == EvalQuestion.Group.ANSWERABLE) {
        refused++;
        offered += answer.suggestions().stream()
            .anyMatch(e -> question.accepted().contains(e.id())) ? 1 : 0;
      } else if (question.group() == EvalQuestion.Group.OFF_TOPIC) {
        offTopic++;
        nothing += answer.suggestions().isEmpty() ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "suggestions from %.2f: %d of %d refused answerable questions"
        + " offer their entry; %d of %d refused off-topic ones offer nothing%n",
        tuning.suggestAt(), offered, refused, nothing, offTopic);
  }

  private static String percentiles(List<Double> values) {
    if (values.isEmpty()) {
      return "-";
    }
    List<Double> sorted = values.stream().sorted().toList();
    StringBuilder out = new StringBuilder();
    for (double p : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      int at = (int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()));
      out.append(String.format(Locale.ROOT, "%.2f ", sorted.get(at)));
    }
    return out.append("(n=").append(values.size()).append(")").toString();
  }

  /**
   * The thresholds on the grid answering most answerable questions right while refusing at
   * least {@link #REFUSED} of the off-topic ones; ties go to the higher refusal rate, then to
   * the lowest thresholds.
   */
  private static Tuning calibrate(List<Ranked> ranked, Tuning base) {
    double bestScore = -1;
    Tuning best = base;
    for (int answerAt = 10; answerAt <= 100; answerAt += 2) {
      for (int sureAt = answerAt; sureAt <= 150; sureAt += 5) {
        for (int margin = 0; margin <= 30; margin += 2) {
          Tuning tuning = base.withThresholds(answerAt / 100.0, sureAt / 100.0, margin / 100.0,
              Math.min(base.suggestAt(), answerAt / 100.0));
          double[] r = rates(ranked, tuning);
          double score = r[1] >= REFUSED ? r[0] + 0.001 * r[1] : -1;
          if (score > bestScore + 1e-9) {
            bestScore = score;
            best = tuning;
          }
        }
      }
    }
    return best;
  }

  /** Share of answerable questions answered right, share of off-topic ones refused. */
  private static double[] rates(List<Ranked> ranked, Tuning tuning) {
    ConfidenceRule rule = new ConfidenceRule(tuning);
    int right = 0;
    int answerable = 0;
    int refused = 0;
    int offTopic = 0;
    for (Ranked r : ranked) {
      boolean answers = rule.answers(r.ranking());
      if (r.question().group() == EvalQuestion.Group.OFF_TOPIC) {
        offTopic++;
        refused += answers ? 0 : 1;
      } else {
        answerable++;
        right += answers && r.topIsRight() ? 1 : 0;
      }
    }
    return new double[] {(double) right / answerable, (double) refused / offTopic};
  }
}
