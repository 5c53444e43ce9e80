package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the classifier learns from examples, on the sample base. */
class EntryClassifierTest {
  @TempDir Path dir;

  private KnowledgeBase base;
  private FaqIndex index;
  private EntryClassifier classifier;

  @BeforeEach
  void copySample() {
    SampleKnowledge.copyTo(dir);
  }

  private void train(String examplesJson) throws KnowledgeException {
    if (examplesJson != null) {
      SampleKnowledge.write(dir, ExamplesFile.NAME, examplesJson);
    }
    base = KnowledgeBase.load(dir);
    index = FaqIndex.build(base, Tuning.DEFAULT);
    classifier = EntryClassifier.train(base, index, Tuning.DEFAULT);
  }

  private double[] likelihoods(String question) {
    return classifier.likelihoods(question, QuestionTerms.resolve(question, index, Tuning.DEFAULT));
  }

  private int position(String id) {
    return base.entries().indexOf(base.byId(id).orElseThrow());
  }

  private static int likeliest(double[] likelihoods) {
    int best = 0;
    for (int i = 1; i < likelihoods.length; i++) {
      best = likelihoods[i] > likelihoods[best] ? i : best;
    }
    return best;
  }

  private static final String WALKING_EXAMPLES = "{"
      + "\"walking-how-much\": [\"how many steps a day is enough\","
      + " \"is 30 minutes of walking enough\", \"how many km should I walk daily\","
      + " \"how long should my daily walk be\", \"how long is a good walk\"],"
      + "\"walking-helps\": [\"is walking good for sciatica\", \"will walking ease my back\","
      + " \"does a stroll help lumbago\"],"
      + "\"no_match\": [\"which mattress is best for back pain\","
      + " \"is a firm mattress better\", \"what pillow should I buy\"]}";

  @Test
  void withoutExamplesItLearnsNothingAndSearchRanksAlone() throws KnowledgeException {
    train(null);
    assertFalse(classifier.trained());
    double[] likelihoods = likelihoods("how many steps a day");
    assertEquals(base.entries().size() + 1, likelihoods.length);
    assertEquals(0, Arrays.stream(likelihoods).sum());
  }

  @Test
  void theEntryWhoseExamplesUseAQuestionsWordsIsLikeliest() throws KnowledgeException {
    train(WALKING_EXAMPLES);
    assertTrue(classifier.trained());
    double[] likelihoods = likelihoods("is 10,000 steps enough");
    assertEquals(position("walking-how-much"), likeliest(likelihoods), Arrays.toString(likelihoods));
    assertEquals(1, Arrays.stream(likelihoods).sum(), 1e-9, "likelihoods sum to 1");
    assertEquals(position("walking-helps"), likeliest(likelihoods("can a stroll help sciatica")));
  }

  @Test
  void theStopWordsSearchDropsStillSayWhatIsAsked() throws KnowledgeException {
    // To search, both questions are the one word "walking"; "how much" and "why" tell them apart.
    train("{\"walking-how-much\": [\"how much walking\", \"how much walking is right\"],"
        + " \"walking-helps\": [\"why walking\", \"why walking helps\"]}");
    double[] howMuch = likelihoods("how much walking?");
    double[] why = likelihoods("why walking?");
    assertTrue(howMuch[position("walking-how-much")] > howMuch[position("walking-helps")],
        Arrays.toString(howMuch));
    assertTrue(why[position("walking-helps")] > why[position("walking-how-much")],
        Arrays.toString(why));
  }

  @Test
  void theQuestionsTheBaseDoesNotAnswerAreTheLastClass() throws KnowledgeException {
    train(WALKING_EXAMPLES);
    double[] likelihoods = likelihoods("soft or firm mattress?");
    assertEquals(base.entries().size(), likeliest(likelihoods), Arrays.toString(likelihoods));
  }

  @Test
  void aQuestionOfWordsItNeverSawHasNoLikelihoods() throws KnowledgeException {
    train(WALKING_EXAMPLES);
    assertEquals(0, Arrays.stream(likelihoods("zzyzx qwxv")).sum());
  }

  @Test
  void theSameFilesAlwaysTrainTheSameClassifier() throws KnowledgeException {
    // The real base: on the sample, the solver ends in the same place whatever order it takes.
    base = KnowledgeBase.load(EvalQuestion.projectDir().resolve("config"));
    index = FaqIndex.build(base, Tuning.DEFAULT);
    List<String> questions = List.of("how far is a good walk", "planks?", "my tummy hurts",
        "which stretch for tight hamstrings", "is the sitting study about office work");
    classifier = EntryClassifier.train(base, index, Tuning.DEFAULT);
    List<String> first = questions.stream().map(q -> Arrays.toString(likelihoods(q))).toList();
    classifier = EntryClassifier.train(base, index, Tuning.DEFAULT);
    List<String> second = questions.stream().map(q -> Arrays.toString(likelihoods(q))).toList();
    assertEquals(first, second);
  }

  @Test
  void amongEntriesSearchFindsAboutEquallyCloseTheExamplesChoose() throws KnowledgeException {
    train(WALKING_EXAMPLES);
    // "How long" is what is asked, and the examples of walking-how-much ask it; search alone
    // puts walking-helps first, by its "sciatica" example.
    String question = "how long walking for sciatica";
    Ranker.Ranking searched =
        new Ranker(index, EntryClassifier.NONE, Tuning.DEFAULT).rank(question);
    Ranker.Ranking chosen = new Ranker(index, classifier, Tuning.DEFAULT).rank(question);
    assertEquals(position("walking-helps"), searched.candidates().get(0).entry(), searched::toString);
    assertEquals(position("walking-how-much"), chosen.candidates().get(0).entry(), chosen::toString);
    // The same entries, with the same confidences: only their order changed.
    assertEquals(searched.highestConfidence(0), chosen.highestConfidence(0));
    assertEquals(searched.highestConfidence(1), chosen.highestConfidence(1));

    Answer answer = new Answerer(base).answer(question);
    assertEquals("walking-how-much", answer.entry().orElseThrow().id(), answer::toString);
  }

  @Test
  void aQuestionTheClassifierFindsOffTopicIsRefusedThoughSearchFindsItsOneWord()
      throws KnowledgeException {
    // "tell me a joke" is the one word "joke" to search, and an example of plank-safe holds it.
    train("{\"plank-safe\": [\"planks every day, is this a joke or does it work\"],"
        + " \"no_match\": [\"tell me a story\", \"tell me a fun fact\","
        + " \"tell me something funny\", \"tell me a riddle\", \"tell me the news\","
        + " \"tell me a song\", \"tell me about football\", \"what is the weather like\"]}");
    String question = "tell me a joke";
    Tuning never = withOffTopicAt(Tuning.DEFAULT, 2);
    Ranker.Ranking searched = new Ranker(index, classifier, never).rank(question);
    assertFalse(searched.offTopic(), searched::toString);
    assertEquals(position("plank-safe"), searched.candidates().get(0).entry(), searched::toString);
    assertTrue(likelihoods(question)[base.entries().size()] >= Tuning.DEFAULT.offTopicAt(),
        () -> Arrays.toString(likelihoods(question)));

    assertTrue(new Ranker(index, classifier, Tuning.DEFAULT).rank(question).offTopic());
    assertEquals(Answer.Kind.NO_MATCH, new Answerer(base).answer(question).kind());
  }

  private static Tuning withOffTopicAt(Tuning t, double offTopicAt) {
    return new Tuning(t.k1(), t.b(), t.phraseBoost(), t.phrasingsBoost(), t.answerBoost(),
        t.correctionWeight(), t.unknownWeight(), t.commonShare(), t.contextShare(),
        t.likelihoodWeight(), t.answerAt(), t.sureAt(), t.margin(), t.suggestAt(), offTopicAt);
  }
}
