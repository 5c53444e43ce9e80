package movebot.faq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while the knowledge files are read, so that one run reports all of them
 * instead of stopping at the first.
 */
final class Problems {
  private final List<KnowledgeProblem> all = new ArrayList<>();

  void error(Path file, String where, String reason) {
    all.add(new KnowledgeProblem(KnowledgeProblem.Severity.ERROR, file.toString(), where, reason));
  }

  void warning(Path file, String where, String reason) {
    all.add(
        new KnowledgeProblem(KnowledgeProblem.Severity.WARNING, file.toString(), where, reason));
  }

  boolean hasErrors() {
    return errorCount() > 0;
  }

  /** Lets a reader tell whether its own file added errors: compare before and after. */
  int errorCount() {
    return (int) all.stream().filter(KnowledgeProblem::isError).count();
  }

  List<KnowledgeProblem> all() {
    return List.copyOf(all);
  }

  List<KnowledgeProblem> errors() {
    return all.stream().filter(KnowledgeProblem::isError).toList();
  }
}
