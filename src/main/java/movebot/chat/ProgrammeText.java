package movebot.chat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The programme desks' shared words: their sources, safety lines, suggested times and how to write a time. */
final class ProgrammeText {
  /** The walking trial, the sitting study and the movement-retraining programme are all here. */
  static final String STUDIES_SOURCE = "move-walk-sit-less";
  /** The 150 minutes a week come from this one. */
  static final String GUIDELINE_SOURCE = "exercise-science";
  static final String SAFETY = "Stop if it makes your pain worse.";
  static final String SEE_SOMEONE =
      "If the pain is severe, keeps getting worse, or comes with numbness, weakness or other new symptoms,"
          + " see a doctor or physiotherapist.";
  static final List<String> SUGGESTED_TIMES = List.of("07:30", "12:30", "18:00");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private ProgrammeText() {}

  static String clock(LocalTime time) {
    return time.format(CLOCK);
  }

  /** "0730" for callback data. */
  static String compact(String hhmm) {
    return hhmm.replace(":", "");
  }
}
