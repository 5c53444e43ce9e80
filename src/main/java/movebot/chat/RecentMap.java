package movebot.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that forgets its least recently used entries beyond a size, so memory stays bounded. */
final class RecentMap {
  private RecentMap() {}

  static <K, V> Map<K, V> withMaxSize(int maxSize) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > maxSize;
          }
        });
  }
}
