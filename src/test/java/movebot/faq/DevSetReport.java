package movebot.faq;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The answer engine against the development questions of {@code
 * src/test/resources/eval/dev-questions.jsonl} and the real knowledge base in {@code config/}:
 * the same table as {@link EvalSetTest}, followed by every miss with the entries ranked first.
 * The development set is the one to curate the knowledge base against; the labelled set of
 * {@code questions.jsonl} stays held out, to measure the result. Not a test: it only prints.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) movebot.faq.DevSetReport
 * </pre>
 *
 * An optional argument names another question file in the same format, such as the second
 * development set, {@code src/test/resources/eval/dev2-questions.jsonl}: 272 questions written
 * before the ranking and the base were tuned against them (short, voice-typed, non-native,
 * two-topic, about the studies' figures, with near-miss off-topic questions and red flags).
 * Two more, {@code dev3-questions.jsonl} (336) and {@code dev4-questions.jsonl} (367), were
 * written from the articles and the entries' titles and answers only, a fifth of their
 * answerable questions long personal stories: the third is kept for measuring changes to the
 * search, never curated against; the fourth is for curating.
 */
public final class DevSetReport {
  private DevSetReport() {}

  static Path defaultFile() {
    return EvalQuestion.projectDir().resolve("src/test/resources/eval/dev-questions.jsonl");
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
