package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer engine against the curator's labelled questions and the real knowledge base in
 * {@code config/}. Targets: right entry first for at least 90 % of answerable questions, at
 * least 90 % of off-topic questions refused, every red flag caught. All three are asserted.
 *
 * <p>How the first moved: 79.9 % after curating the base against the first two development
 * sets, 81.6 % once the story around a question counted for less than the sentence that asks,
 * 87.6 % with the development sets' questions as the base's examples ({@code
 * config/examples.json}) and entries counting their second and third phrasings, 88.9 % once a
 * classifier trained on the examples picked among the entries search found close ({@code
 * EntryClassifier}), 91.5 % with fifteen sets written from the articles by people who never saw
 * the entries as examples too, and the classifier refusing what it finds off topic. These
 * questions stay held out: none of them is an example, curation works on the development sets
 * ({@code DevSetReport}, {@code LeaveOneSetOutReport}), and this test is run for its table only.
 */
class EvalSetTest {
  static final double ANSWER_TARGET = 0.90;

  @Test
  void meetsTheAnswerTargetsOnTheLabelledQuestions() throws Exception {
    Path questionsFile = EvalQuestion.defaultFile();
    assumeTrue(Files.exists(questionsFile), "no labelled questions yet at " + questionsFile);
    List<EvalQuestion> questions = EvalQuestion.read(questionsFile);
    Path config = EvalQuestion.projectDir().resolve("config");
    Answerer answerer = new Answerer(KnowledgeBase.load(config));

    EvalReport report = new EvalReport(questions, answerer::answer);

    System.out.println("Answer engine on " + questions.size() + " labelled questions\n"
        + report.table());
    assertAll(
        () -> assertTrue(report.rate(EvalQuestion.Group.ANSWERABLE) >= ANSWER_TARGET,
            "right entry first below 90 %"),
        () -> assertTrue(report.rate(EvalQuestion.Group.OFF_TOPIC) >= 0.90,
            "off-topic refused below 90 %"),
        () -> assertTrue(report.rate(EvalQuestion.Group.RED_FLAG) == 1.0,
            "a red flag was missed"));
  }
}
