package movebot.reminders;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people send to {@code /timezone}: an IANA id in any letter case
 * ({@code europe/berlin}), a city that ends an IANA id ({@code Berlin}, {@code new york},
 * {@code São Paulo} or {@code sao paulo}), or a fixed UTC offset ({@code +05:30}, {@code -3},
 * {@code UTC+2}, {@code GMT-04:00}). A fixed offset never changes for daylight saving, which is
 * what the person asked for; a city is better, and the chat can say so.
 */
final class ZoneParser {
  private static final int MAX_LENGTH = 64;

  /** Ids under these areas end in a place name; Etc/, SystemV/, US/ and the like do not. */
  private static final Set<String> AREAS =
      Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

  private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CITY_PUNCTUATION = Pattern.compile("[.'’]");
  private static final Pattern CITY_SEPARATORS = Pattern.compile("[\\s_-]+");

  // Built once: the set of zone ids does not change while the JVM runs.
  private static final Map<String, String> IDS_BY_LOWER_CASE = new HashMap<>();
  private static final Map<String, String> IDS_BY_CITY = new HashMap<>();

  static {
    for (String id : ZoneId.getAvailableZoneIds()) {
      IDS_BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id);
      String[] parts = id.split("/");
      if (parts.length >= 2 && AREAS.contains(parts[0])) {
        IDS_BY_CITY.merge(cityKey(parts[parts.length - 1]), id, ZoneParser::preferred);
      }
    }
  }

  private ZoneParser() {}

  static Optional<ZoneId> parse(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    // Phones and word processors turn '-' into a minus sign or a dash.
    String lower = stripped.toLowerCase(Locale.ROOT).replace('\u2212', '-').replace('\u2013', '-');
    // City first, so "Singapore" and "Jamaica" give Asia/Singapore and America/Jamaica rather
    // than the old one-word ids of the same name.
    String id = IDS_BY_CITY.get(cityKey(lower));
    if (id == null) {
      id = IDS_BY_LOWER_CASE.get(lower.replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", "_"));
    }
    return id != null ? Optional.of(ZoneId.of(id)) : offset(lower.replaceAll("\\s+", ""));
  }

  private static Optional<ZoneId> offset(String text) {
    Matcher m = OFFSET.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sign = m.group(1).equals("-") ? -1 : 1;
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int totalMinutes = sign * (hours * 60 + minutes);
    // Clocks on Earth run from UTC-12 to UTC+14; anything else is a typo.
    if (minutes > 59 || totalMinutes < -12 * 60 || totalMinutes > 14 * 60) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds(totalMinutes * 60));
  }

  /** "São_Paulo", "sao paulo" and "Sao-Paulo" share a key; so do "St_Johns" and "St. John's". */
  private static String cityKey(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    plain = CITY_PUNCTUATION.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return CITY_SEPARATORS.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * Two ids for one city are a link and its target with the same rules (Asia/Istanbul and
   * Europe/Istanbul, America/Buenos_Aires and America/Argentina/Buenos_Aires), so either is
   * right; prefer the longer path, which is the current name, then the first alphabetically so
   * the answer does not depend on hash order.
   */
  private static String preferred(String a, String b) {
    Comparator<String> order =
        Comparator.<String>comparingInt(id -> -id.split("/").length).thenComparing(Comparator.naturalOrder());
    return order.compare(a, b) <= 0 ? a : b;
  }
}
