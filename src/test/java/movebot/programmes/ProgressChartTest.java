package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProgressChartTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int MAX_BYTES = 300 * 1024;
  /** The rows of the walking panel (below the header, above the prompts and drills panel). */
  private static final int WALKING_TOP = 52;
  private static final int WALKING_BOTTOM = 322;

  @Test
  void rendersWithoutADisplay() {
    ProgressChart.png(ProgressChartExample.report());

    assertTrue(GraphicsEnvironment.isHeadless(), "java.awt.headless should be in force");
  }

  @Test
  void isAPngOfTheIntendedSizeWellUnderTelegramsPhotoLimit() throws IOException {
    byte[] png = ProgressChart.png(ProgressChartExample.report());

    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    assertTrue(png.length < MAX_BYTES, png.length + " bytes");
    BufferedImage image = decode(png);
    assertEquals(ProgressChart.WIDTH, image.getWidth());
    assertEquals(ProgressChart.HEIGHT, image.getHeight());
  }

  @Test
  void drawsBarsTextAndColours() throws IOException {
    BufferedImage image = decode(ProgressChart.png(ProgressChartExample.report()));

    int pixels = image.getWidth() * image.getHeight();
    assertTrue(count(image, 0, image.getHeight(), this::isInk) > pixels / 10, "too little drawn");
    assertTrue(colours(image).size() > 20, "too few colours: " + colours(image).size());
    assertTrue(
        count(image, WALKING_TOP, WALKING_BOTTOM, rgb -> rgb == ProgressChart.WALKING.getRGB())
            > 20_000,
        "walking bars missing from the walking panel");
    assertTrue(
        count(image, WALKING_BOTTOM, image.getHeight(), rgb -> rgb == ProgressChart.PROMPTS.getRGB())
            > 2_000,
        "prompt bars missing from the lower panel");
    assertTrue(
        count(image, WALKING_BOTTOM, image.getHeight(), rgb -> rgb == ProgressChart.DRILLS.getRGB())
            > 1_000,
        "drill bars missing from the lower panel");
    assertTrue(count(image, 0, WALKING_TOP, this::isDark) > 500, "header text missing");
  }

  @Test
  void aWeekOverTheGoalRisesAboveTheGoalLineAndOneUnderStaysBelowIt() throws IOException {
    // 60, 95, 120, 155 minutes: only the last week is over the 150-minute goal.
    BufferedImage image = decode(ProgressChart.png(ProgressChartExample.report()));

    int goalRow = goalLineRow(image);
    List<int[]> bars = walkingBars(image);
    assertEquals(4, bars.size(), "one bar per week");
    int firstTop = barTop(image, bars.get(0));
    int lastTop = barTop(image, bars.get(3));
    assertTrue(lastTop < goalRow, "155 min should top the goal line at row " + goalRow + ": " + lastTop);
    assertTrue(firstTop > goalRow, "60 min should stay under the goal line at row " + goalRow + ": " + firstTop);
    assertTrue(
        barTop(image, bars.get(1)) > barTop(image, bars.get(2)), "95 min should be lower than 120");
  }

  @Test
  void aNewUserWithNothingLoggedStillGetsAChart() throws IOException {
    List<ProgressReport.Week> weeks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      weeks.add(new ProgressReport.Week(LocalDate.of(2025, 12, 8).plusWeeks(i), 0, 0, 0));
    }

    BufferedImage image = decode(ProgressChart.png(new ProgressReport(weeks, 0)));

    assertEquals(ProgressChart.WIDTH, image.getWidth());
    assertEquals(ProgressChart.HEIGHT, image.getHeight());
    assertTrue(
        count(image, WALKING_TOP, WALKING_BOTTOM, rgb -> rgb == ProgressChart.GOAL.getRGB()) > 200,
        "the goal line should still show");
    assertTrue(count(image, WALKING_TOP, WALKING_BOTTOM, this::isDark) > 1_000, "labels missing");
    assertTrue(count(image, 0, WALKING_TOP, this::isDark) > 500, "header text missing");
  }

  @Test
  void fewerThanFourWeeksKeepBarsAsWideAsWithFour() throws IOException {
    LocalDate monday = LocalDate.of(2025, 11, 3);
    ProgressReport oneWeek = new ProgressReport(List.of(new ProgressReport.Week(monday, 40, 2, 1)), 1);

    BufferedImage one = decode(ProgressChart.png(oneWeek));
    BufferedImage four = decode(ProgressChart.png(ProgressChartExample.report()));

    List<int[]> bars = walkingBars(one);
    assertEquals(1, bars.size());
    int width = bars.get(0)[1] - bars.get(0)[0];
    int fourWidth = walkingBars(four).get(0)[1] - walkingBars(four).get(0)[0];
    assertTrue(Math.abs(width - fourWidth) <= 4, width + " px against " + fourWidth + " px");
  }

  @Test
  void manyWeeksAndLargeNumbersStayUnderTheSizeLimit() throws IOException {
    List<ProgressReport.Week> weeks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      weeks.add(new ProgressReport.Week(LocalDate.of(2025, 1, 6).plusWeeks(i), 100 * i, 9 * i, 4 * i));
    }

    byte[] png = ProgressChart.png(new ProgressReport(weeks, 80));

    assertTrue(png.length < MAX_BYTES, png.length + " bytes");
    assertEquals(11, walkingBars(decode(png)).size(), "a bar for every week but the first, at 0");
  }

  @Test
  void noWeeksAtAllRendersAPlaceholder() throws IOException {
    BufferedImage image = decode(ProgressChart.png(new ProgressReport(List.of(), 0)));

    assertEquals(ProgressChart.WIDTH, image.getWidth());
    assertTrue(count(image, 0, image.getHeight(), this::isDark) > 500, "text missing");
  }

  @Test
  void theReadmeExampleIsCommittedAndDecodes() throws IOException {
    BufferedImage image = decode(Files.readAllBytes(ProgressChartExample.DEFAULT_OUTPUT));

    assertEquals(ProgressChart.WIDTH, image.getWidth());
    assertEquals(ProgressChart.HEIGHT, image.getHeight());
  }

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, "ImageIO could not decode the bytes");
    return image;
  }

  private boolean isInk(int rgb) {
    return (rgb & 0xFFFFFF) != (ProgressChart.BACKGROUND.getRGB() & 0xFFFFFF);
  }

  private boolean isDark(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() + c.getGreen() + c.getBlue() < 3 * 110;
  }

  private static long count(BufferedImage image, int fromRow, int toRow, java.util.function.IntPredicate test) {
    long n = 0;
    for (int y = fromRow; y < toRow; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (test.test(image.getRGB(x, y))) {
          n++;
        }
      }
    }
    return n;
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours;
  }

  /** The row of the walking panel with the most goal-line pixels. */
  private static int goalLineRow(BufferedImage image) {
    int best = -1;
    long most = 0;
    for (int y = WALKING_TOP; y < WALKING_BOTTOM; y++) {
      long n = count(image, y, y + 1, rgb -> rgb == ProgressChart.GOAL.getRGB());
      if (n > most) {
        most = n;
        best = y;
      }
    }
    assertTrue(most > ProgressChart.WIDTH / 3, "no goal line");
    return best;
  }

  /**
   * The walking bars as {from, to} columns, left to right: runs of the bar colour on the row just
   * above the x axis, where every non-empty bar is.
   */
  private static List<int[]> walkingBars(BufferedImage image) {
    int row = baseRow(image);
    List<int[]> bars = new ArrayList<>();
    int start = -1;
    for (int x = 0; x <= image.getWidth(); x++) {
      boolean bar = x < image.getWidth() && image.getRGB(x, row) == ProgressChart.WALKING.getRGB();
      if (bar && start < 0) {
        start = x;
      } else if (!bar && start >= 0) {
        bars.add(new int[] {start, x});
        start = -1;
      }
    }
    return bars;
  }

  /** The lowest row of the walking panel holding the bar colour. */
  private static int baseRow(BufferedImage image) {
    for (int y = WALKING_BOTTOM - 1; y >= WALKING_TOP; y--) {
      if (count(image, y, y + 1, rgb -> rgb == ProgressChart.WALKING.getRGB()) > 0) {
        return y;
      }
    }
    throw new AssertionError("no walking bars");
  }

  /** The highest row holding the bar colour within the bar's columns (the goal line may cross it). */
  private static int barTop(BufferedImage image, int[] bar) {
    for (int y = WALKING_TOP; y < WALKING_BOTTOM; y++) {
      for (int x = bar[0]; x < bar[1]; x++) {
        if (image.getRGB(x, y) == ProgressChart.WALKING.getRGB()) {
          return y;
        }
      }
    }
    throw new AssertionError("empty bar");
  }
}
