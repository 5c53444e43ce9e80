package movebot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedFlagsTest {
  private final RedFlags flags = SampleKnowledge.load().redFlags();

  /** The project's own flags in {@code config/red_flags.json}. */
  private static final RedFlags CONFIG = loadConfig();

  private static RedFlags loadConfig() {
    try {
      return KnowledgeBase.load(EvalQuestion.projectDir().resolve("config")).redFlags();
    } catch (KnowledgeException e) {
      throw new AssertionError("config/ must load", e);
    }
  }

  private Optional<String> flagOf(String message) {
    return flags.match(message).map(RedFlag::id);
  }

  private static Optional<String> configFlagOf(String message) {
    return CONFIG.match(message).map(RedFlag::id);
  }

  @Test
  void matchesAPatternAnywhereInTheMessage() {
    assertEquals(Optional.of("fever"), flagOf("my back hurts and I have a fever, what now"));
  }

  @Test
  void ignoresCase() {
    assertEquals(Optional.of("fever"), flagOf("FEVER and back pain"));
  }

  @Test
  void straightensCurlyApostrophes() {
    assertEquals(Optional.of("cauda-equina"), flagOf("I can\u2019t pee since this morning"));
  }

  @Test
  void collapsesWhitespaceIncludingNewlinesAndNoBreakSpaces() {
    assertEquals(Optional.of("cauda-equina"),
        flagOf("I have lost   control\nof my\u00A0bladder"));
  }

  @Test
  void theFirstFlagInFileOrderWins() {
    assertEquals(Optional.of("cauda-equina"), flagOf("fever, and I can't urinate"));
  }

  @Test
  void anOrdinaryQuestionMatchesNothing() {
    assertEquals(Optional.empty(), flagOf("how long should I hold a stretch?"));
  }

  @Test
  void normalisationLowercasesStraightensAndCollapses() {
    assertEquals("i can't move my leg", RedFlags.normalise("  I CAN\u2019T\tmove  my\n leg "));
  }

  @Test
  void patternsWrittenWithCapitalsStillMatchTheLowercasedMessage() {
    RedFlags custom = new RedFlags(List.of(new RedFlags.Rule(
        new RedFlag("x", "X", "See a doctor."),
        List.of(Pattern.compile("Foot Drop", Pattern.CASE_INSENSITIVE)))));
    assertTrue(custom.match("i think i have foot drop").isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I'm 31, play rugby on weekends and do yoga to keep limber. Got tackled hard on Saturday, "
            + "heard a crack in my back and now it hurts whenever I move or breathe deep. "
            + "Which yoga poses would loosen it up before next week's match?",
        "got tackled in rugby yesterday and my lower back is killing me",
        "took a big tackle on sunday and my back has been sore since",
        "a horse kicked me in the back last week, what stretches help",
        "got hit in the back by a cricket ball, is swimming ok",
        "took a knee to the back playing football, still hurts to bend",
        "heard a loud snap in my spine when I landed on the stairs",
        "felt something pop in my back when the guy tackled me",
        "I got thrown from my horse yesterday and my back is very sore",
        "came off my bike at speed on sunday and my back hurts a lot",
        "collided with another player during basketball and my back has hurt ever since",
        "got slammed into the boards in hockey, lower back pain",
        "when the car hit us i heard a crack in my back",
      })
  void impactInjuriesAreAFallOrAccident(String message) {
    assertEquals(Optional.of("fall-or-accident"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "my back cracks when I stretch, is that ok?",
        "I hear a pop in my back when I twist",
        "is cracking my back bad",
        "felt a pop in my back when doing deadlifts, should I rest",
        "heard a crack in my back when I did the cat stretch",
        "threw my back out and felt a pop, what stretches help",
        "how do I tackle my back pain",
        "I tackled my posture with daily exercises",
        "I play rugby, are tackle drills bad for my back",
        "how do I protect my back in a tackle",
        "the pain hit me in the lower back when I bent down",
        "lie with a tennis ball on my back to massage it",
        "running has a big impact on the spine, is it bad?",
        "my work and gym schedules collide, how do I fit exercise in",
        "the physio checked on my back and said it was fine",
        "I hit the ground running every morning but my back is stiff",
      })
  void crackingPoppingAndTacklingAProblemAreNotImpactInjuries(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "My father 70 years fall in the bathroom, now his back hurt very much and he can not stand"
            + " up. What exercise he can do?",
        "my mother fall down the stairs and now her back hurts",
        "i fall on my back yesterday, which exercise is good",
        "he fall and now he has back pain",
        "I fall from the bike last week, my back is painful",
        "i falled down yesterday and back hurts",
        "my dad have fall in bathroom and back pain",
        "she had fall on the ice, what exercises",
        "I slipped in the shower and now my back hurts",
        "grandpa fall, now he can't walk",
      })
  void fallsInThePresentTenseOrNonNativeEnglishAreAFall(String message) {
    assertEquals(Optional.of("fall-or-accident"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I fell out of the habit of exercising",
        "I fell off my routine",
        "the fall season makes my back stiff",
        "after a fall in fitness I put on weight",
        "I have fallen arches and back pain",
        "I fall asleep on the sofa and wake up with a sore back",
        "I'm afraid I will fall if I do balance exercises",
        "what if I fall while doing lunges",
        "how to stop my mum fall in the bathroom",
        "which age group do I fall into?",
        "I fall over when I try to balance on one leg",
        "we have fall break next week, I want to start exercising",
        "when something falls on the floor how should I bend to pick it up",
        "I slipped up and missed my exercises for a week",
      })
  void fallingOutOfHabitsSeasonsAndHypotheticalFallsAreNotAFall(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cnt feel my legs properly and back hurts, started yesterday after gym",
        "cant feel my legs and my back hurts",
        "can not feel my feet, back pain",
        "i dont feel my legs since morning and back pain",
        "my legs feel numb and my back hurts",
        "legs numb since yesterday, back pain",
        "both my legs feel dead since yesterday",
        "I've lost all sensation in my legs",
        "i dont have any feeling in my legs",
      })
  void lossOfFeelingInTheLegsIsLegWeakness(String message) {
    assertEquals(Optional.of("leg-weakness"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I can't feel any benefit from walking",
        "my legs feel tight after sitting",
        "I can't feel my legs working in squats",
        "I can't feel the stretch in my hamstrings",
        "I don't feel my legs are strong enough for running",
        "my leg goes numb when I sit for a long time",
        "my legs go numb when I sit cross legged",
        "my feet go numb when I cycle, is it my back?",
        "my legs are not numb, just stiff",
      })
  void feelingAMuscleWorkAndNumbnessFromSittingAreNotLegWeakness(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "he fall and can not stand up",
        "after a slip in the bathroom my mom cannot walk",
        "my father had a slip in the garden and he can not get up",
        "i got tackled and couldn't get up",
      })
  void notBeingAbleToStandOrWalkAfterAFallIsAFall(String message) {
    assertEquals(Optional.of("fall-or-accident"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "is a stand up desk good for my back",
        "how do I stand up from the floor without hurting",
        "I can't stand up straight for very long, leaning forward feels much better",
        "can't walk far without back pain, is that normal",
        "in the fall I can't walk outside much because of the rain",
        "im 72 and worried about falling will exercise help my balance",
      })
  void notBeingAbleToStandOrWalkFarWithoutAFallIsNotAFlag(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "foot numb and dragging with back pain",
        "my left foot is numb and keeps dragging when I walk",
        "my leg feels weak and drags behind me",
        "foot weak, slapping on the ground when I walk",
        "my leg keeps dragging and it is numb",
        "weak left leg that drags",
        "numb foot that keeps dragging since yesterday",
        "dragging, numb foot and back pain",
      })
  void aNumbOrWeakFootThatDragsIsLegWeakness(String message) {
    assertEquals(Optional.of("leg-weakness"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I drag myself to the gym every day",
        "leg day is a drag, I feel weak and tired afterwards",
        "weak legs, so I drag myself out of bed",
        "feet weak from running, I flop on the sofa after",
        "foot numb after sitting cross-legged",
        "I drag my feet when tired",
      })
  void draggingOneselfAndFloppingOnTheSofaAreNotLegWeakness(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Since my back went last week I've had some trouble holding my water. Is that to be"
            + " expected with lumbago?",
        "problems holding my wee since the back pain started",
        "having difficulty holding my urine, back hurts",
        "I can't hold my water anymore",
        "I've been leaking water since my back went",
        "Since yesterday I cannot control well the pee and I have pain of back, what exercise I"
            + " make?",
        "I cannot control the urine since two days",
        "i not control the toilet since my back pain",
        "can not control good the bladder",
        "the pee is coming alone and my back hurts",
        "pee comes out by itself since yesterday",
        "urine is going out without my control",
        "i havent been able to control when i need to poop",
        "this morning he wet himself without even feeling it coming",
      })
  void troubleHoldingWaterAndNonNativeLossOfControlAreBladderBowel(String message) {
    assertEquals(Optional.of("bladder-bowel"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "is water therapy good for back pain",
        "can I do water exercise with a bad back",
        "should I hold water in a pool for aqua jogging",
        "how much water should I drink for back pain",
        "I hold my water bottle while walking, is that bad",
        "I was leaking water from the bottle onto my mat",
        "holding a plank hurts my back",
        "I have trouble holding poses because of back pain",
        "how long can I hold my pee before it hurts my back",
        "i do not hold my pee too long",
        "exercises to control my bladder after pregnancy",
        "I can't control the pain in my back",
        "I have trouble holding water weight",
      })
  void waterExercisesBottlesAndHoldingPosesAreNotBladderBowel(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pain between my shoulder blades going into my chest, feel a bit sweaty",
        "my back pain spreads to my chest when i walk uphill",
        "the ache goes right through to my chest",
      })
  void backPainThatSpreadsIntoTheChestIsChestPain(String message) {
    assertEquals(Optional.of("chest-pain"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the pain moves to my hip and down my leg",
        "back pain going into my chest press day, should I skip it",
        "I feel the stretch going into my chest muscles",
      })
  void painSpreadingElsewhereAndChestTrainingAreNotChestPain(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Since two days I cannot feel the bottom area and the back is hurting very much, is it normal?",
        "my bottom is numb and my back hurts",
        "numbness around my bum since yesterday",
        "I can't feel my bottom",
        "my bum feels numb",
        "numb bum and back pain",
        "cannot feel my buttocks and back hurts",
        "my backside has gone numb since this morning",
        "i have tingling around my bum hole",
        "i not feel my bottom area",
        "my bottom and inner thighs feel numb",
        "i cant really feel my bum or inner thighs when i wipe",
        "i feel numb kind of around my butt and private area like when you sit on your foot",
      })
  void layWordsForTheBottomAreNumbnessInTheSaddle(String message) {
    assertEquals(Optional.of("saddle-numbness"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pain at the bottom of my back",
        "numbness in the bottom of my foot",
        "can't reach the bottom shelf",
        "my bottom step is too high",
        "my feet tingle at the bottom",
        "I can't feel the bottom of the pool",
        "I can't feel my bum working during bridges",
        "I can't feel the stretch in my bum",
        "I don't feel my bum is the problem",
        "numbness from my buttock down my leg",
        "numbness in my bum and leg, sciatica?",
        "my bum goes numb when I sit for long",
        "numb bum after cycling",
        "my bum goes a bit numb when i sit on my bike",
        "tingling behind my knee",
      })
  void theBottomOfABackFootOrShelfAndSciaticaOrSittingAreNotSaddleNumbness(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I have pain in the back and I not can hold the pee anymore. What exercise is good?",
        "I no can hold the pee",
        "i not can hold the toilet",
        "I can't hold my poo",
      })
  void notBeingAbleToHoldThePeeOrToiletInNonNativeEnglishIsBladderBowel(String message) {
    assertEquals(Optional.of("bladder-bowel"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "I can't hold my wee one",
        "can't hold my wee ones hand because of back pain",
        "I can't hold the toilet seat up",
      })
  void aWeeOneAndAToiletSeatAreNotBladderBowel(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "leg suddenly weak back pain",
        "legs suddenly weak",
        "both legs suddenly weak",
        "leg weak suddenly",
        "legs weak all of a sudden",
        "sudden leg weakness and back pain",
        "my legs going weak and back pain",
        "leg gave out this morning",
        "my legs are weak and I keep falling over",
        "my legs are weak since yesterday, how to strengthen them?",
        "my right leg keeps givin way on the stairs, worse every day",
        "my knee keeps on giving way",
      })
  void legsSuddenlyWeakInKeywordStyleIsLegWeakness(String message) {
    assertEquals(Optional.of("leg-weakness"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "my legs are weak from sitting, how to strengthen them?",
        "my legs are weak, how to strengthen them",
        "my legs feel weak after squats",
        "my legs feel weak, which exercises will make them stronger",
        "my legs are so weak from not exercising, where do I start",
      })
  void weakLegsAsATrainingGoalAreNotLegWeakness(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "back pain after fall",
        "since fall back pain",
        "after falling my back hurts",
        "back pain since the fall",
        "back pain following fall",
        "fall yesterday and now back pain",
        "fall 2 days ago, back pain",
      })
  void aFallWithoutAnArticleIsAFall(String message) {
    assertEquals(Optional.of("fall-or-accident"), configFlagOf(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "back pain after fall break",
        "after fall semester my back hurts",
        "back hurts since fall started",
        "since fall 2022 my back is stiff",
        "pain after a fall in my fitness",
        "after falling asleep on the sofa my back hurts",
        "since falling pregnant my back aches",
        "the following fall I started running again",
        "I'm afraid I will fall today",
        "exercises to stop me from falling",
      })
  void autumnTermsAndFallingAsleepAreNotAFallWithoutAnArticle(String message) {
    assertEquals(Optional.empty(), configFlagOf(message));
  }

  @Test
  void theLegWeaknessReplyAlsoCoversLossOfFeeling() {
    RedFlag flag = CONFIG.match("cant feel my legs").orElseThrow();
    assertTrue(flag.reply().contains("loss of feeling"), flag.reply());
  }
}
