package movebot.programmes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Draws the /progress chart: a PNG of {@link #WIDTH}×{@link #HEIGHT} pixels, sized to be read on a
 * phone. A header names the period and the current streak; the upper panel shows walking minutes
 * per week as bars against the weekly goal line; the lower panel shows prompts and drills done per
 * week. Weeks are labelled by their first day ("3 Nov").
 *
 * <p>Drawing needs no display: the class sets {@code java.awt.headless=true} before AWT loads,
 * unless the property was already set. Text needs fontconfig and at least one font on the machine
 * (the Docker image installs DejaVu).
 */
public final class ProgressChart {
  /** Image width in pixels. */
  public static final int WIDTH = 800;

  /** Image height in pixels. */
  public static final int HEIGHT = 500;

  /** The colour of the walking bars. */
  public static final Color WALKING = new Color(0x2E7D9A);

  static final Color PROMPTS = new Color(0x7CB342);
  static final Color DRILLS = new Color(0xF4A340);
  static final Color GOAL = new Color(0xC62828);
  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x263238);
  static final Color MUTED = new Color(0x607D8B);
  static final Color GRID = new Color(0xE3E8EB);

  private static final int HEADER_HEIGHT = 52;
  private static final int WALKING_HEIGHT = 270;
  private static final String FONT = Font.SANS_SERIF;
  /** The share of a week's slot its bars fill when four or more weeks are shown. */
  private static final double BAR_FILL = 0.6;
  private static final DateTimeFormatter WEEK_LABEL =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ProgressChart() {}

  /**
   * Renders the report as a PNG image.
   *
   * @param report the weeks to show, oldest first; any number of weeks, all zeros included
   * @return the PNG bytes, well under Telegram's 10 MB photo limit
   */
  public static byte[] png(ProgressReport report) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      drawHeader(g, report);
      if (report.weeks().isEmpty()) {
        drawCentred(g, "Nothing logged yet", new Font(FONT, Font.PLAIN, 22), MUTED, HEIGHT / 2);
      } else {
        List<String> labels = report.weeks().stream().map(w -> WEEK_LABEL.format(w.start())).toList();
        Graphics2D walking = (Graphics2D) g.create(0, HEADER_HEIGHT, WIDTH, WALKING_HEIGHT);
        walkingChart(report, labels).paint(walking, WIDTH, WALKING_HEIGHT);
        walking.dispose();
        int countsHeight = HEIGHT - HEADER_HEIGHT - WALKING_HEIGHT;
        Graphics2D counts = (Graphics2D) g.create(0, HEADER_HEIGHT + WALKING_HEIGHT, WIDTH, countsHeight);
        countsChart(report, labels).paint(counts, WIDTH, countsHeight);
        counts.dispose();
      }
    } finally {
      g.dispose();
    }
    return encode(image);
  }

  private static void drawHeader(Graphics2D g, ProgressReport report) {
    int weeks = report.weeks().size();
    String title =
        switch (weeks) {
          case 0 -> "Your progress";
          case 1 -> "Your last week";
          default -> "Your last " + weeks + " weeks";
        };
    g.setFont(new Font(FONT, Font.BOLD, 24));
    g.setColor(TEXT);
    int baseline = 36;
    g.drawString(title, 24, baseline);

    int streak = report.streakDays();
    String streakText =
        streak == 0 ? "No streak yet" : "Streak: " + streak + (streak == 1 ? " day" : " days");
    g.setFont(new Font(FONT, Font.BOLD, 20));
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(streak == 0 ? MUTED : PROMPTS.darker());
    g.drawString(streakText, WIDTH - 24 - metrics.stringWidth(streakText), baseline);
  }

  private static CategoryChart walkingChart(ProgressReport report, List<String> labels) {
    CategoryChart chart = new CategoryChart(WIDTH, WALKING_HEIGHT);
    chart.setTitle(
        "Walking minutes per week — dashed line: "
            + ProgressReport.WEEKLY_WALKING_GOAL_MINUTES
            + "-minute goal");
    CategoryStyler styler = chart.getStyler();
    style(styler, labels.size());
    styler.setLegendVisible(false);
    styler.setSeriesColors(new Color[] {WALKING});

    int goal = ProgressReport.WEEKLY_WALKING_GOAL_MINUTES;
    int[] minutes = report.weeks().stream().mapToInt(ProgressReport.Week::walkingMinutes).toArray();
    int most = IntStream.of(minutes).max().orElse(0);
    // Room above the tallest bar for its label, rounded up to a multiple of 50 for even ticks.
    double top = Math.ceil(Math.max(goal, most) * 1.15 / 50) * 50;
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(top);
    styler.setYAxisDecimalPattern("#,##0");
    chart.addSeries("Walking", labels, IntStream.of(minutes).boxed().toList());

    styler.setAnnotationLineColor(GOAL);
    styler.setAnnotationLineStroke(
        new BasicStroke(
            2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f));
    chart.addAnnotation(new AnnotationLine(goal, false, false));
    // On a category chart, annotation x runs from 0 to the number of weeks: week i is centred on
    // i + 0.5. Labels sit just above their bar.
    double lift = top * 0.06;
    for (int i = 0; i < minutes.length; i++) {
      chart.addAnnotation(new AnnotationText(format(minutes[i]), i + 0.5, minutes[i] + lift, false));
    }
    if (most == 0) {
      chart.addAnnotation(
          new AnnotationText("No walks logged yet", minutes.length / 2.0, goal / 2.0, false));
    }
    return chart;
  }

  private static CategoryChart countsChart(ProgressReport report, List<String> labels) {
    int height = HEIGHT - HEADER_HEIGHT - WALKING_HEIGHT;
    CategoryChart chart = new CategoryChart(WIDTH, height);
    chart.setTitle("Prompts and drills done");
    CategoryStyler styler = chart.getStyler();
    style(styler, labels.size());
    styler.setSeriesColors(new Color[] {PROMPTS, DRILLS});
    styler.setLegendVisible(true);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendBorderColor(BACKGROUND);
    styler.setLegendFont(new Font(FONT, Font.PLAIN, 15));
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);

    int[] prompts = report.weeks().stream().mapToInt(ProgressReport.Week::promptsDone).toArray();
    int[] drills = report.weeks().stream().mapToInt(ProgressReport.Week::drillsDone).toArray();
    int most = Math.max(IntStream.of(prompts).max().orElse(0), IntStream.of(drills).max().orElse(0));
    double top = Math.max(7, most) * 1.3;
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(top);
    chart.addSeries("Prompts", labels, IntStream.of(prompts).boxed().toList()).setFillColor(PROMPTS);
    chart.addSeries("Drills", labels, IntStream.of(drills).boxed().toList()).setFillColor(DRILLS);
    // Two bars share a week's fill: their centres are a quarter of it either side of the middle.
    double offset = styler.getAvailableSpaceFill() / 4;
    double lift = top * 0.12;
    for (int i = 0; i < prompts.length; i++) {
      double middle = i + 0.5;
      chart.addAnnotation(
          new AnnotationText(format(prompts[i]), middle - offset, prompts[i] + lift, false));
      chart.addAnnotation(
          new AnnotationText(format(drills[i]), middle + offset, drills[i] + lift, false));
    }
    return chart;
  }

  private static String format(int value) {
    return String.format(Locale.ENGLISH, "%,d", value);
  }

  /**
   * The look both panels share: white, large type, no frame, and bars as wide with one, two or
   * three weeks as with four.
   */
  private static void style(CategoryStyler styler, int weeks) {
    styler.setChartBackgroundColor(BACKGROUND);
    styler.setPlotBackgroundColor(BACKGROUND);
    styler.setPlotBorderVisible(false);
    styler.setChartFontColor(TEXT);
    styler.setChartTitleFont(new Font(FONT, Font.BOLD, 17));
    styler.setChartTitleBoxVisible(false);
    styler.setChartPadding(12);
    styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 15));
    styler.setAxisTickLabelsColor(TEXT);
    styler.setAxisTickMarksColor(GRID);
    styler.setAxisTicksMarksVisible(false);
    styler.setAxisTitlesVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setPlotGridLinesColor(GRID);
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setLabelsVisible(false);
    styler.setAnnotationTextFont(new Font(FONT, Font.BOLD, 15));
    styler.setAnnotationTextFontColor(TEXT);
    styler.setAvailableSpaceFill(BAR_FILL * Math.min(weeks, 4) / 4);
    styler.setToolTipsEnabled(false);
    styler.setAntiAlias(true);
  }

  private static void drawCentred(Graphics2D g, String text, Font font, Color color, int baseline) {
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, (WIDTH - g.getFontMetrics().stringWidth(text)) / 2, baseline);
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this JVM");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
