package movebot.faq;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The answer engine against the development questions of {@code
 * src/test/resources/eval/dev3-questions.jsonl} and the real knowledge base in {@code config/}:
 * the same table as {@link EvalSetTest}, followed by every miss with the entries ranked first.
 * The labelled set of {@code questions.jsonl} stays held out, to measure the result. Not a
 * test: it only prints.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) movebot.faq.DevSetReport
 * </pre>
 *
 * An optional argument names another question file in the same format. The development sets,
 * all written before the search was tuned against them: {@code dev-questions.jsonl} (253) and
 * {@code dev2-questions.jsonl} (272; short, voice-typed, non-native, two-topic, about the
 * studies' figures), the base curated against both; {@code dev3-questions.jsonl} (336) and
 * {@code dev4-questions.jsonl} (367), a fifth of their answerable questions long personal
 * stories; {@code dev5-questions.jsonl} (387; short phone questions, 3 to 9 words) and {@code
 * dev6-questions.jsonl} (432; twelve kinds of people in their own voices); {@code
 * dev7-questions.jsonl} (318, mixed); {@code dev8-}, {@code dev9-} and {@code
 * dev10-questions.jsonl} (paraphrases avoiding the entry's title words, a situation and the ask,
 * search-box queries); {@code dev12-questions.jsonl} (407 plain questions of 5 to 10 words);
 * {@code dev13-questions.jsonl} (260, written to the labelled set's brief: gym jargon, slang,
 * typos, non-native English, one-word questions, long stories, many kinds of people). All but
 * dev3, dev7, dev12 and dev13 are now the base's examples ({@code config/examples.json}), so the
 * search has seen their questions and their figures flatter it. Those four stay out of the
 * examples and out of curation, to measure changes to the search; dev3's questions resemble
 * dev4's, so it flatters the examples too.
 *
 * <p>{@code blind/} holds fifteen more sets (dev14a to dev17e, about 140 questions each), written
 * from the five articles alone by writers who never saw the entries, each for a different kind
 * of person, and labelled by two readers apart; where they disagreed the question was settled
 * or dropped. They are examples too, so {@code LeaveOneSetOutReport} measures each as if it
 * were not.
 */
public final class DevSetReport {
  private DevSetReport() {}

  static Path defaultFile() {
    return EvalQuestion.projectDir().resolve("src/test/resources/eval/dev3-questions.jsonl");
  }

  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0]) : defaultFile();
    List<EvalQuestion> questions = EvalQuestion.read(file);
    KnowledgeBase base = KnowledgeBase.load(EvalQuestion.projectDir().resolve("config"));
    Answerer answerer = new Answerer(base);
    EvalReport report = new EvalReport(questions, answerer::answer);
    System.out.println("Answer engine on " + questions.size() + " development questions\n"
        + report.table());
    for (EvalQuestion question : questions) {
      Answer answer = answerer.answer(question.question());
      if (question.isRight(answer)) {
        continue;
      }
      StringBuilder ranked = new StringBuilder();
      for (Ranker.Candidate candidate : answerer.rank(question.question()).candidates()) {
        ranked.append(String.format(Locale.ROOT, " %s %.2f",
            base.entries().get(candidate.entry()).id(), candidate.confidence()));
      }
      System.out.printf(Locale.ROOT, "  miss: expected %s got %s | %s%n      ranked:%s%n",
          question.expect(), EvalReport.outcome(answer), question.question(), ranked);
    }
  }
}
