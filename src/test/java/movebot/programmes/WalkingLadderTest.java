package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WalkingLadderTest {
  @Test
  void startsWhereThePersonIsOnThreeDaysAWeek() {
    assertEquals(10, WalkingLadder.rung(WalkingLadder.startingStep(5)).minutes(), "shorter than 10 still starts at 10");
    assertEquals(10, WalkingLadder.rung(WalkingLadder.startingStep(12)).minutes());
    assertEquals(15, WalkingLadder.rung(WalkingLadder.startingStep(15)).minutes());
    assertEquals(20, WalkingLadder.rung(WalkingLadder.startingStep(45)).minutes(), "long walkers start at 20 min");
    for (int minutes = 5; minutes <= 120; minutes += 5) {
      assertEquals(3, WalkingLadder.rung(WalkingLadder.startingStep(minutes)).days().count());
    }
  }

  @Test
  void everyRungIsAGradualStepAndTheTopIs150MinutesAWeek() {
    for (int step = 1; step <= WalkingLadder.top(); step++) {
      WalkingLadder.Rung before = WalkingLadder.rung(step - 1);
      WalkingLadder.Rung after = WalkingLadder.rung(step);
      boolean oneThingChanged = (after.minutes() - before.minutes() == 5 && after.days().equals(before.days()))
          || (after.minutes() == before.minutes() && after.days().count() - before.days().count() == 1);
      assertTrue(oneThingChanged, "step " + step + " changes one thing a little");
    }
    WalkingLadder.Rung top = WalkingLadder.rung(WalkingLadder.top());
    assertEquals(30, top.minutes());
    assertEquals(5, top.days().count(), "most days");
    assertEquals(150, top.weeklyMinutes());
  }

  @Test
  void aFullWeekMovesUpOneMissedWalkHoldsTwoStepBack() {
    assertEquals(3, WalkingLadder.next(2, new WalkingLadder.Week(3, 3, false)));
    assertEquals(2, WalkingLadder.next(2, new WalkingLadder.Week(3, 2, false)));
    assertEquals(1, WalkingLadder.next(2, new WalkingLadder.Week(3, 1, false)));
    assertEquals(1, WalkingLadder.next(2, new WalkingLadder.Week(3, 0, false)));
  }

  @Test
  void aWeekThatHurtHoldsEvenWhenEveryWalkWasDone() {
    assertEquals(2, WalkingLadder.next(2, new WalkingLadder.Week(3, 3, true)));
  }

  @Test
  void staysWithinTheLadder() {
    assertEquals(0, WalkingLadder.next(0, new WalkingLadder.Week(3, 0, false)));
    assertEquals(WalkingLadder.top(), WalkingLadder.next(WalkingLadder.top(), new WalkingLadder.Week(5, 5, false)));
  }

  @Test
  void aWeekWithNoPlannedWalkYetChangesNothing() {
    assertEquals(2, WalkingLadder.next(2, new WalkingLadder.Week(0, 0, false)));
  }
}
